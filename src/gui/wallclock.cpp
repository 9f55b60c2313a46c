// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "wallclock.h"

namespace loopview {

namespace {

QDateTime realTime()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

WallClock::WallClock(std::chrono::milliseconds tickInterval, QObject *parent)
    : QObject(parent), m_source(realTime)
{
    // The texts count in minutes: a coarse timer is precise enough and lets the system batch wake-ups.
    m_ticker.setTimerType(Qt::VeryCoarseTimer);
    m_ticker.setInterval(tickInterval);
    connect(&m_ticker, &QTimer::timeout, this, &WallClock::ticked);
    m_ticker.start();
}

void WallClock::setSource(Source source)
{
    m_source = source ? std::move(source) : Source(realTime);
}

} // namespace loopview
