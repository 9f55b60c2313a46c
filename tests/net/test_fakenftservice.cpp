// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The fake NFT endpoint other tests page against: it must page like the real service, or those
// tests prove nothing.
#include "fakenftservice.h"

#include "core/loopringjson.h"
#include "core/nftpaging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace loopview;
using namespace loopview::test;

namespace {

RecordedRequest get(const QString &query, bool withKey = true)
{
    RecordedRequest request;
    request.method = "GET";
    request.target = (FakeNftService::path() + QLatin1Char('?') + query).toLatin1();
    if (withKey)
        request.headers.insert("x-api-key", "k");
    return request;
}

QJsonObject bodyOf(const FakeResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QList<int> slotsOf(const FakeResponse &response)
{
    QList<int> tokenIds;
    for (const QJsonValue &item : bodyOf(response).value(QLatin1String("data")).toArray())
        tokenIds.append(item.toObject().value(QLatin1String("tokenId")).toInt());
    return tokenIds;
}

int resultCode(const FakeResponse &response)
{
    return bodyOf(response).value(QLatin1String("resultInfo")).toObject().value(QLatin1String("code")).toInt();
}

} // namespace

class TestFakeNftService : public QObject {
    Q_OBJECT

private slots:
    void pagesOfAtMostFifty()
    {
        const FakeNftService service = FakeNftService::generated(120);
        const FakeResponse first = service.respond(get(QStringLiteral("accountId=7&offset=0&limit=50")));
        QCOMPARE(first.status, 200);
        QCOMPARE(bodyOf(first).value(QLatin1String("totalNum")).toInt(), 120);
        QCOMPARE(slotsOf(first).size(), 50);
        QCOMPARE(slotsOf(first).constFirst(), 32768);

        // A larger limit is capped, as the real service does.
        const FakeResponse capped = service.respond(get(QStringLiteral("accountId=7&offset=50&limit=500")));
        QCOMPARE(slotsOf(capped).size(), 50);
        QCOMPARE(slotsOf(capped).constFirst(), 32768 + 50);

        const FakeResponse last = service.respond(get(QStringLiteral("accountId=7&offset=100&limit=50")));
        QCOMPARE(slotsOf(last).size(), 20);
        const FakeResponse past = service.respond(get(QStringLiteral("accountId=7&offset=200&limit=50")));
        QCOMPARE(bodyOf(past).value(QLatin1String("totalNum")).toInt(), 120);
        QVERIFY(slotsOf(past).isEmpty());
    }

    void itemsAreOfTheAskedAccount()
    {
        const FakeNftService service = FakeNftService::generated(3);
        const FakeResponse page = service.respond(get(QStringLiteral("accountId=83250")));
        const Result<NftPage> parsed = json::parseNftPage(page.body, 83250);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->items.size(), 3);
        QCOMPARE(parsed->totalNum, 3);
    }

    void nonZeroAndMetadataAreHonoured()
    {
        QList<QJsonObject> items = FakeNftService::generated(4).items();
        items[1].insert(QStringLiteral("total"), QStringLiteral("0"));
        const FakeNftService service(items);

        const FakeResponse all = service.respond(get(QStringLiteral("accountId=1&metadata=true")));
        QCOMPARE(bodyOf(all).value(QLatin1String("totalNum")).toInt(), 4);
        QVERIFY(bodyOf(all).value(QLatin1String("data")).toArray().at(0).toObject().contains(QLatin1String("metadata")));

        const FakeResponse nonZero = service.respond(get(QStringLiteral("accountId=1&nonZero=true")));
        QCOMPARE(bodyOf(nonZero).value(QLatin1String("totalNum")).toInt(), 3);
        QCOMPARE(slotsOf(nonZero), (QList<int>{32768, 32770, 32771}));
        QVERIFY(!bodyOf(nonZero).value(QLatin1String("data")).toArray().at(0).toObject().contains(QLatin1String("metadata")));
    }

    void refusesWhatTheServiceRefuses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("code");

        QTest::newRow("no key") << QStringLiteral("accountId=1") << false << 104001;
        QTest::newRow("no account") << QStringLiteral("offset=0") << true << 104003;
        QTest::newRow("account not a number") << QStringLiteral("accountId=0x1") << true << 104003;
        QTest::newRow("negative offset") << QStringLiteral("accountId=1&offset=-1") << true << 100001;
        QTest::newRow("limit 0") << QStringLiteral("accountId=1&limit=0") << true << 100001;
    }

    void refusesWhatTheServiceRefuses()
    {
        QFETCH(QString, query);
        QFETCH(bool, withKey);
        QFETCH(int, code);
        const FakeResponse response = FakeNftService::generated(3).respond(get(query, withKey));
        QCOMPARE(response.status, 400);
        QCOMPARE(resultCode(response), code);
    }

    void fromPageBodyServesTheDemoList()
    {
        const QByteArray body = readFixture(QStringLiteral("nfts-sample.json"));
        const FakeNftService service = FakeNftService::fromPageBody(body);
        QCOMPARE(service.size(), 4);
        const FakeResponse page = service.respond(get(QStringLiteral("accountId=10001&metadata=true")));
        QCOMPARE(json::parseNftPage(page.body, 10001)->items.size(), 4);
    }

    // Over HTTP through the fake server, paged with NftPaging as the client will do it.
    void pagedOverHttp()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        FakeNftService::generated(120).install(server);

        QNetworkAccessManager network;
        NftPaging paging(42);
        while (!paging.isDone()) {
            QVERIFY(paging.pagesReceived() < 3);
            QNetworkRequest request(server.url(QStringLiteral("%1?accountId=%2&offset=%3&limit=%4&nonZero=true&metadata=true")
                                                   .arg(FakeNftService::path())
                                                   .arg(paging.accountId())
                                                   .arg(paging.nextOffset())
                                                   .arg(paging.limit())));
            request.setRawHeader("X-API-KEY", "test-key");
            QNetworkReply *reply = network.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
            const std::optional<Error> error = paging.addPageBody(reply->readAll());
            reply->deleteLater();
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        }
        QCOMPARE(paging.pagesReceived(), 3);
        QCOMPARE(paging.items().size(), 120);
        QCOMPARE(paging.items().constLast().details.name, QStringLiteral("NFT #119"));
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(server.requests().at(2).query().queryItemValue(QStringLiteral("offset")), QStringLiteral("100"));
    }
};

QTEST_GUILESS_MAIN(TestFakeNftService)
#include "test_fakenftservice.moc"
