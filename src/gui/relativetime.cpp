// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "relativetime.h"

#include <QCoreApplication>
#include <QLocale>

namespace loopview::relativetime {

QString describeAge(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    // A clock that moved back gives a negative age: calling that "just now" is the honest guess.
    if (seconds < 60)
        return QCoreApplication::translate("RelativeTime", "just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("RelativeTime", "%n min ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return QCoreApplication::translate("RelativeTime", "%n h ago", nullptr, int(hours));
    // Two days at least here, so English needs no singular form. (The count is computed on its
    // own line: lupdate 6.4 hangs on a '/' inside translate()'s argument list.)
    const int days = int(hours / 24);
    return QCoreApplication::translate("RelativeTime", "%n days ago", nullptr, days);
}

QString describeMoment(const QDateTime &then, const QDateTime &now)
{
    const QDateTime local = then.toLocalTime();
    const QLocale locale;
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace loopview::relativetime
