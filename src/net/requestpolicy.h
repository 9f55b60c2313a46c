// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/service.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <chrono>

namespace loopview {

// The limits every HTTP exchange runs under. LoopringClient fills it from the request's endpoint
// (the timeout) and its own client-wide settings (the rest).
struct RequestPolicy {
    std::chrono::milliseconds timeout = DefaultRequestTimeout;  // per attempt, redirects included
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    std::chrono::milliseconds serverErrorDelay{1000};   // backoff before retrying 502/503/504
    std::chrono::milliseconds maxRetryAfter{10000};     // cap on a 429's Retry-After
    int maxRedirects = 5;                               // per attempt; each one same-origin
};

// Whether the error Qt reports for a finished reply is the answer, before its status and body are
// looked at. Every error is, except Qt's restatement of an HTTP error status (4xx/5xx), whose
// status and body say more. A 200 that comes with an error (a body cut off or that could not be
// unpacked) is never parsed as if the body were whole.
bool isTransportFailure(QNetworkReply::NetworkError error, int httpStatus);

// Scheme, host and port all equal (default ports filled in): the only redirects that may carry
// the API key.
bool isSameOrigin(const QUrl &a, const QUrl &b);

// 301, 302, 303, 307 and 308: a Location to follow (for a GET they all mean the same).
bool isRedirectStatus(int httpStatus);

// 502, 503 and 504 are what proxies and maintenance windows return; worth one more try.
bool isRetryableServerStatus(int httpStatus);

// The wait a 429 asks for: Retry-After in seconds or as an HTTP date, 1 s when absent or
// unreadable, never more than `cap` and never negative.
std::chrono::milliseconds retryAfterDelay(const QByteArray &headerValue, std::chrono::milliseconds cap,
                                          const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

// "15 s", "0.2 s": timeouts as people read them.
QString describeDuration(std::chrono::milliseconds duration);

// "16 MiB", "64 KiB", "100 bytes".
QString describeByteSize(qint64 bytes);

} // namespace loopview
