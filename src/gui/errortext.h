#pragma once

#include "core/error.h"

#include <QString>
#include <QUrl>

// The sentences the window shows for failures: specific to what went wrong and to what the user
// can do about it. Kept apart from the window so each wording is testable.
namespace loopview::errortext {

// `baseUrl` names the host in network errors; `timeoutSeconds` is quoted for timeouts.
QString describe(const Error &error, const QUrl &baseUrl, int timeoutSeconds);

// A retry announced by ApiCall::retrying(): "The service is rate-limiting us; retrying in 3 s…".
// `secondsLeft` counts down while the window waits.
QString describeRetry(const QString &reason, int secondsLeft);

// True when `reason` (from ApiCall::retrying) is an HTTP 429 rate limit rather than an outage.
bool isRateLimit(const QString &reason);

} // namespace loopview::errortext
