// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/tokenfilter.h"

#include <QTest>

using namespace loopview;

namespace {

TokenInfo token(int tokenId, const char *symbol)
{
    TokenInfo info;
    info.tokenId = tokenId;
    info.symbol = QString::fromLatin1(symbol);
    info.decimals = 18;
    return info;
}

TokenRegistry sampleTokens()
{
    return TokenRegistry({token(0, "ETH"), token(1, "LRC"), token(3, "USDT"), token(4, "WBTC"), token(6, "USDC")});
}

} // namespace

class TestTokenFilter : public QObject
{
    Q_OBJECT
private slots:
    void splitsIdsAndSymbols();
    void refusesWhatIsNeitherIdNorSymbol_data();
    void refusesWhatIsNeitherIdNorSymbol();
    void resolvesIdsAndSymbols();
    void refusesUnknownSymbols();
    void symbolsNeedTheTokenList();
    void keepsBalancesTheServiceCouldNotFilter();
};

void TestTokenFilter::splitsIdsAndSymbols()
{
    const Result<TokenFilter> filter = TokenFilter::parse(u" 007, lrc,, 3, LRC, 7 ,ETH,");
    QVERIFY(filter.ok());
    QCOMPARE(filter->ids, (QList<int>{7, 3}));  // "007" is 7, repeats dropped
    QCOMPARE(filter->symbols, (QStringList{QStringLiteral("lrc"), QStringLiteral("ETH")}));  // any case
    QVERIFY(!filter->isEmpty());
    QVERIFY(TokenFilter::parse(u"").value().isEmpty());
    QVERIFY(TokenFilter::parse(u" , ").value().isEmpty());
    QCOMPARE(TokenFilter::parse(u"USDC.e, A-B_C").value().symbols.size(), 2);
}

void TestTokenFilter::refusesWhatIsNeitherIdNorSymbol_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("out of range") << QStringLiteral("1, 70000")
                                  << QStringLiteral("Token ID 70000 is out of range (0 to 65535)");
    QTest::newRow("punctuation") << QStringLiteral("ETH; DROP")
                                 << QStringLiteral("\"ETH; DROP\" is neither a token id nor a token symbol");
    QTest::newRow("sign") << QStringLiteral("+1") << QStringLiteral("\"+1\" is neither a token id nor a token symbol");
    QTest::newRow("control echoed printable") << QStringLiteral("E\x1b[2JTH")
                                              << QStringLiteral("\"E\uFFFD[2JTH\" is neither a token id nor a token symbol");
}

void TestTokenFilter::refusesWhatIsNeitherIdNorSymbol()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<TokenFilter> filter = TokenFilter::parse(text);
    QVERIFY(!filter.ok());
    QCOMPARE(filter.error().kind, ErrorKind::Input);
    QCOMPARE(filter.error().message, message);
}

void TestTokenFilter::resolvesIdsAndSymbols()
{
    const TokenRegistry tokens = sampleTokens();
    QCOMPARE(TokenFilter::parse(u"eth, LRC ,3, 0")->resolve(tokens).value(), (QList<int>{0, 1, 3}));
    QCOMPARE(TokenFilter::parse(u"USDT, 1")->resolve(tokens).value(), (QList<int>{1, 3}));  // ascending
    QVERIFY(TokenFilter::parse(u"")->resolve(tokens).value().isEmpty());
    // Ids work without any token list.
    QCOMPARE(TokenFilter::parse(u"0,1")->resolve({}).value(), (QList<int>{0, 1}));
    QCOMPARE(TokenFilter::parse(u"007, 65535")->resolve({}).value(), (QList<int>{7, 65535}));
}

void TestTokenFilter::refusesUnknownSymbols()
{
    const Result<QList<int>> ids = TokenFilter::parse(u"ETH, DOGE")->resolve(sampleTokens());
    QVERIFY(!ids.ok());
    QCOMPARE(ids.error().kind, ErrorKind::Input);
    QCOMPARE(ids.error().message, QStringLiteral("Unknown token symbol \"DOGE\""));
}

void TestTokenFilter::symbolsNeedTheTokenList()
{
    const Result<QList<int>> ids = TokenFilter::parse(u"0, ETH")->resolve({});
    QVERIFY(!ids.ok());
    QVERIFY(ids.error().message.contains(QLatin1String("token list")));
    QVERIFY(ids.error().message.contains(QLatin1String("\"ETH\"")));
}

void TestTokenFilter::keepsBalancesTheServiceCouldNotFilter()
{
    const TokenFilter all = TokenFilter::parse(u"").value();
    QVERIFY(all.keeps(42, {}));

    const TokenFilter byId = TokenFilter::parse(u"0, 3").value();
    QVERIFY(byId.keeps(3, {}));
    QVERIFY(!byId.keeps(1, {}));

    const TokenFilter mixed = TokenFilter::parse(u"0, lrc").value();
    QVERIFY(mixed.keeps(0, sampleTokens()));
    QVERIFY(mixed.keeps(1, sampleTokens()));    // LRC, matched by symbol in any case
    QVERIFY(!mixed.keeps(4, sampleTokens()));
    QVERIFY(!mixed.keeps(99, sampleTokens()));  // not in the list: not LRC
    QVERIFY(mixed.keeps(4, {}));                // no list: kept visible rather than hidden
}

QTEST_GUILESS_MAIN(TestTokenFilter)
#include "test_tokenfilter.moc"
