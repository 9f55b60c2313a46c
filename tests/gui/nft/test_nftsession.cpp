// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// NftSession against the fake server's paging NFT endpoint: what the NFT tab is told, and when.
#include "gui/nft/nftsession.h"

#include "core/error.h"
#include "core/service.h"
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

        QCOMPARE(m_session->shownText(), QStringLiteral("NFTs of account 10001 on %1").arg(host()));
        const QString status = m_session->statusText(120, 120);
        QVERIFY2(status.contains(m_session->shownText()), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("NFTs shown: 120 of 120")), qPrintable(status));
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

    // A failed refresh of the same account keeps the last good list, marked stale, and says whose.
    // The token filter is the balances' business: it does not make another NFT question.
    void aFailedRefreshOfTheSameAccountIsStale()
    {
        showList(QStringLiteral("10001"), 3);
        failNext(QStringLiteral("10001"), QStringLiteral("ETH"));

        QVERIFY(m_session->isStale());
        QVERIFY(!m_session->showsAnotherQuestion());
        QVERIFY(!m_session->otherQuestionNotice());
        QCOMPARE(m_session->snapshot()->nfts.size(), 3);
        const QString status = m_session->statusText(3, 3);
        QVERIFY2(status.contains(QStringLiteral("NFTs of account 10001 on %1").arg(host())), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("the last refresh failed")), qPrintable(status));
        QVERIFY2(!status.contains(QLatin1String("Updated")), qPrintable(status));
    }

    // Another account's failure does not make the list stale: it is still the previous account's
    // current list, and the session says whose it is and which account could not be fetched.
    void anotherAccountsFailureSaysWhoseListIsShown()
    {
        showList(QStringLiteral("10001"), 3);
        failNext(QStringLiteral("20002"));

        QVERIFY(!m_session->isStale());
        QVERIFY(m_session->showsAnotherQuestion());
        QCOMPARE(m_session->snapshot()->accountText, QStringLiteral("10001"));
        QCOMPARE(m_session->otherQuestionNotice(),
                 QStringLiteral("Showing account 10001 on %1: account 20002 on %1 could not be fetched").arg(host()));
        const QString status = m_session->statusText(3, 3);
        QVERIFY2(status.contains(QStringLiteral("NFTs of account 10001 on %1").arg(host())), qPrintable(status));
        QVERIFY2(!status.contains(QLatin1String("the last refresh failed")), qPrintable(status));

        // Asking for the shown account again and getting it makes the list the answer once more.
        FakeNftService::generated(2).install(*m_server);
        QSignalSpy changed(m_session.get(), &NftSession::snapshotChanged);
        m_session->fetch(request(QStringLiteral("10001")));
        QVERIFY(changed.wait(10000));
        QVERIFY(!m_session->showsAnotherQuestion());
        QVERIFY(!m_session->isStale());
    }

    // While another account loads, and after its fetch was cancelled, the list is not its answer.
    void anotherAccountLoadingOrCancelledSaysWhose()
    {
        showList(QStringLiteral("10001"), 3);
        m_server->clearRoutes();
        FakeResponse silent;
        silent.neverAnswer = true;
        m_server->route(FakeNftService::path(), silent);
        m_session->fetch(request(QStringLiteral("20002")));
        QCOMPARE(m_session->otherQuestionNotice(),
                 QStringLiteral("Showing account 10001 on %1 while account 20002 on %1 loads").arg(host()));
        m_session->cancel();
        QVERIFY(!m_session->isBusy());
        QVERIFY(!m_session->isStale());
        QCOMPARE(m_session->otherQuestionNotice(),
                 QStringLiteral("Showing account 10001 on %1: the fetch of account 20002 on %1 was cancelled")
                     .arg(host()));
    }

    // With nothing shown, the status line keeps saying what failed: never "Ready" after an error.
    void neverReadyAfterAnError()
    {
        QCOMPARE(m_session->statusText(0, 0), NftSession::tr("Ready"));
        failNext(QStringLiteral("10001"));
        const QString status = m_session->statusText(0, 0);
        QCOMPARE(status, QStringLiteral("No NFTs shown: account 10001 on %1 could not be fetched").arg(host()));
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
        QVERIFY(m_session->statusText(1, 1).contains(
            QStringLiteral("NFTs of demo account %1 (sample data)").arg(demobackend::accountId())));
        QCOMPARE(m_server->requestCount(), 0);

        QSignalSpy cleared(m_session.get(), &NftSession::snapshotCleared);
        QVERIFY(m_session->leaveDemo());
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!m_session->hasSnapshot());
        QVERIFY(!m_session->leaveDemo());
    }

private:
    FetchRequest request(const QString &account, const QString &tokenFilter = {}) const
    {
        FetchRequest request;
        request.baseUrl = m_server->baseUrl();
        request.accountText = account;
        request.tokenFilterText = tokenFilter;
        request.apiKey = Key;
        return request;
    }

    QString host() const { return hostLabel(m_server->baseUrl()); }

    void showList(const QString &account, int count)
    {
        FakeNftService::generated(count).install(*m_server);
        QSignalSpy changed(m_session.get(), &NftSession::snapshotChanged);
        m_session->fetch(request(account));
        QVERIFY(changed.wait(10000));
    }

    // The next fetch, of `account`, is refused by the service.
    void failNext(const QString &account, const QString &tokenFilter = {})
    {
        m_server->clearRoutes();
        m_server->route(FakeNftService::path(), FakeResponse::resultInfo(400, 104002, "invalid apiKey"));
        QSignalSpy failed(m_session.get(), &NftSession::failed);
        m_session->fetch(request(account, tokenFilter));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<Error>().apiCode, 104002);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    }

    std::unique_ptr<FakeLoopringServer> m_server;
    std::unique_ptr<LoopringClient> m_client;
    std::unique_ptr<NftSession> m_session;
};

QTEST_GUILESS_MAIN(TestNftSession)
#include "test_nftsession.moc"
