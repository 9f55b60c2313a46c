#pragma once

#include "core/address.h"
#include "core/balance.h"
#include "core/balancequery.h"
#include "core/error.h"
#include "core/token.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QUrlQuery;

namespace loopview {

class HttpExchange;

// One in-flight call to the Loopring API, created by LoopringClient as its child. The caller may
// deleteLater() it after finished(), or take ownership with setParent(). Destroying the client
// destroys the calls it still owns without finished(); calls re-parented elsewhere finish with
// a Cancelled error instead.
// finished() is emitted exactly once, always asynchronously (never from inside the get…() call):
// on success, on error, or on cancel() (with a Cancelled error).
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    bool isFinished() const { return m_finished; }
    // Valid after finished(): the response body (success) or the error.
    bool succeeded() const { return m_finished && !m_error.has_value(); }
    // Only meaningful when finished and not succeeded(); otherwise a placeholder Input error.
    const Error &error() const;
    QByteArray body() const { return m_body; }
    // The same as one value, for callers that chain into the json:: parsers.
    Result<QByteArray> result() const;

public slots:
    // Aborts the pending reply or retry wait and finishes with Error::cancelled(). No-op once finished.
    void cancel();

signals:
    // The service asked us to slow down or was briefly unavailable; the call will make attempt
    // number `attempt` (2 for the first retry) after `delayMs`. `reason` is a human sentence
    // ("Rate limited (HTTP 429)").
    void retrying(int attempt, int delayMs, const QString &reason);
    void finished();

private:
    friend class LoopringClient;
    friend class HttpExchange;
    explicit ApiCall(QObject *parent = nullptr);
    void finishWith(QByteArray body);
    void finishWith(Error error);
    // Finishes on the next event-loop turn, so callers can connect to finished() after get…().
    void finishLater(Error error);
    void finishLater(QByteArray body, std::chrono::milliseconds delay);

    bool m_finished = false;
    QByteArray m_body;
    std::optional<Error> m_error;
    std::function<void()> m_abort;  // set while a reply, retry timer or demo timer is pending
    QString m_secret;               // scrubbed from error messages as a last line of defence
};

// The only place that talks HTTP. Every request: timeout, body-size limit, Accept: application/json,
// a User-Agent naming Loopview, https only (http for loopback), and no cross-origin redirects so the
// API key never reaches another host.
class LoopringClient : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultMaxBodyBytes = 16 * 1024 * 1024;
    static constexpr std::chrono::milliseconds DefaultServerErrorDelay{1000};
    static constexpr std::chrono::milliseconds DefaultMaxRetryAfter{10000};

    // Starts on the mainnet base URL.
    explicit LoopringClient(QObject *parent = nullptr);
    ~LoopringClient() override;

    // Input error for a non-https remote URL (or no URL at all). After a refusal the client stays
    // unusable until a valid URL is set: every call finishes with that Input error, so a mistyped
    // URL never silently falls back to the previous service. baseUrl() keeps the last valid URL.
    Result<QUrl> setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }

    void setApiKey(const QString &apiKey) { m_apiKey = apiKey.trimmed(); }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    // Per attempt, redirects included; a retry gets a fresh deadline. Applies to calls started later.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    // Backoff before retrying a 502/503/504, and the cap on a 429's Retry-After (also the wait
    // when it has none, if shorter than 1 s). Tests shorten both; production keeps the defaults.
    void setRetryDelays(std::chrono::milliseconds serverErrorDelay, std::chrono::milliseconds maxRetryAfter);

    // Demo mode: answers every call from bundled sample bodies (resources/demo), with no network
    // and no key, so the data goes through the same parsers. The answer comes on the next
    // event-loop turn, so starting on the demo data is as fast as the window can paint it.
    void setDemoMode(bool demo) { m_demo = demo; }
    bool isDemoMode() const { return m_demo; }
    // A simulated network delay before each demo answer, for whoever wants to see or test the
    // loading state (screenshots, cancelling). None by default.
    void setDemoLatency(std::chrono::milliseconds latency) { m_demoLatency = latency; }
    std::chrono::milliseconds demoLatency() const { return m_demoLatency; }

    static QByteArray demoBalancesBody();
    static QByteArray demoTokensBody();
    static QByteArray demoAccountBody();

    // Raw calls: the body of a successful response, or an Error. resultInfo errors in a 200 body
    // are reported as Service errors. The caller parses the body with json::parse…().
    //
    // getBalances sends the API key (Input error without one). The query's baseUrl, when set, is
    // used for that call (validated like setBaseUrl); otherwise the client's base URL.
    ApiCall *getBalances(const BalanceQuery &query);
    ApiCall *getTokens();                            // no key sent
    ApiCall *getAccount(const Address &owner);       // no key sent

private:
    ApiCall *newCall();
    ApiCall *start(ApiCall *call, const QUrl &baseUrl, const QString &path, const QUrlQuery &query,
                   bool sendApiKey);
    ApiCall *startDemo(ApiCall *call, QByteArray body);
    Result<QUrl> usableBaseUrl(const QUrl &override) const;

    QNetworkAccessManager *m_network = nullptr;
    QList<QPointer<ApiCall>> m_calls;  // unfinished calls, some possibly re-parented by callers
    QUrl m_baseUrl;
    std::optional<Error> m_baseUrlError;  // the last setBaseUrl refusal, until a valid URL is set
    QString m_apiKey;
    std::chrono::milliseconds m_timeout = DefaultRequestTimeout;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    std::chrono::milliseconds m_serverErrorDelay = DefaultServerErrorDelay;
    std::chrono::milliseconds m_maxRetryAfter = DefaultMaxRetryAfter;
    bool m_demo = false;
    std::chrono::milliseconds m_demoLatency{0};
};

} // namespace loopview
