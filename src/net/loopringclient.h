#pragma once

#include "apicall.h"

#include "core/address.h"
#include "core/balance.h"
#include "core/balancequery.h"
#include "core/error.h"
#include "core/price.h"
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

    // Demo mode: answers every call from the bundled demo service (demobackend), with no network
    // and no key, so the data goes through the same parsers. The answer comes on the next
    // event-loop turn, so starting on the demo data is as fast as the window can paint it.
    void setDemoMode(bool demo) { m_demo = demo; }
    bool isDemoMode() const { return m_demo; }
    // A simulated network delay before each demo answer, for whoever wants to see or test the
    // loading state (screenshots, cancelling). None by default.
    void setDemoLatency(std::chrono::milliseconds latency) { m_demoLatency = latency; }
    std::chrono::milliseconds demoLatency() const { return m_demoLatency; }

    // Raw calls: the body of a successful response, or an Error. resultInfo errors in a 200 body
    // are reported as Service errors. The caller parses the body with json::parse…().
    //
    // getBalances sends the API key (Input error without one). The query's baseUrl, when set, is
    // used for that call (validated like setBaseUrl); otherwise the client's base URL.
    ApiCall *getBalances(const BalanceQuery &query);
    ApiCall *getTokens();                            // no key sent
    ApiCall *getAccount(const Address &owner);       // no key sent
    // GET /api/v3/price?legal=<currency>: no key sent. The query's baseUrl, when set, is used for
    // that call (validated like setBaseUrl); otherwise the client's base URL. A currency that is not
    // three ASCII letters is an Input error without a request (lower case is sent upper-cased);
    // which codes exist is the service's to say (it answers HTTP 400). Parse the body with
    // json::parsePrices(body, code).
    ApiCall *getPrices(const PriceQuery &query);

private:
    ApiCall *newCall();
    ApiCall *start(ApiCall *call, const QUrl &baseUrl, const QString &path, const QUrlQuery &query,
                   bool sendApiKey);
    ApiCall *answerFromDemo(ApiCall *call, QByteArray body);
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
