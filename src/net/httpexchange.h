// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

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

// Runs one GET for an ApiCall under a RequestPolicy: per-attempt deadline, body-size limit (also
// on the unpacked size of a gzip or deflate body), same-origin redirects only and at most
// policy.maxRedirects of them, one retry on 429 and one on 502/503/504. Finishes the call exactly
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
    void sendRequest(const QUrl &url);
    void followRedirect(const QUrl &location, int status);
    void onDownloadProgress(qint64 received, qint64 total);
    void onReplyFinished();
    void onDeadline();
    void scheduleRetry(std::chrono::milliseconds delay, int httpStatus, const QString &reason);
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
    QUrl m_currentUrl;  // where the pending request went, for resolving a relative Location
    QTimer m_deadline;
    QTimer m_retryTimer;
    int m_attempt = 0;
    int m_redirects = 0;  // in this attempt
    bool m_retriedRateLimit = false;
    bool m_retriedServerError = false;
};

} // namespace loopview
