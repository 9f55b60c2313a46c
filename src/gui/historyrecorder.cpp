// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "historyrecorder.h"

#include "core/balancequery.h"
#include "core/tokenfilter.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QThread>

namespace loopview {

// What the history thread owns: the store and whether it is open. Touched only on that thread.
struct HistoryRecorder::Worker {
    std::unique_ptr<HistoryStore> store;
    bool opened = false;

    void use(const QString &path)
    {
        store = std::make_unique<HistoryStore>(path);
        opened = false;
    }

    // A failed open is tried again by the next job: the folder may have become writable.
    Result<bool> open()
    {
        if (opened)
            return true;
        const Result<bool> result = store->open();
        opened = result.ok();
        return result;
    }
};

HistoryRecorder::HistoryRecorder(const QString &storePath, QObject *parent)
    : QObject(parent),
      m_storePath(storePath.isEmpty() ? HistoryStore::defaultPath() : storePath),
      m_thread(new QThread),
      m_threadContext(new QObject),
      m_worker(std::make_unique<Worker>())
{
    m_thread->setObjectName(QStringLiteral("loopview-history"));
    m_threadContext->moveToThread(m_thread);
    m_thread->start();
    post([path = m_storePath](Worker &worker) { worker.use(path); });
}

HistoryRecorder::~HistoryRecorder()
{
    // The last job: every write asked for before it has run. The store, and its connection, end
    // on the thread that opened them.
    post([](Worker &worker) {
        worker.store.reset();
        QThread::currentThread()->quit();
    });
    m_thread->wait();
    delete m_threadContext;
    delete m_thread;
}

void HistoryRecorder::post(std::function<void(Worker &)> job)
{
    // Queued calls to one object run in the order they were posted.
    QMetaObject::invokeMethod(
            m_threadContext, [worker = m_worker.get(), job = std::move(job)] { job(*worker); }, Qt::QueuedConnection);
}

void HistoryRecorder::setStorePath(const QString &path)
{
    m_storePath = path.isEmpty() ? HistoryStore::defaultPath() : path;
    post([path = m_storePath](Worker &worker) { worker.use(path); });
}

std::optional<HistoryAccount> HistoryRecorder::accountOf(const BalancesQuestion &question)
{
    if (question.demo)
        return std::nullopt;
    const Result<BalanceQuery> query = BalanceQuery::fromInput(question.accountText);
    if (!query)
        return std::nullopt;
    return historyAccountOf(question.baseUrl, *query);
}

BalanceSnapshot HistoryRecorder::balancesOf(const Snapshot &recorded, const BalancesQuestion &question,
                                            const TokenRegistry &tokenList)
{
    QList<TokenInfo> tokens = tokenList.tokens();
    QList<Price> prices;
    for (const SnapshotToken &token : recorded.tokens) {
        if (!tokenList.find(token.tokenId) && !token.symbol.isEmpty() && token.decimals) {
            TokenInfo info;
            info.tokenId = token.tokenId;
            info.symbol = token.symbol;
            info.decimals = *token.decimals;
            info.precision = *token.decimals;
            tokens.append(info);
        }
        if (token.price && !token.symbol.isEmpty())
            prices.append(Price{token.symbol, *token.price, recorded.fetchedAt});
    }

    BalanceSnapshot shown;
    shown.tokens = TokenRegistry(tokens);
    shown.baseUrl = question.baseUrl;
    shown.accountText = question.accountText;
    shown.tokenFilterText = question.tokenFilterText;
    shown.fetchedAt = recorded.fetchedAt;
    shown.tokenSource = TokenSource::Cache;
    shown.tokensFetchedAt = recorded.fetchedAt;
    // An unparsable filter keeps every row, as the form would not have let it through anyway.
    const Result<TokenFilter> filter = TokenFilter::parse(question.tokenFilterText);
    for (const SnapshotToken &token : recorded.tokens) {
        if (filter && !filter->keeps(token.tokenId, shown.tokens))
            continue;
        shown.balances.append(recordedBalance(recorded, token));
    }
    shown.currency = recorded.currency;
    if (!recorded.currency.isEmpty())
        shown.prices = PriceTable(recorded.currency, prices);
    return shown;
}

void HistoryRecorder::readRecent(const HistoryAccount &account, int count, QObject *context, RecentRead done)
{
    // The recorder outlives every job, so the answer goes to it; the context is checked on the
    // GUI thread, where it is destroyed.
    post([this, account, count, context = QPointer<QObject>(context), done = std::move(done)](Worker &worker) {
        // Made in one expression, not assigned in branches: GCC's -Wmaybe-uninitialized misreads
        // a Result assigned over another in Release builds, and the dev preset makes that an error.
        const Result<QList<Snapshot>> result = [&]() -> Result<QList<Snapshot>> {
            // No file yet means no history; reading must not create one.
            if (!worker.opened && !QFileInfo::exists(worker.store->path()))
                return QList<Snapshot>();
            if (const Result<bool> opened = worker.open(); !opened)
                return opened.error();
            return worker.store->recent(account, count);
        }();
        QMetaObject::invokeMethod(
                this,
                [context, done, result] {
                    if (context)
                        done(result);
                },
                Qt::QueuedConnection);
    });
}

bool HistoryRecorder::record(const BalanceSnapshot &snapshot)
{
    // A snapshot is the whole account: what a token filter left out did not vanish, and counting
    // the next change from a part of the account would call every other token new.
    if (!m_recording || snapshot.demo || !snapshot.question().asksForWholeAccount())
        return false;
    const Result<BalanceQuery> query = BalanceQuery::fromInput(snapshot.accountText);
    if (!query)
        return false;
    const Snapshot recording = makeSnapshot(snapshot.baseUrl, *query, snapshot.balances, snapshot.tokens,
                                            snapshot.prices, snapshot.fetchedAt);
    post([this, recording](Worker &worker) {
        const Result<bool> opened = worker.open();
        const Result<qint64> id = opened ? worker.store->record(recording) : Result<qint64>(opened.error());
        QMetaObject::invokeMethod(
                this,
                [this, recording, id] {
                    if (!id) {
                        emit recordFailed(id.error().message);
                        return;
                    }
                    Snapshot stored = recording;
                    stored.id = *id;
                    emit recorded(stored);
                },
                Qt::QueuedConnection);
    });
    return true;
}

void HistoryRecorder::forget(const HistoryAccount &account)
{
    post([this, account](Worker &worker) {
        const Result<bool> opened = worker.open();
        const Result<int> count = opened ? worker.store->forget(account) : Result<int>(opened.error());
        QMetaObject::invokeMethod(
                this,
                [this, account, count] {
                    if (count)
                        emit forgotten(account, *count);
                    else
                        emit forgetFailed(account, count.error().message);
                },
                Qt::QueuedConnection);
    });
}

} // namespace loopview
