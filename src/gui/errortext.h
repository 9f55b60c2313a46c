// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"

#include <QString>
#include <QUrl>

// The sentences the window shows for failures: specific to what went wrong and to what the user
// can do about it. Kept apart from the window so each wording is testable.
namespace loopview::errortext {

// How the place showing the message retries: the window's F5 (and Try Again), or the portfolio's
// own Refresh all (F5 there would refresh the window's account, not the portfolio).
enum class RetryBy { F5, RefreshAll };

// `baseUrl` names the host in network errors; `timeoutSeconds` is quoted for timeouts.
QString describe(const Error &error, const QUrl &baseUrl, int timeoutSeconds, RetryBy retry = RetryBy::F5);

// A retry announced by ApiCall::retrying(): "The service is rate-limiting us; retrying in 3 s…"
// for an HTTP 429, otherwise the call's `reason` with the countdown. `secondsLeft` counts down
// while the window waits.
QString describeRetry(int httpStatus, const QString &reason, int secondsLeft);

// Whether sending the same request again may succeed: yes for network trouble, unreadable
// answers, rate limits and server errors; no for input the window refused, a key the service
// rejected, an account it does not know and other refusals of the request itself (HTTP 4xx).
bool mayRetryHelp(const Error &error);

// Where an API key comes from, for messages about a missing or rejected key.
QString whereKeysComeFrom();

} // namespace loopview::errortext
