// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "portfoliorefresher.h"

#include "core/loopringjson.h"
#include "core/service.h"
#include "core/tokencache.h"
#include "net/loopringclient.h"
#include "net/nftlistfetch.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace loopview {

// ---------------------------------------------------------------------------------------------
// PortfolioRefresher

PortfolioRefresher::PortfolioRefresher(QObject *parent)
    : QObject(parent), m_pacer(DefaultRequestsPerSecond), m_client(new LoopringClient(this))
{
}

PortfolioRefresher::~PortfolioRefresher()
{
    // Calls are children of their clients; make sure no callback reaches a half-destroyed object.
    ++m_generation;
    m_pacer.clear();
}

void PortfolioRefresher::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
}

void PortfolioRefresher::setRequestsPerSecond(double requestsPerSecond)
{
    m_pacer.setRequestsPerSecond(requestsPerSecond);
}

ServiceEndpoint PortfolioRefresher::endpointFor(const QUrl &baseUrl, const QString &apiKey) const
{
    return ServiceEndpoint{baseUrl, m_timeout, apiKey, false};
}

void PortfolioRefresher::start(const QList<Bookmark> &bookmarks, const QString &defaultApiKey,
                               const QString &currency)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_defaultApiKey = defaultApiKey;
    m_currency = currency;
    m_prices.clear();
    m_order.clear();
    m_entries.clear();
    m_queue.clear();
    m_tokens.clear();
    m_serviceUrls.clear();
    m_serviceCalls.clear();
    m_inFlight = 0;
    m_running = true;

    // Token lists first, one per service, so symbols are there by the time balances arrive.
    QStringList services;
    for (const Bookmark &bookmark : bookmarks) {
        if (m_entries.contains(bookmark.id))
            continue; // the same bookmark twice is refreshed once
        m_order.append(bookmark.id);
        Entry entry;
        entry.bookmark = bookmark;
        m_entries.insert(bookmark.id, entry);
        const QString service = serviceKey(bookmark.effectiveBaseUrl());
        if (bookmark.validate() || services.contains(service))
            continue;
        services.append(service);
        m_serviceUrls.insert(service, bookmark.effectiveBaseUrl());
        m_queue.enqueue(Job{Job::Kind::Tokens, QString(), service});
        if (!m_currency.isEmpty())
            m_queue.enqueue(Job{Job::Kind::Prices, QString(), service});
    }
    for (const QString &id : std::as_const(m_order))
        m_queue.enqueue(Job{Job::Kind::Balances, id, QString()});

    for (const QString &id : std::as_const(m_order))
        emit statusChanged(id, Status::Queued);
    emit progressChanged(0, totalCount());
    pump();
    checkFinished(); // nothing to do at all
}

void PortfolioRefresher::pump()
{
    const quint64 generation = m_generation;
    while (m_running && m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const Job job = m_queue.dequeue();
        ++m_inFlight;
        runJob(job, generation);
        if (generation != m_generation)
            return; // runJob finished the refresh (e.g. cancel from a slot)
    }
}

void PortfolioRefresher::runJob(const Job &job, quint64 generation)
{
    if (job.kind == Job::Kind::Tokens || job.kind == Job::Kind::Prices) {
        m_pacer.schedule([this, kind = job.kind, service = job.serviceKey, generation] {
            if (generation != m_generation)
                return;
            if (kind == Job::Kind::Tokens)
                startTokens(service, generation);
            else
                startPrices(service, generation);
        });
        return;
    }

    Entry &entry = m_entries[job.bookmarkId];
    if (std::optional<Error> problem = entry.bookmark.validate()) {
        // Nothing to send: fail now, without using up a request.
        finishEntry(entry, problem);
        jobDone(generation);
        return;
    }
    auto withKey = [this, id = job.bookmarkId, generation](const QString &key) {
        if (generation != m_generation)
            return;
        const QString effectiveKey = key.isEmpty() ? m_defaultApiKey : key;
        m_pacer.schedule([this, id, effectiveKey, generation] {
            if (generation == m_generation)
                startBalances(id, effectiveKey, generation);
        });
    };
    if (m_keyProvider)
        m_keyProvider(entry.bookmark, withKey);
    else
        withKey(QString());
}

void PortfolioRefresher::startBalances(const QString &bookmarkId, const QString &key,
                                       quint64 generation)
{
    Entry &entry = m_entries[bookmarkId];
    const Result<BalanceQuery> query = entry.bookmark.toQuery();
    ApiCall *call = m_client->getBalances(*query, endpointFor(entry.bookmark.effectiveBaseUrl(), key));
    entry.call = call;
    setStatus(entry, Status::Running);
    connect(call, &ApiCall::finished, this, [this, call, bookmarkId, key, generation, askedAccountId = query->accountId()] {
        call->deleteLater();
        if (generation != m_generation)
            return;
        Entry &finishedEntry = m_entries[bookmarkId];
        finishedEntry.call.clear();
        if (!call->succeeded()) {
            finishEntry(finishedEntry, call->error());
        } else {
            Result<QList<Balance>> balances = json::parseBalances(call->body(), askedAccountId);
            if (balances) {
                finishedEntry.balances = std::move(balances).value();
                finishEntry(finishedEntry, std::nullopt);
                // The slot stays taken until the NFTs are counted: that keeps the requests in
                // flight and their pace within the limits.
                m_pacer.schedule([this, bookmarkId, key, generation] {
                    if (generation == m_generation)
                        countNfts(bookmarkId, key, generation);
                });
                return;
            }
            finishEntry(finishedEntry, balances.error());
        }
        jobDone(generation);
    });
}

void PortfolioRefresher::countNfts(const QString &bookmarkId, const QString &key, quint64 generation)
{
    Entry &entry = m_entries[bookmarkId];
    const Result<BalanceQuery> query = entry.bookmark.toQuery();
    auto *fetch = new NftListFetch(m_client, query->account, endpointFor(entry.bookmark.effectiveBaseUrl(), key), this);
    fetch->setCountOnly(true);
    fetch->setRequestsPerSecond(0);  // this refresh's pacer started it
    entry.nftFetch = fetch;
    connect(fetch, &NftListFetch::finished, this, [this, fetch, bookmarkId, generation] {
        fetch->deleteLater();
        if (generation != m_generation)
            return;
        Entry &counted = m_entries[bookmarkId];
        counted.nftFetch.clear();
        if (fetch->succeeded())
            counted.nftCount = fetch->totalCount();
        else
            counted.nftError = fetch->error();
        emit nftCountChanged(bookmarkId);
        jobDone(generation);
    });
    fetch->start();
}

void PortfolioRefresher::startTokens(const QString &service, quint64 generation)
{
    ApiCall *call = m_client->getTokens(endpointFor(m_serviceUrls.value(service), QString()));
    m_serviceCalls.append(call);
    connect(call, &ApiCall::finished, this, [this, call, service, generation] {
        call->deleteLater();
        if (generation != m_generation)
            return;
        const QUrl baseUrl = m_serviceUrls.value(service);
        // The same decision as the window's and the CLI's: fresh, else the cached copy, else none.
        const ResolvedTokenList resolved = resolveTokenList(call->result(), baseUrl, m_tokenCache);
        if (resolved.source != ResolvedTokenList::Source::None)
            m_tokens.insert(service, resolved.tokens);
        else if (resolved.error->kind != ErrorKind::Cancelled)
            emit tokensFailed(baseUrl, *resolved.error);
        jobDone(generation);
    });
}

void PortfolioRefresher::startPrices(const QString &service, quint64 generation)
{
    // No key: the price endpoint needs none, so none is sent.
    ApiCall *call = m_client->getPrices(PriceQuery{m_currency}, endpointFor(m_serviceUrls.value(service), QString()));
    m_serviceCalls.append(call);
    connect(call, &ApiCall::finished, this, [this, call, service, generation] {
        call->deleteLater();
        if (generation != m_generation)
            return;
        // Prices are extra: without them the balances are still the portfolio.
        Result<PriceTable> prices = call->succeeded() ? json::parsePrices(call->body(), m_currency)
                                                      : Result<PriceTable>(call->error());
        if (prices)
            m_prices.insert(service, std::move(prices).value());
        else if (prices.error().kind != ErrorKind::Cancelled)
            emit pricesFailed(m_serviceUrls.value(service), prices.error());
        jobDone(generation);
    });
}

void PortfolioRefresher::jobDone(quint64 generation)
{
    if (generation != m_generation)
        return; // a slot cancelled or restarted the refresh meanwhile
    --m_inFlight;
    pump();
    checkFinished();
}

void PortfolioRefresher::setStatus(Entry &entry, Status status)
{
    if (entry.status == status)
        return;
    entry.status = status;
    emit statusChanged(entry.bookmark.id, status);
}

void PortfolioRefresher::finishEntry(Entry &entry, std::optional<Error> error)
{
    entry.error = std::move(error);
    const QString id = entry.bookmark.id;
    if (entry.error && entry.error->kind == ErrorKind::Cancelled) {
        setStatus(entry, Status::Cancelled);
    } else if (entry.error) {
        setStatus(entry, Status::Failed);
        emit bookmarkFailed(id, *entry.error);
    } else {
        setStatus(entry, Status::Done);
    }
    emit progressChanged(finishedCount(), totalCount());
}

void PortfolioRefresher::checkFinished()
{
    if (!m_running || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    m_running = false;
    m_defaultApiKey.clear();
    emit finished();
}

void PortfolioRefresher::cancel()
{
    if (!m_running)
        return;
    // New generation first: the cancelled calls' finished() must not re-enter the bookkeeping.
    ++m_generation;
    m_pacer.clear();
    m_queue.clear();
    for (const QPointer<ApiCall> &call : std::as_const(m_serviceCalls)) {
        if (call)
            call->cancel();
    }
    m_serviceCalls.clear();
    for (const QString &id : std::as_const(m_order)) {
        Entry &entry = m_entries[id];
        if (entry.call)
            entry.call->cancel();
        entry.call.clear();
        if (entry.nftFetch)
            entry.nftFetch->cancel();
        entry.nftFetch.clear();
        if (entry.status == Status::Queued || entry.status == Status::Running)
            finishEntry(entry, Error::cancelled());
    }
    m_inFlight = 0;
    m_running = false;
    m_defaultApiKey.clear();
    emit finished();
}

PortfolioRefresher::Status PortfolioRefresher::status(const QString &bookmarkId) const
{
    return m_entries.value(bookmarkId).status;
}

std::optional<Error> PortfolioRefresher::error(const QString &bookmarkId) const
{
    return m_entries.value(bookmarkId).error;
}

QList<Balance> PortfolioRefresher::balances(const QString &bookmarkId) const
{
    return m_entries.value(bookmarkId).balances;
}

std::optional<qint64> PortfolioRefresher::nftCount(const QString &bookmarkId) const
{
    return m_entries.value(bookmarkId).nftCount;
}

std::optional<Error> PortfolioRefresher::nftError(const QString &bookmarkId) const
{
    return m_entries.value(bookmarkId).nftError;
}

int PortfolioRefresher::finishedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) {
        return entry.status == Status::Done || entry.status == Status::Failed
            || entry.status == Status::Cancelled;
    }));
}

Portfolio PortfolioRefresher::portfolio() const
{
    QList<PortfolioAccount> accounts;
    for (const QString &id : m_order) {
        const Entry entry = m_entries.value(id);
        if (entry.status != Status::Done)
            continue;
        const QUrl baseUrl = entry.bookmark.effectiveBaseUrl();
        const TokenRegistry tokenList = tokens(baseUrl);
        // A filter by symbol could not be sent to the service; apply it now the symbols are known.
        QList<Balance> kept;
        for (const Balance &balance : entry.balances) {
            if (entry.bookmark.keepsBalance(balance.tokenId, tokenList))
                kept.append(balance);
        }
        accounts.append({id, entry.bookmark.label, baseUrl, tokenList, kept});
    }
    return Portfolio::aggregate(accounts);
}

TokenRegistry PortfolioRefresher::tokens(const QUrl &baseUrl) const
{
    return m_tokens.value(serviceKey(baseUrl));
}

} // namespace loopview
