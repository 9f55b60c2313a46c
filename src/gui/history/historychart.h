// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "history/historyseries.h"

#include <QChartView>
#include <QList>
#include <QString>
#include <functional>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace loopview {

// One history line over time (Qt Charts): the account's value or a token's amount. The points are
// drawn from their approximate doubles; hovering one shows its exact text, as pointText() words it,
// in a tooltip and through hovered(), so a label beside the chart can say it for keyboard and
// screen reader users too.
class HistoryChart : public QChartView
{
    Q_OBJECT
public:
    explicit HistoryChart(QWidget *parent = nullptr);

    // How a point is put in words ("5 Jan 2026 14:03 — 4,500.15 USD").
    void setPointText(std::function<QString(const HistoryPoint &)> pointText) { m_pointText = std::move(pointText); }
    void setPoints(const QList<HistoryPoint> &points);
    const QList<HistoryPoint> &points() const { return m_points; }

    QLineSeries *line() const { return m_line; }
    QScatterSeries *markers() const { return m_markers; }
    // The words for the point nearest to `position` (chart coordinates: ms since the epoch, value).
    QString describeNearest(const QPointF &position) const;

signals:
    // The pointer is over a point (its words) or left it (empty text).
    void hovered(const QString &text);

private:
    void onHovered(const QPointF &position, bool state);

    QList<HistoryPoint> m_points;
    std::function<QString(const HistoryPoint &)> m_pointText;
    QLineSeries *m_line;
    QScatterSeries *m_markers;  // a single snapshot is a point, not an invisible line
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
};

} // namespace loopview
