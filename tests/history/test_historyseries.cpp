// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "history/historyseries.h"

#include <QTest>
#include <QTimeZone>

using namespace loopview;

namespace {

QDateTime at(int minute)
{
    return QDateTime::fromMSecsSinceEpoch(1700000000000 + minute * 60000LL, QTimeZone::utc());
}

SnapshotToken token(int tokenId, const char *total, std::optional<int> decimals, const char *price = nullptr)
{
    SnapshotToken token;
    token.tokenId = tokenId;
    token.total = *Amount::parse(QString::fromLatin1(total));
    token.decimals = decimals;
    if (decimals)
        token.symbol = QStringLiteral("T%1").arg(tokenId);
    if (price)
        token.price = *Decimal::parse(QString::fromLatin1(price));
    return token;
}

Snapshot snapshot(int minute, const QString &currency, const QList<SnapshotToken> &tokens)
{
    Snapshot snapshot;
    snapshot.service = QStringLiteral("https://api3.loopring.io");
    snapshot.accountId = 7;
    snapshot.fetchedAt = at(minute);
    snapshot.currency = currency;
    snapshot.tokens = tokens;
    return snapshot;
}

const QString Usd = QStringLiteral("USD");

} // namespace

class TestHistorySeries : public QObject
{
    Q_OBJECT

private slots:
    void valueIsExactAndLeavesOutTokensWithoutPrice()
    {
        // 1.5 ETH at 3000.10 = 4500.15; 0.000000000000000001 at 0.01 rounds to 0.00; T2 has no price.
        const QList<Snapshot> snapshots{snapshot(0, Usd, {token(0, "1500000000000000000", 18, "3000.10"),
                                                          token(1, "1", 18, "0.01"), token(2, "5", 0)})};
        const ValueHistory history = valueHistory(snapshots);
        QCOMPARE(history.currency, Usd);
        QCOMPARE(history.points.size(), 1);
        QCOMPARE(history.points[0].exactText, QStringLiteral("4500.15"));
        QCOMPARE(history.points[0].at, at(0));
        QCOMPARE(history.points[0].unpricedTokens, 1);
        QCOMPARE(history.snapshotsWithoutPrice, 0);
    }

    void digitsBeyondADoubleStayInTheText()
    {
        // 123456789012345678.91 has more digits than a double keeps.
        const QList<Snapshot> snapshots{snapshot(0, Usd, {token(0, "12345678901234567891", 2, "1")})};
        const ValueHistory history = valueHistory(snapshots);
        QCOMPARE(history.points[0].exactText, QStringLiteral("123456789012345678.91"));
        QVERIFY(history.points[0].plotted > 1.2e17);
    }

    void snapshotsWithoutPricesAreCountedNotPlotted()
    {
        const QList<Snapshot> snapshots{snapshot(0, QString(), {token(0, "10", 0)}),
                                        snapshot(1, Usd, {token(0, "10", 0, "2")}),
                                        snapshot(2, Usd, {token(0, "10", 0)})};
        const ValueHistory history = valueHistory(snapshots);
        QCOMPARE(history.points.size(), 1);
        QCOMPARE(history.points[0].exactText, QStringLiteral("20.00"));
        QCOMPARE(history.snapshotsWithoutPrice, 2);
    }

    void noPriceAtAllLeavesTheCurrencyEmpty()
    {
        const ValueHistory history = valueHistory({snapshot(0, QString(), {token(0, "10", 0)})});
        QVERIFY(history.currency.isEmpty());
        QVERIFY(history.points.isEmpty());
        QCOMPARE(history.snapshotsWithoutPrice, 1);
    }

    void currenciesAreNeverMixed()
    {
        const QList<Snapshot> snapshots{snapshot(0, Usd, {token(0, "10", 0, "2")}),
                                        snapshot(1, QStringLiteral("CNY"), {token(0, "10", 0, "14")})};
        const ValueHistory history = valueHistory(snapshots);
        QCOMPARE(history.currency, QStringLiteral("CNY"));  // the latest priced snapshot's
        QCOMPARE(history.points.size(), 1);
        QCOMPARE(history.points[0].exactText, QStringLiteral("140.00"));
        QCOMPARE(history.snapshotsWithoutPrice, 1);
    }

    void tokenAmountCountsAbsenceAsZero()
    {
        const QList<Snapshot> snapshots{snapshot(0, Usd, {token(0, "1", 18)}), snapshot(1, Usd, {token(1, "5", 0)}),
                                        snapshot(2, Usd, {token(0, "2500000000000000000", 18)})};
        const QList<HistoryPoint> points = tokenAmountHistory(snapshots, 0);
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[0].exactText, QStringLiteral("0.000000000000000001"));
        QCOMPARE(points[1].exactText, QStringLiteral("0"));
        QCOMPARE(points[2].exactText, QStringLiteral("2.5"));
        QCOMPARE(points[2].plotted, 2.5);
        QCOMPARE(points[1].at, at(1));
        QCOMPARE(recordedSymbol(snapshots, 0), QStringLiteral("T0"));
    }

    void unknownDecimalsBorrowTheRecordedOnesOrStayInBaseUnits()
    {
        const QList<Snapshot> snapshots{snapshot(0, Usd, {token(4, "1500", std::nullopt)}),
                                        snapshot(1, Usd, {token(4, "2500", 3)})};
        QCOMPARE(tokenAmountHistory(snapshots, 4)[0].exactText, QStringLiteral("1.5"));
        QCOMPARE(tokenAmountHistory(snapshots.mid(0, 1), 4)[0].exactText, QStringLiteral("1500"));
        QVERIFY(recordedSymbol(snapshots.mid(0, 1), 4).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistorySeries)
#include "test_historyseries.moc"
