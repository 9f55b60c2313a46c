// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// PriceTable (lookup by exact symbol, first entry wins, age) and parseCurrencyCode.
#include "core/price.h"

#include <QTest>
#include <QTimeZone>

using namespace loopview;

namespace {

Price price(const char *symbol, const char *value, qint64 updatedAtMs)
{
    return Price{QString::fromUtf8(symbol), Decimal::parse(QString::fromLatin1(value)).value(),
                 QDateTime::fromMSecsSinceEpoch(updatedAtMs, QTimeZone::utc())};
}

} // namespace

class TestPrice : public QObject
{
    Q_OBJECT

private slots:
    void findsBySymbolExactly()
    {
        const PriceTable table(QStringLiteral("USD"), {price("ETH", "3000.12", 2000), price("lrc", "0.25", 1000)});
        QCOMPARE(table.currency(), QStringLiteral("USD"));
        QCOMPARE(table.size(), 2);
        QCOMPARE(table.find(QStringLiteral("ETH"))->value.toString(), QStringLiteral("3000.12"));
        QVERIFY(!table.find(QStringLiteral("eth")));
        QVERIFY(!table.find(QStringLiteral("LRC")));
        QVERIFY(!table.find(QString()));
        QCOMPARE(table.find(QStringLiteral("lrc"))->value.toString(), QStringLiteral("0.25"));
    }

    void priceOfAToken()
    {
        const PriceTable table(QStringLiteral("USD"), {price("ETH", "3000.12", 1)});
        TokenInfo eth;
        eth.tokenId = 0;
        eth.symbol = QStringLiteral("ETH");
        QCOMPARE(table.priceOf(eth)->value.toString(), QStringLiteral("3000.12"));
        TokenInfo unpriced;
        unpriced.symbol = QStringLiteral("NOPE");
        QVERIFY(!table.priceOf(unpriced));
    }

    void firstEntryOfASymbolWins()
    {
        const PriceTable table(QStringLiteral("USD"), {price("ETH", "1", 1), price("ETH", "2", 1)});
        QCOMPARE(table.find(QStringLiteral("ETH"))->value.toString(), QStringLiteral("1"));
    }

    void oldestUpdate()
    {
        QVERIFY(!PriceTable().oldestUpdate().isValid());
        const PriceTable table(QStringLiteral("USD"),
                               {price("A", "1", 5000), price("B", "1", 3000), price("C", "1", 9000)});
        QCOMPARE(table.oldestUpdate().toMSecsSinceEpoch(), 3000);
    }

    void emptyTable()
    {
        const PriceTable table;
        QVERIFY(table.isEmpty());
        QVERIFY(!table.find(QStringLiteral("ETH")));
        QVERIFY(table.currency().isEmpty());
    }

    void currencyCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");  // empty: refused
        QTest::newRow("USD") << QStringLiteral("USD") << QStringLiteral("USD");
        QTest::newRow("lower case") << QStringLiteral("cny") << QStringLiteral("CNY");
        QTest::newRow("mixed") << QStringLiteral("eUr") << QStringLiteral("EUR");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("two letters") << QStringLiteral("US") << QString();
        QTest::newRow("four letters") << QStringLiteral("USDT") << QString();
        QTest::newRow("digit") << QStringLiteral("US1") << QString();
        QTest::newRow("space") << QStringLiteral(" USD") << QString();
        QTest::newRow("non-ASCII letter") << QStringLiteral("US\u00c9") << QString();
        QTest::newRow("query injection") << QStringLiteral("U&D") << QString();
    }

    void currencyCodes()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const Result<QString> result = parseCurrencyCode(text);
        if (code.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, ErrorKind::Input);
            QVERIFY2(result.error().message.contains(QStringLiteral("three letters")), qPrintable(result.error().message));
        } else {
            QVERIFY(result.ok());
            QCOMPARE(*result, code);
        }
    }

    void refusedCurrencyIsEchoedPrintable()
    {
        const Result<QString> result = parseCurrencyCode(QStringLiteral("\x1b]0;x\x07"));
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.contains(QChar(0x1b)));
        QVERIFY(result.error().message.contains(QChar(0xfffd)));
    }
};

QTEST_GUILESS_MAIN(TestPrice)
#include "test_price.moc"
