// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/portfolio.h"

#include <QTest>

using namespace loopview;

namespace {

const QUrl Mainnet(QStringLiteral("https://api3.loopring.io"));
const QUrl Testnet(QStringLiteral("https://uat2.loopring.io"));

Amount amount(const char *digits)
{
    return *Amount::parse(QString::fromLatin1(digits));
}

Balance balance(int tokenId, const char *total, const char *locked = "0", const char *deposit = "0",
                const char *withdraw = "0")
{
    Balance b;
    b.tokenId = tokenId;
    b.total = amount(total);
    b.locked = amount(locked);
    b.pendingDeposit = amount(deposit);
    b.pendingWithdraw = amount(withdraw);
    return b;
}

TokenRegistry mainnetTokens()
{
    TokenInfo eth;
    eth.tokenId = 0;
    eth.symbol = QStringLiteral("ETH");
    eth.decimals = 18;
    TokenInfo usdt;
    usdt.tokenId = 3;
    usdt.symbol = QStringLiteral("USDT");
    usdt.decimals = 6;
    return TokenRegistry({eth, usdt});
}

PortfolioAccount account(const QString &label, const QUrl &baseUrl, QList<Balance> balances,
                         TokenRegistry tokens = mainnetTokens())
{
    return {label + QStringLiteral("-id"), label, baseUrl, std::move(tokens), std::move(balances)};
}

// 2^256 − 1 − n, as a decimal string.
QString maxMinus(quint64 n)
{
    // 2^256−1 = 115792089237316195423570985008687907853269984665640564039457584007913129639935
    const QString max = Amount::max().toString();
    QString digits = max;
    // Subtract n from the decimal string by hand (n is small).
    quint64 borrow = n;
    for (qsizetype i = digits.size() - 1; i >= 0 && borrow > 0; --i) {
        const int digit = digits[i].unicode() - u'0';
        const quint64 take = borrow % 10;
        borrow /= 10;
        int result = digit - int(take);
        if (result < 0) {
            result += 10;
            ++borrow;
        }
        digits[i] = QChar(u'0' + result);
    }
    return digits;
}

} // namespace

class TestPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void sumsPerTokenWithBreakdown()
    {
        const Portfolio portfolio = Portfolio::aggregate({
            account(QStringLiteral("A"), Mainnet,
                    {balance(0, "1000000000000000000", "1", "5", "0"), balance(3, "4520013")}),
            account(QStringLiteral("B"), Mainnet,
                    {balance(0, "2500000000000000000", "0", "0", "7"), balance(42, "9")}),
        });
        QCOMPARE(portfolio.lines().size(), 3);
        QVERIFY(!portfolio.spansServices());

        const PortfolioLine &eth = portfolio.lines().at(0);
        QCOMPARE(eth.symbol(), QStringLiteral("ETH"));
        QCOMPARE(eth.total.value().toString(), QStringLiteral("3500000000000000000"));
        QCOMPARE(eth.total.value().toDecimalString(eth.decimals()), QStringLiteral("3.5"));
        QCOMPARE(eth.locked.value(), amount("1"));
        QCOMPARE(eth.pendingDeposit.value(), amount("5"));
        QCOMPARE(eth.pendingWithdraw.value(), amount("7"));
        QCOMPARE(eth.shares.size(), 2);
        QCOMPARE(eth.shares.at(0).label, QStringLiteral("A"));
        QCOMPARE(eth.shares.at(1).bookmarkId, QStringLiteral("B-id"));
        QCOMPARE(eth.shares.at(1).balance.pendingWithdraw, amount("7"));

        QCOMPARE(portfolio.lines().at(1).symbol(), QStringLiteral("USDT"));
        // Unknown id: kept, shown by id, in base units.
        QCOMPARE(portfolio.lines().at(2).symbol(), QStringLiteral("#42"));
        QCOMPARE(portfolio.lines().at(2).decimals(), 0);
        QVERIFY(!portfolio.anyOverflow());
    }

    void servicesAreNeverMixed()
    {
        const Portfolio portfolio = Portfolio::aggregate({
            account(QStringLiteral("Main"), Mainnet, {balance(0, "1")}),
            account(QStringLiteral("Test"), Testnet, {balance(0, "2")}),
            account(QStringLiteral("Main2"), QUrl(QStringLiteral("https://api3.loopring.io/")),
                    {balance(0, "4")}),
        });
        QVERIFY(portfolio.spansServices());
        QCOMPARE(portfolio.lines().size(), 2);
        QCOMPARE(portfolio.lines().at(0).baseUrl, Mainnet);
        QCOMPARE(portfolio.lines().at(0).total.value(), amount("5")); // trailing slash: same service
        QCOMPARE(portfolio.lines().at(1).baseUrl, Testnet);
        QCOMPARE(portfolio.lines().at(1).total.value(), amount("2"));
    }

    void exactNearTheTopOfTheRange()
    {
        const QString nearMax = maxMinus(10);
        const Portfolio portfolio = Portfolio::aggregate({
            account(QStringLiteral("A"), Mainnet, {balance(0, nearMax.toLatin1().constData())}),
            account(QStringLiteral("B"), Mainnet, {balance(0, "10")}),
        });
        const PortfolioLine &line = portfolio.lines().first();
        QVERIFY(!line.total.overflowed());
        QCOMPARE(line.total.value(), Amount::max());
        QCOMPARE(line.total.value().toString(),
                 QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935"));
    }

    void overflowIsFlaggedNotWrapped()
    {
        const Portfolio portfolio = Portfolio::aggregate({
            account(QStringLiteral("A"), Mainnet,
                    {balance(0, Amount::max().toString().toLatin1().constData(), "0", "1")}),
            account(QStringLiteral("B"), Mainnet, {balance(0, "1", "0", "2")}),
            account(QStringLiteral("C"), Mainnet, {balance(0, "5"), balance(3, "1")}),
        });
        const PortfolioLine &eth = portfolio.lines().at(0);
        QVERIFY(eth.total.overflowed());
        QVERIFY(eth.anyOverflow());
        QVERIFY(!eth.locked.overflowed());
        QVERIFY(!eth.pendingDeposit.overflowed());
        QCOMPARE(eth.pendingDeposit.value(), amount("3"));
        QCOMPARE(eth.shares.size(), 3); // the breakdown stays complete
        QVERIFY(!portfolio.lines().at(1).anyOverflow());
        QVERIFY(portfolio.anyOverflow());
    }

    void tokenMetadataFromAnyAccountOfTheService()
    {
        const Portfolio portfolio = Portfolio::aggregate({
            account(QStringLiteral("NoTokens"), Mainnet, {balance(3, "1")}, TokenRegistry()),
            account(QStringLiteral("WithTokens"), Mainnet, {balance(3, "2")}),
        });
        QCOMPARE(portfolio.lines().first().symbol(), QStringLiteral("USDT"));
        QCOMPARE(portfolio.lines().first().decimals(), 6);
    }

    void emptyInput()
    {
        QVERIFY(Portfolio::aggregate({}).isEmpty());
        QVERIFY(Portfolio::aggregate({account(QStringLiteral("A"), Mainnet, {})}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "test_portfolio.moc"
