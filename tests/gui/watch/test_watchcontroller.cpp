// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/watch/watchcontroller.h"

#include "gui/balancessession.h"
#include "net/loopringclient.h"
#include "net/portfoliorefresher.h"

#include "fakeloopringserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::test;
using namespace std::chrono_literals;

namespace {

const QString TokensPath = QStringLiteral("/api/v3/exchange/tokens");
const QString BalancesPath = QStringLiteral("/api/v3/user/balances");

// The fixture account with one pending ETH deposit, and the same account once it has arrived.
const QByteArray Pending = R"([{"accountId":20533,"tokenId":0,"total":"1000000000000000000","locked":"0",
    "pending":{"withdraw":"0","deposit":"250000000000000000"}}])";
const QByteArray Arrived = R"([{"accountId":20533,"tokenId":0,"total":"1250000000000000000","locked":"0",
    "pending":{"withdraw":"0","deposit":"0"}}])";

} // namespace

// Watch's decisions without a window: when it refreshes, when it holds back, and what it reports,
// through real fetches against the fake server. Intervals are milliseconds here.
class TestWatchController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<loopview::BalanceSnapshot>();
        qRegisterMetaType<loopview::Error>();
        qRegisterMetaType<QList<loopview::TokenChange>>();
        qRegisterMetaType<loopview::TokenRegistry>();
    }

    void init()
    {
        m_server = std::make_unique<FakeLoopringServer>();
        QVERIFY(m_server->listen());
        serveBalances(Pending);
        m_cacheDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cacheDir->isValid());
        m_session = std::make_unique<BalancesSession>();
        m_session->fetchController()->setTokenCacheDirectory(m_cacheDir->path());
        m_session->fetchController()->client()->setRetryDelays(1ms, 1ms);
        m_session->fetchController()->setTimeout(2s);
    }

    void cleanup()
    {
        m_session.reset();
        m_server.reset();
    }

    void offByDefault()
    {
        WatchController watch(m_session.get());
        int refreshes = 0;
        watch.setRefreshShown([&] { ++refreshes; });
        QVERIFY(!watch.isEnabled());
        QCOMPARE(watch.state(), WatchController::State::Off);
        QVERIFY(showFirstResult());
        watch.tick();
        QCOMPARE(refreshes, 0);
    }

    void reportsACompletedDepositAtTheNextTick()
    {
        QVERIFY(showFirstResult());
        WatchController watch(m_session.get());
        watch.setRefreshShown([this] { m_session->fetch(request()); });
        watch.setInterval(10ms);
        QSignalSpy found(&watch, &WatchController::changesFound);
        watch.setEnabled(true);
        QCOMPARE(watch.state(), WatchController::State::Waiting);
        serveBalances(Arrived);
        QVERIFY(found.wait());  // the timer's tick, not a test's
        watch.setEnabled(false);
        QVERIFY(found.constFirst().at(0).toString().contains(QStringLiteral("20533")));
        const auto changes = found.constFirst().at(1).value<QList<TokenChange>>();
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes[0].depositCompleted);
        QCOMPARE(changes[0].totalDelta().toString(), QStringLiteral("250000000000000000"));
        QVERIFY(found.constFirst().at(2).value<TokenRegistry>().find(0).has_value());
    }

    void anUnchangedResultReportsNothing()
    {
        QVERIFY(showFirstResult());
        WatchController watch(m_session.get());
        watch.setRefreshShown([this] { m_session->fetch(request()); });
        QSignalSpy found(&watch, &WatchController::changesFound);
        QSignalSpy shown(m_session.get(), &BalancesSession::snapshotChanged);
        watch.setEnabled(true);
        watch.tick();
        QCOMPARE(watch.state(), WatchController::State::Refreshing);
        QVERIFY(shown.wait());
        QCOMPARE(watch.state(), WatchController::State::Waiting);
        QCOMPARE(found.size(), 0);
    }

    void anotherQueryMeanwhileIsNoChange()
    {
        QVERIFY(showFirstResult());
        WatchController watch(m_session.get());
        FetchRequest other = request();
        other.accountText = QStringLiteral("20534");
        serveBalances(Arrived, true);
        watch.setRefreshShown([&] { m_session->fetch(other); });  // as if the form now named another account
        QSignalSpy found(&watch, &WatchController::changesFound);
        QSignalSpy shown(m_session.get(), &BalancesSession::snapshotChanged);
        watch.setEnabled(true);
        watch.tick();
        QVERIFY(shown.wait());
        QCOMPARE(found.size(), 0);
    }

    void holdsBackWhileOfflineAndCatchesUp()
    {
        QVERIFY(showFirstResult());
        WatchController watch(m_session.get());
        int refreshes = 0;
        watch.setRefreshShown([&] { ++refreshes; });
        watch.setEnabled(true);
        watch.setOnline(false);
        QCOMPARE(watch.state(), WatchController::State::PausedOffline);
        watch.tick();
        QCOMPARE(refreshes, 0);
        watch.setOnline(true);  // the missed tick runs at once
        QCOMPARE(refreshes, 1);
        watch.setOnline(false);
        watch.setOnline(true);  // nothing was missed this time
        QCOMPARE(refreshes, 1);
    }

    void neverStacksARefreshOnARunningFetch()
    {
        QVERIFY(showFirstResult());
        WatchController watch(m_session.get());
        int refreshes = 0;
        watch.setRefreshShown([&] {
            ++refreshes;
            m_session->fetch(request());
        });
        watch.setEnabled(true);
        FakeResponse slow = FakeResponse::json(Pending);
        slow.delayMs = 200;
        m_server->route(BalancesPath, slow);
        m_session->fetch(request());  // someone pressed F5
        QVERIFY(m_session->isBusy());
        watch.tick();
        QCOMPARE(refreshes, 0);
        QTRY_COMPARE(refreshes, 1);  // once the running fetch has ended
    }

    void aNetworkFailurePausesUntilARefreshSucceeds()
    {
        QVERIFY(showFirstResult());
        WatchController watch(m_session.get());
        FetchRequest target = request();
        watch.setRefreshShown([&] { m_session->fetch(target); });
        watch.setEnabled(true);
        QSignalSpy failed(m_session.get(), &BalancesSession::failed);
        QSignalSpy shown(m_session.get(), &BalancesSession::snapshotChanged);
        target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));  // nothing listens there
        watch.tick();
        QVERIFY(failed.wait());
        QCOMPARE(watch.state(), WatchController::State::PausedOffline);
        target = request();
        watch.tick();  // still tries once a tick: how it notices the network is back
        QVERIFY(shown.wait());
        QCOMPARE(watch.state(), WatchController::State::Waiting);
    }

    void demoDataIsNotWatched()
    {
        WatchController watch(m_session.get());
        int refreshes = 0;
        watch.setRefreshShown([&] { ++refreshes; });
        QSignalSpy shown(m_session.get(), &BalancesSession::snapshotChanged);
        m_session->startDemo(m_server->baseUrl());
        QVERIFY(shown.wait());
        watch.setEnabled(true);
        watch.tick();
        QCOMPARE(refreshes, 0);
    }

    void bookmarksAreComparedWithTheirPreviousRefresh()
    {
        QVERIFY(showFirstResult());
        PortfolioRefresher refresher;
        refresher.setRequestsPerSecond(0);
        refresher.client()->setRetryDelays(1ms, 1ms);
        const Bookmark savings = Bookmark::create(QStringLiteral("Savings"), QStringLiteral("20533"), Network::Custom,
                                                  m_server->baseUrl());
        const Bookmark gone = Bookmark::create(QStringLiteral("Gone"), QStringLiteral("20533"), Network::Custom,
                                               m_server->baseUrl());
        QList<Bookmark> known{savings, gone};
        WatchController watch(m_session.get());
        int refreshAlls = 0;
        watch.setBookmarkRefresh(
            &refresher, [&] { ++refreshAlls; refresher.start({savings, gone}, QStringLiteral("watch-test-key")); },
            [&](const QString &id) -> std::optional<Bookmark> {
                for (const Bookmark &bookmark : known) {
                    if (bookmark.id == id)
                        return bookmark;
                }
                return std::nullopt;
            });
        watch.setIncludeBookmarks(true);
        watch.setEnabled(true);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        QSignalSpy found(&watch, &WatchController::changesFound);

        watch.tick();  // the first result of each bookmark is what later ones are compared with
        QCOMPARE(refreshAlls, 1);
        QVERIFY(finished.wait());
        QCOMPARE(found.size(), 0);

        QTRY_VERIFY(!m_session->isBusy());
        serveBalances(Arrived);
        known.removeLast();  // "Gone" was deleted meanwhile: nobody to tell
        watch.tick();
        QCOMPARE(refreshAlls, 2);
        QVERIFY(finished.wait());
        QTRY_VERIFY(found.size() >= 1);
        QList<QString> labels;
        for (const QList<QVariant> &signal : found)
            labels << signal.at(0).toString();
        QVERIFY(labels.contains(QStringLiteral("Savings")));
        QVERIFY(!labels.contains(QStringLiteral("Gone")));
        for (const QList<QVariant> &signal : found) {
            if (signal.at(0).toString() == QStringLiteral("Savings"))
                QVERIFY(signal.at(1).value<QList<TokenChange>>().constFirst().depositCompleted);
        }
    }

private:
    FetchRequest request() const
    {
        FetchRequest r;
        r.baseUrl = m_server->baseUrl();
        r.accountText = QStringLiteral("20533");
        r.apiKey = QStringLiteral("watch-test-key");
        return r;
    }

    void serveBalances(const QByteArray &body, bool rowsOfQueriedAccount = false)
    {
        m_server->clearRoutes();
        m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
        FakeResponse balances = FakeResponse::json(body);
        balances.rowsOfQueriedAccount = rowsOfQueriedAccount;
        m_server->route(BalancesPath, balances);
    }

    bool showFirstResult()
    {
        QSignalSpy shown(m_session.get(), &BalancesSession::snapshotChanged);
        m_session->fetch(request());
        return shown.wait();
    }

    std::unique_ptr<FakeLoopringServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<BalancesSession> m_session;
};

QTEST_GUILESS_MAIN(TestWatchController)
#include "test_watchcontroller.moc"
