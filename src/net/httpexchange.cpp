// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "httpexchange.h"

#include "bodydecoding.h"
#include "loopringclient.h"
#include "replyerrors.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace loopview {

HttpExchange::HttpExchange(QNetworkAccessManager *network, const QNetworkRequest &request,
                           const RequestPolicy &policy, bool carriesApiKey, ApiCall *call)
    : QObject(call)
    , m_network(network)
    , m_request(request)
    , m_policy(policy)
    , m_carriesApiKey(carriesApiKey)
    , m_call(call)
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpExchange::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpExchange::sendAttempt);

    // Redirects are followed here, not by Qt: Qt would copy X-API-KEY to whatever host the
    // Location header names, and in a same-origin redirect loop Qt 6.4 resends requests on closing
    // connections and ends with a bare "HTTP 100" and no error. followRedirect() checks each hop's
    // origin, counts the hops and sends a fresh request.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    // Compressed bodies are unpacked by bodydecoding, which counts every byte against the body
    // limit. Asking for the encodings ourselves is what stops Qt from unpacking them: Qt 6.4's
    // unpacking either reports a bomb as an anonymous error 299 or (check off) inflates a whole
    // read into memory first. Qt's bomb threshold then never applies; it is still set to our
    // limit, not left at its 10 MiB default, so that if Qt did unpack a body, its ratio check
    // could not refuse a legitimate list that our limit accepts.
    m_request.setRawHeader("Accept-Encoding", bodydecoding::AcceptedEncodings);
    m_request.setDecompressedSafetyCheckThreshold(m_policy.maxBodyBytes);
}

HttpExchange::~HttpExchange()
{
    dropReply();
}

void HttpExchange::start()
{
    m_call->m_abort = [this] { stopPending(); };
    sendAttempt();
}

void HttpExchange::sendAttempt()
{
    if (!m_network) {  // the client went away during a retry wait
        m_call->finishWith(Error::cancelled());
        return;
    }
    ++m_attempt;
    m_redirects = 0;
    m_deadline.start(m_policy.timeout);  // one deadline per attempt, its redirects included
    sendRequest(m_request.url());
}

void HttpExchange::sendRequest(const QUrl &url)
{
    m_currentUrl = url;
    QNetworkRequest request = m_request;
    request.setUrl(url);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpExchange::onDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
}

int HttpExchange::currentHttpStatus() const
{
    if (!m_reply)
        return 0;
    return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void HttpExchange::followRedirect(const QUrl &location, int status)
{
    const QUrl resolved = m_currentUrl.resolved(location);
    if (!isSameOrigin(resolved, m_request.url())) {
        stopPending();
        m_call->finishWith(replyerrors::crossOriginRedirect(resolved, m_request.url(), m_carriesApiKey, status));
        return;
    }
    if (++m_redirects > m_policy.maxRedirects) {
        stopPending();
        m_call->finishWith(replyerrors::tooManyRedirects(m_request.url(), m_policy.maxRedirects, status));
        return;
    }
    sendRequest(resolved);
}

void HttpExchange::onDownloadProgress(qint64 received, qint64 total)
{
    // `total` is the announced Content-Length: refuse before reading when it is already too big.
    if (received <= m_policy.maxBodyBytes && total <= m_policy.maxBodyBytes)
        return;
    stopPending();
    m_call->finishWith(replyerrors::bodyTooLarge(m_policy.maxBodyBytes));
}

void HttpExchange::onDeadline()
{
    stopPending();
    m_call->finishWith(replyerrors::timeout(m_policy.timeout));
}

void HttpExchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    const int status = currentHttpStatus();
    const QNetworkReply::NetworkError code = reply->error();
    const QString detail = reply->errorString();
    QByteArray body = reply->readAll();
    const QByteArray contentEncoding = reply->rawHeader("Content-Encoding");
    const QByteArray reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
    const QUrl url = m_currentUrl;
    dropReply();

    if (isRedirectStatus(status) && code == QNetworkReply::NoError && !location.isEmpty()) {
        followRedirect(location, status);  // the attempt's deadline keeps running
        return;
    }
    m_deadline.stop();
    // Any error Qt reports wins over the status line: a 200 whose body was cut off is no success.
    if (isTransportFailure(code, status)) {
        m_call->finishWith(replyerrors::networkFailure(code, detail, url));
        return;
    }
    if (body.size() > m_policy.maxBodyBytes) {
        m_call->finishWith(replyerrors::bodyTooLarge(m_policy.maxBodyBytes));
        return;
    }
    Result<QByteArray> decoded = bodydecoding::decode(contentEncoding, body, m_policy.maxBodyBytes);
    if (!decoded && status >= 200 && status < 300) {
        m_call->finishWith(decoded.error());
        return;
    }
    // An error status speaks for itself; a body that cannot be unpacked only loses its details.
    body = decoded ? std::move(decoded).value() : QByteArray();
    if (status == 429 && !m_retriedRateLimit) {
        m_retriedRateLimit = true;
        scheduleRetry(retryAfterDelay(retryAfter, m_policy.maxRetryAfter), status,
                      LoopringClient::tr("Rate limited (HTTP 429)"));
        return;
    }
    if (isRetryableServerStatus(status) && !m_retriedServerError) {
        m_retriedServerError = true;
        scheduleRetry(m_policy.serverErrorDelay, status,
                      LoopringClient::tr("Service briefly unavailable (HTTP %1)").arg(status));
        return;
    }
    if (status < 200 || status >= 300) {
        m_call->finishWith(replyerrors::httpFailure(status, reasonPhrase, body));
        return;
    }
    if (std::optional<Error> hidden = replyerrors::failureInSuccessBody(status, contentType, body)) {
        m_call->finishWith(std::move(*hidden));
        return;
    }
    m_call->finishWith(body);
}

void HttpExchange::scheduleRetry(std::chrono::milliseconds delay, int httpStatus, const QString &reason)
{
    emit m_call->retrying(m_attempt + 1, int(delay.count()), httpStatus, reason);
    // A slot connected to retrying() may have cancelled the call.
    if (!m_call->isFinished())
        m_retryTimer.start(delay);
}

void HttpExchange::stopPending()
{
    m_deadline.stop();
    m_retryTimer.stop();
    dropReply();
}

void HttpExchange::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    // Disconnect first: abort() emits finished(), which must not be taken for an answer.
    reply->disconnect(this);
    // Not a reply that already reported its error (a 404 whose finished() is still queued): Qt
    // cannot take a second error and prints a warning, a second stderr line in the CLI. Deleting
    // it ends its request all the same.
    if (reply->isRunning() && reply->error() == QNetworkReply::NoError)
        reply->abort();
    reply->deleteLater();
}

} // namespace loopview
