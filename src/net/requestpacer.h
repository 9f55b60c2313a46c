// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QObject>
#include <QQueue>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

namespace loopview {

// Spaces out request starts so that at most `requestsPerSecond` begin in any second: Loopring
// documents about 5 requests/s and answers 429 beyond that. Minimum spacing rather than a burst
// bucket, because a portfolio refresh or the pages of an NFT list are a steady stream and the
// service counts per second.
class RequestPacer : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;  // monotonic milliseconds

    explicit RequestPacer(double requestsPerSecond = 5.0, QObject *parent = nullptr);

    // <= 0 = no limit.
    void setRequestsPerSecond(double requestsPerSecond);
    double requestsPerSecond() const { return m_requestsPerSecond; }
    std::chrono::milliseconds minimumSpacing() const { return m_spacing; }
    // Tests replace the clock to check the arithmetic without waiting.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Runs `start` when its turn comes: at once when the last start was long enough ago,
    // otherwise from a timer. Starts run in the order they were scheduled.
    void schedule(std::function<void()> start);
    // Drops everything not started yet.
    void clear();
    qsizetype pendingCount() const { return m_pending.size(); }
    // How long a start scheduled now would wait (0 when it would run at once).
    std::chrono::milliseconds delayBeforeNext() const;

private:
    void runDue();

    double m_requestsPerSecond = 0;
    std::chrono::milliseconds m_spacing{0};
    Clock m_clock;
    std::optional<qint64> m_lastStart;
    QQueue<std::function<void()>> m_pending;
    QTimer m_timer;
};

} // namespace loopview
