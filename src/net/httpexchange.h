#pragma once

#include "requestpolicy.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace loopview {

class ApiCall;

// Runs one GET for an ApiCall under a RequestPolicy: per-attempt deadline, body-size limit,
// same-origin redirects only, one retry on 429 and one on 502/503/504. Finishes the call exactly
// once. Lives as a child of the call, so deleting the call tears the exchange down.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(QNetworkAccessManager *network, const QNetworkRequest &request, const RequestPolicy &policy,
                 bool carriesApiKey, ApiCall *call);
    ~HttpExchange() override;

    void start();

private:
    void sendAttempt();
    void onRedirected(const QUrl &target);
    void onDownloadProgress(qint64 received, qint64 total);
    void onReplyFinished();
    void onDeadline();
    void scheduleRetry(std::chrono::milliseconds delay, const QString &reason);
    // Stops whatever is pending without finishing the call (used by cancel and before failing).
    void stopPending();
    void dropReply();
    int currentHttpStatus() const;

    QPointer<QNetworkAccessManager> m_network;
    QNetworkRequest m_request;
    RequestPolicy m_policy;
    bool m_carriesApiKey;
    ApiCall *m_call;

    QPointer<QNetworkReply> m_reply;
    QUrl m_currentUrl;  // follows accepted redirects, for resolving relative Location headers
    QTimer m_deadline;
    QTimer m_retryTimer;
    int m_attempt = 0;
    bool m_retriedRateLimit = false;
    bool m_retriedServerError = false;
};

} // namespace loopview
