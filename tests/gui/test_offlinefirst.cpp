// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Offline first (issue 14): the window opens on the last recorded snapshot of the last query,
// marked as not refreshed yet, and refreshes it when a key is remembered for the account.

#include "gui/balancessession.h"
#include "gui/balancetablemodel.h"
#include "gui/forgethistoryaction.h"
#include "gui/historyrecorder.h"
#include "gui/mainwindow.h"
#include "gui/messagebar.h"
#include "gui/preferences.h"
#include "gui/appidentity.h"

#include "core/service.h"
#include "history/historystore.h"
#include "net/loopringclient.h"
#include "secrets/memorykeystore.h"

#include "fakeloopringserver.h"

#include "offscreennoise.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace loopview;
using namespace loopview::test;

namespace {

const QString TokensPath = QStringLiteral("/api/v3/exchange/tokens");
const QString BalancesPath = QStringLiteral("/api/v3/user/balances");
const QString Key = QStringLiteral("offline-first-test-key-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH");

SnapshotToken recordedToken(int tokenId, const char *symbol, int decimals, const char *total)
{
    SnapshotToken token;
    token.tokenId = tokenId;
    token.symbol = QString::fromLatin1(symbol);
    token.decimals = decimals;
    token.total = *Amount::parse(QString::fromLatin1(total));
    return token;
}

} // namespace

class TestOfflineFirst : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheLastSnapshotThenARememberedKeyRefreshesIt();
    void withoutAKeyTheSnapshotStaysAndSaysWhatIsNeeded();
    void aFailedRefreshKeepsItStale();
    void theTokenFilterAppliesToTheRecordedRows();
    void anotherAccountsSnapshotIsNeverShown();
    void nothingWhenHistoryIsOffOrForTheDemo();
    void forgettingTheAccountClearsIt();

private:
    // The last query the window remembers: account `account` on the fake server.
    void rememberQuery(const QString &account, const QString &tokens = {});
    // Two snapshots of account 20533 on the fake server: an older one and the latest.
    void recordHistory();
    std::unique_ptr<MainWindow> openWindow(bool withRememberedKey);
    static int balanceRows(const MainWindow &window) { return window.balanceModel()->rowCount(); }
    QLabel *whoseDataNotice(const MainWindow &window) const;
    qsizetype balanceRequests() const;
    // Every history job the window asked for so far has answered: a read asked for now has.
    bool historyAnswered(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeLoopringServer> m_server;
    MemoryKeyStore m_keys;
    QDateTime m_latestAt;
};

void TestOfflineFirst::initTestCase()
{
    loopview::testsupport::quietOffscreenPluginNoise();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestOfflineFirst::init()
{
    // A fresh XDG home: the history database, the token cache and the settings live there.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", m_home->filePath(QStringLiteral("cache")).toLocal8Bit());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home->filePath(QStringLiteral("config")));
    QVERIFY(HistoryStore::defaultPath().startsWith(m_home->path()));
    m_server = std::make_unique<FakeLoopringServer>();
    QVERIFY(m_server->listen());
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
}

void TestOfflineFirst::cleanup()
{
    m_server.reset();
}

void TestOfflineFirst::rememberQuery(const QString &account, const QString &tokens)
{
    QSettings settings = openAppSettings();
    settings.setValue(QStringLiteral("query/v1/network"), networkKey(Network::Custom));
    settings.setValue(QStringLiteral("query/v1/customUrl"), m_server->baseUrl().toString());
    settings.setValue(QStringLiteral("query/v1/account"), account);
    settings.setValue(QStringLiteral("query/v1/tokens"), tokens);
}

void TestOfflineFirst::recordHistory()
{
    HistoryStore store;  // the default path, under XDG_DATA_HOME
    QVERIFY(store.open().ok());
    m_latestAt = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    m_latestAt = QDateTime::fromMSecsSinceEpoch(m_latestAt.toMSecsSinceEpoch(), QTimeZone::utc()).toUTC();
    Snapshot older;
    older.service = serviceKey(m_server->baseUrl());
    older.accountId = 20533;
    older.fetchedAt = m_latestAt.addDays(-1);
    older.tokens = {recordedToken(0, "ETH", 18, "1000000000000000000"), recordedToken(1, "LRC", 18, "7")};
    QVERIFY(store.record(older).ok());
    Snapshot latest = older;
    latest.fetchedAt = m_latestAt;
    latest.tokens = {recordedToken(0, "ETH", 18, "1500000000000000000"), recordedToken(1, "LRC", 18, "7")};
    QVERIFY(store.record(latest).ok());
}

std::unique_ptr<MainWindow> TestOfflineFirst::openWindow(bool withRememberedKey)
{
    if (withRememberedKey) {
        bool written = false;
        m_keys.writeKey(MainWindow::rememberedKeyId(m_server->baseUrl(), u"20533"), Key, this,
                        [&written](const KeyResult &) { written = true; });
        if (!QTest::qWaitFor([&written] { return written; }))
            qWarning("the key was not written");
    } else {
        bool removed = false;
        m_keys.deleteKey(MainWindow::rememberedKeyId(m_server->baseUrl(), u"20533"), this,
                         [&removed](const KeyResult &) { removed = true; });
        if (!QTest::qWaitFor([&removed] { return removed; }))
            qWarning("the key was not removed");
    }
    auto window = std::make_unique<MainWindow>();
    window->fetchController()->client()->setRetryDelays(std::chrono::milliseconds(1), std::chrono::milliseconds(20));
    window->setKeyStore(&m_keys);
    window->show();
    return window;
}

QLabel *TestOfflineFirst::whoseDataNotice(const MainWindow &window) const
{
    return window.findChild<QLabel *>(QStringLiteral("staleLabel"));
}

qsizetype TestOfflineFirst::balanceRequests() const
{
    qsizetype count = 0;
    for (const RecordedRequest &request : m_server->requests())
        count += request.path() == BalancesPath ? 1 : 0;
    return count;
}

bool TestOfflineFirst::historyAnswered(MainWindow &window)
{
    bool answered = false;
    window.historyRecorder()->readRecent(HistoryAccount{QStringLiteral("x"), qint64(1)}, 1, this,
                                         [&answered](const Result<QList<Snapshot>> &) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; });
}

void TestOfflineFirst::showsTheLastSnapshotThenARememberedKeyRefreshesIt()
{
    rememberQuery(QStringLiteral("20533"));
    recordHistory();
    // The refresh takes a moment, so the recorded snapshot can be looked at first.
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))).withDelay(400));
    auto window = openWindow(true);
    QAbstractItemModelTester tester(window->balanceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shownFromHistory(window->session(), &BalancesSession::recordedShown);
    QSignalSpy refreshed(window->session(), &BalancesSession::snapshotChanged);
    window->resumeLastQuery();

    QVERIFY(shownFromHistory.wait());
    QCOMPARE(refreshed.count(), 0);
    QVERIFY(window->session()->isFromHistory());
    QCOMPARE(window->currentSnapshot()->fetchedAt, m_latestAt);
    QCOMPARE(balanceRows(*window), 2);
    // Greyed like stale data, and said where people look: above the table and in the status bar.
    QVERIFY(window->balanceModel()->isStale());
    QVERIFY(whoseDataNotice(*window)->isVisible());
    QVERIFY2(whoseDataNotice(*window)->text().contains(QLatin1String("not refreshed yet")),
             qPrintable(whoseDataNotice(*window)->text()));
    QVERIFY2(window->statusText().contains(QLatin1String("Last fetched")), qPrintable(window->statusText()));
    QVERIFY2(window->statusText().contains(QLatin1String("account 20533")), qPrintable(window->statusText()));
    // The Change column counts from the snapshot before it.
    QCOMPARE(window->balanceModel()->changesSince(), m_latestAt.addDays(-1));

    // The remembered key refreshes it without a word from the user; the answer replaces it.
    QVERIFY(refreshed.wait(5000));
    QVERIFY(!window->session()->isFromHistory());
    QCOMPARE(balanceRows(*window), 5);
    QVERIFY(!window->balanceModel()->isStale());
    QVERIFY(!whoseDataNotice(*window)->isVisible());
    QVERIFY(!window->statusText().contains(QLatin1String("Last fetched")));
    QCOMPARE(balanceRequests(), 1);
    for (const RecordedRequest &request : m_server->requests()) {
        if (request.path() == BalancesPath)
            QCOMPARE(request.header("X-API-KEY"), Key.toLatin1());
    }
    // And counts its changes from the snapshot it replaced.
    QTRY_COMPARE(window->balanceModel()->changesSince(), m_latestAt);
}

void TestOfflineFirst::withoutAKeyTheSnapshotStaysAndSaysWhatIsNeeded()
{
    rememberQuery(QStringLiteral("20533"));
    recordHistory();
    auto window = openWindow(false);
    QSignalSpy shownFromHistory(window->session(), &BalancesSession::recordedShown);
    window->resumeLastQuery();
    QVERIFY(shownFromHistory.wait());
    QTRY_VERIFY(window->messageBar()->isVisible());
    QVERIFY2(window->messageBar()->text().contains(QLatin1String("Enter the API key and press Fetch to refresh")),
             qPrintable(window->messageBar()->text()));
    QCOMPARE(window->messageBar()->kind(), MessageBar::Kind::Information);
    QVERIFY(window->session()->isFromHistory());
    QCOMPARE(balanceRows(*window), 2);
    QCOMPARE(balanceRequests(), 0);  // nothing was sent without a key
    QVERIFY(!window->isBusy());

    // With room beside the filter the marker is one line: it used to break before its last word
    // while the spacer beside it took half the row. 1000 px without the bookmarks dock is about
    // the table's width in a 1280 px window with it.
    window->resize(1000, 768);
    QLabel *notice = whoseDataNotice(*window);
    QTRY_VERIFY(notice->isVisible());
    QApplication::processEvents();
    QVERIFY2(notice->fontMetrics().horizontalAdvance(notice->text()) <= notice->contentsRect().width(),
             qPrintable(QStringLiteral("%1 px wide for \"%2\"").arg(notice->contentsRect().width()).arg(notice->text())));
    // And the filter beside it keeps room for its whole hint.
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    QVERIFY(filter->width() >= filter->fontMetrics().horizontalAdvance(filter->placeholderText()));
}

void TestOfflineFirst::aFailedRefreshKeepsItStale()
{
    rememberQuery(QStringLiteral("20533"));
    recordHistory();
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::resultInfo(500, 100001, "down").withDelay(300));
    auto window = openWindow(true);
    QSignalSpy failed(window->session(), &BalancesSession::failed);
    window->resumeLastQuery();
    QVERIFY(failed.wait(5000));
    QTRY_VERIFY(window->session()->hasSnapshot());
    QVERIFY(window->session()->isStale());
    QVERIFY(!window->session()->isFromHistory());
    QCOMPARE(balanceRows(*window), 2);
    QVERIFY(window->balanceModel()->isStale());
    QVERIFY2(window->statusText().contains(QLatin1String("the last refresh failed")), qPrintable(window->statusText()));
}

void TestOfflineFirst::theTokenFilterAppliesToTheRecordedRows()
{
    rememberQuery(QStringLiteral("20533"), QStringLiteral("LRC"));
    recordHistory();
    auto window = openWindow(false);
    QSignalSpy shownFromHistory(window->session(), &BalancesSession::recordedShown);
    window->resumeLastQuery();
    QVERIFY(shownFromHistory.wait());
    QCOMPARE(balanceRows(*window), 1);
    QCOMPARE(window->balanceModel()->index(0, BalanceTableModel::TokenColumn).data().toString(), QStringLiteral("LRC"));
    QVERIFY2(window->statusText().contains(QLatin1String("tokens LRC")), qPrintable(window->statusText()));
}

void TestOfflineFirst::anotherAccountsSnapshotIsNeverShown()
{
    rememberQuery(QStringLiteral("77"));
    recordHistory();  // of 20533 only
    auto window = openWindow(false);
    QSignalSpy shownFromHistory(window->session(), &BalancesSession::recordedShown);
    window->resumeLastQuery();
    // The read has answered once a later one has: nothing was shown.
    QVERIFY(historyAnswered(*window));
    QCOMPARE(shownFromHistory.count(), 0);
    QVERIFY(!window->session()->hasSnapshot());
    QCOMPARE(balanceRows(*window), 0);
}

void TestOfflineFirst::nothingWhenHistoryIsOffOrForTheDemo()
{
    rememberQuery(QStringLiteral("20533"));
    recordHistory();
    {
        QSettings settings = openAppSettings();
        Preferences preferences = Preferences::load(settings);
        preferences.recordHistory = false;
        preferences.save(settings);
    }
    auto window = openWindow(false);
    QSignalSpy shownFromHistory(window->session(), &BalancesSession::recordedShown);
    window->resumeLastQuery();
    QVERIFY(historyAnswered(*window));
    QCOMPARE(shownFromHistory.count(), 0);
    window.reset();

    // The demo: its data comes from the bundled sample, never from the history.
    {
        QSettings settings = openAppSettings();
        Preferences preferences = Preferences::load(settings);
        preferences.recordHistory = true;
        preferences.save(settings);
    }
    window = openWindow(true);
    QSignalSpy shownFromHistoryNow(window->session(), &BalancesSession::recordedShown);
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    window->startDemo();
    window->resumeLastQuery();
    QVERIFY(shown.count() > 0 || shown.wait());
    QVERIFY(window->isShowingDemoData());
    QVERIFY(historyAnswered(*window));
    QCOMPARE(shownFromHistoryNow.count(), 0);
    QVERIFY(window->isShowingDemoData());
    QCOMPARE(balanceRequests(), 0);
}

void TestOfflineFirst::forgettingTheAccountClearsIt()
{
    rememberQuery(QStringLiteral("20533"));
    recordHistory();
    auto window = openWindow(false);
    QSignalSpy shownFromHistory(window->session(), &BalancesSession::recordedShown);
    window->resumeLastQuery();
    QVERIFY(shownFromHistory.wait());
    QAction *forget = window->forgetHistoryAction()->action();
    QVERIFY(forget->isEnabled());
    window->forgetHistoryAction()->setConfirmation([](QWidget *, const QString &) { return true; });
    forget->trigger();
    QTRY_VERIFY(!window->session()->hasSnapshot());
    QCOMPARE(balanceRows(*window), 0);
    QVERIFY(!window->messageBar()->isVisible());
    QVERIFY(!window->statusText().contains(QLatin1String("Last fetched")));
}

QTEST_MAIN(TestOfflineFirst)
#include "test_offlinefirst.moc"
