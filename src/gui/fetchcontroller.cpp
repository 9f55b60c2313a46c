// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "fetchcontroller.h"

#include "core/balancequery.h"
#include "core/loopringjson.h"
#include "core/service.h"
#include "core/tokenfilter.h"
#include "net/loopringclient.h"

#include <utility>

namespace loopview {

BalancesQuestion BalancesQuestion::of(const FetchRequest &request)
{
    BalancesQuestion question;
    question.baseUrl = request.baseUrl;
    const Result<BalanceQuery> query = BalanceQuery::fromInput(request.accountText);
    question.accountText = query ? query->accountText() : request.accountText.trimmed();
    question.tokenFilterText = request.tokenFilterText.trimmed();
    question.demo = request.demo;
    return question;
}

FetchRequest BalancesQuestion::request(const QString &apiKey) const
{
    FetchRequest request;
    request.baseUrl = baseUrl;
    request.accountText = accountText;
    request.tokenFilterText = tokenFilterText;
    request.apiKey = demo ? QString() : apiKey;
    request.demo = demo;
    return request;
}

bool BalancesQuestion::operator==(const BalancesQuestion &other) const
{
    return demo == other.demo && isSameService(baseUrl, other.baseUrl) && accountText == other.accountText
            && tokenFilterText == other.tokenFilterText;
}

std::optional<qint64> BalanceSnapshot::resolvedAccountId() const
{
    if (!accountText.startsWith(QLatin1String("0x")) || balances.isEmpty())
        return std::nullopt;
    return balances.constFirst().accountId;
}

FetchController::FetchController(QObject *parent)
    : QObject(parent), m_client(new LoopringClient(this)), m_timeout(DefaultRequestTimeout)
{
}

FetchController::~FetchController()
{
    abandonCall();
}

void FetchController::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void FetchController::setTokenCacheDirectory(const QString &directory)
{
    m_tokenCache = TokenCache(directory);
}

TokenRegistry FetchController::knownTokens(const QUrl &baseUrl) const
{
    const QString key = serviceKey(baseUrl);
    if (const auto it = m_sessionTokens.constFind(key); it != m_sessionTokens.constEnd())
        return *it;
    if (const std::optional<CachedTokens> cached = m_tokenCache.load(baseUrl))
        return TokenRegistry(cached->tokens);
    return {};
}

void FetchController::fetch(const FetchRequest &request)
{
    abandonCall();
    m_request = request;
    m_snapshot = BalanceSnapshot();
    m_snapshot.demo = request.demo;
    m_snapshot.currency = request.currency;

    const Result<QUrl> baseUrl = validateBaseUrl(request.baseUrl);
    if (!baseUrl) {
        finishWithError(baseUrl.error());
        return;
    }
    m_snapshot.baseUrl = baseUrl.value();
    m_endpoint = ServiceEndpoint{baseUrl.value(), m_timeout, request.apiKey, request.demo};
    m_request.apiKey.clear();  // the endpoint carries it from here

    // Parse the account and the filter once, before any request: a typo should not cost a round
    // trip. Symbols in the filter are resolved once the token list is there.
    const Result<BalanceQuery> query = BalanceQuery::fromInput(request.accountText);
    if (!query) {
        finishWithError(query.error());
        return;
    }
    const Result<TokenFilter> filter = TokenFilter::parse(request.tokenFilterText);
    if (!filter) {
        finishWithError(filter.error());
        return;
    }
    m_query = query.value();
    m_tokenFilter = filter.value();
    m_snapshot.accountText = m_query.accountText();
    m_snapshot.tokenFilterText = request.tokenFilterText.trimmed();

    // Demo data never mixes with a real service's token list, in memory or on disk.
    const QString key = serviceKey(m_snapshot.baseUrl);
    if (!request.demo && m_sessionTokens.contains(key)) {
        m_snapshot.tokens = m_sessionTokens.value(key);
        m_snapshot.tokenSource = TokenSource::Session;
        startBalances();
        return;
    }
    startTokens();
}

void FetchController::cancel()
{
    if (!isBusy())
        return;
    abandonCall();
    setPhase(Phase::Idle);
    emit cancelled();
}

void FetchController::setPhase(Phase phase)
{
    if (phase == Phase::Idle)
        m_endpoint = ServiceEndpoint();  // the fetch is over, and its key with it
    if (m_phase == phase)
        return;
    const bool wasBusy = isBusy();
    m_phase = phase;
    emit phaseChanged(phase);
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void FetchController::watch(ApiCall *call, std::function<void(ApiCall *)> handler)
{
    m_call = call;
    connect(call, &ApiCall::retrying, this, &FetchController::retrying);
    connect(call, &ApiCall::finished, this, [this, call, handler] {
        if (m_call == call)
            m_call = nullptr;
        call->deleteLater();
        handler(call);
    });
    // A client may finish a call before returning it (input errors, demo answers).
    if (call->isFinished()) {
        m_call = nullptr;
        call->deleteLater();
        disconnect(call, nullptr, this, nullptr);
        handler(call);
    }
}

void FetchController::abandonCall()
{
    if (!m_call)
        return;
    ApiCall *call = m_call;
    m_call = nullptr;
    disconnect(call, nullptr, this, nullptr);
    call->cancel();
    call->deleteLater();
}

void FetchController::startTokens()
{
    setPhase(Phase::LoadingTokens);
    watch(m_client->getTokens(m_endpoint), [this](ApiCall *call) { onTokensFinished(call); });
}

void FetchController::onTokensFinished(ApiCall *call)
{
    if (!call->succeeded() && call->error().kind == ErrorKind::Cancelled) {
        setPhase(Phase::Idle);
        emit cancelled();
        return;
    }

    // Balances are still worth showing without fresh metadata: from the cache when there is one,
    // otherwise in base units with the token id (never dropping a row). Demo data never mixes
    // with a real service's token list, so it neither reads nor writes the cache.
    const ResolvedTokenList resolved = resolveTokenList(call->result(), m_snapshot.baseUrl,
                                                        m_request.demo ? nullptr : &m_tokenCache);
    m_snapshot.tokens = resolved.tokens;
    m_snapshot.tokenError = resolved.error;
    switch (resolved.source) {
    case ResolvedTokenList::Source::Fresh:
        m_snapshot.tokenSource = TokenSource::Fresh;
        if (!m_request.demo)
            m_sessionTokens.insert(serviceKey(m_snapshot.baseUrl), m_snapshot.tokens);
        break;
    case ResolvedTokenList::Source::Cache:
        m_snapshot.tokenSource = TokenSource::Cache;
        m_snapshot.tokensFetchedAt = resolved.fetchedAt;
        break;
    case ResolvedTokenList::Source::None:
        m_snapshot.tokenSource = TokenSource::None;
        break;
    }
    if (resolved.source != ResolvedTokenList::Source::None)
        emit tokensChanged(m_snapshot.baseUrl, m_snapshot.tokens);
    startBalances();
}

void FetchController::startBalances()
{
    const Result<QList<int>> tokenIds = m_tokenFilter.resolve(m_snapshot.tokens);
    if (!tokenIds) {
        // Without the token list a symbol filter cannot be resolved; say why the list is missing.
        Error error = tokenIds.error();
        if (m_snapshot.tokenError && m_snapshot.tokenSource == TokenSource::None)
            error.message += QLatin1String(" (") + m_snapshot.tokenError->message + QLatin1Char(')');
        finishWithError(error);
        return;
    }
    BalanceQuery balanceQuery = m_query;
    balanceQuery.tokenIds = tokenIds.value();

    setPhase(Phase::LoadingBalances);
    watch(m_client->getBalances(balanceQuery, m_endpoint),
          [this, askedAccountId = balanceQuery.accountId()](ApiCall *call) { onBalancesFinished(call, askedAccountId); });
}

void FetchController::onBalancesFinished(ApiCall *call, std::optional<qint64> askedAccountId)
{
    if (!call->succeeded()) {
        if (call->error().kind == ErrorKind::Cancelled) {
            setPhase(Phase::Idle);
            emit cancelled();
            return;
        }
        finishWithError(call->error());
        return;
    }
    Result<QList<Balance>> balances = json::parseBalances(call->body(), askedAccountId);
    if (!balances) {
        finishWithError(balances.error());
        return;
    }
    m_snapshot.balances = balances.value();
    m_snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
    // None for prices when there is nothing to price.
    if (m_request.currency.isEmpty() || m_snapshot.balances.isEmpty()) {
        succeed();
        return;
    }
    startPrices();
}

void FetchController::startPrices()
{
    setPhase(Phase::LoadingPrices);
    // The price endpoint takes no key, so none goes with it.
    ServiceEndpoint keyless = m_endpoint;
    keyless.apiKey.clear();
    watch(m_client->getPrices(PriceQuery{m_request.currency}, keyless),
          [this](ApiCall *call) { onPricesFinished(call); });
}

void FetchController::onPricesFinished(ApiCall *call)
{
    if (!call->succeeded() && call->error().kind == ErrorKind::Cancelled) {
        setPhase(Phase::Idle);
        emit cancelled();
        return;
    }
    Result<PriceTable> prices = call->succeeded() ? json::parsePrices(call->body(), m_request.currency)
                                                  : Result<PriceTable>(call->error());
    if (prices)
        m_snapshot.prices = prices.value();
    else
        m_snapshot.priceError = prices.error();
    succeed();
}

void FetchController::succeed()
{
    const ServiceEndpoint endpoint = std::exchange(m_endpoint, ServiceEndpoint());
    setPhase(Phase::Idle);
    if (!endpoint.demo)
        emit keyAccepted(m_snapshot.baseUrl, m_snapshot.accountText, endpoint.apiKey);
    emit succeeded(m_snapshot);
}

void FetchController::finishWithError(const Error &error)
{
    setPhase(Phase::Idle);
    emit failed(error);
}

} // namespace loopview
