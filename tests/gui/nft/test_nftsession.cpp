// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// NftSession against the fake server's paging NFT endpoint: what the NFT tab is told, and when.
#include "gui/nft/nftsession.h"

#include "core/error.h"
#include "net/demobackend.h"
#include "net/loopringclient.h"

#include "fakeloopringserver.h"
#include "fakenftservice.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace loopview;
using namespace loopview::test;
using namespace std::chrono_literals;

namespace {

const QString Key = QStringLiteral("nft-session-test-key");

} // namespace

class TestNftSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<loopview::NftSnapshot>();
        qRegisterMetaType<loopview::Error>();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_server = std::make_unique<FakeLoopringServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<LoopringClient>();
        m_client->setRetryDelays(1ms, 1ms);
        m_session = std::make_unique<NftSession>(m_client.get());
        m_session->setRequestsPerSecond(0);
    }

    void cleanup()
    {
        m_session.reset();
        m_client.reset();
        m_server.reset();
    }

    void fetchesEveryPageAndSaysWhose()
    {
        FakeNftService::generated(120).install(*m_server);
        QSignalSpy busy(m_session.get(), &NftSession::busyChanged);
        QSignalSpy changed(m_session.get(), &NftSession::snapshotChanged);
        m_session->fetch(request(QStringLiteral("10001")));
        QVERIFY(m_session->isBusy());
        QCOMPARE(m_session->busyText(), NftSession::tr("Loading NFTs…"));
        QVERIFY(changed.wait(10000));

        QVERIFY(!m_session->isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        const NftSnapshot &snapshot = *m_session->snapshot();
        QCOMPARE(snapshot.nfts.size(), 120);
        QCOMPARE(snapshot.accountId, 10001);
        QCOMPARE(snapshot.accountText, QStringLiteral("10001"));
        QCOMPARE(snapshot.baseUrl, m_server->baseUrl());
        QVERIFY(!snapshot.demo);
        QCOMPARE(m_server->requestCount(), 3);

        const QString status = m_session->statusText(120, 120);
        QVERIFY2(status.contains(QLatin1String("Account 10001")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("NFTs shown: 120 of 120")), qPrintable(status));
        QVERIFY2(status.contains(hostLabel(m_server->baseUrl())), qPrintable(status));
        QVERIFY(m_session->statusToolTip().contains(QLatin1String("10001")));
    }

    // While later pages load, the busy text counts pages.
    void busyTextCountsPages()
    {
        const FakeNftService service = FakeNftService::generated(120);
        m_server->routeHandler(FakeNftService::path(), [service](const RecordedRequest &request) {
            FakeResponse response = service.respond(request);
            if (request.query().queryItemValue(QStringLiteral("offset")) != QLatin1String("0"))
                response.neverAnswer = true;
            return response;
        });
        QSignalSpy status(m_session.get(), &NftSession::statusChanged);
        m_session->fetch(request(QStringLiteral("10001")));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->pagesReceived(), 1, 10000);
        QCOMPARE(m_session->expectedPages(), 3);
        QCOMPARE(m_session->busyText(), NftSession::tr("Loading NFTs: page %1 of %2…").arg(2).arg(3));
        QVERIFY(m_session->statusText(0, 0).contains(m_session->busyText()));

        QSignalSpy cancelled(m_session.get(), &NftSession::cancelled);
        m_session->cancel();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!m_session->isBusy());
        QVERIFY(!m_session->hasSnapshot());
    }

    // A failed refresh keeps the last good list, marked stale, and still says whose it is: here
    // the refresh asked for another account.
    void aFailureKeepsTheListStaleAndWhose()
    {
        FakeNftService::generated(3).install(*m_server);
        QSignalSpy changed(m_session.get(), &NftSession::snapshotChanged);
        m_session->fetch(request(QStringLiteral("10001")));
        QVERIFY(changed.wait(10000));

        m_server->clearRoutes();
        m_server->route(FakeNftService::path(), FakeResponse::resultInfo(400, 104002, "invalid apiKey"));
        QSignalSpy failed(m_session.get(), &NftSession::failed);
        m_session->fetch(request(QStringLiteral("20002")));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<Error>().apiCode, 104002);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());

        QVERIFY(m_session->isStale());
        QCOMPARE(m_session->snapshot()->nfts.size(), 3);
        QCOMPARE(m_session->snapshot()->accountText, QStringLiteral("10001"));
        const QString status = m_session->statusText(3, 3);
        QVERIFY2(status.contains(QLatin1String("Account 10001")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("the last refresh failed")), qPrintable(status));
        QVERIFY2(!status.contains(QLatin1String("Updated")), qPrintable(status));
    }

    void anInvalidAccountFailsWithoutRequests()
    {
        FakeNftService::generated(3).install(*m_server);
        QSignalSpy failed(m_session.get(), &NftSession::failed);
        QSignalSpy busy(m_session.get(), &NftSession::busyChanged);
        m_session->fetch(request(QStringLiteral("not an account")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().kind, ErrorKind::Input);
        QCOMPARE(busy.count(), 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

    // A new fetch abandons the running one: only the newer list arrives.
    void aNewFetchAbandonsTheRunningOne()
    {
        const FakeNftService service = FakeNftService::generated(3);
        m_server->routeHandler(FakeNftService::path(), [service](const RecordedRequest &request) {
            FakeResponse response = service.respond(request);
            if (request.query().queryItemValue(QStringLiteral("accountId")) == QLatin1String("1"))
                response.neverAnswer = true;
            return response;
        });
        QSignalSpy changed(m_session.get(), &NftSession::snapshotChanged);
        QSignalSpy cancelled(m_session.get(), &NftSession::cancelled);
        QSignalSpy busy(m_session.get(), &NftSession::busyChanged);
        m_session->fetch(request(QStringLiteral("1")));
        m_session->fetch(request(QStringLiteral("2")));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cancelled.count(), 0);
        QCOMPARE(m_session->snapshot()->accountId, 2);
        QCOMPARE(busy.count(), 2);  // busy once, idle once
    }

    void demoListsTheSampleNftsAndLeaves()
    {
        FetchRequest demo;
        demo.accountText = QString::number(demobackend::accountId());
        demo.demo = true;
        QSignalSpy changed(m_session.get(), &NftSession::snapshotChanged);
        m_session->fetch(demo);
        QVERIFY(changed.wait(10000));
        QVERIFY(m_session->isDemo());
        QVERIFY(m_session->snapshot()->nfts.size() >= 4);
        QVERIFY(m_session->statusText(1, 1).contains(NftSession::tr("Demo data, no network")));
        QCOMPARE(m_server->requestCount(), 0);

        QSignalSpy cleared(m_session.get(), &NftSession::snapshotCleared);
        QVERIFY(m_session->leaveDemo());
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!m_session->hasSnapshot());
        QVERIFY(!m_session->leaveDemo());
    }

private:
    FetchRequest request(const QString &account) const
    {
        FetchRequest request;
        request.baseUrl = m_server->baseUrl();
        request.accountText = account;
        request.apiKey = Key;
        return request;
    }

    std::unique_ptr<FakeLoopringServer> m_server;
    std::unique_ptr<LoopringClient> m_client;
    std::unique_ptr<NftSession> m_session;
};

QTEST_GUILESS_MAIN(TestNftSession)
#include "test_nftsession.moc"
