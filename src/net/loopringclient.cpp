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

} // namespace

LoopringClient::LoopringClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl(Network::Mainnet))
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

Result<QUrl> LoopringClient::setBaseUrl(const QUrl &baseUrl)
{
    Result<QUrl> validated = validateBaseUrl(baseUrl);
    if (!validated) {
        m_baseUrlError = validated.error();
        return validated;
    }
    m_baseUrl = validated.value();
    m_baseUrlError.reset();
    return validated;
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

Result<QUrl> LoopringClient::usableBaseUrl(const QUrl &override) const
{
    if (!override.isEmpty())
        return validateBaseUrl(override);
    if (m_baseUrlError)
        return *m_baseUrlError;
    if (m_baseUrl.isEmpty())
        return Error::input(tr("No service URL is set"));
    return m_baseUrl;
}

ApiCall *LoopringClient::getBalances(const BalanceQuery &query)
{
    ApiCall *call = newCall();
    if (m_demo)
        return answerFromDemo(call, demobackend::balancesBody(query));

    const Result<QUrl> base = usableBaseUrl(query.baseUrl);
    if (!base) {
        call->finishLater(base.error());
        return call;
    }
    if (m_apiKey.isEmpty()) {
        call->finishLater(Error::input(tr("An API key is required to read balances")));
        return call;
    }
    // The key goes into a raw header: anything outside printable ASCII could split the header or
    // be mangled on the way. Callers check keys where they enter; this is the last line of defence.
    if (const Result<QString> key = validateApiKey(m_apiKey); !key || *key != m_apiKey) {
        call->finishLater(key ? Error::input(tr("The API key contains spaces or characters that cannot be sent"))
                              : key.error());
        return call;
    }

    QUrlQuery urlQuery;
    if (const auto *accountId = std::get_if<qint64>(&query.account))
        urlQuery.addQueryItem(QStringLiteral("accountId"), QString::number(*accountId));
    else
        urlQuery.addQueryItem(QStringLiteral("address"), std::get<Address>(query.account).toLower());
    if (!query.tokenIds.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("tokens"), tokenIdList(query.tokenIds));
    return start(call, *base, QStringLiteral("/api/v3/user/balances"), urlQuery, true);
}

ApiCall *LoopringClient::getTokens()
{
    ApiCall *call = newCall();
    if (m_demo)
        return answerFromDemo(call, demobackend::tokensBody());
    const Result<QUrl> base = usableBaseUrl({});
    if (!base) {
        call->finishLater(base.error());
        return call;
    }
    return start(call, *base, QStringLiteral("/api/v3/exchange/tokens"), {}, false);
}

ApiCall *LoopringClient::getAccount(const Address &owner)
{
    ApiCall *call = newCall();
    if (m_demo)
        return answerFromDemo(call, demobackend::accountBody(owner));
    const Result<QUrl> base = usableBaseUrl({});
    if (!base) {
        call->finishLater(base.error());
        return call;
    }
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("owner"), owner.toLower());
    return start(call, *base, QStringLiteral("/api/v3/account"), urlQuery, false);
}

ApiCall *LoopringClient::getPrices(const PriceQuery &query)
{
    ApiCall *call = newCall();
    // The code goes into the URL: refuse anything but three letters before it does.
    const Result<QString> currency = parseCurrencyCode(query.currency);
    if (!currency) {
        call->finishLater(currency.error());
        return call;
    }
    if (m_demo) {
        QByteArray body = demobackend::pricesBody(*currency);
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
    const Result<QUrl> base = usableBaseUrl(query.baseUrl);
    if (!base) {
        call->finishLater(base.error());
        return call;
    }
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("legal"), *currency);
    return start(call, *base, QStringLiteral("/api/v3/price"), urlQuery, false);
}

ApiCall *LoopringClient::start(ApiCall *call, const QUrl &baseUrl, const QString &path,
                               const QUrlQuery &query, bool sendApiKey)
{
    QNetworkRequest request(endpointUrl(baseUrl, path, query));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (sendApiKey) {
        request.setRawHeader("X-API-KEY", m_apiKey.toLatin1());
        call->m_secret = m_apiKey;
    }

    RequestPolicy policy;
    policy.timeout = m_timeout;
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
