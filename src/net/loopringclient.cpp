// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "loopringclient.h"

#include "demobackend.h"
#include "httpexchange.h"
#include "requestpolicy.h"

#include "core/apikey.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace loopview {

namespace {

QByteArray userAgent()
{
    return QByteArrayLiteral("Loopview/" LOOPVIEW_VERSION " (+Qt)");
}

QUrl endpointUrl(const QUrl &baseUrl, const QString &path, const QUrlQuery &query)
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    url.setFragment(QString());
    return url;
}

QString tokenIdList(const QList<int> &tokenIds)
{
    QStringList parts;
    parts.reserve(tokenIds.size());
    for (const int id : tokenIds)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

// Why a key cannot be sent, or nullopt when it can. `missing` says what needs it.
std::optional<Error> keyRefusal(const QString &apiKey, const QString &missing)
{
    if (apiKey.isEmpty())
        return Error::input(missing);
    // The key goes into a raw header: anything outside printable ASCII could split the header or
    // be mangled on the way. Callers check keys where they enter; this is the last line of defence.
    if (const Result<QString> key = validateApiKey(apiKey); !key || *key != apiKey) {
        return key ? Error::input(LoopringClient::tr("The API key contains spaces or characters that cannot be sent"))
                   : key.error();
    }
    return std::nullopt;
}

} // namespace

LoopringClient::LoopringClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

LoopringClient::~LoopringClient()
{
    // Calls go before the network manager so their exchanges can still abort live replies, and
    // without emitting finished() into half-destroyed owners.
    const QList<ApiCall *> children = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : children) {
        call->blockSignals(true);
        delete call;
    }
    // Calls a caller re-parented outlive us: their owner is alive, so tell it they are over.
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

void LoopringClient::setRetryDelays(std::chrono::milliseconds serverErrorDelay,
                                    std::chrono::milliseconds maxRetryAfter)
{
    m_serverErrorDelay = serverErrorDelay;
    m_maxRetryAfter = maxRetryAfter;
}

ApiCall *LoopringClient::newCall()
{
    m_calls.removeIf([](const QPointer<ApiCall> &call) { return !call || call->isFinished(); });
    auto *call = new ApiCall(this);
    m_calls.append(call);
    return call;
}

ApiCall *LoopringClient::getBalances(const BalanceQuery &query, const ServiceEndpoint &endpoint)
{
    ApiCall *call = newCall();
    if (endpoint.demo)
        return answerFromDemo(call, demobackend::balancesBody(query));

    const Result<QUrl> base = validateBaseUrl(endpoint.baseUrl);
    if (!base) {
        call->finishLater(base.error());
        return call;
    }
    if (std::optional<Error> refusal = keyRefusal(endpoint.apiKey, tr("An API key is required to read balances"))) {
        call->finishLater(*refusal);
        return call;
    }

    QUrlQuery urlQuery;
    if (const std::optional<qint64> accountId = query.accountId())
        urlQuery.addQueryItem(QStringLiteral("accountId"), QString::number(*accountId));
    else
        urlQuery.addQueryItem(QStringLiteral("address"), std::get<Address>(query.account).toLower());
    if (!query.tokenIds.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("tokens"), tokenIdList(query.tokenIds));
    return start(call, endpointUrl(*base, QStringLiteral("/api/v3/user/balances"), urlQuery),
                 endpoint.timeout, endpoint.apiKey);
}

ApiCall *LoopringClient::getNftPage(const NftPageRequest &request, const ServiceEndpoint &endpoint)
{
    ApiCall *call = newCall();
    if (endpoint.demo)
        return answerFromDemo(call, demobackend::nftPageBody(request));

    const Result<QUrl> base = validateBaseUrl(endpoint.baseUrl);
    if (!base) {
        call->finishLater(base.error());
        return call;
    }
    if (std::optional<Error> refusal = keyRefusal(endpoint.apiKey, tr("An API key is required to read NFTs"))) {
        call->finishLater(*refusal);
        return call;
    }

    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("accountId"), QString::number(request.accountId));
    urlQuery.addQueryItem(QStringLiteral("offset"), QString::number(request.offset));
    urlQuery.addQueryItem(QStringLiteral("limit"), QString::number(request.limit));
    // Only what the account holds, with the names and images the NFT view shows.
    urlQuery.addQueryItem(QStringLiteral("nonZero"), QStringLiteral("true"));
    urlQuery.addQueryItem(QStringLiteral("metadata"), QStringLiteral("true"));
    return start(call, endpointUrl(*base, QStringLiteral("/api/v3/user/nft/balances"), urlQuery),
                 endpoint.timeout, endpoint.apiKey);
}

ApiCall *LoopringClient::getTokens(const ServiceEndpoint &endpoint)
{
    ApiCall *call = newCall();
    if (endpoint.demo)
        return answerFromDemo(call, demobackend::tokensBody());
    const Result<QUrl> base = validateBaseUrl(endpoint.baseUrl);
    if (!base) {
        call->finishLater(base.error());
        return call;
    }
    return start(call, endpointUrl(*base, QStringLiteral("/api/v3/exchange/tokens"), {}), endpoint.timeout, {});
}

ApiCall *LoopringClient::getAccount(const Address &owner, const ServiceEndpoint &endpoint)
{
    ApiCall *call = newCall();
    if (endpoint.demo)
        return answerFromDemo(call, demobackend::accountBody(owner));
    const Result<QUrl> base = validateBaseUrl(endpoint.baseUrl);
    if (!base) {
        call->finishLater(base.error());
        return call;
    }
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("owner"), owner.toLower());
    return start(call, endpointUrl(*base, QStringLiteral("/api/v3/account"), urlQuery), endpoint.timeout, {});
}

ApiCall *LoopringClient::getPrices(const PriceQuery &query, const ServiceEndpoint &endpoint)
{
    ApiCall *call = newCall();
    // The code goes into the URL: refuse anything but three letters before it does.
    const Result<QString> currency = parseCurrencyCode(query.currency);
    if (!currency) {
        call->finishLater(currency.error());
        return call;
    }
    if (endpoint.demo) {
        QByteArray body = demobackend::pricesBody(*currency, QDateTime::currentDateTimeUtc());
        if (body.isEmpty()) {
            // What the service says to a currency it does not price, so demo mode shows the same path.
            Error error = Error::make(ErrorKind::Service,
                                      tr("The demo has prices in USD and CNY only, not in %1").arg(*currency));
            error.httpStatus = 400;
            error.apiCode = 100001;
            call->finishLater(std::move(error));
            return call;
        }
        return answerFromDemo(call, std::move(body));
    }
    const Result<QUrl> base = validateBaseUrl(endpoint.baseUrl);
    if (!base) {
        call->finishLater(base.error());
        return call;
    }
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("legal"), *currency);
    return start(call, endpointUrl(*base, QStringLiteral("/api/v3/price"), urlQuery), endpoint.timeout, {});
}

ApiCall *LoopringClient::start(ApiCall *call, const QUrl &url, std::chrono::milliseconds timeout,
                               const QString &apiKey)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    const bool sendApiKey = !apiKey.isEmpty();
    if (sendApiKey) {
        request.setRawHeader("X-API-KEY", apiKey.toLatin1());
        call->m_secret = apiKey;
    }

    RequestPolicy policy;
    policy.timeout = timeout;
    policy.maxBodyBytes = m_maxBodyBytes;
    policy.serverErrorDelay = m_serverErrorDelay;
    policy.maxRetryAfter = m_maxRetryAfter;

    auto *exchange = new HttpExchange(m_network, request, policy, sendApiKey, call);
    exchange->start();
    return call;
}

ApiCall *LoopringClient::answerFromDemo(ApiCall *call, QByteArray body)
{
    call->finishLater(std::move(body), m_demoLatency);
    return call;
}

} // namespace loopview
