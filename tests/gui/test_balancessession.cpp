// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/balancessession.h"

#include "core/service.h"
#include "net/loopringclient.h"

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
const QString Key = QStringLiteral("balances-session-test-key");
} // namespace

// BalancesSession without any widget: what is shown, whether it is stale or demo data, and what
// the status line and messages say, driven through real fetches against the fake server.
class TestBalancesSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsEmptyAndReady();
    void showsAFetchedSnapshot();
    void failedRefreshKeepsTheDataStale();
    void failureWithoutDataLeavesNothingShown();
    void demoIsLeftOnlyWhenShown();
    void busyTextFollowsThePhases();
    void rateLimitCountsDownByStatus();
    void tokenListNoticeSaysWhyAmountsAreRaw();
    void namesWhoseDataIsShown();
    void anotherAccountsFailureIsNotStale();
    void cancelledFetchOfAnotherAccountIsStillSaid();
    void failureWithoutDataIsNotReady();
    void retryIsOfferedOnlyWhereItMayHelp();
    void recordedSnapshotIsShownUntilAFetchRenewsIt();
    void recordedSnapshotNeverStandsInForAnotherQuestion();

private:
    std::unique_ptr<BalancesSession> makeSession();
    FetchRequest request() const;

    std::unique_ptr<FakeLoopringServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
};

void TestBalancesSession::initTestCase()
{
    qRegisterMetaType<loopview::BalanceSnapshot>();
    qRegisterMetaType<loopview::Error>();
}

void TestBalancesSession::init()
{
    m_server = std::make_unique<FakeLoopringServer>();
    QVERIFY(m_server->listen());
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    m_cacheDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cacheDir->isValid());
}

void TestBalancesSession::cleanup()
{
    m_server.reset();
    m_cacheDir.reset();
}

std::unique_ptr<BalancesSession> TestBalancesSession::makeSession()
{
    auto session = std::make_unique<BalancesSession>();
    session->fetchController()->setTokenCacheDirectory(m_cacheDir->path());
    session->fetchController()->client()->setRetryDelays(1ms, 1ms);
    return session;
}

FetchRequest TestBalancesSession::request() const
{
    FetchRequest r;
    r.baseUrl = m_server->baseUrl();
    r.accountText = QStringLiteral("20533");
    r.apiKey = Key;
    return r;
}

void TestBalancesSession::startsEmptyAndReady()
{
    auto session = makeSession();
    QVERIFY(!session->hasSnapshot());
    QVERIFY(!session->isStale());
    QVERIFY(!session->isDemo());
    QVERIFY(!session->isBusy());
    QCOMPARE(session->statusText(0, 0), QStringLiteral("Ready"));
    QVERIFY(session->statusToolTip().isEmpty());
    QVERIFY(!session->tokenListNotice().has_value());
    QVERIFY(!session->leaveDemo());  // nothing to leave
}

void TestBalancesSession::showsAFetchedSnapshot()
{
    auto session = makeSession();
    QSignalSpy shown(session.get(), &BalancesSession::snapshotChanged);
    QSignalSpy busy(session.get(), &BalancesSession::busyChanged);
    QSignalSpy status(session.get(), &BalancesSession::statusChanged);
    session->fetch(request());
    QVERIFY(session->isBusy());
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!session->isBusy());
    QCOMPARE(busy.count(), 2);
    QVERIFY(status.count() >= 1);

    QVERIFY(session->hasSnapshot());
    QCOMPARE(session->snapshot()->accountText, QStringLiteral("20533"));
    QCOMPARE(session->snapshot()->balances.size(), 5);
    QVERIFY(!session->isStale());
    QVERIFY(!session->isDemo());
    const QString text = session->statusText(3, 5);
    QVERIFY2(text.contains(QLatin1String("Tokens shown: 3 of 5")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("just now")), qPrintable(text));
    QVERIFY2(session->shownText().contains(QLatin1String("127.0.0.1")), qPrintable(session->shownText()));
    QVERIFY(session->statusToolTip().contains(m_server->baseUrl().toDisplayString()));
}

void TestBalancesSession::failedRefreshKeepsTheDataStale()
{
    auto session = makeSession();
    QSignalSpy shown(session.get(), &BalancesSession::snapshotChanged);
    QSignalSpy failed(session.get(), &BalancesSession::failed);
    session->fetch(request());
    QTRY_COMPARE(shown.count(), 1);

    m_server->clearRoutes();
    m_server->route(BalancesPath, FakeResponse::fromErrorFixture(QStringLiteral("invalid_apikey")));
    session->fetch(request());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().apiCode, 104002);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());  // the sentence for people
    QVERIFY(session->hasSnapshot());                     // the last good data stays …
    QVERIFY(session->isStale());                         // … marked as such
    QVERIFY(session->statusText(5, 5).contains(QLatin1String("the last refresh failed")));

    // The next success is fresh again.
    m_server->clearRoutes();
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    session->fetch(request());
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY(!session->isStale());
}

void TestBalancesSession::failureWithoutDataLeavesNothingShown()
{
    auto session = makeSession();
    QSignalSpy failed(session.get(), &BalancesSession::failed);
    FetchRequest bad = request();
    bad.accountText = QStringLiteral("12x");
    session->fetch(bad);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().kind, ErrorKind::Input);
    QVERIFY(!session->hasSnapshot());
    QVERIFY(!session->isStale());  // nothing shown, so nothing stale
    QCOMPARE(m_server->requestCount(), 0);
}

void TestBalancesSession::demoIsLeftOnlyWhenShown()
{
    auto session = makeSession();
    QSignalSpy shown(session.get(), &BalancesSession::snapshotChanged);
    QSignalSpy cleared(session.get(), &BalancesSession::snapshotCleared);
    session->startDemo(m_server->baseUrl());
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(session->isDemo());
    QVERIFY(session->shownText().endsWith(QLatin1String("(sample data)")));
    QVERIFY(session->statusToolTip().contains(QLatin1String("the bundled demo data")));
    QCOMPARE(m_server->requestCount(), 0);

    QVERIFY(session->leaveDemo());
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!session->hasSnapshot());
    QCOMPARE(session->statusText(0, 0), QStringLiteral("Ready"));

    // Real data is never "left" as if it were the demo.
    session->fetch(request());
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY(!session->leaveDemo());
    QVERIFY(session->hasSnapshot());
    QCOMPARE(cleared.count(), 1);
}

void TestBalancesSession::busyTextFollowsThePhases()
{
    auto session = makeSession();
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::silent());
    session->fetch(request());
    QTRY_COMPARE(session->busyText(), QStringLiteral("Loading the token list…"));
    QVERIFY(session->statusText(0, 0).startsWith(QStringLiteral("Loading the token list…")));
    QSignalSpy cancelled(session.get(), &BalancesSession::cancelled);
    session->cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(session->busyText().isEmpty());
    QCOMPARE(session->statusText(0, 0), QStringLiteral("Ready"));
}

void TestBalancesSession::rateLimitCountsDownByStatus()
{
    auto session = makeSession();
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::resultInfo(429, 0, "slow down"));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    QSignalSpy retrying(session.get(), &BalancesSession::retrying);
    QSignalSpy shown(session.get(), &BalancesSession::snapshotChanged);
    session->fetch(request());
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(retrying.count(), 1);
    QVERIFY2(retrying.at(0).at(0).toString().startsWith(QLatin1String("The service is rate-limiting us; retrying in")),
             qPrintable(retrying.at(0).at(0).toString()));
}

void TestBalancesSession::tokenListNoticeSaysWhyAmountsAreRaw()
{
    auto session = makeSession();
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::html(404, "gone"));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    QSignalSpy shown(session.get(), &BalancesSession::snapshotChanged);
    session->fetch(request());
    QTRY_COMPARE(shown.count(), 1);
    const std::optional<QString> notice = session->tokenListNotice();
    QVERIFY(notice.has_value());
    QVERIFY2(notice->contains(QLatin1String("raw base units")), qPrintable(*notice));
}

void TestBalancesSession::namesWhoseDataIsShown()
{
    auto session = makeSession();
    QVERIFY(session->shownText().isEmpty());
    QSignalSpy shown(session.get(), &BalancesSession::snapshotChanged);
    FetchRequest byId = request();
    byId.tokenFilterText = QStringLiteral(" 0,1 ");
    session->fetch(byId);
    QTRY_COMPARE(shown.count(), 1);
    const QString host = hostLabel(m_server->baseUrl());
    QCOMPARE(session->shownText(), QStringLiteral("Balances of account 20533 on %1, tokens 0,1").arg(host));
    QCOMPARE(session->titleText(), QStringLiteral("account 20533 on %1, tokens 0,1").arg(host));

    // By address: the address as checksummed, and the account id the service answered for.
    FetchRequest byAddress = request();
    byAddress.accountText = QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb");
    session->fetch(byAddress);
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(session->shownText(),
             QStringLiteral("Balances of address 0x8656920c85342d646E5286Cb841F90209272ABeb (account 20533) on %1")
                     .arg(host));
    // Where room is short, the address keeps its ends.
    QCOMPARE(session->shownText(BalancesSession::Detail::Compact),
             QStringLiteral("Balances of address 0x8656\u2026ABeb (account 20533) on %1").arg(host));

    session->startDemo(m_server->baseUrl());
    QTRY_COMPARE(shown.count(), 3);
    QVERIFY2(session->shownText().startsWith(QLatin1String("Balances of demo account ")), qPrintable(session->shownText()));
    QVERIFY(session->shownText().endsWith(QLatin1String("(sample data)")));
}

void TestBalancesSession::anotherAccountsFailureIsNotStale()
{
    auto session = makeSession();
    m_server->clearRoutes();
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))).forQueriedAccount());
    QSignalSpy shown(session.get(), &BalancesSession::snapshotChanged);
    QSignalSpy failed(session.get(), &BalancesSession::failed);
    session->fetch(request());
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!session->otherQuestionNotice().has_value());

    m_server->clearRoutes();
    m_server->route(BalancesPath, FakeResponse::silent());
    FetchRequest other = request();
    other.accountText = QStringLiteral("77");
    session->fetch(other);
    // While account 77 loads, account 20533's rows are said to be 20533's.
    const QString host = hostLabel(m_server->baseUrl());
    QCOMPARE(session->otherQuestionNotice().value_or(QString()),
             QStringLiteral("Showing account 20533 on %1 while account 77 on %1 loads").arg(host));

    m_server->clearRoutes();
    m_server->route(BalancesPath, FakeResponse::fromErrorFixture(QStringLiteral("user_not_found")));
    session->fetch(other);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(session->hasSnapshot());
    QVERIFY(!session->isStale());  // 20533's data did not fail to refresh: 77 failed
    QVERIFY(session->showsAnotherQuestion());
    const QString notice = session->otherQuestionNotice().value_or(QString());
    QCOMPARE(notice, QStringLiteral("Showing account 20533 on %1: account 77 on %1 could not be fetched").arg(host));
    QVERIFY(!session->statusText(5, 5).contains(QLatin1String("the last refresh failed")));
    QCOMPARE(session->failedQuestion().value_or(BalancesQuestion()).accountText, QStringLiteral("77"));

    // The same question failing is a stale refresh.
    session->fetch(request());
    QTRY_COMPARE(failed.count(), 2);
    QVERIFY(session->isStale());
    QVERIFY(!session->showsAnotherQuestion());
    QVERIFY(!session->otherQuestionNotice().has_value());
}

void TestBalancesSession::cancelledFetchOfAnotherAccountIsStillSaid()
{
    auto session = makeSession();
    QSignalSpy shown(session.get(), &BalancesSession::snapshotChanged);
    session->fetch(request());
    QTRY_COMPARE(shown.count(), 1);
    m_server->clearRoutes();
    m_server->route(BalancesPath, FakeResponse::silent());
    FetchRequest filtered = request();
    filtered.tokenFilterText = QStringLiteral("LRC");  // the same account, another question
    session->fetch(filtered);
    QVERIFY(session->showsAnotherQuestion());
    session->cancel();
    QVERIFY(!session->isBusy());
    const QString notice = session->otherQuestionNotice().value_or(QString());
    QVERIFY2(notice.endsWith(QLatin1String(", tokens LRC was cancelled")), qPrintable(notice));
    QVERIFY(!session->isStale());
}

void TestBalancesSession::failureWithoutDataIsNotReady()
{
    auto session = makeSession();
    session->fetchController()->setTimeout(200ms);
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::silent());
    QSignalSpy failed(session.get(), &BalancesSession::failed);
    session->fetch(request());
    QTRY_COMPARE(failed.count(), 1);
    const QString text = session->statusText(0, 0);
    QVERIFY2(!text.contains(QLatin1String("Ready")), qPrintable(text));
    QCOMPARE(text, QStringLiteral("Nothing shown: account 20533 on %1 could not be fetched")
                           .arg(hostLabel(m_server->baseUrl())));
}

void TestBalancesSession::retryIsOfferedOnlyWhereItMayHelp()
{
    auto session = makeSession();
    session->fetchController()->setTimeout(200ms);
    QSignalSpy failed(session.get(), &BalancesSession::failed);
    QVERIFY(!session->mayRetryHelp());  // nothing failed

    m_server->clearRoutes();
    m_server->route(BalancesPath, FakeResponse::silent());
    session->fetch(request());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(session->mayRetryHelp());  // a timeout may pass

    m_server->clearRoutes();
    m_server->route(BalancesPath, FakeResponse::fromErrorFixture(QStringLiteral("user_not_found")));
    session->fetch(request());
    QTRY_COMPARE(failed.count(), 2);
    QVERIFY(!session->mayRetryHelp());  // the service does not know the account: it will not next time

    FetchRequest typo = request();
    typo.accountText = QStringLiteral("12x");
    session->fetch(typo);
    QTRY_COMPARE(failed.count(), 3);
    QVERIFY(!session->mayRetryHelp());
}

// Offline first: what the history recorded of the question the window starts with.
static BalanceSnapshot recordedAnswer(const FetchRequest &request, const QDateTime &at)
{
    BalanceSnapshot recorded;
    recorded.baseUrl = request.baseUrl;
    recorded.accountText = request.accountText;
    recorded.fetchedAt = at;
    Balance eth;
    eth.accountId = 20533;
    eth.tokenId = 0;
    eth.total = *Amount::parse(u"5");
    recorded.balances = {eth};
    return recorded;
}

void TestBalancesSession::recordedSnapshotIsShownUntilAFetchRenewsIt()
{
    auto session = makeSession();
    QSignalSpy recordedShown(session.get(), &BalancesSession::recordedShown);
    QSignalSpy shown(session.get(), &BalancesSession::snapshotChanged);
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    QVERIFY(session->mayShowRecorded(BalancesQuestion::of(request())));
    QVERIFY(session->showRecorded(recordedAnswer(request(), at)));
    QCOMPARE(recordedShown.count(), 1);
    QCOMPARE(shown.count(), 0);  // not new data: nothing records it again
    QVERIFY(session->isFromHistory());
    QVERIFY(!session->isStale());
    QVERIFY(!session->showsAnotherQuestion());
    const QString status = session->statusText(1, 1);
    QVERIFY2(status.contains(QLatin1String("Last fetched")) && status.contains(QLatin1String("not refreshed yet")),
             qPrintable(status));
    QVERIFY2(!status.contains(QLatin1String("Updated")), qPrintable(status));
    QVERIFY(session->fromHistoryNotice().has_value());
    // Only once, and never over data already shown.
    QVERIFY(!session->mayShowRecorded(BalancesQuestion::of(request())));
    QVERIFY(!session->showRecorded(recordedAnswer(request(), at)));

    // A failed refresh leaves it, stale like any data the last refresh could not renew.
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::resultInfo(500, 100001, "down"));
    QSignalSpy failed(session.get(), &BalancesSession::failed);
    session->fetch(request());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!session->isFromHistory());
    QVERIFY(session->isStale());
    QCOMPARE(session->snapshot()->fetchedAt, at);

    // A fetch that succeeds replaces it.
    m_server->clearRoutes();
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    session->fetch(request());
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!session->isFromHistory());
    QVERIFY(!session->isStale());
    QCOMPARE(session->snapshot()->balances.size(), 5);
    QVERIFY(!session->clearRecorded());  // fetched data is not the history's to take away
}

void TestBalancesSession::recordedSnapshotNeverStandsInForAnotherQuestion()
{
    auto session = makeSession();
    FetchRequest other = request();
    other.accountText = QStringLiteral("77");
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::silent());
    session->fetch(other);  // the user asked for another account while the history was read
    QVERIFY(!session->mayShowRecorded(BalancesQuestion::of(request())));
    QVERIFY(!session->showRecorded(recordedAnswer(request(), QDateTime::currentDateTimeUtc())));
    QVERIFY(!session->hasSnapshot());
    session->cancel();

    // A refresh of the same question still running: the recorded answer shows meanwhile.
    auto fresh = makeSession();
    fresh->fetch(request());
    QVERIFY(fresh->showRecorded(recordedAnswer(request(), QDateTime::currentDateTimeUtc())));
    QVERIFY(fresh->isFromHistory());
    QVERIFY(!fresh->otherQuestionNotice().has_value());
    // Its history forgotten, it goes.
    QSignalSpy cleared(fresh.get(), &BalancesSession::snapshotCleared);
    QVERIFY(fresh->clearRecorded());
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!fresh->hasSnapshot());
    fresh->cancel();

    // The demo is never answered from history.
    BalanceSnapshot demo = recordedAnswer(request(), QDateTime::currentDateTimeUtc());
    demo.demo = true;
    QVERIFY(!makeSession()->showRecorded(demo));
}

QTEST_GUILESS_MAIN(TestBalancesSession)
#include "test_balancessession.moc"
