// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace loopview {

// The window's "now" for the relative times it shows ("Updated 3 min ago", "prices updated 2 hours
// ago"). A text computed once would keep saying "just now" while the window sits open for an
// afternoon, so the clock ticks now and then and the window writes its texts again. Tests give it
// another source of time to see the texts age without waiting.
class WallClock : public QObject
{
    Q_OBJECT
public:
    using Source = std::function<QDateTime()>;  // UTC

    explicit WallClock(std::chrono::milliseconds tickInterval, QObject *parent = nullptr);

    QDateTime now() const { return m_source(); }
    // The real time again with an empty source.
    void setSource(Source source);
    bool isTicking() const { return m_ticker.isActive(); }

signals:
    // Time for relative times to be described again.
    void ticked();

private:
    QTimer m_ticker;
    Source m_source;
};

} // namespace loopview
