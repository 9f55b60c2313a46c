// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/tokenexport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace loopview;

namespace {

QList<TokenInfo> sampleTokens()
{
    TokenInfo eth;
    eth.tokenId = 0;
    eth.symbol = QStringLiteral("ETH");
    eth.name = QStringLiteral("Ethereum");
    eth.decimals = 18;
    eth.address = QStringLiteral("0x0000000000000000000000000000000000000000");
    TokenInfo odd;
    odd.tokenId = 1234;
    odd.symbol = QStringLiteral("=SUM");
    odd.name = QStringLiteral("Quote \"and\", comma");
    odd.decimals = 6;
    odd.address = QStringLiteral("0xabc");
    return {eth, odd};
}

} // namespace

class TestTokenExport : public QObject
{
    Q_OBJECT

private slots:
    void csvIsByteExact()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeTokensCsv(&buffer, sampleTokens()));
        QCOMPARE(buffer.data(), QByteArray("token_id,symbol,name,decimals,address\r\n"
                                           "0,ETH,Ethereum,18,0x0000000000000000000000000000000000000000\r\n"
                                           "1234,'=SUM,\"Quote \"\"and\"\", comma\",6,0xabc\r\n"));
    }

    void jsonKeepsColumnOrderAndNumbers()
    {
        const QByteArray json = tokensToJson(sampleTokens());
        QVERIFY(json.startsWith("[\n  {\n    \"token_id\": 0,\n    \"symbol\": \"ETH\",\n    \"name\": \"Ethereum\",\n"
                                "    \"decimals\": 18,\n    \"address\": \"0x0000000000000000000000000000000000000000\"\n  },\n"));
        const QJsonArray array = QJsonDocument::fromJson(json).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject second = array.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("token_id")).toInt(), 1234);
        QCOMPARE(second.value(QLatin1String("name")).toString(), QStringLiteral("Quote \"and\", comma"));
        QCOMPARE(second.value(QLatin1String("symbol")).toString(), QStringLiteral("=SUM"));
        QCOMPARE(tokensToJson({}), QByteArray("[]\n"));
    }

    // A symbol that reached the writer raw still cannot reach a terminal: JSON escapes it.
    void jsonEscapesWhatATerminalWouldActOn()
    {
        TokenInfo hostile;
        hostile.tokenId = 7;
        hostile.symbol = QStringLiteral("\x1b]0;x\x07\u202E");
        const QByteArray json = tokensToJson({hostile});
        for (const char *raw : {"\x1b", "\x07", "\xe2\x80\xae"})
            QVERIFY2(!json.contains(raw), json.constData());
        QCOMPARE(QJsonDocument::fromJson(json).array().at(0).toObject().value(QLatin1String("symbol")).toString(),
                 hostile.symbol);
    }

    void tableAlignsNumbersRight()
    {
        QCOMPARE(tokensToTable(sampleTokens()),
                 QStringLiteral("  ID  SYMBOL  NAME                DECIMALS  ADDRESS\n"
                                "   0  ETH     Ethereum                  18  0x0000000000000000000000000000000000000000\n"
                                "1234  =SUM    Quote \"and\", comma         6  0xabc\n"));
        QCOMPARE(tokensToTable({}), QStringLiteral("No tokens.\n"));
    }
};

QTEST_GUILESS_MAIN(TestTokenExport)
#include "test_tokenexport.moc"
