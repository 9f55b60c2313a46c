// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// json::parseNftPage: one page of GET /api/v3/user/nft/balances.
#include "core/loopringjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace loopview;

namespace {

QByteArray readFixture(const char *name)
{
    QFile file(QString::fromUtf8(LOOPVIEW_FIXTURES_DIR) + QLatin1Char('/') + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    return file.readAll();
}

constexpr qint64 Account = 10001;

// A valid item; tests change one thing in it.
QJsonObject goodItem(int tokenId = 32768)
{
    return QJsonObject{
        {QStringLiteral("accountId"), Account},
        {QStringLiteral("tokenId"), tokenId},
        {QStringLiteral("nftId"), QStringLiteral("0xbeef00")},
        {QStringLiteral("nftType"), QStringLiteral("ERC1155")},
        {QStringLiteral("tokenAddress"), QStringLiteral("0x1cacc96e5f01e2849e6036f25531a9a064d2fb5f")},
        {QStringLiteral("total"), QStringLiteral("2")},
        {QStringLiteral("locked"), QStringLiteral("0")},
        {QStringLiteral("pending"),
         QJsonObject{{QStringLiteral("withdraw"), QStringLiteral("0")}, {QStringLiteral("deposit"), QStringLiteral("0")}}},
    };
}

QByteArray pageOf(const QJsonArray &items, qint64 totalNum)
{
    const QJsonObject page{{QStringLiteral("totalNum"), totalNum}, {QStringLiteral("data"), items}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QByteArray pageOf(const QJsonObject &item)
{
    return pageOf(QJsonArray{item}, 1);
}

QString failureOf(const Result<NftPage> &page)
{
    return page.ok() ? QString() : page.error().message;
}

} // namespace

class TestNftJson : public QObject {
    Q_OBJECT

private slots:
    void fixture()
    {
        const Result<NftPage> result = json::parseNftPage(readFixture("nfts-sample.json"), Account);
        QVERIFY2(result.ok(), qPrintable(failureOf(result)));
        QCOMPARE(result->totalNum, 4);
        const QList<NftBalance> &nfts = result->items;
        QCOMPARE(nfts.size(), 4);

        const NftBalance &full = nfts[0];
        QCOMPARE(full.accountId, Account);
        QCOMPARE(full.tokenId, 32768);
        // Sent without leading zeros, normalised as the official SDK does.
        QCOMPARE(full.nftId.toString(),
                 QStringLiteral("0x0000000000000000000000000000000000000000000000000000000000beef00"));
        QCOMPARE(full.nftType, QStringLiteral("ERC1155"));
        QCOMPARE(full.tokenAddress, QStringLiteral("0x1cacc96e5f01e2849e6036f25531a9a064d2fb5f"));
        QCOMPARE(full.nftData, QStringLiteral("0x1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809"));
        QCOMPARE(full.minter, QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb"));
        QCOMPARE(full.deploymentStatus, QStringLiteral("DEPLOYED"));
        QCOMPARE(full.total.toString(), QStringLiteral("2"));
        QCOMPARE(full.available().toString(), QStringLiteral("2"));
        QCOMPARE(full.details.collectionName, QStringLiteral("Harbour Lights"));
        QCOMPARE(full.details.name, QStringLiteral("Lighthouse at Dusk"));
        QCOMPARE(full.details.description, QStringLiteral("A lighthouse.\nPainted at dusk."));
        QCOMPARE(full.details.imageUrl, QStringLiteral("ipfs://QmImageLighthouse"));
        QCOMPARE(full.details.metadataUrl, QStringLiteral("ipfs://QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"));
        QCOMPARE(full.details.imageSizes.size(), 2);
        QCOMPARE(full.details.imageSizes[0].size, QStringLiteral("240-240"));
        QCOMPARE(full.details.imageSizes[0].url, QStringLiteral("https://static.example.org/240/lighthouse.webp"));
        QCOMPARE(full.details.imageSizes[1].size, QStringLiteral("original"));

        // Upper case, all 64 digits; no collectionInfo; locked and pending withdrawal.
        const NftBalance &orphan = nfts[1];
        QCOMPARE(orphan.nftId.toString(),
                 QStringLiteral("0x0a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526272829"));
        QCOMPARE(orphan.nftType, QStringLiteral("ERC721"));
        QVERIFY(orphan.details.collectionName.isEmpty());
        QCOMPARE(orphan.details.name, QStringLiteral("Orphan #7"));
        QVERIFY(orphan.details.imageUrl.isEmpty());
        QVERIFY(orphan.available().isZero());
        QCOMPARE(orphan.pendingWithdraw.toString(), QStringLiteral("1"));
        QVERIFY(orphan.hasPending());

        // No metadata at all: the NFT is still listed, with what is known.
        const NftBalance &bare = nfts[2];
        QCOMPARE(bare.details.collectionName, QStringLiteral("Harbour Lights"));
        QVERIFY(bare.details.name.isEmpty());
        QVERIFY(bare.details.metadataUrl.isEmpty());
        QVERIFY(bare.details.imageSizes.isEmpty());
        QCOMPARE(bare.available().toString(), QStringLiteral("750"));
        QCOMPARE(bare.pendingDeposit.toString(), QStringLiteral("5"));
        QVERIFY(bare.deploymentStatus.isEmpty());

        // Partial, oddly typed descriptions are dropped field by field; the rest stays. An unknown
        // type is kept as the service said it. locked > total stays negative, as for balances.
        const NftBalance &odd = nfts[3];
        QCOMPARE(odd.nftType, QStringLiteral("ERC998"));
        QVERIFY(odd.nftData.isEmpty());
        QVERIFY(odd.minter.isEmpty());
        QVERIFY(odd.details.collectionName.isEmpty());
        QCOMPARE(odd.details.name, QStringLiteral("Partial"));
        QVERIFY(odd.details.imageUrl.isEmpty());
        QVERIFY(odd.details.description.isEmpty());
        QVERIFY(odd.details.metadataUrl.isEmpty());
        QCOMPARE(odd.details.imageSizes.size(), 1);
        QCOMPARE(odd.details.imageSizes[0].size, QStringLiteral("240-240"));
        QVERIFY(odd.available().isNegative());
        QCOMPARE(odd.available().toString(), QStringLiteral("-2"));
    }

    void emptyPage()
    {
        const Result<NftPage> result = json::parseNftPage(R"({"totalNum": 0, "data": []})", Account);
        QVERIFY2(result.ok(), qPrintable(failureOf(result)));
        QCOMPARE(result->totalNum, 0);
        QVERIFY(result->items.isEmpty());
    }

    void descriptionsOfEveryShapeNeverFailTheList_data()
    {
        QTest::addColumn<QJsonValue>("metadata");
        QTest::addColumn<QJsonValue>("collectionInfo");

        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QJsonValue(QJsonValue::Null);
        QTest::newRow("strings") << QJsonValue(QStringLiteral("ipfs://x")) << QJsonValue(QStringLiteral("c"));
        QTest::newRow("arrays") << QJsonValue(QJsonArray{1, 2}) << QJsonValue(QJsonArray{});
        QTest::newRow("numbers") << QJsonValue(7) << QJsonValue(true);
        QTest::newRow("empty objects") << QJsonValue(QJsonObject{}) << QJsonValue(QJsonObject{});
        QTest::newRow("base not an object")
            << QJsonValue(QJsonObject{{QStringLiteral("base"), QStringLiteral("x")},
                                      {QStringLiteral("imageSize"), QJsonArray{QStringLiteral("https://a")}}})
            << QJsonValue(QJsonObject{{QStringLiteral("name"), QJsonObject{}}});
    }

    void descriptionsOfEveryShapeNeverFailTheList()
    {
        QFETCH(QJsonValue, metadata);
        QFETCH(QJsonValue, collectionInfo);
        QJsonObject item = goodItem();
        item.insert(QStringLiteral("metadata"), metadata);
        item.insert(QStringLiteral("collectionInfo"), collectionInfo);
        const Result<NftPage> result = json::parseNftPage(pageOf(item), Account);
        QVERIFY2(result.ok(), qPrintable(failureOf(result)));
        QCOMPARE(result->items.size(), 1);
        const NftDetails &details = result->items[0].details;
        QVERIFY(details.collectionName.isEmpty());
        QVERIFY(details.name.isEmpty());
        QVERIFY(details.metadataUrl.isEmpty());
        QVERIFY(details.imageSizes.isEmpty());
    }

    void outsideTextIsMadePrintableWhereItEnters()
    {
        QJsonObject item = goodItem();
        item.insert(QStringLiteral("nftType"), QStringLiteral("ERC\u202E1155"));
        item.insert(QStringLiteral("tokenAddress"), QStringLiteral("0x1c\x1b]0;pwned\x07"));
        item.insert(QStringLiteral("minter"), QStringLiteral("0x\u200Fab"));
        item.insert(QStringLiteral("deploymentStatus"), QStringLiteral("DEPLOYED\n"));
        item.insert(QStringLiteral("collectionInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("\u202Egnp.exe")}});
        const QString image = QStringLiteral("https://cdn.example.org/a\u202Eb.png");
        item.insert(QStringLiteral("metadata"),
                    QJsonObject{{QStringLiteral("uri"), QStringLiteral("ipfs://Qm\x07")},
                                {QStringLiteral("base"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Lamp\x1b[31m")},
                                             {QStringLiteral("description"), QStringLiteral("one\r\ntwo\x1b")},
                                             {QStringLiteral("image"), image}}},
                                {QStringLiteral("imageSize"), QJsonObject{{QStringLiteral("240\x07"), image}}}});

        const Result<NftPage> result = json::parseNftPage(pageOf(item), Account);
        QVERIFY2(result.ok(), qPrintable(failureOf(result)));
        const NftBalance &nft = result->items[0];
        QCOMPARE(nft.nftType, QStringLiteral("ERC\uFFFD1155"));
        QCOMPARE(nft.tokenAddress, QStringLiteral("0x1c\uFFFD]0;pwned\uFFFD"));
        QCOMPARE(nft.minter, QStringLiteral("0x\uFFFDab"));
        QCOMPARE(nft.deploymentStatus, QStringLiteral("DEPLOYED\uFFFD"));
        QCOMPARE(nft.details.collectionName, QStringLiteral("\uFFFDgnp.exe"));
        QCOMPARE(nft.details.name, QStringLiteral("Lamp\uFFFD[31m"));
        // A description keeps its lines; nothing else of it passes.
        QCOMPARE(nft.details.description, QStringLiteral("one\ntwo\uFFFD"));
        QCOMPARE(nft.details.imageSizes[0].size, QStringLiteral("240\uFFFD"));
        // URLs stay exactly as sent, for the check that decides whether one may be loaded.
        QCOMPARE(nft.details.imageUrl, image);
        QCOMPARE(nft.details.imageSizes[0].url, image);
        QCOMPARE(nft.details.metadataUrl, QStringLiteral("ipfs://Qm\x07"));
    }

    void extremeButValidValues()
    {
        QJsonObject item = goodItem(65535);
        item.insert(QStringLiteral("nftId"), QString(QStringLiteral("0x") + QString(64, QLatin1Char('F'))));
        const QString max = QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935");
        item.insert(QStringLiteral("total"), max);
        item.insert(QStringLiteral("accountId"), 4294967295LL);
        const Result<NftPage> result = json::parseNftPage(pageOf(item), 4294967295LL);
        QVERIFY2(result.ok(), qPrintable(failureOf(result)));
        QCOMPARE(result->items[0].tokenId, 65535);
        QCOMPARE(result->items[0].total.toString(), max);
        QCOMPARE(result->items[0].nftId.toString(), QStringLiteral("0x") + QString(64, QLatin1Char('f')));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        auto without = [](const char *key) {
            QJsonObject item = goodItem();
            item.remove(QLatin1String(key));
            return pageOf(item);
        };
        auto with = [](const char *key, const QJsonValue &value) {
            QJsonObject item = goodItem();
            item.insert(QLatin1String(key), value);
            return pageOf(item);
        };
        auto withPending = [](const QJsonObject &pending) {
            QJsonObject item = goodItem();
            item.insert(QStringLiteral("pending"), pending);
            return pageOf(item);
        };

        QTest::newRow("empty body") << QByteArray() << QString() << QStringLiteral("The response body is empty.");
        QTest::newRow("html") << QByteArray("<html>502</html>") << QString()
                              << QStringLiteral("The response is an HTML page, not JSON");
        QTest::newRow("an array") << QByteArray("[]") << QString()
                                  << QStringLiteral("Expected a JSON object with totalNum and data (a page of NFTs).");
        QTest::newRow("no totalNum") << QByteArray(R"({"data": []})") << QStringLiteral("totalNum")
                                     << QStringLiteral("NFT page: field totalNum is missing");
        QTest::newRow("totalNum as string") << QByteArray(R"({"totalNum": "1", "data": []})") << QStringLiteral("totalNum")
                                            << QStringLiteral("NFT page: field totalNum should be a number, not a string");
        QTest::newRow("negative totalNum") << QByteArray(R"({"totalNum": -1, "data": []})") << QStringLiteral("totalNum")
                                           << QStringLiteral("NFT page: field totalNum is out of range (0 to 2147483647)");
        QTest::newRow("fractional totalNum") << QByteArray(R"({"totalNum": 1.5, "data": []})") << QStringLiteral("totalNum")
                                             << QStringLiteral("NFT page: field totalNum is not a whole number");
        QTest::newRow("no data") << QByteArray(R"({"totalNum": 0})") << QStringLiteral("data")
                                 << QStringLiteral("NFT page: field data is missing");
        QTest::newRow("data not an array") << QByteArray(R"({"totalNum": 0, "data": {}})") << QStringLiteral("data")
                                           << QStringLiteral("NFT page: field data should be an array, not an object");
        QTest::newRow("item not an object") << QByteArray(R"({"totalNum": 1, "data": ["0xbeef"]})") << QStringLiteral("data[0]")
                                            << QStringLiteral("NFT 1 should be an object, not a string");

        QTest::newRow("no accountId") << without("accountId") << QStringLiteral("data[0].accountId")
                                      << QStringLiteral("NFT 1: field accountId is missing");
        QTest::newRow("no tokenId") << without("tokenId") << QStringLiteral("data[0].tokenId")
                                    << QStringLiteral("NFT 1: field tokenId is missing");
        QTest::newRow("tokenId past 16 bits") << with("tokenId", 65536) << QStringLiteral("data[0].tokenId")
                                              << QStringLiteral("NFT 1: field tokenId is out of range (0 to 65535)");
        QTest::newRow("no nftId") << without("nftId") << QStringLiteral("data[0].nftId")
                                  << QStringLiteral("NFT 1: field nftId is missing");
        QTest::newRow("nftId as number") << with("nftId", 48879) << QStringLiteral("data[0].nftId")
                                         << QStringLiteral("NFT 1: field nftId should be a string, not a number");
        QTest::newRow("nftId not hex") << with("nftId", QStringLiteral("0xbeeg")) << QStringLiteral("data[0].nftId")
                                       << QStringLiteral("NFT 1: field nftId is not a 256-bit hex id: NFT id contains 'g' "
                                                         "at position 6, which is not a hex digit (0-9, a-f)");
        QTest::newRow("nftId past 256 bits") << with("nftId", QString(QStringLiteral("0x1") + QString(64, QLatin1Char('0'))))
                                             << QStringLiteral("data[0].nftId")
                                             << QStringLiteral("NFT 1: field nftId is not a 256-bit hex id: NFT id has 65 "
                                                               "significant hex digits, more than the 64 of a 256-bit number");
        QTest::newRow("nftId decimal") << with("nftId", QStringLiteral("48879")) << QStringLiteral("data[0].nftId")
                                       << QStringLiteral("NFT 1: field nftId is not a 256-bit hex id: NFT id must be "
                                                         "hexadecimal and start with 0x");
        QTest::newRow("no nftType") << without("nftType") << QStringLiteral("data[0].nftType")
                                    << QStringLiteral("NFT 1: field nftType is missing");
        QTest::newRow("empty nftType") << with("nftType", QString()) << QStringLiteral("data[0].nftType")
                                       << QStringLiteral("NFT 1: field nftType is an empty string");
        QTest::newRow("no tokenAddress") << without("tokenAddress") << QStringLiteral("data[0].tokenAddress")
                                         << QStringLiteral("NFT 1: field tokenAddress is missing");
        QTest::newRow("minter as number") << with("minter", 1) << QStringLiteral("data[0].minter")
                                          << QStringLiteral("NFT 1: field minter should be a string, not a number");
        QTest::newRow("no total") << without("total") << QStringLiteral("data[0].total")
                                  << QStringLiteral("NFT 1: field total is missing");
        QTest::newRow("total as number") << with("total", 2) << QStringLiteral("data[0].total")
                                         << QStringLiteral("NFT 1: field total should be a string, not a number");
        QTest::newRow("total with decimals") << with("total", QStringLiteral("1.5")) << QStringLiteral("data[0].total")
                                             << QStringLiteral("NFT 1: field total is not a base-unit integer: amount has a "
                                                               "decimal point at position 2; base units are whole numbers");
        QTest::newRow("locked negative") << with("locked", QStringLiteral("-1")) << QStringLiteral("data[0].locked")
                                         << QStringLiteral("NFT 1: field locked is not a base-unit integer: amount has a "
                                                           "sign; amounts are unsigned digits only");
        QTest::newRow("no pending") << without("pending") << QStringLiteral("data[0].pending")
                                    << QStringLiteral("NFT 1: field pending is missing");
        QTest::newRow("no pending deposit")
            << withPending(QJsonObject{{QStringLiteral("withdraw"), QStringLiteral("0")}})
            << QStringLiteral("data[0].pending.deposit") << QStringLiteral("NFT 1: field pending.deposit is missing");
        QTest::newRow("pending withdraw x")
            << withPending(QJsonObject{{QStringLiteral("withdraw"), QStringLiteral("x")}, {QStringLiteral("deposit"), QStringLiteral("0")}})
            << QStringLiteral("data[0].pending.withdraw")
            << QStringLiteral("NFT 1: field pending.withdraw is not a base-unit integer: amount contains a non-digit "
                              "character 'x' at position 1");

        QTest::newRow("more items than totalNum") << pageOf(QJsonArray{goodItem(32768), goodItem(32769)}, 1)
                                                  << QStringLiteral("totalNum")
                                                  << QStringLiteral("NFT page: field totalNum is 1, but the page alone has 2 NFTs");
    }

    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const Result<NftPage> result = json::parseNftPage(body, Account);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Malformed);
        QCOMPARE(result.error().field, field);
        QVERIFY2(result.error().message.startsWith(message), qPrintable(result.error().message));
    }

    void itemsOfTheAskedAccountOnly()
    {
        QJsonObject other = goodItem(32769);
        other.insert(QStringLiteral("accountId"), 10002);
        const Result<NftPage> result = json::parseNftPage(pageOf(QJsonArray{goodItem(32768), other}, 2), Account);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, QStringLiteral("data[1].accountId"));
        QCOMPARE(result.error().message, QStringLiteral("NFT 2: field accountId is 10002, but account 10001 was asked for"));
    }

    void eachSlotOncePerPage()
    {
        QJsonObject again = goodItem(32768);
        again.insert(QStringLiteral("nftId"), QStringLiteral("0x1"));
        const Result<NftPage> result
            = json::parseNftPage(pageOf(QJsonArray{goodItem(32768), goodItem(32769), again}, 3), Account);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, QStringLiteral("data[2].tokenId"));
        QCOMPARE(result.error().message, QStringLiteral("NFT 3: token id 32768 appears more than once (also in NFT 1)"));
    }

    void repeatedKeysAreMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");

        QTest::newRow("totalNum") << QByteArray(R"({"totalNum": 1, "totalNum": 9, "data": []})") << QStringLiteral("totalNum");
        const QByteArray item = pageOf(goodItem());
        QByteArray total = item;
        total.replace("\"total\":\"2\"", "\"total\":\"2\",\"total\":\"9\"");
        QTest::newRow("an amount") << total << QStringLiteral("data[0].total");
        // Even a name: which of two the list shows would be an accident of the JSON parser.
        QJsonObject named = goodItem();
        named.insert(QStringLiteral("metadata"),
                     QJsonObject{{QStringLiteral("base"), QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}}}});
        QByteArray name = pageOf(named);
        name.replace("\"name\":\"A\"", "\"name\":\"A\",\"name\":\"B\"");
        QTest::newRow("metadata name") << name << QStringLiteral("data[0].metadata.base.name");
    }

    void repeatedKeysAreMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Result<NftPage> result = json::parseNftPage(body, Account);
        QVERIFY2(!result.ok(), body.constData());
        QCOMPARE(result.error().kind, ErrorKind::Malformed);
        QCOMPARE(result.error().field, field);
        QCOMPARE(result.error().message, QStringLiteral("The response gives the key %1 twice in one object.").arg(field));
    }

    void unknownFieldsIgnored()
    {
        QJsonObject item = goodItem();
        item.insert(QStringLiteral("isCounterFactualNFT"), true);
        item.insert(QStringLiteral("preference"), QJsonObject{{QStringLiteral("favourite"), false}});
        item.insert(QStringLiteral("status"), QStringLiteral("weird"));
        QJsonObject page{{QStringLiteral("totalNum"), 1}, {QStringLiteral("data"), QJsonArray{item}},
                         {QStringLiteral("cursor"), 17}};
        const Result<NftPage> result = json::parseNftPage(QJsonDocument(page).toJson(), Account);
        QVERIFY2(result.ok(), qPrintable(failureOf(result)));
        QCOMPARE(result->items.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNftJson)
#include "test_nftjson.moc"
