#include "palettecolors.h"

#include <QPalette>

namespace loopview::palettecolors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor blend(const QColor &base, const QColor &over, qreal alpha)
{
    const qreal a = qBound(0.0, alpha, 1.0);
    return QColor::fromRgbF(float(base.redF() * (1 - a) + over.redF() * a),
                            float(base.greenF() * (1 - a) + over.greenF() * a),
                            float(base.blueF() * (1 - a) + over.blueF() * a));
}

namespace {

// One hue, light enough for dark themes and dark enough for light ones.
QColor semantic(const QPalette &palette, int hue)
{
    return isDark(palette) ? QColor::fromHsl(hue, 200, 170) : QColor::fromHsl(hue, 200, 85);
}

} // namespace

QColor negativeText(const QPalette &palette)
{
    return semantic(palette, 0);
}

QColor positiveText(const QPalette &palette)
{
    return semantic(palette, 120);
}

QColor warningText(const QPalette &palette)
{
    return semantic(palette, 35);
}

QColor pendingTint(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
                 isDark(palette) ? 0.30 : 0.16);
}

QColor staleText(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

} // namespace loopview::palettecolors
