// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "requestpacer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace loopview {

RequestPacer::RequestPacer(double requestsPerSecond, QObject *parent) : QObject(parent)
{
    auto monotonic = std::make_shared<QElapsedTimer>();
    monotonic->start();
    m_clock = [monotonic] { return monotonic->elapsed(); };
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early, breaking the spacing
    connect(&m_timer, &QTimer::timeout, this, &RequestPacer::runDue);
    setRequestsPerSecond(requestsPerSecond);
}

void RequestPacer::setRequestsPerSecond(double requestsPerSecond)
{
    m_requestsPerSecond = requestsPerSecond > 0 ? requestsPerSecond : 0;
    // Rounded up: a limit is a promise about the minimum spacing.
    m_spacing = std::chrono::milliseconds(
        m_requestsPerSecond > 0 ? qint64(std::ceil(1000.0 / m_requestsPerSecond)) : 0);
}

std::chrono::milliseconds RequestPacer::delayBeforeNext() const
{
    if (!m_lastStart || m_spacing.count() == 0)
        return std::chrono::milliseconds(0);
    const qint64 due = *m_lastStart + m_spacing.count();
    return std::chrono::milliseconds(std::max<qint64>(0, due - m_clock()));
}

void RequestPacer::schedule(std::function<void()> start)
{
    m_pending.enqueue(std::move(start));
    runDue();
}

void RequestPacer::clear()
{
    m_pending.clear();
    m_timer.stop();
}

void RequestPacer::runDue()
{
    while (!m_pending.isEmpty()) {
        const std::chrono::milliseconds wait = delayBeforeNext();
        if (wait.count() > 0) {
            if (!m_timer.isActive())
                m_timer.start(wait);
            return;
        }
        m_lastStart = m_clock();
        const std::function<void()> start = m_pending.dequeue();
        start();
    }
}

} // namespace loopview
