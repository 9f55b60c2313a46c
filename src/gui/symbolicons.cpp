// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "symbolicons.h"

#include "palettecolors.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace loopview::symbolicons {

namespace {

QColor semanticColor(Symbol symbol, const QPalette &palette)
{
    switch (symbol) {
    case Symbol::Information: return palette.color(QPalette::Highlight);
    case Symbol::Positive: return palettecolors::positiveText(palette);
    case Symbol::Warning: return palettecolors::warningText(palette);
    case Symbol::Error: return palettecolors::negativeText(palette);
    default: return palette.color(QPalette::WindowText);
    }
}

// The glyph on a filled badge: white on the light variants, the window colour on dark themes
// (where the badge colours are light).
QColor badgeGlyphColor(const QPalette &palette)
{
    return palettecolors::isDark(palette) ? palette.color(QPalette::Window) : QColor(Qt::white);
}

void drawEye(QPainter &p, const QRectF &r, const QColor &color, bool crossed)
{
    const qreal w = r.width();
    QPen pen(color, qMax(1.0, w / 12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    QPainterPath almond;
    const QPointF left(r.left() + w * 0.06, r.center().y());
    const QPointF right(r.right() - w * 0.06, r.center().y());
    almond.moveTo(left);
    almond.quadTo(QPointF(r.center().x(), r.top() + w * 0.08), right);
    almond.quadTo(QPointF(r.center().x(), r.bottom() - w * 0.08), left);
    p.drawPath(almond);
    p.setBrush(color);
    p.drawEllipse(r.center(), w * 0.14, w * 0.14);
    if (crossed) {
        p.setPen(QPen(color, qMax(1.0, w / 10), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(r.left() + w * 0.15, r.bottom() - w * 0.15),
                   QPointF(r.right() - w * 0.15, r.top() + w * 0.15));
    }
}

void drawBadge(QPainter &p, const QRectF &r, Symbol symbol, const QPalette &palette)
{
    const qreal w = r.width();
    const QColor fill = semanticColor(symbol, palette);
    const QColor glyph = badgeGlyphColor(palette);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    if (symbol == Symbol::Warning) {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top() + w * 0.06);
        triangle.lineTo(r.right() - w * 0.02, r.bottom() - w * 0.08);
        triangle.lineTo(r.left() + w * 0.02, r.bottom() - w * 0.08);
        triangle.closeSubpath();
        p.drawPath(triangle);
    } else {
        p.drawEllipse(r.adjusted(w * 0.04, w * 0.04, -w * 0.04, -w * 0.04));
    }

    QPen pen(glyph, qMax(1.0, w * 0.11), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal cx = r.center().x();
    switch (symbol) {
    case Symbol::Information:
        p.drawLine(QPointF(cx, r.top() + w * 0.45), QPointF(cx, r.top() + w * 0.74));
        p.drawPoint(QPointF(cx, r.top() + w * 0.28));
        break;
    case Symbol::Warning:
        p.drawLine(QPointF(cx, r.top() + w * 0.36), QPointF(cx, r.top() + w * 0.62));
        p.drawPoint(QPointF(cx, r.top() + w * 0.77));
        break;
    case Symbol::Error:
        p.drawLine(QPointF(cx, r.top() + w * 0.25), QPointF(cx, r.top() + w * 0.56));
        p.drawPoint(QPointF(cx, r.top() + w * 0.74));
        break;
    case Symbol::Positive: {
        QPainterPath check;
        check.moveTo(r.left() + w * 0.28, r.top() + w * 0.52);
        check.lineTo(r.left() + w * 0.44, r.top() + w * 0.68);
        check.lineTo(r.left() + w * 0.72, r.top() + w * 0.34);
        p.drawPath(check);
        break;
    }
    default:
        break;
    }
}

void drawClose(QPainter &p, const QRectF &r, const QColor &color)
{
    const qreal w = r.width();
    p.setPen(QPen(color, qMax(1.0, w / 10), Qt::SolidLine, Qt::RoundCap));
    const QRectF box = r.adjusted(w * 0.25, w * 0.25, -w * 0.25, -w * 0.25);
    p.drawLine(box.topLeft(), box.bottomRight());
    p.drawLine(box.topRight(), box.bottomLeft());
}

void drawRefresh(QPainter &p, const QRectF &r, const QColor &color)
{
    const qreal w = r.width();
    p.setPen(QPen(color, qMax(1.0, w / 10), Qt::SolidLine, Qt::RoundCap));
    const QRectF box = r.adjusted(w * 0.18, w * 0.18, -w * 0.18, -w * 0.18);
    p.drawArc(box, 60 * 16, 280 * 16);
    // Arrow head at the arc's start (60°, top right).
    const QPointF tip(box.center().x() + box.width() / 2 * 0.5, box.top() + box.height() * 0.067);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    QPainterPath head;
    head.moveTo(tip + QPointF(w * 0.16, -w * 0.02));
    head.lineTo(tip + QPointF(-w * 0.06, -w * 0.16));
    head.lineTo(tip + QPointF(-w * 0.02, w * 0.14));
    head.closeSubpath();
    p.drawPath(head);
}

class SymbolIconEngine : public QIconEngine
{
public:
    explicit SymbolIconEngine(Symbol symbol) : m_symbol(symbol) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        QColor text = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                    QPalette::WindowText);
        // Square, centred: icons are drawn on a unit box.
        const int side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0,
                         side, side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.5);
        switch (m_symbol) {
        case Symbol::Eye: drawEye(*painter, box, text, false); break;
        case Symbol::EyeCrossed: drawEye(*painter, box, text, true); break;
        case Symbol::Close: drawClose(*painter, box, text); break;
        case Symbol::Refresh: drawRefresh(*painter, box, text); break;
        default: drawBadge(*painter, box, m_symbol, palette); break;
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new SymbolIconEngine(m_symbol); }
    QString key() const override { return QStringLiteral("loopview-symbol"); }

private:
    Symbol m_symbol;
};

} // namespace

QIcon icon(Symbol symbol)
{
    return QIcon(new SymbolIconEngine(symbol));
}

} // namespace loopview::symbolicons
