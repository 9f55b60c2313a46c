// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/nftexport.h"

#include "core/loopringjson.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace loopview;

namespace {

QList<NftBalance> fixtureNfts()
{
    QFile file(QStringLiteral(LOOPVIEW_FIXTURES_DIR "/nfts-sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the NFT fixture");
    return json::parseNftPage(file.readAll(), 10001).value().items;
}

QByteArray csvOf(const QList<NftRecord> &records, const QList<NftColumn> &columns = allNftColumns(),
                 CsvWriter::Options options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeNftsCsv(&buffer, records, columns, options))
        qFatal("unexpected CSV failure");
    return buffer.data();
}

// An NFT whose outside text is all hostile, as it could arrive (after parseNftPage).
NftRecord hostileRecord()
{
    NftRecord record = makeNftRecords(fixtureNfts()).at(0);
    record.collection = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    record.name = QStringLiteral("+1, \"quoted\"\nsecond line");
    record.nftType = QStringLiteral("@SUM(A1)");
    record.tokenAddress = QStringLiteral("-2+3");
    return record;
}

const QByteArray Header = "account_id,token_id,nft_id,nft_type,token_address,collection,name,total,locked,"
                          "available,pending_deposit,pending_withdraw\r\n";

} // namespace

class TestNftExport : public QObject {
    Q_OBJECT

private slots:
    void records()
    {
        const QList<NftRecord> records = makeNftRecords(fixtureNfts());
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].accountId, 10001);
        QCOMPARE(records[0].tokenId, 32768);
        QCOMPARE(records[0].nftId.toString(),
                 QStringLiteral("0x0000000000000000000000000000000000000000000000000000000000beef00"));
        QCOMPARE(records[0].collection, QStringLiteral("Harbour Lights"));
        QCOMPARE(records[0].name, QStringLiteral("Lighthouse at Dusk"));
        QCOMPARE(records[2].total, QStringLiteral("1000"));
        QCOMPARE(records[2].available, QStringLiteral("750"));
        QVERIFY(!records[2].negativeAvailable);
        QCOMPARE(records[3].available, QStringLiteral("-2"));
        QVERIFY(records[3].negativeAvailable);
    }

    void csvHeaderIsTheContract()
    {
        QCOMPARE(nftCsvHeader().join(QLatin1Char(',')).toUtf8() + "\r\n", Header);
        QCOMPARE(csvOf({}), Header);
    }

    void csvOfFixture()
    {
        const QByteArray csv = csvOf(makeNftRecords(fixtureNfts()));
        QCOMPARE(csv,
                 Header
                     + "10001,32768,0x0000000000000000000000000000000000000000000000000000000000beef00,ERC1155,"
                       "0x1cacc96e5f01e2849e6036f25531a9a064d2fb5f,Harbour Lights,Lighthouse at Dusk,2,0,2,0,0\r\n"
                       "10001,32769,0x0a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526272829,ERC721,"
                       "0xb4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7,,Orphan #7,1,1,0,0,1\r\n"
                       "10001,32770,0x0000000000000000000000000000000000000000000000000000000000000001,ERC1155,"
                       "0x1cacc96e5f01e2849e6036f25531a9a064d2fb5f,Harbour Lights,,1000,250,750,5,0\r\n"
                       "10001,32771,0x0000000000000000000000000000000000000000000000000000000000000007,ERC998,"
                       "0xc5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8,,Partial,1,3,-2,0,0\r\n");
    }

    // The same rules as the balances CSV: text from the service cannot run as a formula or break a
    // row; our own numbers (a negative available) stay numbers.
    void csvGuardsOutsideText()
    {
        const QByteArray csv = csvOf({hostileRecord()});
        const QByteArray row = csv.mid(Header.size());
        QVERIFY2(row.contains(",'@SUM(A1),'-2+3,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'+1, \"\"quoted\"\"\nsecond line\","),
                 row.constData());
        QCOMPARE(nftColumnKind(NftColumn::Available), CellKind::Number);
        QVERIFY(csvOf(makeNftRecords(fixtureNfts())).contains(",1,3,-2,0,0\r\n"));
    }

    void csvKinds()
    {
        for (const NftColumn column : {NftColumn::NftId, NftColumn::NftType, NftColumn::TokenAddress,
                                       NftColumn::Collection, NftColumn::Name})
            QCOMPARE(nftColumnKind(column), CellKind::Text);
        for (const NftColumn column : {NftColumn::AccountId, NftColumn::TokenId, NftColumn::Total, NftColumn::Locked,
                                       NftColumn::Available, NftColumn::PendingDeposit, NftColumn::PendingWithdraw})
            QCOMPARE(nftColumnKind(column), CellKind::Number);
    }

    void csvColumnsAndOptions()
    {
        CsvWriter::Options options;
        options.delimiter = CsvDelimiter::Semicolon;
        options.byteOrderMark = true;
        const QByteArray csv = csvOf(makeNftRecords(fixtureNfts()).mid(0, 1),
                                     {NftColumn::Name, NftColumn::Total, NftColumn::TokenId}, options);
        QCOMPARE(csv, QByteArray("\xEF\xBB\xBFname;total;token_id\r\nLighthouse at Dusk;2;32768\r\n"));
    }

    void csvWriteFailure()
    {
        QBuffer closed;  // never opened
        QString error;
        QVERIFY(!writeNftsCsv(&closed, makeNftRecords(fixtureNfts()), allNftColumns(), {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void json()
    {
        QList<NftRecord> records = makeNftRecords(fixtureNfts());
        records.append(hostileRecord());
        const QByteArray bytes = nftsToJson(records);
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(bytes, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 5);

        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.keys().size(), 12);
        QVERIFY(first.value(QLatin1String("account_id")).isDouble());
        QCOMPARE(first.value(QLatin1String("account_id")).toInteger(), 10001);
        QVERIFY(first.value(QLatin1String("token_id")).isDouble());
        QCOMPARE(first.value(QLatin1String("token_id")).toInteger(), 32768);
        QCOMPARE(first.value(QLatin1String("nft_id")).toString(),
                 QStringLiteral("0x0000000000000000000000000000000000000000000000000000000000beef00"));
        QCOMPARE(first.value(QLatin1String("nft_type")).toString(), QStringLiteral("ERC1155"));
        QVERIFY(first.value(QLatin1String("total")).isString());
        QCOMPARE(first.value(QLatin1String("available")).toString(), QStringLiteral("2"));

        // What the service did not say is null, not an empty name.
        QVERIFY(array.at(1).toObject().value(QLatin1String("collection")).isNull());
        QVERIFY(array.at(2).toObject().value(QLatin1String("name")).isNull());
        QCOMPARE(array.at(3).toObject().value(QLatin1String("available")).toString(), QStringLiteral("-2"));
        QCOMPARE(array.at(4).toObject().value(QLatin1String("name")).toString(), hostileRecord().name);

        // Keys in the CSV's order.
        qsizetype previous = -1;
        for (const QString &key : nftCsvHeader()) {
            const qsizetype at = bytes.indexOf(QByteArray("\"" + key.toUtf8() + "\":"));
            QVERIFY2(at > previous, qPrintable(key));
            previous = at;
        }
    }

    void jsonLayoutAndSubset()
    {
        QCOMPARE(nftsToJson({}), QByteArray("[]\n"));
        const QByteArray bytes = nftsToJson(makeNftRecords(fixtureNfts()).mid(1, 1),
                                            {NftColumn::TokenId, NftColumn::Collection, NftColumn::Name});
        QCOMPARE(bytes, QByteArray("[\n"
                                   "  {\n"
                                   "    \"token_id\": 32769,\n"
                                   "    \"collection\": null,\n"
                                   "    \"name\": \"Orphan #7\"\n"
                                   "  }\n"
                                   "]\n"));
    }

    // A URL or name that reached a record raw still cannot steer a terminal through the JSON.
    void jsonEscapesWhatMustNotReachATerminal()
    {
        NftRecord record = makeNftRecords(fixtureNfts()).at(0);
        record.name = QStringLiteral("\x1b]0;pwned\x07 \u202eCRL");
        const QByteArray bytes = nftsToJson({record});
        for (const char *raw : {"\x1b", "\x07", "\xe2\x80\xae"})
            QVERIFY2(!bytes.contains(raw), bytes.constData());
        QCOMPARE(QJsonDocument::fromJson(bytes).array().at(0).toObject().value(QLatin1String("name")).toString(),
                 record.name);
    }

    void table()
    {
        const QString table = nftsToTable(makeNftRecords(fixtureNfts()));
        const QString expected = QStringLiteral(
            "TOKEN ID  COLLECTION      NAME                TYPE     NFT ID       TOTAL  LOCKED  AVAILABLE  PENDING DEPOSIT  PENDING WITHDRAW\n"
            "   32768  Harbour Lights  Lighthouse at Dusk  ERC1155  0x0000\u2026ef00      2       0          2                0                 0\n"
            "   32769                  Orphan #7           ERC721   0x0a0b\u20262829      1       1          0                0                 1\n"
            "   32770  Harbour Lights                      ERC1155  0x0000\u20260001   1000     250        750                5                 0\n"
            "   32771                  Partial             ERC998   0x0000\u20260007      1       3         -2                0                 0\n");
        QCOMPARE(table, expected);
    }

    void tableCutsLongText()
    {
        NftRecord record = makeNftRecords(fixtureNfts()).at(0);
        record.name = QString(200, QLatin1Char('n'));
        const QStringList lines = nftsToTable({record}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).contains(QString(NftTableTextLength - 1, QLatin1Char('n')) + QChar(0x2026)));
        QVERIFY(!lines.at(1).contains(QString(NftTableTextLength, QLatin1Char('n'))));
        QCOMPARE(lines.at(0).size(), lines.at(1).size());
    }

    void tableOfNothing()
    {
        QCOMPARE(nftsToTable({}), QStringLiteral("No NFTs.\n"));
    }
};

QTEST_GUILESS_MAIN(TestNftExport)
#include "test_nftexport.moc"
