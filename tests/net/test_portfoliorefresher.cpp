// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/tokencache.h"
#include "fakeloopringserver.h"
#include "fakenftservice.h"
#include "net/loopringclient.h"
#include "net/portfoliorefresher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using loopview::test::FakeLoopringServer;
using loopview::test::FakeResponse;
using loopview::test::RecordedRequest;

namespace {

const QString BalancesPath = QStringLiteral("/api/v3/user/balances");
const QString TokensPath = QStringLiteral("/api/v3/exchange/tokens");
const QString PricesPath = QStringLiteral("/api/v3/price");
const QString DefaultKey = QStringLiteral("defaultkey000000000000000000000000000000000000000000000000000000");

Bookmark bookmarkOn(const FakeLoopringServer &server, const QString &label, const QString &account)
{
    return Bookmark::create(label, account, Network::Custom, server.baseUrl());
}

void routeHealthy(FakeLoopringServer &server, int delayMs = 0)
{
    server.route(TokensPath, FakeResponse::json(test::readFixture(QStringLiteral("tokens-sample.json"))));
    server.route(BalancesPath, FakeResponse::json(test::readFixture(QStringLiteral("balances-sample.json")))
                                   .withDelay(delayMs)
                                   .forQueriedAccount());
}

// Shortens the client's waits so a failing test fails fast; the behaviour is unchanged.
void fastClients(PortfolioRefresher &refresher)
{
    refresher.setTimeout(std::chrono::seconds(10));
    refresher.client()->setRetryDelays(std::chrono::milliseconds(10), std::chrono::milliseconds(10));
}

} // namespace

class TestPortfolioRefresher : public QObject
{
    Q_OBJECT

private slots:
    void pacerArithmetic()
    {
        RequestPacer pacer(20.0);
        qint64 now = 1000;
        pacer.setClock([&now] { return now; });
        QCOMPARE(pacer.minimumSpacing(), std::chrono::milliseconds(50));

        QList<qint64> starts;
        pacer.schedule([&] { starts.append(now); });
        QCOMPARE(starts, QList<qint64>{1000}); // first start: at once
        pacer.schedule([&] { starts.append(now); });
        QCOMPARE(starts.size(), 1);           // second: waits its turn
        QCOMPARE(pacer.pendingCount(), 1);
        now = 1030;
        QCOMPARE(pacer.delayBeforeNext(), std::chrono::milliseconds(20));
        pacer.clear();
        QCOMPARE(pacer.pendingCount(), 0);

        pacer.setRequestsPerSecond(3.0);
        QCOMPARE(pacer.minimumSpacing(), std::chrono::milliseconds(334)); // rounded up, never under
        pacer.setRequestsPerSecond(0);
        QCOMPARE(pacer.delayBeforeNext(), std::chrono::milliseconds(0));
    }

    void oneFailingAccountDoesNotStopTheOthers()
    {
        FakeLoopringServer healthy;
        FakeLoopringServer refusing;
        QVERIFY(healthy.listen());
        QVERIFY(refusing.listen());
        routeHealthy(healthy);
        refusing.route(TokensPath, FakeResponse::json(test::readFixture(QStringLiteral("tokens-sample.json"))));
        refusing.route(BalancesPath, FakeResponse::resultInfo(400, 101002, "user not found"));

        const Bookmark first = bookmarkOn(healthy, QStringLiteral("First"), QStringLiteral("20533"));
        const Bookmark broken = bookmarkOn(refusing, QStringLiteral("Broken"), QStringLiteral("999"));
        const Bookmark third = bookmarkOn(healthy, QStringLiteral("Third"), QStringLiteral("20534"));

        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        QSignalSpy failed(&refresher, &PortfolioRefresher::bookmarkFailed);
        QSignalSpy progress(&refresher, &PortfolioRefresher::progressChanged);
        QSignalSpy statuses(&refresher, &PortfolioRefresher::statusChanged);

        refresher.start({first, broken, third}, DefaultKey);
        QVERIFY(refresher.isRunning());
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!refresher.isRunning());

        QCOMPARE(refresher.status(first.id), PortfolioRefresher::Status::Done);
        QCOMPARE(refresher.status(third.id), PortfolioRefresher::Status::Done);
        QCOMPARE(refresher.status(broken.id), PortfolioRefresher::Status::Failed);
        QCOMPARE(refresher.error(broken.id)->kind, ErrorKind::Service);
        QCOMPARE(refresher.error(broken.id)->httpStatus, 400);
        QCOMPARE(refresher.error(broken.id)->apiCode, 101002);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), broken.id);
        QCOMPARE(refresher.balances(first.id).size(), 5);

        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
        QCOMPARE(refresher.finishedCount(), 3);

        // Each bookmark went queued → running → done/failed, in that order.
        for (const Bookmark &b : {first, broken, third}) {
            QList<PortfolioRefresher::Status> seen;
            for (const QList<QVariant> &signal : std::as_const(statuses)) {
                if (signal.at(0).toString() == b.id)
                    seen.append(signal.at(1).value<PortfolioRefresher::Status>());
            }
            QCOMPARE(seen.size(), 3);
            QCOMPARE(seen.at(0), PortfolioRefresher::Status::Queued);
            QCOMPARE(seen.at(1), PortfolioRefresher::Status::Running);
        }

        // One token list per service, one balances call per bookmark, and one NFT count per
        // bookmark whose balances arrived.
        QCOMPARE(healthy.requestCount(), 5);
        QCOMPARE(refusing.requestCount(), 2);

        // The portfolio sums the two healthy accounts (same service) and skips the failed one.
        const Portfolio portfolio = refresher.portfolio();
        QCOMPARE(portfolio.lines().size(), 5);
        const PortfolioLine &eth = portfolio.lines().first();
        QCOMPARE(eth.symbol(), QStringLiteral("ETH"));
        QCOMPARE(eth.total.value().toString(), QStringLiteral("1746820000000000000")); // 2 × 0.87341
        QCOMPARE(eth.shares.size(), 2);
        QCOMPARE(eth.pendingDeposit.value().toString(), QStringLiteral("500000000000000000"));
    }

    void keysPerBookmarkWithDefaultFallback()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        routeHealthy(server);
        const Bookmark own = bookmarkOn(server, QStringLiteral("Own key"), QStringLiteral("1"));
        const Bookmark none = bookmarkOn(server, QStringLiteral("No key"), QStringLiteral("2"));
        const QString ownKey = QStringLiteral("ownkey00000000000000000000000000000000000000000000000000000000000");

        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        refresher.setKeyProvider([&](const Bookmark &bookmark, std::function<void(const QString &)> deliver) {
            const QString key = bookmark.id == own.id ? ownKey : QString();
            // Like the keyring: answer later, from the event loop.
            QTimer::singleShot(5, this, [deliver, key] { deliver(key); });
        });
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        refresher.start({own, none}, DefaultKey);
        QVERIFY(finished.wait(15000));
        QCOMPARE(refresher.status(own.id), PortfolioRefresher::Status::Done);
        QCOMPARE(refresher.status(none.id), PortfolioRefresher::Status::Done);

        QHash<QString, QByteArray> keyByAccount;
        for (const RecordedRequest &request : server.requests()) {
            if (request.path() == TokensPath) {
                QVERIFY(!request.hasHeader("X-API-KEY")); // the key only goes where it is needed
                continue;
            }
            keyByAccount.insert(request.query().queryItemValue(QStringLiteral("accountId")),
                                request.header("X-API-KEY"));
        }
        QCOMPARE(keyByAccount.value(QStringLiteral("1")), ownKey.toLatin1());
        QCOMPARE(keyByAccount.value(QStringLiteral("2")), DefaultKey.toLatin1());
    }

    void rateLimitAndConcurrencyAreHeld()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        routeHealthy(server, 30); // slow enough that two calls overlap
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        connect(&server, &FakeLoopringServer::requestReceived, this,
                [&](const RecordedRequest &) { arrivals.append(clock.elapsed()); });

        QList<Bookmark> bookmarks;
        for (int i = 1; i <= 6; ++i)
            bookmarks.append(bookmarkOn(server, QStringLiteral("B%1").arg(i), QString::number(100 + i)));

        PortfolioRefresher refresher;
        fastClients(refresher);
        constexpr double Limit = 20.0; // 50 ms apart
        refresher.setRequestsPerSecond(Limit);
        refresher.setMaxInFlight(2);
        int running = 0;
        int mostRunning = 0;
        connect(&refresher, &PortfolioRefresher::statusChanged, this,
                [&](const QString &, PortfolioRefresher::Status status) {
                    if (status == PortfolioRefresher::Status::Running)
                        mostRunning = std::max(mostRunning, ++running);
                    else if (status != PortfolioRefresher::Status::Queued)
                        --running;
                });
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        refresher.start(bookmarks, DefaultKey);
        QVERIFY(finished.wait(20000));
        QCOMPARE(refresher.finishedCount(), 6);
        QCOMPARE(refresher.portfolio().lines().first().shares.size(), 6);

        QCOMPARE(arrivals.size(), 13); // token list + 6 balances + 6 NFT counts
        // Behavioural limit, not a performance claim: starts are spaced by the configured
        // minimum; the tolerance absorbs loopback scheduling jitter between send and arrival.
        constexpr qint64 ToleranceMs = 15;
        for (qsizetype i = 1; i < arrivals.size(); ++i) {
            const qint64 gap = arrivals.at(i) - arrivals.at(i - 1);
            QVERIFY2(gap >= 50 - ToleranceMs,
                     qPrintable(QStringLiteral("requests %1 and %2 arrived %3 ms apart")
                                    .arg(i - 1).arg(i).arg(gap)));
        }
        QVERIFY(mostRunning >= 1);
        QVERIFY2(mostRunning <= 2, qPrintable(QString::number(mostRunning)));
    }

    // After its balances, each account's NFTs are counted: one request of one NFT, with the key
    // its balances went with, and the list's size from the service's totalNum.
    void countsEachAccountsNfts()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        routeHealthy(server);
        test::FakeNftService::generated(7).install(server);
        const Bookmark first = bookmarkOn(server, QStringLiteral("First"), QStringLiteral("1"));
        const Bookmark second = bookmarkOn(server, QStringLiteral("Second"), QStringLiteral("2"));
        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        QSignalSpy counted(&refresher, &PortfolioRefresher::nftCountChanged);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        refresher.start({first, second}, DefaultKey);
        QVERIFY(finished.wait(15000));
        QCOMPARE(counted.size(), 2);
        QCOMPARE(refresher.nftCount(first.id), std::optional<qint64>(7));
        QCOMPARE(refresher.nftCount(second.id), std::optional<qint64>(7));
        QVERIFY(!refresher.nftError(first.id));

        QStringList countedAccounts;
        for (const RecordedRequest &request : server.requests()) {
            if (request.path() != test::FakeNftService::path())
                continue;
            QCOMPARE(request.query().queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
            QCOMPARE(request.header("X-API-KEY"), DefaultKey.toLatin1());
            countedAccounts.append(request.query().queryItemValue(QStringLiteral("accountId")));
        }
        countedAccounts.sort();
        QCOMPARE(countedAccounts, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    }

    // A count that fails is the count's problem: the balances stand.
    void aFailedNftCountKeepsTheBalances()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        routeHealthy(server);
        server.route(test::FakeNftService::path(), FakeResponse::resultInfo(400, 104002, "invalid apiKey"));
        const Bookmark only = bookmarkOn(server, QStringLiteral("Only"), QStringLiteral("1"));
        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        refresher.start({only}, DefaultKey);
        QVERIFY(finished.wait(15000));
        QCOMPARE(refresher.status(only.id), PortfolioRefresher::Status::Done);
        QCOMPARE(refresher.balances(only.id).size(), 5);
        QVERIFY(!refresher.nftCount(only.id));
        QCOMPARE(refresher.nftError(only.id)->apiCode, 104002);
        QCOMPARE(refresher.portfolio().lines().size(), 5);
    }

    void invalidBookmarkFailsWithoutARequest()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        routeHealthy(server);
        Bookmark bad = bookmarkOn(server, QStringLiteral("Bad"), QStringLiteral("0x1234"));
        const Bookmark good = bookmarkOn(server, QStringLiteral("Good"), QStringLiteral("1"));
        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        refresher.start({bad, good}, DefaultKey);
        QVERIFY(finished.wait(15000));
        QCOMPARE(refresher.status(bad.id), PortfolioRefresher::Status::Failed);
        QCOMPARE(refresher.error(bad.id)->kind, ErrorKind::Input);
        QCOMPARE(refresher.status(good.id), PortfolioRefresher::Status::Done);
        QCOMPARE(server.requestCount(), 3);  // token list, the good one's balances and NFT count
    }

    // Another account's rows must never be summed into this one's portfolio.
    void tokenListFallsBackToTheCacheLikeTheWindow()
    {
        QTemporaryDir cacheDir;
        QVERIFY(cacheDir.isValid());
        TokenCache cache(cacheDir.path());
        FakeLoopringServer server;
        QVERIFY(server.listen());
        routeHealthy(server);
        const Bookmark bookmark = bookmarkOn(server, QStringLiteral("A"), QStringLiteral("20533"));

        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        refresher.setTokenCache(&cache);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        QSignalSpy tokensFailed(&refresher, &PortfolioRefresher::tokensFailed);
        refresher.start({bookmark}, DefaultKey);
        QVERIFY(finished.wait(15000));
        QVERIFY(cache.load(server.baseUrl()).has_value());  // a fresh list is kept for next time

        // The token endpoint breaks: the cached list still names the tokens, without a warning
        // that amounts are shown in base units.
        server.clearRoutes();
        server.route(TokensPath, FakeResponse::html(503, "down"));
        server.route(BalancesPath, FakeResponse::json(test::readFixture(QStringLiteral("balances-sample.json")))
                                       .forQueriedAccount());
        finished.clear();
        refresher.start({bookmark}, DefaultKey);
        QVERIFY(finished.wait(15000));
        QCOMPARE(refresher.status(bookmark.id), PortfolioRefresher::Status::Done);
        QCOMPARE(tokensFailed.count(), 0);
        QVERIFY(!refresher.tokens(server.baseUrl()).isEmpty());
        const Portfolio portfolio = refresher.portfolio();
        QVERIFY(!portfolio.lines().isEmpty());
        for (const PortfolioLine &line : portfolio.lines())
            QVERIFY2(line.token.has_value(), qPrintable(QString::number(line.tokenId)));

        // Without a cache the same failure leaves the ids alone, and says so.
        PortfolioRefresher uncached;
        fastClients(uncached);
        uncached.setRequestsPerSecond(0);
        QSignalSpy uncachedFinished(&uncached, &PortfolioRefresher::finished);
        QSignalSpy uncachedFailed(&uncached, &PortfolioRefresher::tokensFailed);
        uncached.start({bookmark}, DefaultKey);
        QVERIFY(uncachedFinished.wait(15000));
        QCOMPARE(uncachedFailed.count(), 1);
        QVERIFY(uncached.tokens(server.baseUrl()).isEmpty());
    }

    void pricesOncePerServiceWithoutTheKey()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        routeHealthy(server);
        server.route(PricesPath, FakeResponse::prices("USD"));
        const Bookmark a = bookmarkOn(server, QStringLiteral("A"), QStringLiteral("20533"));
        const Bookmark b = bookmarkOn(server, QStringLiteral("B"), QStringLiteral("20534"));

        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        refresher.start({a, b}, DefaultKey, QStringLiteral("USD"));
        QVERIFY(finished.wait(15000));
        QList<RecordedRequest> priceRequests;
        for (const RecordedRequest &request : server.requests()) {
            if (request.path() == PricesPath)
                priceRequests.append(request);
        }
        QCOMPARE(priceRequests.size(), 1);
        QCOMPARE(priceRequests.at(0).query().queryItemValue(QStringLiteral("legal")), QStringLiteral("USD"));
        QVERIFY(!priceRequests.at(0).hasHeader("X-API-KEY"));
        QCOMPARE(refresher.prices().size(), 1);
        QCOMPARE(refresher.prices().value(serviceKey(server.baseUrl())).find(u"ETH")->value.toString(),
                 QStringLiteral("3000.12"));

        // No currency, no price request.
        server.clearRequests();
        refresher.start({a}, DefaultKey);
        QVERIFY(finished.wait(15000));
        for (const RecordedRequest &request : server.requests())
            QVERIFY(request.path() != PricesPath);
        QVERIFY(refresher.prices().isEmpty());
    }

    void failedPricesLeaveTheBalances()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        routeHealthy(server);
        server.route(PricesPath, FakeResponse::prices("USD"));  // EUR is refused with HTTP 400
        const Bookmark a = bookmarkOn(server, QStringLiteral("A"), QStringLiteral("20533"));
        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        QSignalSpy pricesFailed(&refresher, &PortfolioRefresher::pricesFailed);
        refresher.start({a}, DefaultKey, QStringLiteral("EUR"));
        QVERIFY(finished.wait(15000));
        QCOMPARE(pricesFailed.count(), 1);
        QCOMPARE(pricesFailed.at(0).at(0).toUrl(), server.baseUrl());
        QCOMPARE(refresher.status(a.id), PortfolioRefresher::Status::Done);
        QVERIFY(!refresher.portfolio().isEmpty());
        QVERIFY(refresher.prices().isEmpty());
    }

    void rowsOfAnotherAccountFailTheBookmark()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        server.route(TokensPath, FakeResponse::json(test::readFixture(QStringLiteral("tokens-sample.json"))));
        server.route(BalancesPath, FakeResponse::json(test::readFixture(QStringLiteral("balances-sample.json"))));
        const Bookmark asked = bookmarkOn(server, QStringLiteral("Asked"), QStringLiteral("1"));  // rows say 20533
        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        refresher.start({asked}, DefaultKey);
        QVERIFY(finished.wait(15000));
        QCOMPARE(refresher.status(asked.id), PortfolioRefresher::Status::Failed);
        QCOMPARE(refresher.error(asked.id)->kind, ErrorKind::Malformed);
        QCOMPARE(refresher.error(asked.id)->field, QStringLiteral("[0].accountId"));
        QVERIFY(refresher.portfolio().lines().isEmpty());
    }

    void symbolFilterAppliedAfterFetch()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        routeHealthy(server);
        Bookmark bookmark = bookmarkOn(server, QStringLiteral("LRC only"), QStringLiteral("1"));
        bookmark.tokens = QStringLiteral("lrc");
        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        refresher.start({bookmark}, DefaultKey);
        QVERIFY(finished.wait(15000));
        for (const RecordedRequest &request : server.requests())
            QVERIFY(!request.query().hasQueryItem(QStringLiteral("tokens")));
        const Portfolio portfolio = refresher.portfolio();
        QCOMPARE(portfolio.lines().size(), 1);
        QCOMPARE(portfolio.lines().first().symbol(), QStringLiteral("LRC"));
    }

    void missingKeyIsAnInputErrorPerBookmark()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        routeHealthy(server);
        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        const Bookmark b = bookmarkOn(server, QStringLiteral("A"), QStringLiteral("1"));
        refresher.start({b});
        QVERIFY(finished.wait(15000));
        QCOMPARE(refresher.status(b.id), PortfolioRefresher::Status::Failed);
        QCOMPARE(refresher.error(b.id)->kind, ErrorKind::Input);
    }

    void cancelStopsEverything()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        server.route(TokensPath, FakeResponse::silent());
        server.route(BalancesPath, FakeResponse::silent());
        QList<Bookmark> bookmarks;
        for (int i = 1; i <= 4; ++i)
            bookmarks.append(bookmarkOn(server, QStringLiteral("B%1").arg(i), QString::number(i)));

        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        QSignalSpy statuses(&refresher, &PortfolioRefresher::statusChanged);
        refresher.start(bookmarks, DefaultKey);
        QTRY_VERIFY(refresher.status(bookmarks.first().id) == PortfolioRefresher::Status::Running);
        QTRY_COMPARE(server.requestCount(), 2); // tokens + first balances: two in flight

        refresher.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!refresher.isRunning());
        for (const Bookmark &b : bookmarks) {
            QCOMPARE(refresher.status(b.id), PortfolioRefresher::Status::Cancelled);
            QCOMPARE(refresher.error(b.id)->kind, ErrorKind::Cancelled);
        }
        QCOMPARE(refresher.finishedCount(), 4);
        const qsizetype statusCount = statuses.size();
        QTest::qWait(100);
        QCOMPARE(statuses.size(), statusCount); // nothing arrives after a cancel
        QCOMPARE(finished.size(), 1);
        QCOMPARE(server.requestCount(), 2);     // queued bookmarks were never sent
        QVERIFY(refresher.portfolio().isEmpty());
    }

    void restartAfterFinish()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        routeHealthy(server);
        PortfolioRefresher refresher;
        fastClients(refresher);
        refresher.setRequestsPerSecond(0);
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        const Bookmark b = bookmarkOn(server, QStringLiteral("A"), QStringLiteral("1"));
        refresher.start({b}, DefaultKey);
        QVERIFY(finished.wait(15000));
        refresher.start({b}, DefaultKey);
        QCOMPARE(refresher.status(b.id), PortfolioRefresher::Status::Running);
        QVERIFY(finished.wait(15000));
        QCOMPARE(refresher.status(b.id), PortfolioRefresher::Status::Done);
        QCOMPARE(finished.size(), 2);
    }

    void emptyRefreshFinishesAtOnce()
    {
        PortfolioRefresher refresher;
        QSignalSpy finished(&refresher, &PortfolioRefresher::finished);
        refresher.start({});
        QCOMPARE(finished.size(), 1);
        QVERIFY(!refresher.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPortfolioRefresher)
#include "test_portfoliorefresher.moc"
