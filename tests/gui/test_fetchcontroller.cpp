// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/fetchcontroller.h"

#include "core/tokencache.h"
#include "net/loopringclient.h"

#include "fakeloopringserver.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::test;
using namespace std::chrono_literals;

namespace {
const QString TokensPath = QStringLiteral("/api/v3/exchange/tokens");
const QString BalancesPath = QStringLiteral("/api/v3/user/balances");
const QString PricesPath = QStringLiteral("/api/v3/price");
const QString Key = QStringLiteral("fetch-controller-test-key");
} // namespace

class TestFetchController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fetchesTokensThenBalances();
    void reusesTheSessionTokenList();
    void fallsBackToCachedTokens();
    void showsBalancesWithoutAnyTokenList();
    void resolvesSymbolFilter();
    void refusesUnknownSymbolBeforeAskingForBalances();
    void refusesInvalidAccountWithoutRequests();
    void reportsMalformedBalances();
    void refusesRowsOfAnotherAccount();
    void reportsServiceErrors();
    void cancelsNeverAnsweringRequest();
    void newFetchAbandonsTheRunningOne();
    void demoUsesNoNetworkAndNoCache();
    void reportsTheAcceptedKeyOnlyWhenTheServiceAnswered();
    void pricesFollowTheBalancesWithoutTheKey();
    void balancesStayWhenPricesFail();
    void cancellingWhilePricesLoadCancels();
    void demoHasPricesToo();

private:
    std::unique_ptr<FetchController> makeController();
    FetchRequest request(const QString &tokens = {}) const;
    QList<RecordedRequest> requestsTo(const QString &path) const;

    std::unique_ptr<FakeLoopringServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
};

void TestFetchController::initTestCase()
{
    qRegisterMetaType<loopview::BalanceSnapshot>();
    qRegisterMetaType<loopview::Error>();
}

void TestFetchController::init()
{
    m_server = std::make_unique<FakeLoopringServer>();
    QVERIFY(m_server->listen());
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    m_cacheDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cacheDir->isValid());
}

void TestFetchController::cleanup()
{
    m_server.reset();
    m_cacheDir.reset();
}

std::unique_ptr<FetchController> TestFetchController::makeController()
{
    auto controller = std::make_unique<FetchController>();
    controller->setTokenCacheDirectory(m_cacheDir->path());
    controller->client()->setRetryDelays(1ms, 1ms);
    return controller;
}

FetchRequest TestFetchController::request(const QString &tokens) const
{
    FetchRequest r;
    r.baseUrl = m_server->baseUrl();
    r.accountText = QStringLiteral("20533");
    r.tokenFilterText = tokens;
    r.apiKey = Key;
    return r;
}

QList<RecordedRequest> TestFetchController::requestsTo(const QString &path) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest &r : m_server->requests()) {
        if (r.path() == path)
            matching.append(r);
    }
    return matching;
}

void TestFetchController::fetchesTokensThenBalances()
{
    auto controller = makeController();
    QSignalSpy phases(controller.get(), &FetchController::phaseChanged);
    QSignalSpy busy(controller.get(), &FetchController::busyChanged);
    QSignalSpy tokens(controller.get(), &FetchController::tokensChanged);
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    QSignalSpy failed(controller.get(), &FetchController::failed);

    controller->fetch(request());
    QVERIFY(controller->isBusy());
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!controller->isBusy());

    const auto snapshot = succeeded.at(0).at(0).value<BalanceSnapshot>();
    QCOMPARE(snapshot.balances.size(), 5);
    QCOMPARE(snapshot.tokens.size(), 5);
    QCOMPARE(snapshot.tokenSource, TokenSource::Fresh);
    QVERIFY(!snapshot.tokenError);
    QCOMPARE(snapshot.accountText, QStringLiteral("20533"));
    QVERIFY(!snapshot.demo);
    QVERIFY(snapshot.fetchedAt.isValid());
    QCOMPARE(tokens.count(), 1);

    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(0).path(), TokensPath);
    QVERIFY(!m_server->requests().at(0).hasHeader("X-API-KEY"));  // the token list needs no key
    const RecordedRequest balances = m_server->requests().at(1);
    QCOMPARE(balances.path(), BalancesPath);
    QCOMPARE(balances.header("X-API-KEY"), Key.toLatin1());
    QCOMPARE(balances.query().queryItemValue(QStringLiteral("accountId")), QStringLiteral("20533"));

    QCOMPARE(phases.count(), 3);
    QCOMPARE(phases.at(0).at(0).value<FetchController::Phase>(), FetchController::Phase::LoadingTokens);
    QCOMPARE(phases.at(1).at(0).value<FetchController::Phase>(), FetchController::Phase::LoadingBalances);
    QCOMPARE(phases.at(2).at(0).value<FetchController::Phase>(), FetchController::Phase::Idle);
    QCOMPARE(busy.count(), 2);

    // The fresh list went to the on-disk cache for offline use.
    QVERIFY(TokenCache(m_cacheDir->path()).load(m_server->baseUrl()).has_value());
    QCOMPARE(controller->knownTokens(m_server->baseUrl()).size(), 5);
}

void TestFetchController::reusesTheSessionTokenList()
{
    auto controller = makeController();
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    controller->fetch(request());
    QTRY_COMPARE(succeeded.count(), 1);
    controller->fetch(request());
    QTRY_COMPARE(succeeded.count(), 2);
    QCOMPARE(requestsTo(TokensPath).size(), 1);
    QCOMPARE(requestsTo(BalancesPath).size(), 2);
    QCOMPARE(succeeded.at(1).at(0).value<BalanceSnapshot>().tokenSource, TokenSource::Session);
}

void TestFetchController::fallsBackToCachedTokens()
{
    {
        auto first = makeController();
        QSignalSpy succeeded(first.get(), &FetchController::succeeded);
        first->fetch(request());
        QTRY_COMPARE(succeeded.count(), 1);
    }
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::html(502, "<html>Bad Gateway</html>"));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));

    auto controller = makeController();
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    controller->fetch(request());
    QTRY_COMPARE(succeeded.count(), 1);
    const auto snapshot = succeeded.at(0).at(0).value<BalanceSnapshot>();
    QCOMPARE(snapshot.tokenSource, TokenSource::Cache);
    QVERIFY(snapshot.tokenError.has_value());
    QCOMPARE(snapshot.tokenError->httpStatus, 502);
    QCOMPARE(snapshot.tokens.size(), 5);
    QVERIFY(snapshot.tokensFetchedAt.isValid());
    QCOMPARE(snapshot.balances.size(), 5);
}

void TestFetchController::showsBalancesWithoutAnyTokenList()
{
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json("[{\"tokenId\": \"not a number\"}]"));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    auto controller = makeController();
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    controller->fetch(request());
    QTRY_COMPARE(succeeded.count(), 1);
    const auto snapshot = succeeded.at(0).at(0).value<BalanceSnapshot>();
    QCOMPARE(snapshot.tokenSource, TokenSource::None);
    QCOMPARE(snapshot.tokenError->kind, ErrorKind::Malformed);
    QVERIFY(snapshot.tokens.isEmpty());
    QCOMPARE(snapshot.balances.size(), 5);
    // A broken list is never cached.
    QVERIFY(!TokenCache(m_cacheDir->path()).load(m_server->baseUrl()).has_value());
}

void TestFetchController::resolvesSymbolFilter()
{
    auto controller = makeController();
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    controller->fetch(request(QStringLiteral("eth, USDT, 4")));
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(requestsTo(BalancesPath).constFirst().query().queryItemValue(QStringLiteral("tokens")),
             QStringLiteral("0,3,4"));
}

void TestFetchController::refusesUnknownSymbolBeforeAskingForBalances()
{
    auto controller = makeController();
    QSignalSpy failed(controller.get(), &FetchController::failed);
    controller->fetch(request(QStringLiteral("DOGE")));
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.kind, ErrorKind::Input);
    QVERIFY(error.message.contains(QLatin1String("DOGE")));
    QVERIFY(requestsTo(BalancesPath).isEmpty());
    QVERIFY(!controller->isBusy());
}

void TestFetchController::refusesInvalidAccountWithoutRequests()
{
    auto controller = makeController();
    QSignalSpy failed(controller.get(), &FetchController::failed);
    FetchRequest bad = request();
    bad.accountText = QStringLiteral("0x8656920c85342d646e5286Cb841F90209272ABeb");  // checksum broken
    controller->fetch(bad);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).value<Error>().message.contains(QLatin1String("checksum")));
    QCOMPARE(m_server->requestCount(), 0);

    FetchRequest remoteHttp = request();
    remoteHttp.baseUrl = QUrl(QStringLiteral("http://api3.loopring.io"));
    controller->fetch(remoteHttp);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(1).at(0).value<Error>().kind, ErrorKind::Input);
}

void TestFetchController::reportsMalformedBalances()
{
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::json(
            "[{\"accountId\":1,\"tokenId\":0,\"total\":\"1.5\",\"locked\":\"0\","
            "\"pending\":{\"withdraw\":\"0\",\"deposit\":\"0\"}}]"));
    auto controller = makeController();
    QSignalSpy failed(controller.get(), &FetchController::failed);
    controller->fetch(request());
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.kind, ErrorKind::Malformed);
    QVERIFY(error.field.contains(QLatin1String("total")));
}

void TestFetchController::refusesRowsOfAnotherAccount()
{
    // The request asks for 20533; a service (or a cache in the way) answering with account 1's
    // rows must not have them shown as 20533's.
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::json(
            "[{\"accountId\":1,\"tokenId\":0,\"total\":\"15\",\"locked\":\"0\","
            "\"pending\":{\"withdraw\":\"0\",\"deposit\":\"0\"}}]"));
    auto controller = makeController();
    QSignalSpy failed(controller.get(), &FetchController::failed);
    QSignalSpy loaded(controller.get(), &FetchController::succeeded);
    controller->fetch(request());
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.kind, ErrorKind::Malformed);
    QCOMPARE(error.field, QStringLiteral("[0].accountId"));
    QCOMPARE(loaded.count(), 0);
}

void TestFetchController::reportsServiceErrors()
{
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::fromErrorFixture(QStringLiteral("invalid_apikey")));
    auto controller = makeController();
    QSignalSpy failed(controller.get(), &FetchController::failed);
    controller->fetch(request());
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.kind, ErrorKind::Service);
    QCOMPARE(error.apiCode, 104002);
    QVERIFY(error.isApiKeyProblem());
    QVERIFY(!error.message.contains(Key));
}

void TestFetchController::cancelsNeverAnsweringRequest()
{
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::silent());
    auto controller = makeController();
    QSignalSpy cancelled(controller.get(), &FetchController::cancelled);
    QSignalSpy failed(controller.get(), &FetchController::failed);
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    controller->fetch(request());
    QTRY_COMPARE(controller->phase(), FetchController::Phase::LoadingBalances);
    QTRY_COMPARE(requestsTo(BalancesPath).size(), 1);
    controller->cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!controller->isBusy());
    // Nothing else arrives later from the abandoned call.
    QTest::qWait(50);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(cancelled.count(), 1);
    controller->cancel();  // idle: nothing to cancel
    QCOMPARE(cancelled.count(), 1);
}

void TestFetchController::newFetchAbandonsTheRunningOne()
{
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::silent());
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    auto controller = makeController();
    QSignalSpy cancelled(controller.get(), &FetchController::cancelled);
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    controller->fetch(request());
    QTRY_COMPARE(requestsTo(BalancesPath).size(), 1);
    controller->fetch(request());
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(cancelled.count(), 0);
}

void TestFetchController::demoUsesNoNetworkAndNoCache()
{
    auto controller = makeController();
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    FetchRequest demo;
    demo.baseUrl = m_server->baseUrl();
    demo.accountText = QStringLiteral("83250");
    demo.demo = true;
    controller->fetch(demo);
    QTRY_COMPARE(succeeded.count(), 1);
    const auto snapshot = succeeded.at(0).at(0).value<BalanceSnapshot>();
    QVERIFY(snapshot.demo);
    QVERIFY(!snapshot.balances.isEmpty());
    QVERIFY(!snapshot.tokens.isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(QDir(m_cacheDir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    // Demo tokens never pose as the real service's list.
    QVERIFY(controller->knownTokens(m_server->baseUrl()).isEmpty());
}

void TestFetchController::reportsTheAcceptedKeyOnlyWhenTheServiceAnswered()
{
    auto controller = makeController();
    QSignalSpy accepted(controller.get(), &FetchController::keyAccepted);
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    controller->fetch(request());
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(accepted.at(0).at(0).toUrl(), m_server->baseUrl());
    QCOMPARE(accepted.at(0).at(1).toString(), QStringLiteral("20533"));
    QCOMPARE(accepted.at(0).at(2).toString(), Key);

    // A key the service refused is never reported as accepted.
    m_server->clearRoutes();
    m_server->route(BalancesPath, FakeResponse::fromErrorFixture(QStringLiteral("invalid_apikey")));
    QSignalSpy failed(controller.get(), &FetchController::failed);
    controller->fetch(request());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(accepted.count(), 1);

    // Nor is the demo's (which has none).
    FetchRequest demo;
    demo.baseUrl = m_server->baseUrl();
    demo.accountText = QStringLiteral("83250");
    demo.demo = true;
    controller->fetch(demo);
    QTRY_COMPARE(succeeded.count(), 2);
    QCOMPARE(accepted.count(), 1);
}

void TestFetchController::pricesFollowTheBalancesWithoutTheKey()
{
    m_server->route(PricesPath, FakeResponse::prices("CNY"));
    auto controller = makeController();
    QSignalSpy phases(controller.get(), &FetchController::phaseChanged);
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    FetchRequest priced = request();
    priced.currency = QStringLiteral("CNY");
    controller->fetch(priced);
    QTRY_COMPARE(succeeded.count(), 1);
    const auto snapshot = succeeded.at(0).at(0).value<BalanceSnapshot>();
    QVERIFY(snapshot.prices);
    QCOMPARE(snapshot.prices->currency(), QStringLiteral("CNY"));
    QCOMPARE(snapshot.prices->find(u"ETH")->value.toString(), QStringLiteral("3000.12"));
    QVERIFY(!snapshot.priceError);
    QCOMPARE(snapshot.currency, QStringLiteral("CNY"));

    const QList<RecordedRequest> prices = requestsTo(PricesPath);
    QCOMPARE(prices.size(), 1);
    QCOMPARE(prices.at(0).query().queryItemValue(QStringLiteral("legal")), QStringLiteral("CNY"));
    QVERIFY(!prices.at(0).hasHeader("X-API-KEY"));  // prices need no key, so none is sent
    QCOMPARE(m_server->requests().last().path(), PricesPath);  // after the balances
    QCOMPARE(phases.at(phases.size() - 2).at(0).value<FetchController::Phase>(), FetchController::Phase::LoadingPrices);

    // No currency: no price request at all.
    m_server->clearRequests();
    controller->fetch(request());
    QTRY_COMPARE(succeeded.count(), 2);
    QVERIFY(!succeeded.at(1).at(0).value<BalanceSnapshot>().prices);
    QVERIFY(requestsTo(PricesPath).isEmpty());
}

void TestFetchController::balancesStayWhenPricesFail()
{
    // The fake service prices USD only: a EUR request is refused as the real one refuses it.
    m_server->route(PricesPath, FakeResponse::prices("USD"));
    auto controller = makeController();
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    QSignalSpy failed(controller.get(), &FetchController::failed);
    FetchRequest priced = request();
    priced.currency = QStringLiteral("EUR");
    controller->fetch(priced);
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 0);
    const auto snapshot = succeeded.at(0).at(0).value<BalanceSnapshot>();
    QCOMPARE(snapshot.balances.size(), 5);
    QVERIFY(!snapshot.prices);
    QVERIFY(snapshot.priceError);
    QCOMPARE(snapshot.priceError->httpStatus, 400);
    QCOMPARE(snapshot.currency, QStringLiteral("EUR"));
}

void TestFetchController::cancellingWhilePricesLoadCancels()
{
    m_server->route(PricesPath, FakeResponse::silent());
    auto controller = makeController();
    QSignalSpy cancelled(controller.get(), &FetchController::cancelled);
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    FetchRequest priced = request();
    priced.currency = QStringLiteral("USD");
    controller->fetch(priced);
    QTRY_COMPARE(controller->phase(), FetchController::Phase::LoadingPrices);
    controller->cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!controller->isBusy());
    QCOMPARE(succeeded.count(), 0);
}

void TestFetchController::demoHasPricesToo()
{
    auto controller = makeController();
    QSignalSpy succeeded(controller.get(), &FetchController::succeeded);
    FetchRequest demo;
    demo.baseUrl = m_server->baseUrl();
    demo.accountText = QStringLiteral("83250");
    demo.demo = true;
    demo.currency = QStringLiteral("USD");
    controller->fetch(demo);
    QTRY_COMPARE(succeeded.count(), 1);
    const auto snapshot = succeeded.at(0).at(0).value<BalanceSnapshot>();
    QVERIFY(snapshot.prices);
    QVERIFY(!snapshot.prices->isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestFetchController)
#include "test_fetchcontroller.moc"
