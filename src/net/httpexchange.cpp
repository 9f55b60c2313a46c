#include "httpexchange.h"

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

    // Every redirect is shown to onRedirected() first: Qt would otherwise copy X-API-KEY to
    // whatever host the Location header names.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    m_request.setMaximumRedirectsAllowed(5);
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
    m_currentUrl = m_request.url();
    m_reply = m_network->get(m_request);
    connect(m_reply, &QNetworkReply::redirected, this, &HttpExchange::onRedirected);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpExchange::onDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
    m_deadline.start(m_policy.timeout);
}

int HttpExchange::currentHttpStatus() const
{
    if (!m_reply)
        return 0;
    return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void HttpExchange::onRedirected(const QUrl &target)
{
    const QUrl resolved = m_currentUrl.resolved(target);
    if (isSameOrigin(resolved, m_request.url())) {
        m_currentUrl = resolved;
        emit m_reply->redirectAllowed();
        return;
    }
    const int status = currentHttpStatus();
    stopPending();
    m_call->finishWith(replyerrors::crossOriginRedirect(resolved, m_request.url(), m_carriesApiKey, status));
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
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    const int status = currentHttpStatus();
    const QNetworkReply::NetworkError code = reply->error();
    const QString detail = reply->errorString();
    const QByteArray body = reply->readAll();
    const QByteArray reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const QUrl url = m_currentUrl;
    dropReply();

    // Transport-level failures (codes below 200) win over a status line: a 200 whose body was cut
    // off is not a success.
    const bool transportFailure = code != QNetworkReply::NoError && (status == 0 || int(code) < 200);
    if (transportFailure) {
        m_call->finishWith(replyerrors::networkFailure(code, detail, url));
        return;
    }
    if (body.size() > m_policy.maxBodyBytes) {
        m_call->finishWith(replyerrors::bodyTooLarge(m_policy.maxBodyBytes));
        return;
    }
    if (status == 429 && !m_retriedRateLimit) {
        m_retriedRateLimit = true;
        scheduleRetry(retryAfterDelay(retryAfter, m_policy.maxRetryAfter),
                      LoopringClient::tr("Rate limited (HTTP 429)"));
        return;
    }
    if (isRetryableServerStatus(status) && !m_retriedServerError) {
        m_retriedServerError = true;
        scheduleRetry(m_policy.serverErrorDelay,
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

void HttpExchange::scheduleRetry(std::chrono::milliseconds delay, const QString &reason)
{
    emit m_call->retrying(m_attempt + 1, int(delay.count()), reason);
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
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace loopview
