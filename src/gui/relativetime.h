// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QDateTime>
#include <QString>

// "just now", "2 min ago", "3 h ago": how old the shown data is, for the status line.
namespace loopview::relativetime {

QString describeAge(const QDateTime &then, const QDateTime &now);

// The absolute time for the same moment, local time: "14:02" today, a date otherwise.
QString describeMoment(const QDateTime &then, const QDateTime &now);

} // namespace loopview::relativetime
