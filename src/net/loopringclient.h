// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "apicall.h"

#include "core/address.h"
#include "core/balance.h"
#include "core/balancequery.h"
#include "core/error.h"
#include "core/price.h"
#include "core/nftpaging.h"
#include "core/service.h"
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

    explicit LoopringClient(QObject *parent = nullptr);
    ~LoopringClient() override;

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    // Backoff before retrying a 502/503/504, and the cap on a 429's Retry-After (also the wait
    // when it has none, if shorter than 1 s). Tests shorten both; production keeps the defaults.
    void setRetryDelays(std::chrono::milliseconds serverErrorDelay, std::chrono::milliseconds maxRetryAfter);

    // A simulated network delay before each answer of the demo service (an endpoint with `demo`
    // set), for whoever wants to see or test the loading state (screenshots, cancelling). None by
    // default.
    void setDemoLatency(std::chrono::milliseconds latency) { m_demoLatency = latency; }
    std::chrono::milliseconds demoLatency() const { return m_demoLatency; }

    // Raw calls: the body of a successful response, or an Error. resultInfo errors in a 200 body
    // are reported as Service errors. The caller parses the body with json::parse…().
    //
    // Each call goes to `endpoint`: its base URL (an unusable one finishes the call with an Input
    // error, before any connection), its timeout per attempt, redirects included, and a retry gets
    // a fresh deadline. An endpoint with `demo` set is answered by the bundled demo service
    // (demobackend) with no network and no key, so the data goes through the same parsers; the
    // answer comes on the next event-loop turn.
    //
    // getBalances and getNftPage send the endpoint's API key (Input error without one); the others
    // send none.
    ApiCall *getBalances(const BalanceQuery &query, const ServiceEndpoint &endpoint);
    // One page of an account's NFTs (nonZero=true&metadata=true), parsed with json::parseNftPage;
    // NftListFetch reads a whole list with it.
    ApiCall *getNftPage(const NftPageRequest &request, const ServiceEndpoint &endpoint);
    ApiCall *getTokens(const ServiceEndpoint &endpoint);
    ApiCall *getAccount(const Address &owner, const ServiceEndpoint &endpoint);
    // GET /api/v3/price?legal=<currency>: no key sent. A currency that is not three ASCII letters
    // is an Input error without a request (lower case is sent upper-cased); which codes exist is
    // the service's to say (it answers HTTP 400). Parse the body with json::parsePrices(body, code).
    ApiCall *getPrices(const PriceQuery &query, const ServiceEndpoint &endpoint);

private:
    ApiCall *newCall();
    // Sends the GET to `url`, with `apiKey` as X-API-KEY when it is not empty.
    ApiCall *start(ApiCall *call, const QUrl &url, std::chrono::milliseconds timeout, const QString &apiKey);
    ApiCall *answerFromDemo(ApiCall *call, QByteArray body);

    QNetworkAccessManager *m_network = nullptr;
    QList<QPointer<ApiCall>> m_calls;  // unfinished calls, some possibly re-parented by callers
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    std::chrono::milliseconds m_serverErrorDelay = DefaultServerErrorDelay;
    std::chrono::milliseconds m_maxRetryAfter = DefaultMaxRetryAfter;
    std::chrono::milliseconds m_demoLatency{0};
};

} // namespace loopview
