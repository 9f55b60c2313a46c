// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The demo NFTs bundled with Loopview (resources/demo/nfts.json, compiled into loopview_net): demo
// mode runs them through the same strict parser as live data, so they must pass it, be of the demo
// account, and show each case the NFT view has to handle.
#include "core/loopringjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace loopview;

namespace {

QByteArray demoResource(const char *name)
{
    QFile file(QStringLiteral(":/loopview/demo/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestDemoNfts : public QObject {
    Q_OBJECT

private slots:
    void parseStrictlyForTheDemoAccount()
    {
        const Result<AccountInfo> account = json::parseAccount(demoResource("account.json"));
        QVERIFY(account.ok());
        const QByteArray body = demoResource("nfts.json");
        QVERIFY2(!body.isEmpty(), "nfts.json is not among the demo resources");

        const Result<NftPage> page = json::parseNftPage(body, account->accountId);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        // One page holds the whole demo list.
        QCOMPARE(page->totalNum, page->items.size());
        QVERIFY(page->items.size() >= 4);
        QVERIFY(page->items.size() <= 50);
    }

    void showEveryCase()
    {
        const QByteArray body = demoResource("nfts.json");
        const qint64 accountId = json::parseAccount(demoResource("account.json"))->accountId;
        const QList<NftBalance> nfts = json::parseNftPage(body, accountId)->items;

        bool erc721 = false, erc1155 = false, withoutMetadata = false, withoutCollection = false;
        bool locked = false, pending = false;
        for (const NftBalance &nft : nfts) {
            erc721 = erc721 || nft.nftType == QLatin1String("ERC721");
            erc1155 = erc1155 || nft.nftType == QLatin1String("ERC1155");
            withoutMetadata = withoutMetadata || (nft.details.name.isEmpty() && nft.details.metadataUrl.isEmpty());
            withoutCollection = withoutCollection || nft.details.collectionName.isEmpty();
            locked = locked || !nft.locked.isZero();
            pending = pending || nft.hasPending();
        }
        QVERIFY(erc721);
        QVERIFY(erc1155);
        QVERIFY(withoutMetadata);
        QVERIFY(withoutCollection);
        QVERIFY(locked);
        QVERIFY(pending);

        // One id is sent without its leading zeros, as the service sometimes does.
        bool shortId = false;
        for (const QJsonValue &item : QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray())
            shortId = shortId || item.toObject().value(QLatin1String("nftId")).toString().size() < 66;
        QVERIFY(shortId);
    }

    // Demo mode sends nothing over the network, and a thumbnail must not be fetched from a real
    // host either: the demo's image URLs are on a name that cannot resolve (RFC 6761).
    void imagesPointNowhere()
    {
        const QByteArray body = demoResource("nfts.json");
        const qint64 accountId = json::parseAccount(demoResource("account.json"))->accountId;
        const QList<NftBalance> nfts = json::parseNftPage(body, accountId)->items;
        QVERIFY(!nfts.isEmpty());
        for (const NftBalance &nft : nfts) {
            for (const NftImageSize &size : nft.details.imageSizes)
                QVERIFY2(QUrl(size.url).host().endsWith(QLatin1String(".invalid")), qPrintable(size.url));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoNfts)
#include "test_demonfts.moc"
