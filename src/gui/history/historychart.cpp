// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "historychart.h"

#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace loopview {

HistoryChart::HistoryChart(QWidget *parent)
    : QChartView(parent)
    , m_line(new QLineSeries)
    , m_markers(new QScatterSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
    // The chart the view made for itself: setChart() would hand the old one back unowned, and
    // it leaked (LeakSanitizer in the asan preset).
    QChart *chart = this->chart();
    chart->legend()->hide();
    // The chart follows the desktop palette instead of painting its own white theme.
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->addSeries(m_line);
    chart->addSeries(m_markers);
    m_markers->setMarkerSize(7);
    m_markers->setColor(m_line->color());
    m_markers->setBorderColor(m_line->color());
    m_timeAxis->setFormat(QStringLiteral("yyyy-MM-dd\nHH:mm"));
    m_timeAxis->setTickCount(4);
    m_valueAxis->setLabelFormat(QStringLiteral("%.6g"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_line), static_cast<QXYSeries *>(m_markers)}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        connect(series, &QXYSeries::hovered, this, &HistoryChart::onHovered);
    }
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(140);
}

void HistoryChart::setPoints(const QList<HistoryPoint> &points)
{
    m_points = points;
    QList<QPointF> plotted;
    plotted.reserve(points.size());
    double low = 0;
    double high = 0;
    for (const HistoryPoint &point : points) {
        plotted.append(QPointF(double(point.at.toMSecsSinceEpoch()), point.plotted));
        low = plotted.size() == 1 ? point.plotted : std::min(low, point.plotted);
        high = plotted.size() == 1 ? point.plotted : std::max(high, point.plotted);
    }
    m_line->replace(plotted);
    m_markers->replace(plotted);
    if (points.isEmpty())
        return;

    // Room around the line so a flat history or a single point is not drawn on the frame.
    const double pad = high > low ? (high - low) * 0.08 : std::max(std::abs(high) * 0.05, 1.0);
    // Amounts and values are never negative: the axis does not invent a range below zero.
    const double bottom = low >= 0 ? std::max(0.0, low - pad) : low - pad;
    m_valueAxis->setRange(bottom, high + pad);
    QDateTime first = points.constFirst().at;
    QDateTime last = points.constLast().at;
    if (first == last) {
        first = first.addSecs(-1800);
        last = last.addSecs(1800);
    }
    m_timeAxis->setRange(first.toLocalTime(), last.toLocalTime());
}

QString HistoryChart::describeNearest(const QPointF &position) const
{
    if (m_points.isEmpty() || !m_pointText)
        return {};
    // Hovering reports where the pointer is on the line; the nearest snapshot in time is the one meant.
    const auto nearest = std::min_element(m_points.cbegin(), m_points.cend(), [&](const HistoryPoint &a, const HistoryPoint &b) {
        return std::abs(double(a.at.toMSecsSinceEpoch()) - position.x())
            < std::abs(double(b.at.toMSecsSinceEpoch()) - position.x());
    });
    return m_pointText(*nearest);
}

void HistoryChart::onHovered(const QPointF &position, bool state)
{
    const QString text = state ? describeNearest(position) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
    emit hovered(text);
}

} // namespace loopview
