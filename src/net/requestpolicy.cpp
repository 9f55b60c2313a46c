// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "requestpolicy.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace loopview {

namespace {

// Every sentence the network layer shows people shares one translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::LoopringClient)
};

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : 80);
}

} // namespace

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && effectivePort(a) == effectivePort(b);
}

bool isTransportFailure(QNetworkReply::NetworkError error, int httpStatus)
{
    if (error == QNetworkReply::NoError)
        return false;
    if (httpStatus < 400)
        return true;  // no status at all, or one that is no error by itself
    // The codes Qt derives from a 4xx/5xx status line; anything else (a connection, proxy or
    // protocol failure) went wrong whatever status came first.
    const int code = int(error);
    const bool restatesStatus = (code >= QNetworkReply::ContentAccessDenied && code <= QNetworkReply::UnknownContentError)
        || error == QNetworkReply::ProtocolInvalidOperationError
        || (code >= QNetworkReply::InternalServerError && code <= QNetworkReply::UnknownServerError);
    return !restatesStatus;
}

bool isRedirectStatus(int httpStatus)
{
    return httpStatus == 301 || httpStatus == 302 || httpStatus == 303 || httpStatus == 307 || httpStatus == 308;
}

bool isRetryableServerStatus(int httpStatus)
{
    return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

std::chrono::milliseconds retryAfterDelay(const QByteArray &headerValue, std::chrono::milliseconds cap,
                                          const QDateTime &nowUtc)
{
    using std::chrono::milliseconds;
    milliseconds wanted{1000};
    const QByteArray value = headerValue.trimmed();
    if (!value.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = value.toLongLong(&isNumber);
        if (isNumber && seconds >= 0) {
            // Clamp before multiplying so an absurd value cannot overflow.
            wanted = milliseconds(std::min<qint64>(seconds, 24 * 3600) * 1000);
        } else {
            // HTTP dates end in "GMT", which Qt's RFC 2822 parser only takes as a numeric offset.
            QString text = QString::fromLatin1(value);
            if (text.endsWith(QLatin1String(" GMT")))
                text = text.chopped(4) + QLatin1String(" +0000");
            const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
            if (when.isValid())
                wanted = milliseconds(std::max<qint64>(0, nowUtc.msecsTo(when)));
        }
    }
    return std::clamp(wanted, milliseconds(0), std::max(cap, milliseconds(0)));
}

QString describeDuration(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    if (ms % 1000 == 0)
        return Text::tr("%1 s").arg(ms / 1000);
    // Tenths are enough for a timeout; this is a duration, not an amount, so a double is fine.
    return Text::tr("%1 s")
        .arg(QLocale::c().toString(double(ms) / 1000.0, 'g', 3));
}

QString describeByteSize(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    constexpr qint64 MiB = 1024 * KiB;
    if (bytes >= MiB && bytes % MiB == 0)
        return Text::tr("%1 MiB").arg(bytes / MiB);
    if (bytes >= KiB && bytes % KiB == 0)
        return Text::tr("%1 KiB").arg(bytes / KiB);
    return Text::tr("%1 bytes").arg(bytes);
}

} // namespace loopview
