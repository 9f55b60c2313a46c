// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "replyerrors.h"

#include "core/loopringjson.h"
#include "core/printabletext.h"
#include "core/service.h"
#include "requestpolicy.h"

#include <QCoreApplication>

namespace loopview::replyerrors {

namespace {

// Every sentence the network layer shows people shares one translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::LoopringClient)
};

// Service-supplied text goes into our sentence: one line (runs of whitespace, newlines included,
// become one space), and through printableText() so it can neither steer a terminal nor spoof
// the window. This is the one place where text from the service enters an error message.
QString tidyServiceText(const QString &text)
{
    return printableText(text.simplified(), printable::MessageLength);
}

QString statusLine(int httpStatus, const QByteArray &reasonPhrase)
{
    QString reason = tidyServiceText(QString::fromLatin1(reasonPhrase));
    if (reason.isEmpty())
        reason = standardReasonPhrase(httpStatus);
    if (reason.isEmpty())
        return QStringLiteral("HTTP %1").arg(httpStatus);
    return QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(reason);
}

Error serviceError(int httpStatus, QString message)
{
    Error error = Error::make(ErrorKind::Service, std::move(message));
    error.httpStatus = httpStatus;
    return error;
}

Error refusedWithResultInfo(int httpStatus, const ServiceError &info)
{
    Error error = serviceError(
        httpStatus,
        Text::tr("The service refused the request (HTTP %1, code %2: %3)")
            .arg(httpStatus)
            .arg(info.code)
            .arg(tidyServiceText(info.message)));
    error.apiCode = info.code;
    return error;
}

} // namespace

QString standardReasonPhrase(int httpStatus)
{
    switch (httpStatus) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 408: return QStringLiteral("Request Timeout");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return {};
    }
}

Error networkFailure(QNetworkReply::NetworkError code, const QString &networkDetail, const QUrl &url)
{
    // Qt's description can quote what the other side sent (a certificate's names, a proxy's answer).
    const QString detail = tidyServiceText(networkDetail);
    const QString where = url.host() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    QString message;
    bool timedOut = false;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        message = Text::tr("Could not connect to %1: connection refused").arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        message = Text::tr("Could not find the host %1 (name lookup failed)").arg(url.host());
        break;
    case QNetworkReply::TimeoutError:
        message = Text::tr("Could not connect to %1: the connection timed out").arg(where);
        timedOut = true;
        break;
    case QNetworkReply::RemoteHostClosedError:
        message = Text::tr("%1 closed the connection before the answer was complete").arg(where);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        message = Text::tr("Could not set up a secure connection to %1: %2").arg(where, detail);
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        message = Text::tr("The network is not available: %1").arg(detail);
        break;
    case QNetworkReply::TooManyRedirectsError:
        message = Text::tr("%1 redirected the request too many times").arg(where);
        break;
    case QNetworkReply::InsecureRedirectError:
        message = Text::tr("Refused an insecure redirect from %1 to plain http").arg(where);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        message = Text::tr("Could not reach %1 through the proxy: %2").arg(where, detail);
        timedOut = code == QNetworkReply::ProxyTimeoutError;
        break;
    default:
        message = Text::tr("Network error talking to %1: %2").arg(where, detail);
        break;
    }
    Error error = Error::make(ErrorKind::Network, message);
    error.timedOut = timedOut;
    return error;
}

Error httpFailure(int httpStatus, const QByteArray &reasonPhrase, const QByteArray &body)
{
    if (const std::optional<ServiceError> info = json::parseServiceError(body))
        return refusedWithResultInfo(httpStatus, *info);
    const QString status = statusLine(httpStatus, reasonPhrase);
    if (httpStatus >= 500)
        return serviceError(httpStatus, Text::tr("Service error (%1)").arg(status));
    if (httpStatus == 429) {
        return serviceError(httpStatus,
                            Text::tr("The service is limiting requests (%1); try again in a moment").arg(status));
    }
    if (httpStatus >= 400)
        return serviceError(httpStatus, Text::tr("The service refused the request (%1)").arg(status));
    return serviceError(httpStatus, Text::tr("Unexpected answer from the service (%1)").arg(status));
}

std::optional<Error> failureInSuccessBody(int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    if (const std::optional<ServiceError> info = json::parseServiceError(body))
        return refusedWithResultInfo(httpStatus, *info);
    if (contentType.trimmed().toLower().startsWith("text/html")) {
        return Error::malformed(QString(), Text::tr("The service answered with a web page instead of data "
                                                    "(is a proxy or login page in the way?)"));
    }
    return std::nullopt;
}

Error timeout(std::chrono::milliseconds limit)
{
    const QString message = Text::tr("The service did not answer within %1").arg(describeDuration(limit));
    Error error = Error::make(ErrorKind::Network, message);
    error.timedOut = true;
    return error;
}

Error bodyTooLarge(qint64 limit)
{
    const QString message = Text::tr("The response was larger than %1 and was not read").arg(describeByteSize(limit));
    return Error::malformed(QString(), message);
}

Error tooManyRedirects(const QUrl &origin, int limit, int httpStatus)
{
    //: %2 is at least 2, a small number of redirects (5).
    return serviceError(httpStatus,
                        Text::tr("Too many redirects: %1 redirected the request more than %2 times, "
                                 "always to itself (a redirect loop?)")
                            .arg(hostLabel(origin))
                            .arg(limit));
}

Error unpackedBodyTooLarge(const QByteArray &encoding, qint64 compressedBytes, qint64 limit)
{
    return Error::malformed(QString(), Text::tr("The response was sent compressed (%1, %2) and grew past %3 "
                                                "when unpacked; it was not read")
                                           .arg(QString::fromLatin1(encoding), describeByteSize(compressedBytes),
                                                describeByteSize(limit)));
}

Error undecodableBody(const QByteArray &encoding, const QString &reason)
{
    const QString what = QString::fromLatin1(encoding);
    if (reason.isEmpty()) {
        return Error::malformed(QString(), Text::tr("The response was sent compressed (%1) but the compressed "
                                                    "data ends early")
                                               .arg(what));
    }
    return Error::malformed(QString(), Text::tr("The response was sent compressed (%1) but could not be "
                                                "unpacked: %2")
                                           .arg(what, reason));
}

Error unrequestedEncoding(const QByteArray &encoding)
{
    return Error::malformed(QString(), Text::tr("The response came in an encoding Loopview did not ask for (%1)")
                                           .arg(printableText(QString::fromLatin1(encoding), printable::EchoLength)));
}

Error crossOriginRedirect(const QUrl &target, const QUrl &origin, bool apiKeySent, int httpStatus)
{
    const QString message = apiKeySent
        ? Text::tr("Refused a redirect to another origin (%1): the API key is only sent to %2")
              .arg(tidyServiceText(hostLabel(target)), hostLabel(origin))
        : Text::tr("Refused a redirect to another origin (%1): Loopview only talks to %2")
              .arg(tidyServiceText(hostLabel(target)), hostLabel(origin));
    return serviceError(httpStatus, message);
}

} // namespace loopview::replyerrors
