// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "palettecolors.h"

#include <QFont>
#include <QGuiApplication>
#include <QLabel>
#include <QPalette>

#include <cmath>

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

qreal relativeLuminance(const QColor &color)
{
    const auto linear = [](float channel) {
        return channel <= 0.04045f ? qreal(channel) / 12.92 : std::pow((qreal(channel) + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

namespace {

int pendingHue(const QPalette &palette, Pending kind)
{
    // A grey highlight has no hue: fall back to a blue, as most themes use.
    const int highlightHue = palette.color(QPalette::Highlight).hslHue();
    const int depositHue = highlightHue < 0 ? 210 : highlightHue;
    return kind == Pending::Deposit ? depositHue : (depositHue + 180) % 360;
}

} // namespace

QColor pendingBackground(const QPalette &palette, Pending kind)
{
    return blend(palette.color(QPalette::Base), QColor::fromHsl(pendingHue(palette, kind), 200, 128),
                 isDark(palette) ? 0.14 : 0.08);
}

QColor pendingText(const QPalette &palette, Pending kind)
{
    const QColor backgrounds[] = {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase),
                                  pendingBackground(palette, kind)};
    const int hue = pendingHue(palette, kind);
    // From the hue at its most colourful towards black (light palettes) or white (dark ones),
    // the first lightness that reads on every background the cell can have.
    const bool dark = isDark(palette);
    for (int step = 0; step <= 128; step += 4) {
        const QColor candidate = QColor::fromHsl(hue, 220, qBound(0, dark ? 128 + step : 128 - step, 255));
        bool readable = true;
        for (const QColor &background : backgrounds)
            readable = readable && contrastRatio(candidate, background) >= PendingContrast;
        if (readable)
            return candidate;
    }
    // A palette with mid-grey rows: no hue reads on it; the text colour is all that is left.
    return palette.color(QPalette::Text);
}

QColor secondaryText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // As far towards the window colour as readability allows, at most a third of the way.
    for (qreal alpha = 0.35; alpha > 0; alpha -= 0.05) {
        const QColor candidate = blend(text, window, alpha);
        if (contrastRatio(candidate, window) >= 4.5)
            return candidate;
    }
    return text;
}

QColor staleText(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

void applyWarningNoticeStyle(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, warningText(QGuiApplication::palette()));
    label->setPalette(palette);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
}

} // namespace loopview::palettecolors
