// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "errortext.h"

#include "core/service.h"

#include <QCoreApplication>

namespace loopview::errortext {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::ErrorText)
};

QString describeHttpStatus(const Error &error)
{
    const int status = error.httpStatus;
    if (status == 429)
        return Text::tr("The service is rate-limiting requests (HTTP 429) and kept refusing. "
                        "Wait a moment, then refresh.");
    if (status == 503)
        return Text::tr("The service is temporarily unavailable (HTTP 503), perhaps for "
                        "maintenance. Try again later.");
    if (status >= 500)
        return Text::tr("The service failed with an internal error (HTTP %1). "
                        "Try again later.")
                .arg(status);
    return Text::tr("The service answered with HTTP %1: %2")
            .arg(status)
            .arg(error.message);
}

QString describeService(const Error &error)
{
    switch (error.apiCode) {
    case 104001:
        return Text::tr("The service needs an API key to read balances. Enter your key in the "
                        "API key field (code 104001).")
                + QLatin1Char(' ') + whereKeysComeFrom();
    case 104002:
        return Text::tr("The service rejected the API key (code 104002). Check the key in the "
                        "API key field: it may be mistyped or belong to a reset account.")
                + QLatin1Char(' ') + whereKeysComeFrom();
    case 101001:
    case 101002:
        return Text::tr("The service does not know this account (code %1). "
                        "Check the account ID or address and the network.")
                .arg(error.apiCode);
    case 104003:
        return Text::tr("The service says the account ID is invalid (code 104003).");
    case 102002:
        return Text::tr("The service does not support one of the requested token IDs "
                        "(code 102002). Check the token filter.");
    default:
        break;
    }
    if (error.apiCode != 0 && error.httpStatus != 0)
        return Text::tr("The service refused the request: %1 (HTTP %2, code %3)")
                .arg(error.message)
                .arg(error.httpStatus)
                .arg(error.apiCode);
    if (error.apiCode != 0)
        return Text::tr("The service refused the request: %1 (code %2)")
                .arg(error.message)
                .arg(error.apiCode);
    if (error.httpStatus != 0)
        return describeHttpStatus(error);
    return Text::tr("The service refused the request: %1").arg(error.message);
}

} // namespace

QString describe(const Error &error, const QUrl &baseUrl, int timeoutSeconds, RetryBy retry)
{
    switch (error.kind) {
    case ErrorKind::Input:
    case ErrorKind::Io:
        return error.message;
    case ErrorKind::Network:
        if (error.timedOut && retry == RetryBy::RefreshAll)
            return Text::tr("%1 did not answer within %n s. The service may be "
                            "overloaded or unreachable; press Refresh all to try again.",
                            nullptr, timeoutSeconds)
                    .arg(hostLabel(baseUrl));
        if (error.timedOut)
            return Text::tr("%1 did not answer within %n s. The service may be "
                            "overloaded or unreachable; press F5 to try again.",
                            nullptr, timeoutSeconds)
                    .arg(hostLabel(baseUrl));
        return Text::tr("Could not reach %1. Check your internet connection and "
                        "the network setting. (%2)")
                .arg(hostLabel(baseUrl), error.message);
    case ErrorKind::Service:
        return describeService(error);
    case ErrorKind::Malformed:
        if (!error.field.isEmpty())
            return Text::tr("The service sent data Loopview cannot read (field %1): %2")
                    .arg(error.field, error.message);
        return Text::tr("The service sent data Loopview cannot read: %1")
                .arg(error.message);
    case ErrorKind::Cancelled:
        return Text::tr("Cancelled.");
    }
    return error.message;
}

QString describeRetry(int httpStatus, const QString &reason, int secondsLeft)
{
    if (httpStatus == 429)
        return Text::tr("The service is rate-limiting us; retrying in %n s…",
                        nullptr, secondsLeft);
    return Text::tr("%1; retrying in %n s…", nullptr, secondsLeft).arg(reason);
}

bool mayRetryHelp(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Network:
    case ErrorKind::Malformed:
    case ErrorKind::Cancelled:
        return true;
    case ErrorKind::Input:
    case ErrorKind::Io:
        return false;
    case ErrorKind::Service:
        break;
    }
    // The service heard the request and refused what it asked: the same request gets the same no.
    if (error.isApiKeyProblem())
        return false;
    switch (error.apiCode) {
    case 101001:  // unknown account
    case 101002:
    case 104003:  // invalid account id
    case 102002:  // unsupported token id
        return false;
    default:
        break;
    }
    const int status = error.httpStatus;
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

QString whereKeysComeFrom()
{
    return Text::tr("Your key is the \"apiKey\" value that the Loopring wallet's "
                    "Export Account shows.");
}

} // namespace loopview::errortext
