// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "balancescommand.h"

#include "apikeysource.h"
#include "bookmarksfile.h"
#include "console.h"
#include "exitcode.h"
#include "listoutput.h"
#include "tokenlistloader.h"

#include "core/balanceexport.h"
#include "core/bookmarkstore.h"
#include "core/loopringjson.h"
#include "core/printabletext.h"
#include "history/historystore.h"
#include "net/loopringclient.h"

namespace loopview::cli {

BalancesCommand::BalancesCommand(const CliOptions &options, const CommandContext &context, QObject *parent)
    : ServiceCommand(options, parent)
    , m_context(context)
{
}

int BalancesCommand::execute()
{
    const Result<Request> request = options().bookmark.isEmpty() ? typedRequest() : bookmarkRequest();
    if (!request)
        return reportError(request.error());
    m_query = request->query;
    setEndpoint(request->endpoint);
    return ServiceCommand::execute();
}

Result<BalancesCommand::Request> BalancesCommand::typedRequest() const
{
    return withApiKey({*options().query, endpoint()}, nullptr);
}

Result<BalancesCommand::Request> BalancesCommand::bookmarkRequest() const
{
    const std::optional<Bookmark> bookmark =
        openBookmarkStore(options().timeout)->findByLabelOrId(options().bookmark);
    if (!bookmark) {
        return Error::input(tr("no bookmark named '%1' (see: loopview-cli bookmarks list)")
                                .arg(printableEcho(options().bookmark)));
    }
    if (!options().tokenIds) {
        const Result<Bookmark::TokenFilter> filter = bookmark->tokenFilter();
        if (!filter)
            return filter.error();
        if (!filter->symbols.isEmpty()) {
            return Error::input(tr("bookmark '%1' filters tokens by symbol (%2); the command line takes token "
                                   "ids: pass --tokens ID[,ID…]")
                                    .arg(printableEcho(bookmark->label),
                                         printableEcho(filter->symbols.join(QStringLiteral(", ")))));
        }
    }
    Result<BalanceQuery> query = bookmark->toQuery();
    if (!query)
        return query.error();
    if (options().tokenIds)
        query.value().tokenIds = *options().tokenIds;
    // As for --tokens (CliArguments): a snapshot is the whole account.
    if (options().record && !query->tokenIds.isEmpty()) {
        return Error::input(tr("bookmark '%1' asks for some tokens only, and --record stores the whole "
                               "account; leave out --record")
                                .arg(printableEcho(bookmark->label)));
    }
    ServiceEndpoint endpoint = this->endpoint();
    endpoint.baseUrl = bookmark->effectiveBaseUrl();
    return withApiKey({*query, endpoint}, &*bookmark);
}

Result<BalancesCommand::Request> BalancesCommand::withApiKey(Request request, const Bookmark *bookmark) const
{
    if (options().demo)
        return request;
    Result<QString> key = QString();
    if (bookmark && options().apiKeyFile.isEmpty())
        key = keyringKey(*bookmark);
    if (key && key->isEmpty()) {
        key = ApiKeySource::resolve(options().apiKeyFile, m_context.environment);
        if (key)
            Console::setSecret(*key);
    }
    if (!key)
        return key.error();
    request.endpoint.apiKey = *key;
    return request;
}

Result<QString> BalancesCommand::keyringKey(const Bookmark &bookmark) const
{
    const Result<std::unique_ptr<KeychainKeyStore>> keys = m_context.keyring(options().timeout);
    if (!keys) {
        // Not "no key stored" either: the bookmark may have one, which LOOPVIEW_API_KEY must not replace.
        return Error::io(tr("%1; pass --api-key-file FILE to give the bookmark's API key").arg(keys.error().message));
    }
    const KeyResult read = keyring::readKey(**keys, bookmark.id);
    if (read.ok())
        return read.key;
    if (read.status == KeyResult::Status::TimedOut) {
        // Not "no key stored": the bookmark may well have one. Quietly using LOOPVIEW_API_KEY
        // instead would send another key than the user chose for this bookmark.
        return Error::io(tr("%1 when asked for the API key of bookmark “%2”; try again, or pass "
                            "--api-key-file FILE")
                             .arg(read.message, printableText(bookmark.label, printable::EchoLength)));
    }
    if (read.status == KeyResult::Status::Failed) {
        Console::warning(tr("the keyring refused the bookmark's API key (%1); using LOOPVIEW_API_KEY")
                             .arg(read.message));
    }
    return QString();
}

void BalancesCommand::start()
{
    // Both requests at once: neither needs the other's answer, and the token list (megabytes on
    // mainnet) would otherwise hold the balances back by its whole transfer. The output waits for
    // both, so it and every error are what they were when the two ran one after the other.
    m_tokenLoader = new TokenListLoader(client(), tokenCache(), this);
    connect(m_tokenLoader, &TokenListLoader::finished, this, &BalancesCommand::onTokensLoaded);
    m_tokenLoader->start(endpoint());

    m_balancesCall = client()->getBalances(m_query, endpoint());
    m_balancesCall->setParent(this);
    connect(m_balancesCall, &ApiCall::finished, this, &BalancesCommand::onBalancesFinished);
    if (m_balancesCall->isFinished())
        QMetaObject::invokeMethod(this, &BalancesCommand::onBalancesFinished, Qt::QueuedConnection);
}

void BalancesCommand::cancel()
{
    if (m_tokenLoader)
        m_tokenLoader->cancel();
    if (m_balancesCall && !m_balancesCall->isFinished())
        m_balancesCall->cancel();
    if (m_pricesCall && !m_pricesCall->isFinished())
        m_pricesCall->cancel();
}

void BalancesCommand::onTokensLoaded()
{
    const TokenListLoader *loader = m_tokenLoader;
    m_tokenLoader->deleteLater();
    m_tokenLoader = nullptr;
    m_tokensArrived = true;

    if (const std::optional<Error> &error = loader->error()) {
        if (error->kind == ErrorKind::Cancelled) {
            m_tokensCancelled = *error;
            finishWhenBothArrived();
            return;
        }
        // One unreachable endpoint must not hide the balances: show them unscaled instead.
        m_warnings << tr("could not load the token list (%1); amounts are shown in base units "
                         "with empty symbols")
                          .arg(describeError(*error));
    }
    m_warnings << loader->warnings();
    m_registry = loader->tokens();
    finishWhenBothArrived();
}

void BalancesCommand::onBalancesFinished()
{
    if (!m_balancesCall || m_balancesArrived)
        return;
    m_balancesArrived = true;
    finishWhenBothArrived();
}

void BalancesCommand::finishWhenBothArrived()
{
    if (!m_tokensArrived || !m_balancesArrived)
        return;
    // An interrupt while the token list was loading ends the command as it did before the
    // balances were asked for at the same time.
    if (m_tokensCancelled) {
        fail(*m_tokensCancelled);
        return;
    }
    ApiCall *call = m_balancesCall;
    m_balancesCall = nullptr;
    call->deleteLater();

    if (!call->succeeded()) {
        fail(call->error());
        return;
    }
    // Taken, not copied: the body is not kept beside the balances and the output until the
    // call's deleteLater() runs.
    Result<QList<Balance>> balances = json::parseBalances(call->takeBody(), m_query.accountId());
    if (!balances) {
        fail(balances.error());
        return;
    }

    m_balances = balances.value();

    if (options().currency.isEmpty() || m_balances.isEmpty()) {
        printBalances(std::nullopt);
        return;
    }
    // After the balances, not beside them: none for prices when there are no balances to price,
    // and a failed balances request never waits for them.
    m_pricesCall = client()->getPrices({options().currency}, endpoint());
    m_pricesCall->setParent(this);
    connect(m_pricesCall, &ApiCall::finished, this, &BalancesCommand::onPricesFinished);
    if (m_pricesCall->isFinished())
        QMetaObject::invokeMethod(this, &BalancesCommand::onPricesFinished, Qt::QueuedConnection);
}

void BalancesCommand::onPricesFinished()
{
    ApiCall *call = m_pricesCall;
    if (!call)
        return;
    m_pricesCall = nullptr;
    call->deleteLater();

    if (!call->succeeded() && call->error().kind == ErrorKind::Cancelled) {
        fail(call->error());
        return;
    }
    // Prices are extra: without them the balances are still the answer, with empty price columns
    // and one line saying why.
    Result<PriceTable> prices = call->succeeded() ? json::parsePrices(call->body(), options().currency)
                                                  : Result<PriceTable>(call->error());
    if (!prices) {
        m_warnings << tr("could not load %1 prices (%2); the price and value columns are empty")
                          .arg(options().currency, describeError(prices.error()));
        printBalances(std::nullopt);
        return;
    }
    printBalances(prices.value());
}

void BalancesCommand::printBalances(const std::optional<PriceTable> &prices)
{
    const AmountUnit unit = options().raw ? AmountUnit::BaseUnits : AmountUnit::TokenUnits;
    const bool plainCsv = options().format == OutputFormat::Csv && options().currency.isEmpty() && !options().changes;
    QList<BalanceRecord> records;
    if (!plainCsv)
        records = makeBalanceRecords(m_balances, m_registry, unit);
    QList<BalanceColumn> extraColumns;
    if (!options().currency.isEmpty()) {
        extraColumns << BalanceColumn::Price << BalanceColumn::Value;
        if (prices)
            addPrices(records, m_balances, m_registry, *prices);
    }
    if (options().changes)
        extraColumns << BalanceColumn::ChangeTotal;

    if (options().changes || options().record) {
        const BalanceQuery &query = m_query;
        HistoryStore store;
        if (const Result<bool> opened = store.open(); !opened) {
            fail(opened.error());
            return;
        }
        // The change is counted from the latest snapshot before this one: read it first.
        if (options().changes) {
            const Result<std::optional<Snapshot>> previous = store.latest(historyAccountOf(endpoint().baseUrl, query));
            if (!previous) {
                fail(previous.error());
                return;
            }
            if (previous->has_value())
                addChanges(records, m_balances, m_registry, unit, totalsByToken(**previous));
        }
        if (options().record) {
            const Snapshot snapshot = makeSnapshot(endpoint().baseUrl, query, m_balances, m_registry, prices,
                                                   QDateTime::currentDateTimeUtc());
            if (const Result<qint64> recorded = store.record(snapshot); !recorded) {
                fail(recorded.error());
                return;
            }
        }
    }

    // Printed only now: when the balances fail too, their error is the one line that matters.
    for (const QString &warning : std::as_const(m_warnings))
        Console::warning(warning);
    // The plain CSV (no price, value or change columns) is written straight from the balances,
    // the bytes the records would give without making them, and a block of rows at a time: the
    // output is never all in memory.
    if (plainCsv) {
        succeed([&](QIODevice *device) { return writeBalancesCsv(device, m_balances, m_registry, unit); });
        return;
    }
    succeed(renderBalances(records, options().format, extraColumns, options().currency));
}

} // namespace loopview::cli
