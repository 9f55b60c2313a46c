#pragma once

#include <QColor>

class QPalette;

// Colours derived from the current palette, so light, dark and high-contrast themes all stay
// readable. The only fixed hues are the semantic ones (red, green, amber), and even those are
// lightened or darkened to suit the palette's lightness.
namespace loopview::palettecolors {

bool isDark(const QPalette &palette);

// `over` painted at `alpha` (0…1) on top of `base`, as an opaque colour.
QColor blend(const QColor &base, const QColor &over, qreal alpha);

QColor negativeText(const QPalette &palette);   // a red that reads on the palette's base
QColor positiveText(const QPalette &palette);   // a green that reads on the palette's base
QColor warningText(const QPalette &palette);    // an amber that reads on the palette's base

// Cell background for a value that needs attention without alarming (pending amounts).
QColor pendingTint(const QPalette &palette);

// Text of data shown but no longer current (a refresh failed): between text and base.
QColor staleText(const QPalette &palette);

} // namespace loopview::palettecolors
