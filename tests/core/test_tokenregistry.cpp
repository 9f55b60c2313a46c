// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/token.h"

#include <QTest>

using loopview::TokenInfo;
using loopview::TokenRegistry;

namespace {

TokenInfo token(int id, const QString &symbol, int decimals)
{
    TokenInfo info;
    info.tokenId = id;
    info.symbol = symbol;
    info.name = symbol + QStringLiteral(" token");
    info.decimals = decimals;
    return info;
}

// Deliberately out of id order, as a service may send them.
QList<TokenInfo> sampleTokens()
{
    return {token(6, QStringLiteral("USDC"), 6), token(0, QStringLiteral("ETH"), 18),
            token(3, QStringLiteral("USDT"), 6), token(1, QStringLiteral("LRC"), 18),
            token(4, QStringLiteral("WBTC"), 8)};
}

QList<int> idsOf(const QList<TokenInfo> &tokens)
{
    QList<int> ids;
    for (const TokenInfo &info : tokens)
        ids.append(info.tokenId);
    return ids;
}

} // namespace

class TestTokenRegistry : public QObject {
    Q_OBJECT

private slots:
    void emptyRegistry();
    void findById();
    void unknownIdIsNullopt();
    void findBySymbolIsCaseInsensitive_data();
    void findBySymbolIsCaseInsensitive();
    void unknownSymbolIsNullopt();
    void duplicateSymbolPrefersLowestId();
    void duplicateIdKeepsLastEntry();
    void tokensAreOrderedById();
};

void TestTokenRegistry::emptyRegistry()
{
    const TokenRegistry registry;
    QVERIFY(registry.isEmpty());
    QCOMPARE(registry.size(), qsizetype(0));
    QVERIFY(registry.tokens().isEmpty());
    QVERIFY(!registry.find(0).has_value());
    QVERIFY(!registry.findBySymbol(u"ETH").has_value());
}

void TestTokenRegistry::findById()
{
    const TokenRegistry registry(sampleTokens());
    QVERIFY(!registry.isEmpty());
    QCOMPARE(registry.size(), qsizetype(5));

    const std::optional<TokenInfo> usdt = registry.find(3);
    QVERIFY(usdt.has_value());
    QCOMPARE(usdt->symbol, QStringLiteral("USDT"));
    QCOMPARE(usdt->decimals, 6);
    QCOMPARE(usdt->name, QStringLiteral("USDT token"));

    const std::optional<TokenInfo> eth = registry.find(0);
    QVERIFY(eth.has_value());
    QCOMPARE(eth->symbol, QStringLiteral("ETH"));
    QCOMPARE(eth->decimals, 18);
}

void TestTokenRegistry::unknownIdIsNullopt()
{
    const TokenRegistry registry(sampleTokens());
    QVERIFY(!registry.find(2).has_value());
    QVERIFY(!registry.find(-1).has_value());
    QVERIFY(!registry.find(65535).has_value());
}

void TestTokenRegistry::findBySymbolIsCaseInsensitive_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<int>("tokenId");

    QTest::newRow("exact") << QStringLiteral("LRC") << 1;
    QTest::newRow("lower") << QStringLiteral("lrc") << 1;
    QTest::newRow("mixed") << QStringLiteral("wBtC") << 4;
    QTest::newRow("eth") << QStringLiteral("eth") << 0;
}

void TestTokenRegistry::findBySymbolIsCaseInsensitive()
{
    QFETCH(QString, symbol);
    QFETCH(int, tokenId);

    const TokenRegistry registry(sampleTokens());
    const std::optional<TokenInfo> found = registry.findBySymbol(symbol);
    QVERIFY(found.has_value());
    QCOMPARE(found->tokenId, tokenId);
}

void TestTokenRegistry::unknownSymbolIsNullopt()
{
    const TokenRegistry registry(sampleTokens());
    QVERIFY(!registry.findBySymbol(u"DAI").has_value());
    QVERIFY(!registry.findBySymbol(u"").has_value());
    QVERIFY(!registry.findBySymbol(u"US").has_value());
    QVERIFY(!registry.findBySymbol(u"USDT ").has_value());
}

void TestTokenRegistry::duplicateSymbolPrefersLowestId()
{
    QList<TokenInfo> tokens = sampleTokens();
    tokens.append(token(200, QStringLiteral("usdc"), 6));
    tokens.append(token(150, QStringLiteral("USDC"), 18));
    const TokenRegistry registry(tokens);
    const std::optional<TokenInfo> found = registry.findBySymbol(u"USDC");
    QVERIFY(found.has_value());
    QCOMPARE(found->tokenId, 6);
}

void TestTokenRegistry::duplicateIdKeepsLastEntry()
{
    QList<TokenInfo> tokens = sampleTokens();
    tokens.append(token(1, QStringLiteral("LRC2"), 9));
    const TokenRegistry registry(tokens);
    QCOMPARE(registry.size(), qsizetype(5));
    QCOMPARE(registry.find(1)->symbol, QStringLiteral("LRC2"));
    QCOMPARE(registry.find(1)->decimals, 9);
    QVERIFY(!registry.findBySymbol(u"LRC").has_value());
}

void TestTokenRegistry::tokensAreOrderedById()
{
    const TokenRegistry registry(sampleTokens());
    QCOMPARE(idsOf(registry.tokens()), (QList<int> {0, 1, 3, 4, 6}));
    QCOMPARE(registry.tokens().front().symbol, QStringLiteral("ETH"));
    QCOMPARE(registry.tokens().back().symbol, QStringLiteral("USDC"));
}

QTEST_GUILESS_MAIN(TestTokenRegistry)
#include "test_tokenregistry.moc"
