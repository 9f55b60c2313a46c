// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// NftListFetch against the fake server's NFT endpoint, which pages like the real service.
#include "fakeloopringserver.h"
#include "fakenftservice.h"
#include "net/demobackend.h"
#include "net/loopringclient.h"
#include "net/nftlistfetch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace loopview;
using namespace loopview::test;
using namespace std::chrono_literals;

namespace {

const QString ApiKey = QStringLiteral("K3yTestOnly0123456789abcdefABCDEF0123456789abcdefABCDEF01234567zz");
constexpr qint64 Account = 10001;

// Waits for the one finished() of `fetch`, which never comes from inside start().
#define WAIT_FOR_FINISH(fetch)                                                                 \
    do {                                                                                       \
        QSignalSpy finishedSpy_((fetch), &NftListFetch::finished);                            \
        (fetch)->start();                                                                      \
        QVERIFY2(!(fetch)->isFinished(), "finished() must not come from inside start()");     \
        QVERIFY(finishedSpy_.wait(10000));                                                     \
        QCoreApplication::processEvents();                                                     \
        QCOMPARE(finishedSpy_.count(), 1);                                                     \
    } while (false)

} // namespace

class TestNftListFetch : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<FakeLoopringServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<LoopringClient>();
        m_client->setRetryDelays(10ms, 20ms);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void readsEveryPageInTurn()
    {
        FakeNftService::generated(120).install(*m_server);
        auto *fetch = newFetch();
        QSignalSpy progress(fetch, &NftListFetch::progress);
        WAIT_FOR_FINISH(fetch);

        QVERIFY2(fetch->succeeded(), qPrintable(fetch->error().message));
        QCOMPARE(fetch->nfts().size(), 120);
        for (int i = 0; i < 120; ++i)
            QCOMPARE(fetch->nfts().at(i).tokenId, 32768 + i);  // the service's order, no NFT twice

        const QList<RecordedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        for (int page = 0; page < 3; ++page) {
            const RecordedRequest &request = requests.at(page);
            QCOMPARE(request.path(), FakeNftService::path());
            QCOMPARE(request.query().queryItemValue(QStringLiteral("accountId")), QString::number(Account));
            QCOMPARE(request.query().queryItemValue(QStringLiteral("offset")), QString::number(page * 50));
            QCOMPARE(request.query().queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
            QCOMPARE(request.query().queryItemValue(QStringLiteral("nonZero")), QStringLiteral("true"));
            QCOMPARE(request.query().queryItemValue(QStringLiteral("metadata")), QStringLiteral("true"));
            QCOMPARE(request.header("X-API-KEY"), ApiKey.toLatin1());
        }

        QCOMPARE(progress.count(), 3);
        for (int page = 0; page < 3; ++page) {
            QCOMPARE(progress.at(page).at(0).toInt(), page + 1);
            QCOMPARE(progress.at(page).at(1).toInt(), 3);
        }
    }

    // The metadata asked for arrives: names come through the strict parser.
    void keepsTheMetadata()
    {
        FakeNftService::generated(3).install(*m_server);
        auto *fetch = newFetch();
        WAIT_FOR_FINISH(fetch);
        QVERIFY(fetch->succeeded());
        QCOMPARE(fetch->nfts().at(2).details.name, QStringLiteral("NFT #2"));
    }

    void anEmptyListTakesOnePage()
    {
        FakeNftService::generated(0).install(*m_server);
        auto *fetch = newFetch();
        QSignalSpy progress(fetch, &NftListFetch::progress);
        WAIT_FOR_FINISH(fetch);
        QVERIFY(fetch->succeeded());
        QVERIFY(fetch->nfts().isEmpty());
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.at(0).at(1).toInt(), 1);
    }

    void smallerPagesForTests()
    {
        FakeNftService::generated(7).install(*m_server);
        auto *fetch = newFetch();
        fetch->setPageSize(2);
        WAIT_FOR_FINISH(fetch);
        QVERIFY(fetch->succeeded());
        QCOMPARE(fetch->nfts().size(), 7);
        QCOMPARE(m_server->requestCount(), 4);
        QCOMPARE(fetch->pagesReceived(), 4);
        QCOMPARE(fetch->expectedPages(), 4);
    }

    // Counting asks for one page of one NFT and reads the list's size from it.
    void countOnlyReadsOnePage()
    {
        FakeNftService::generated(120).install(*m_server);
        auto *fetch = newFetch();
        fetch->setCountOnly(true);
        QCOMPARE(fetch->totalCount(), -1);
        WAIT_FOR_FINISH(fetch);
        QVERIFY2(fetch->succeeded(), qPrintable(fetch->error().message));
        QCOMPARE(fetch->totalCount(), 120);
        QCOMPARE(fetch->nfts().size(), 1);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().query().queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
    }

    // A page that fails ends the fetch with that page's error; nothing half-read is passed on and
    // no later page is asked for.
    void aFailingPageEndsTheFetch()
    {
        const FakeNftService service = FakeNftService::generated(120);
        m_server->routeHandler(FakeNftService::path(), [service](const RecordedRequest &request) {
            if (request.query().queryItemValue(QStringLiteral("offset")) == QLatin1String("50"))
                return FakeResponse::resultInfo(400, 104002, "invalid apiKey");
            return service.respond(request);
        });
        auto *fetch = newFetch();
        WAIT_FOR_FINISH(fetch);
        QVERIFY(!fetch->succeeded());
        QCOMPARE(fetch->error().kind, ErrorKind::Service);
        QCOMPARE(fetch->error().apiCode, 104002);
        QVERIFY(fetch->nfts().isEmpty());
        QCOMPARE(m_server->requestCount(), 2);
    }

    // Pages that do not add up (here the list grew between two requests) are a Malformed error
    // naming the page.
    void pagesThatDoNotAddUpAreMalformed()
    {
        const FakeNftService shorter = FakeNftService::generated(60);
        const FakeNftService longer = FakeNftService::generated(61);
        m_server->routeHandler(FakeNftService::path(), [shorter, longer](const RecordedRequest &request) {
            const bool first = request.query().queryItemValue(QStringLiteral("offset")) == QLatin1String("0");
            return (first ? shorter : longer).respond(request);
        });
        auto *fetch = newFetch();
        WAIT_FOR_FINISH(fetch);
        QCOMPARE(fetch->error().kind, ErrorKind::Malformed);
        QVERIFY2(fetch->error().message.contains(QLatin1String("offset 50")), qPrintable(fetch->error().message));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void aRateLimitedPageIsRetried()
    {
        const FakeNftService service = FakeNftService::generated(60);
        auto limited = std::make_shared<bool>(false);
        m_server->routeHandler(FakeNftService::path(), [service, limited](const RecordedRequest &request) {
            if (request.query().queryItemValue(QStringLiteral("offset")) == QLatin1String("50") && !*limited) {
                *limited = true;
                return FakeResponse::resultInfo(429, 100000, "too many requests").withHeader("Retry-After", "0");
            }
            return service.respond(request);
        });
        auto *fetch = newFetch();
        QSignalSpy retrying(fetch, &NftListFetch::retrying);
        WAIT_FOR_FINISH(fetch);
        QVERIFY2(fetch->succeeded(), qPrintable(fetch->error().message));
        QCOMPARE(fetch->nfts().size(), 60);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.at(0).at(2).toInt(), 429);
        QCOMPARE(m_server->requestCount(), 3);
    }

    void cancelStopsBetweenPages()
    {
        const FakeNftService service = FakeNftService::generated(120);
        m_server->routeHandler(FakeNftService::path(), [service](const RecordedRequest &request) {
            FakeResponse response = service.respond(request);
            if (request.query().queryItemValue(QStringLiteral("offset")) != QLatin1String("0"))
                response.neverAnswer = true;
            return response;
        });
        auto *fetch = newFetch();
        QSignalSpy finished(fetch, &NftListFetch::finished);
        QSignalSpy secondRequest(m_server.get(), &FakeLoopringServer::requestReceived);
        fetch->start();
        // The second page is on its way and will never be answered: cancel it.
        QTRY_COMPARE_WITH_TIMEOUT(secondRequest.count(), 2, 10000);
        QCOMPARE(finished.count(), 0);
        fetch->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(fetch->error().kind, ErrorKind::Cancelled);
        QVERIFY(fetch->nfts().isEmpty());
        fetch->cancel();  // once finished, a no-op
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void cancelBeforeTheFirstAnswer()
    {
        FakeNftService::generated(3).install(*m_server);
        auto *fetch = newFetch();
        QSignalSpy finished(fetch, &NftListFetch::finished);
        fetch->start();
        fetch->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(fetch->error().kind, ErrorKind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }

    // Without a key no request leaves: the service would refuse it anyway.
    void noKeyNoRequest()
    {
        FakeNftService::generated(3).install(*m_server);
        auto *fetch = new NftListFetch(m_client.get(), Account, endpoint(QString()), this);
        WAIT_FOR_FINISH(fetch);
        QCOMPARE(fetch->error().kind, ErrorKind::Input);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void theClientGoingAwayEndsTheFetch()
    {
        const FakeNftService service = FakeNftService::generated(3);
        m_server->routeHandler(FakeNftService::path(), [service](const RecordedRequest &request) {
            FakeResponse response = service.respond(request);
            response.neverAnswer = true;
            return response;
        });
        auto *fetch = newFetch();
        QSignalSpy finished(fetch, &NftListFetch::finished);
        QSignalSpy received(m_server.get(), &FakeLoopringServer::requestReceived);
        fetch->start();
        QVERIFY(received.wait(10000));
        m_client.reset();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(fetch->error().kind, ErrorKind::Cancelled);
    }

    // The NFT endpoint takes account ids only: an address is looked up first, without the key.
    void anAddressIsLookedUpFirst()
    {
        m_server->route(QStringLiteral("/api/v3/account"), FakeResponse::json(
            R"({"accountId": 4242, "owner": "0x8656920c85342d646e5286cb841f90209272abeb", "frozen": false,
                "publicKey": {"x": "0x1", "y": "0x2"}, "tags": "", "nonce": 1, "keyNonce": 1, "keySeed": ""})"));
        FakeNftService::generated(3).install(*m_server);
        auto *fetch = new NftListFetch(m_client.get(), sampleAddress(), endpoint(), this);
        fetch->setRequestsPerSecond(0);
        QVERIFY(!fetch->accountId());
        WAIT_FOR_FINISH(fetch);
        QVERIFY2(fetch->succeeded(), qPrintable(fetch->error().message));
        QCOMPARE(fetch->accountId(), std::optional<qint64>(4242));
        QCOMPARE(fetch->nfts().size(), 3);
        QCOMPARE(fetch->nfts().constFirst().accountId, 4242);

        const QList<RecordedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path(), QStringLiteral("/api/v3/account"));
        QCOMPARE(requests.at(0).query().queryItemValue(QStringLiteral("owner")),
                 QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb"));
        QVERIFY(!requests.at(0).hasHeader("X-API-KEY"));
        QCOMPARE(requests.at(1).query().queryItemValue(QStringLiteral("accountId")), QStringLiteral("4242"));
    }

    void anUnknownAddressIsTheServiceError()
    {
        m_server->route(QStringLiteral("/api/v3/account"), FakeResponse::resultInfo(400, 101001, "address not found"));
        FakeNftService::generated(3).install(*m_server);
        auto *fetch = new NftListFetch(m_client.get(), sampleAddress(), endpoint(), this);
        WAIT_FOR_FINISH(fetch);
        QCOMPARE(fetch->error().kind, ErrorKind::Service);
        QCOMPARE(fetch->error().apiCode, 101001);
        QCOMPARE(m_server->requestCount(), 1);
    }

    // Demo mode reads the bundled NFTs through the same paging, with no network and no key.
    void demoPagesTheSampleNfts()
    {
        ServiceEndpoint demo;
        demo.demo = true;
        auto *fetch = new NftListFetch(m_client.get(), Account, demo, this);
        fetch->setPageSize(2);
        fetch->setRequestsPerSecond(0);
        WAIT_FOR_FINISH(fetch);
        QVERIFY2(fetch->succeeded(), qPrintable(fetch->error().message));
        const QByteArray whole = demobackend::nftPageBody({Account, 0, 50});
        const qsizetype total = QJsonDocument::fromJson(whole).object().value(QLatin1String("totalNum")).toInteger();
        QVERIFY(total >= 4);
        QCOMPARE(fetch->nfts().size(), total);
        QCOMPARE(fetch->pagesReceived(), int((total + 1) / 2));
        for (const NftBalance &nft : fetch->nfts())
            QCOMPARE(nft.accountId, Account);
        QCOMPARE(m_server->requestCount(), 0);
    }

private:
    static Address sampleAddress() { return *Address::parse(u"0x8656920c85342d646E5286Cb841F90209272ABeb"); }

    ServiceEndpoint endpoint(const QString &key = ApiKey) const
    {
        ServiceEndpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        endpoint.apiKey = key;
        return endpoint;
    }

    NftListFetch *newFetch()
    {
        auto *fetch = new NftListFetch(m_client.get(), Account, endpoint(), this);
        fetch->setRequestsPerSecond(0);  // the pace is RequestPacer's, tested there
        return fetch;
    }

    std::unique_ptr<FakeLoopringServer> m_server;
    std::unique_ptr<LoopringClient> m_client;
};

QTEST_GUILESS_MAIN(TestNftListFetch)
#include "test_nftlistfetch.moc"
