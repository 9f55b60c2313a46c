// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/forminput.h"

#include "testdata.h"

#include <QTest>

using namespace loopview;

namespace {
const QString ValidChecksummed = QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb");
const QString BadChecksum = QStringLiteral("0x8656920c85342d646e5286Cb841F90209272ABeb");
} // namespace

class TestFormInput : public QObject
{
    Q_OBJECT
private slots:
    void emptyAccountIsNotAnErrorYet();
    void acceptsAccountIdsAndAddresses();
    void explainsBadAccounts_data();
    void explainsBadAccounts();
    void checksFilterAsTyped();
    void completionSymbolsAreSortedAndUnique();
    void completionSymbolsOrderIgnoresCaseAndSkipEmpty();
    void completionSymbolsKeepTheLowestIdsSpelling();
};

void TestFormInput::emptyAccountIsNotAnErrorYet()
{
    const forminput::FieldCheck check = forminput::checkAccount(QStringLiteral("   "));
    QVERIFY(check.acceptable);
    QVERIFY(check.message.isEmpty());
}

void TestFormInput::acceptsAccountIdsAndAddresses()
{
    QVERIFY(forminput::checkAccount(QStringLiteral("20533")).acceptable);
    const forminput::FieldCheck checksummed = forminput::checkAccount(ValidChecksummed);
    QVERIFY(checksummed.acceptable);
    QVERIFY(checksummed.message.contains(QLatin1String("checksum verified")));
    const forminput::FieldCheck lower = forminput::checkAccount(ValidChecksummed.toLower());
    QVERIFY(lower.acceptable);
    QVERIFY(lower.message.contains(QLatin1String("no checksum")));
}

void TestFormInput::explainsBadAccounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("checksum") << BadChecksum << QStringLiteral("Address has mixed-case letters but its EIP-55 checksum is wrong");
    QTest::newRow("short address") << QStringLiteral("0x1234") << QStringLiteral("40 hex digits");
    QTest::newRow("non-hex") << QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeg") << QStringLiteral("not a hex digit");
    QTest::newRow("missing prefix") << QStringLiteral("8656920c85342d646e5286cb841f90209272abeb") << QStringLiteral("0x");
    QTest::newRow("letters in id") << QStringLiteral("12a4") << QStringLiteral("digits only");
    QTest::newRow("zero id") << QStringLiteral("0") << QStringLiteral("at least 1");
}

void TestFormInput::explainsBadAccounts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const forminput::FieldCheck check = forminput::checkAccount(text);
    QVERIFY(!check.acceptable);
    QVERIFY2(check.message.contains(expected), qPrintable(check.message));
}

void TestFormInput::checksFilterAsTyped()
{
    QVERIFY(forminput::checkTokenFilter(QString(), {}).acceptable);
    // Before the token list is known symbols cannot be judged, but bad ids can.
    QVERIFY(forminput::checkTokenFilter(QStringLiteral("ETH"), {}).acceptable);
    QVERIFY(!forminput::checkTokenFilter(QStringLiteral("ETH, 99999"), {}).acceptable);
    QVERIFY(!forminput::checkTokenFilter(QStringLiteral("DOGE"), testdata::sampleTokens()).acceptable);
    QVERIFY(forminput::checkTokenFilter(QStringLiteral("usdc"), testdata::sampleTokens()).acceptable);
    const forminput::FieldCheck neither = forminput::checkTokenFilter(QStringLiteral("ETH; DROP"), {});
    QVERIFY(!neither.acceptable);
    QVERIFY2(neither.message.contains(QLatin1String("neither a token id nor a token symbol")), qPrintable(neither.message));
}

void TestFormInput::completionSymbolsAreSortedAndUnique()
{
    TokenRegistry tokens({testdata::token(2, "lrc", "bridged", 18), testdata::token(1, "LRC", "Loopring", 18),
                          testdata::token(0, "ETH", "Ethereum", 18)});
    QCOMPARE(forminput::completionSymbols(tokens), (QStringList{QStringLiteral("ETH"), QStringLiteral("LRC")}));
}

void TestFormInput::completionSymbolsOrderIgnoresCaseAndSkipEmpty()
{
    TokenRegistry tokens({testdata::token(0, "eth", "Ether, lower case", 18), testdata::token(1, "", "No symbol", 18),
                          testdata::token(2, "LRC", "Loopring", 18), testdata::token(3, "aave", "Aave", 18),
                          testdata::token(4, "Bat", "Basic Attention", 18), testdata::token(5, "ETH2", "Eth 2", 18),
                          testdata::token(6, "USDC.e", "Bridged USDC", 6), testdata::token(7, "usdc", "USD Coin", 6)});
    // Case never decides the order; a prefix sorts before its extensions; no empty entry.
    QCOMPARE(forminput::completionSymbols(tokens),
             (QStringList{QStringLiteral("aave"), QStringLiteral("Bat"), QStringLiteral("eth"), QStringLiteral("ETH2"),
                          QStringLiteral("LRC"), QStringLiteral("usdc"), QStringLiteral("USDC.e")}));
}

void TestFormInput::completionSymbolsKeepTheLowestIdsSpelling()
{
    // Many tokens sharing symbols in every case mix, in an order unrelated to their ids: each
    // symbol is offered once, spelled as the token that findBySymbol resolves it to, and the
    // list is in case-insensitive order.
    const QStringList spellings{QStringLiteral("weth"), QStringLiteral("WETH"), QStringLiteral("WeTh"),
                                QStringLiteral("Lrc"), QStringLiteral("LRC"), QStringLiteral("dai")};
    QList<TokenInfo> list;
    for (int i = 0; i < 600; ++i) {
        const int id = (i * 7919) % 600;  // a permutation of 0 … 599
        const QString symbol = i % 3 == 0 ? spellings.at(id % spellings.size()) : QStringLiteral("T%1").arg(id % 250);
        list.append({id, symbol, QStringLiteral("Token %1").arg(id), {}, 18, 4, true});
    }
    const TokenRegistry tokens(list);

    const QStringList symbols = forminput::completionSymbols(tokens);
    for (qsizetype i = 1; i < symbols.size(); ++i)
        QVERIFY2(symbols.at(i - 1).compare(symbols.at(i), Qt::CaseInsensitive) < 0, qPrintable(symbols.at(i)));
    for (const QString &symbol : symbols)
        QCOMPARE(symbol, tokens.findBySymbol(symbol)->symbol);
    for (const TokenInfo &token : list)
        QVERIFY2(symbols.contains(token.symbol, Qt::CaseInsensitive), qPrintable(token.symbol));
}

QTEST_GUILESS_MAIN(TestFormInput)
#include "test_forminput.moc"
