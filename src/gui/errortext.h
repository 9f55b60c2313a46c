// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"

#include <QString>
#include <QUrl>

// The sentences the window shows for failures: specific to what went wrong and to what the user
// can do about it. Kept apart from the window so each wording is testable.
namespace loopview::errortext {

// `baseUrl` names the host in network errors; `timeoutSeconds` is quoted for timeouts.
QString describe(const Error &error, const QUrl &baseUrl, int timeoutSeconds);

// A retry announced by ApiCall::retrying(): "The service is rate-limiting us; retrying in 3 s…"
// for an HTTP 429, otherwise the call's `reason` with the countdown. `secondsLeft` counts down
// while the window waits.
QString describeRetry(int httpStatus, const QString &reason, int secondsLeft);

} // namespace loopview::errortext
