// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QColor>

class QLabel;
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

// WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1:1 … 21:1).
qreal relativeLuminance(const QColor &color);
qreal contrastRatio(const QColor &a, const QColor &b);

// Pending amounts: text in a colour of its own, deposits in the palette's highlight hue and
// withdrawals in the opposite hue, made dark or light enough for at least PendingContrast against
// both row colours (Base and AlternateBase) and the cell's faint background wash.
enum class Pending { Deposit, Withdrawal };
constexpr qreal PendingContrast = 4.5;
QColor pendingText(const QPalette &palette, Pending kind);
QColor pendingBackground(const QPalette &palette, Pending kind);

// Text of data shown but no longer current (a refresh failed): between text and base.
QColor staleText(const QPalette &palette);

// Secondary text on the window (a field's hint, the service URL beside the network): quieter
// than WindowText but still at least 4.5:1 against Window. Unlike PlaceholderText, which themes
// make as faint as they like, it is fit for real content.
QColor secondaryText(const QPalette &palette);

// A notice that the data shown is not what was asked for or not current (the balances' stale
// line, the NFT tab's notice): warning-coloured (warningText of the application's palette), bold.
// Called again when the palette changes.
void applyWarningNoticeStyle(QLabel *label);

} // namespace loopview::palettecolors
