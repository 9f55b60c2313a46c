// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "history/snapshot.h"

#include "core/loopringjson.h"

#include <QTest>
#include <QTimeZone>

using namespace loopview;

namespace {

TokenRegistry sampleTokens()
{
    TokenInfo eth;
    eth.tokenId = 0;
    eth.symbol = QStringLiteral("ETH");
    eth.decimals = 18;
    TokenInfo usdt;
    usdt.tokenId = 3;
    usdt.symbol = QStringLiteral("USDT");
    usdt.decimals = 6;
    return TokenRegistry(QList<TokenInfo>{eth, usdt});
}

Balance balance(qint64 accountId, int tokenId, quint64 total, quint64 locked = 0)
{
    Balance balance;
    balance.accountId = accountId;
    balance.tokenId = tokenId;
    balance.total = Amount::fromUInt64(total);
    balance.locked = Amount::fromUInt64(locked);
    return balance;
}

PriceTable usdPrices()
{
    return *json::parsePrices(R"({"prices":[{"symbol":"ETH","price":"3000.10","updatedAt":1}]})", QStringLiteral("USD"));
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void snapshotOfAQueryById()
    {
        const QUrl service(QStringLiteral("https://API3.loopring.io/"));
        const BalanceQuery query = *BalanceQuery::fromInput(u"20533");
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1700000000123, QTimeZone::utc());
        const Snapshot snapshot = makeSnapshot(service, query, {balance(20533, 0, 5, 1), balance(20533, 99, 7)}, sampleTokens(),
                                               usdPrices(), at);
        QCOMPARE(snapshot.service, QStringLiteral("https://api3.loopring.io"));  // one key per service
        QCOMPARE(snapshot.accountId, std::optional<qint64>(20533));
        QVERIFY(!snapshot.address.has_value());
        QCOMPARE(snapshot.fetchedAt, at);
        QCOMPARE(snapshot.currency, QStringLiteral("USD"));
        QCOMPARE(snapshot.tokens.size(), 2);
        QCOMPARE(snapshot.tokens[0].symbol, QStringLiteral("ETH"));
        QCOMPARE(snapshot.tokens[0].decimals, std::optional<int>(18));
        QCOMPARE(snapshot.tokens[0].locked, Amount::fromUInt64(1));
        QCOMPARE(snapshot.tokens[0].price->toString(), QStringLiteral("3000.10"));
        QVERIFY(snapshot.tokens[1].symbol.isEmpty());
        QVERIFY(!snapshot.tokens[1].decimals && !snapshot.tokens[1].price);

        const HistoryAccount account = historyAccountOf(service, query);
        QCOMPARE(account.service, snapshot.service);
        QCOMPARE(std::get<qint64>(account.account), qint64(20533));
    }

    void snapshotOfAQueryByAddressTakesTheIdFromTheRows()
    {
        const QUrl service(QStringLiteral("https://api3.loopring.io"));
        const BalanceQuery query = *BalanceQuery::fromInput(u"0x8656920c85342d646E5286Cb841F90209272ABeb");
        const Snapshot snapshot = makeSnapshot(service, query, {balance(42, 0, 5)}, sampleTokens(), std::nullopt,
                                               QDateTime::currentDateTimeUtc());
        QCOMPARE(snapshot.accountId, std::optional<qint64>(42));
        QCOMPARE(snapshot.address->toLower(), QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb"));
        QVERIFY(snapshot.currency.isEmpty());
        QVERIFY(!snapshot.tokens[0].price);

        const Snapshot empty = makeSnapshot(service, query, {}, sampleTokens(), std::nullopt, QDateTime::currentDateTimeUtc());
        QVERIFY(!empty.accountId.has_value());
    }

    void totalsAndHistoryRecords()
    {
        const QUrl service(QStringLiteral("https://api3.loopring.io"));
        const BalanceQuery query = *BalanceQuery::fromInput(u"7");
        Snapshot first = makeSnapshot(service, query, {balance(7, 3, 2500000), balance(7, 99, 12)}, sampleTokens(), std::nullopt,
                                      QDateTime::fromMSecsSinceEpoch(1000, QTimeZone::utc()));
        Snapshot second = makeSnapshot(service, query, {balance(7, 0, 1)}, sampleTokens(), std::nullopt,
                                       QDateTime::fromMSecsSinceEpoch(2500, QTimeZone::utc()));
        const QHash<int, Amount> totals = totalsByToken(first);
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals.value(3), Amount::fromUInt64(2500000));

        // The decimals recorded with each token scale it, whatever today's token list says.
        first.tokens[0].decimals = 3;
        const QList<BalanceRecord> records = makeHistoryRecords({first, second}, AmountUnit::TokenUnits);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fetchedAt, QStringLiteral("1970-01-01T00:00:01.000Z"));
        QCOMPARE(records[0].total, QStringLiteral("2500"));
        QCOMPARE(records[0].symbol, QStringLiteral("USDT"));
        QCOMPARE(records[1].total, QStringLiteral("12"));  // unknown token: base units
        QVERIFY(!records[1].knownToken);
        QCOMPARE(records[2].fetchedAt, QStringLiteral("1970-01-01T00:00:02.500Z"));
        QCOMPARE(records[2].total, QStringLiteral("0.000000000000000001"));
        QCOMPARE(records[2].accountId, qint64(7));

        QCOMPARE(balanceCsvHeader(historyColumns()).join(QLatin1Char(',')),
                 QStringLiteral("fetched_at,account_id,token_id,symbol,decimals,total,locked,available,"
                                "pending_deposit,pending_withdraw"));
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "test_snapshot.moc"
