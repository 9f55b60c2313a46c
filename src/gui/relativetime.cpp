// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "relativetime.h"

#include <QCoreApplication>
#include <QLocale>

namespace loopview::relativetime {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::RelativeTime)
};

} // namespace

QString describeAge(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    // A clock that moved back gives a negative age: calling that "just now" is the honest guess.
    if (seconds < 60)
        return Text::tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Text::tr("%n min ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return Text::tr("%n h ago", nullptr, int(hours));
    // Two days at least here, so English needs no singular form. (The count is computed on its
    // own line: lupdate 6.4 hangs on a '/' inside tr()'s argument list.)
    const int days = int(hours / 24);
    return Text::tr("%n days ago", nullptr, days);
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
