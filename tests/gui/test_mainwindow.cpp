// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/balanceproxymodel.h"
#include "gui/balancetablemodel.h"
#include "gui/balancetableactions.h"
#include "gui/mainwindow.h"
#include "gui/forgethistoryaction.h"
#include "gui/historyrecorder.h"
#include "gui/messagebar.h"
#include "gui/preferences.h"
#include "gui/wallclock.h"
#include "gui/nft/nftpanel.h"
#include "gui/nft/nftsession.h"
#include "gui/nft/nfttablemodel.h"

#include "core/service.h"
#include "history/historystore.h"
#include "net/loopringclient.h"
#include "secrets/memorykeystore.h"

#include "fakeloopringserver.h"
#include "fakenftservice.h"

#include "offscreennoise.h"

#include <QAction>
#include <QMultiHash>
#include <QAbstractButton>
#include <QMenuBar>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace loopview;
using namespace loopview::test;
using namespace std::chrono_literals;

namespace {

const QString TokensPath = QStringLiteral("/api/v3/exchange/tokens");
const QString BalancesPath = QStringLiteral("/api/v3/user/balances");
const QString PricesPath = QStringLiteral("/api/v3/price");
// Long and unusual so a leak anywhere in the settings file is unmistakable.
const QString SecretKey = QStringLiteral("ZkTestSecretKey0123456789abcdefNeverStoreMe");

// The same account as an address, lower case as people paste it and checksummed as entries use it.
const QString OwnerLower = QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb");
const QString OwnerChecksummed = QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb");

// The letter Alt+letter reaches in a widget text ("&Tokens" → 'T'), or a null QChar; "&&" is a
// literal ampersand.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// A keyring stand-in: persistent until told the keyring went away, and counting what it is asked.
class FakeKeyStore : public KeyStore
{
public:
    void readKey(const QString &id, QObject *context, Callback done) override
    {
        ++reads;
        if (unusableOnFirstUse && persistent)
            loseKeyring();  // as a keyring without a secret service: found out on first use
        const auto found = keys.constFind(id);
        deliver(context, done,
                found == keys.constEnd()
                        ? KeyResult::failure(KeyResult::Status::NotFound, QStringLiteral("not stored"))
                        : KeyResult::success(*found, persistent));
    }
    void writeKey(const QString &id, const QString &key, QObject *context, Callback done) override
    {
        ++writes;
        keys.insert(id, key);
        deliver(context, done, KeyResult::success(QString(), persistent));
    }
    void deleteKey(const QString &id, QObject *context, Callback done) override
    {
        ++deletes;
        keys.remove(id);
        deliver(context, done, KeyResult::success(QString(), persistent));
    }
    bool isPersistent() const override { return persistent; }

    void loseKeyring()
    {
        persistent = false;
        emit persistenceUnavailable(QStringLiteral("no secret service"));
    }

    // Answers are queued in order: once this one arrives every earlier answer has been delivered.
    bool drain()
    {
        bool answered = false;
        const int before = reads;
        readKey(QStringLiteral("drain"), nullptr, [&answered](const KeyResult &) { answered = true; });
        reads = before;
        return QTest::qWaitFor([&answered] { return answered; }, 5000);
    }

    QHash<QString, QString> keys;
    bool persistent = true;
    bool unusableOnFirstUse = false;
    int reads = 0;
    int writes = 0;
    int deletes = 0;
};

template <typename T>
T *child(const MainWindow &window, const char *name)
{
    T *widget = window.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("missing child widget %s", name);
    return widget;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyInputHasAnAccessibleName();
    void fetchTypedIntoTheFormFillsTheTable();
    void invalidAccountIsExplainedWhileTyping();
    void customUrlWithPasswordOrEmptyPortIsRefused();
    void missingKeyIsReportedAtTheKeyField();
    void invalidKeyKeepsLastDataAndFocusesKeyField();
    void unusableKeyIsRefusedBeforeSending();
    void httpErrorsKeepDataAndNameTheStatus_data();
    void httpErrorsKeepDataAndNameTheStatus();
    void unreachableServiceNamesTheHost();
    void timeoutIsReported();
    void malformedResponseNamesTheField();
    void rateLimitShowsRetryCountdown();
    void cancelStopsNeverAnsweringRequestAndKeepsData();
    void demoFillsTableAndShowsBanner();
    void relativeTimesAgeWhileTheWindowIsOpen();
    void firstStartUntilAnAccountWasFetched();
    void amountColumnsNeverElideDigits();
    void demoNamesItsAccountInTheForm();
    void roundingIsShownOnlyAndRemembered();
    void copyPutsExactValuesOnTheClipboard();
    void contextMenuCopiesRowAndTokenId();
    void shortcutsReachFilterAndRefresh();
    void hideZeroAndFilterUpdateStatus();
    void statusBarCountsPendingAmounts();
    void showKeyToggleRevealsAndHides();
    void settingsRememberQueryButNeverTheKey();
    void loadQueryFillsFormAndFetches();
    void rememberedKeyIsWrittenAfterASuccessfulFetch();
    void untickedFetchForgetsTheRememberedKey();
    void rememberedKeyComesBackForTheSameAccount();
    void rejectedKeyIsNeverRemembered();
    void rememberTextFollowsTheKeyStore();
    void whoseDataIsNamedEverywhere();
    void anotherAccountsFailureIsNotCalledStale();
    void escapeKeepsSayingWhoseDataIsShown();
    void f5RetriesTheFailedQueryNotTheDemo();
    void statusNeverSaysReadyAfterAnError();
    void keyMessagesSayWhereKeysComeFrom();
    void keyboardGoesWhereItIsNeeded();
    void rememberTextIsSettledBeforeItIsShown();
    void valueColumnsAndTotalInTheChosenCurrency();
    void everyLiveFetchIsRecordedNeverTheDemo();
    void forgetHistoryAsksThenDeletes();
    void nftTabFollowsTheQuery();
    void nftTabShowsTheDemoAndLeavesWithIt();
    void nftTabIsRememberedAcrossSessions();
    void mnemonicsOfEachTabAreUnambiguous();
    void changeColumnCountsFromThePreviousFetch();

private:
    std::unique_ptr<MainWindow> openWindow();
    QString historyPath() const { return m_cacheDir->filePath(QStringLiteral("history.sqlite")); }
    // The snapshots recorded for account 20533 on the fake server, oldest first.
    QList<Snapshot> recordedSnapshots() const;
    void fillForm(MainWindow &window, const QString &account, const QString &key);
    void clickFetch(MainWindow &window);
    bool fetchSucceeded(MainWindow &window);
    void serveFixtures();
    void serveBalances(const FakeResponse &response);
    // The requests the server saw for `path`, oldest first.
    QList<RecordedRequest> requestsTo(const QString &path) const;
    QString entryId(const QString &account) const;
    // Requests for the token list and the balances; the NFTs of each query are asked for beside them.
    qsizetype balanceRequestCount() const;

    std::unique_ptr<FakeLoopringServer> m_server;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
};

void TestMainWindow::initTestCase()
{
    loopview::testsupport::quietOffscreenPluginNoise();
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_cacheDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    m_server = std::make_unique<FakeLoopringServer>();
    QVERIFY(m_server->listen());
    serveFixtures();
    QGuiApplication::clipboard()->clear();
}

void TestMainWindow::cleanup()
{
    m_server.reset();
}

void TestMainWindow::serveFixtures()
{
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
}

// From now on every balances request gets `response` (the token list stays the fixture).
void TestMainWindow::serveBalances(const FakeResponse &response)
{
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, response);
}

QList<RecordedRequest> TestMainWindow::requestsTo(const QString &path) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest &request : m_server->requests()) {
        if (request.path() == path)
            matching.append(request);
    }
    return matching;
}

qsizetype TestMainWindow::balanceRequestCount() const
{
    return requestsTo(TokensPath).size() + requestsTo(BalancesPath).size();
}

// The id the window must use for `account` (as a fetch reports it) on the fake server.
QString TestMainWindow::entryId(const QString &account) const
{
    return QStringLiteral("query:") + serviceKey(m_server->baseUrl()) + QLatin1Char('|') + account;
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->fetchController()->setTokenCacheDirectory(m_cacheDir->path());
    window->historyRecorder()->setStorePath(historyPath());
    window->fetchController()->client()->setRetryDelays(1ms, 20ms);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active; focus checks may fail");
    return window;
}

// Types into the form like a person: Custom URL chosen with the keyboard, then each field.
void TestMainWindow::fillForm(MainWindow &window, const QString &account, const QString &key)
{
    auto *network = child<QComboBox>(window, "networkCombo");
    network->setFocus();
    QTest::keyClick(network, Qt::Key_End);  // the last entry: "Custom URL…"
    auto *url = child<QLineEdit>(window, "customUrlEdit");
    QVERIFY(url->isVisible());
    url->clear();
    QTest::keyClicks(url, m_server->baseUrl().toString());
    auto *accountEdit = child<QLineEdit>(window, "accountEdit");
    accountEdit->clear();
    QTest::keyClicks(accountEdit, account);
    auto *keyEdit = child<QLineEdit>(window, "apiKeyEdit");
    keyEdit->clear();
    QTest::keyClicks(keyEdit, key);
}

void TestMainWindow::clickFetch(MainWindow &window)
{
    QTest::mouseClick(child<QPushButton>(window, "fetchButton"), Qt::LeftButton);
}

bool TestMainWindow::fetchSucceeded(MainWindow &window)
{
    QSignalSpy shown(&window, &MainWindow::balancesShown);
    clickFetch(window);
    return shown.wait(5000) || shown.count() > 0;
}

void TestMainWindow::everyInputHasAnAccessibleName()
{
    auto window = openWindow();
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QPushButton *>(widget) || qobject_cast<QCheckBox *>(widget)
                || qobject_cast<QTableView *>(widget);
        // The combo's internal line edit and the view's private editors are parts, not inputs.
        if (!interactive || widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QCOMPARE(child<QLineEdit>(*window, "accountEdit")->accessibleName(), QStringLiteral("Account id or address"));
    QCOMPARE(child<QLineEdit>(*window, "apiKeyEdit")->accessibleName(), QStringLiteral("API key"));
    QCOMPARE(window->balancesView()->accessibleName(), QStringLiteral("Balances table"));
    // Labels with mnemonics lead to their fields.
    QCOMPARE(child<QLabel>(*window, "accountLabel")->buddy(), child<QLineEdit>(*window, "accountEdit"));
    QCOMPARE(child<QLabel>(*window, "apiKeyLabel")->buddy(), child<QLineEdit>(*window, "apiKeyEdit"));
    QCOMPARE(child<QLabel>(*window, "filterLabel")->buddy(), child<QLineEdit>(*window, "filterEdit"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Loopview"));
}

void TestMainWindow::fetchTypedIntoTheFormFillsTheTable()
{
    auto window = openWindow();
    auto *cancel = child<QPushButton>(*window, "cancelButton");
    QVERIFY(!cancel->isEnabled());
    fillForm(*window, QStringLiteral("20533"), SecretKey);

    QSignalSpy busy(window->fetchController(), &FetchController::busyChanged);
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    clickFetch(*window);
    QVERIFY(window->isBusy());
    QVERIFY(cancel->isEnabled());
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("busyIndicator"))->isVisible());
    QVERIFY(shown.wait());
    QVERIFY(!window->isBusy());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("busyIndicator"))->isVisible());

    QCOMPARE(window->balanceProxy()->rowCount(), 5);
    QVERIFY(window->balancesView()->isVisible());
    const QModelIndex eth = window->balanceProxy()->index(0, BalanceTableModel::TotalColumn);
    QCOMPARE(window->balanceProxy()->index(0, BalanceTableModel::TokenColumn).data().toString(), QStringLiteral("ETH"));
    QCOMPARE(eth.data().toString(), QStringLiteral("0.87341"));
    QCOMPARE(window->balanceProxy()->index(1, BalanceTableModel::TotalColumn).data().toString(), QStringLiteral("15,800.25"));

    const RecordedRequest request = requestsTo(BalancesPath).last();
    QCOMPARE(request.header("X-API-KEY"), SecretKey.toLatin1());
    QCOMPARE(request.query().queryItemValue(QStringLiteral("accountId")), QStringLiteral("20533"));

    QVERIFY(!window->messageBar()->isVisible());
    QVERIFY(!window->demoBanner()->isVisible());
    QVERIFY(!window->isShowingStaleData());
    QVERIFY(window->statusText().contains(QLatin1String("Tokens shown: 5 of 5")));
    QVERIFY(window->statusText().contains(QLatin1String("127.0.0.1")));
    QVERIFY(window->statusText().contains(QLatin1String("just now")));
}

void TestMainWindow::invalidAccountIsExplainedWhileTyping()
{
    auto window = openWindow();
    auto *account = child<QLineEdit>(*window, "accountEdit");
    auto *message = child<QLabel>(*window, "accountMessageLabel");
    account->setFocus();
    QTest::keyClicks(account, QStringLiteral("0x8656920c85342d646e5286Cb841F90209272ABeb"));
    QVERIFY(message->text().contains(QLatin1String("EIP-55 checksum")));
    QVERIFY(message->property("problem").toBool());
    account->clear();
    QVERIFY(message->text().isEmpty());  // an empty field is not an error while typing

    fillForm(*window, QStringLiteral("12x"), SecretKey);
    QVERIFY(message->text().contains(QLatin1String("digits only")));
    clickFetch(*window);
    QVERIFY(!window->isBusy());
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(QApplication::focusWidget(), account);
    // Said once, next to the field: not a second time in the message bar.
    QVERIFY(message->isVisible());
    QVERIFY(!window->messageBar()->isVisible());

    // An empty account on Fetch: the field says so, again once.
    account->clear();
    clickFetch(*window);
    QVERIFY(message->text().contains(QLatin1String("Enter an account")));
    QVERIFY(!window->messageBar()->isVisible());
}

void TestMainWindow::customUrlWithPasswordOrEmptyPortIsRefused()
{
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    auto *url = child<QLineEdit>(*window, "customUrlEdit");
    auto *message = child<QLabel>(*window, "customUrlMessageLabel");
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("http://user:s3cret@127.0.0.1:%1").arg(m_server->port()), QStringLiteral("user name or password")},
        // QUrl would quietly make this port 80.
        {QStringLiteral("http://127.0.0.1:"), QStringLiteral("empty port")},
    };
    for (const auto &[typed, mentions] : cases) {
        url->clear();
        QTest::keyClicks(url, typed);
        QVERIFY2(message->text().contains(mentions), qPrintable(message->text()));
        QVERIFY(!message->text().contains(QLatin1String("s3cret")));
        clickFetch(*window);
        QVERIFY(!window->isBusy());
        QCOMPARE(QApplication::focusWidget(), url);
        QVERIFY(message->isVisible());
        QVERIFY(!window->messageBar()->isVisible());  // once, next to the field
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void TestMainWindow::missingKeyIsReportedAtTheKeyField()
{
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), QString());
    clickFetch(*window);
    // The key store is asked for a remembered key first, so the complaint comes a moment later.
    QTRY_VERIFY(window->messageBar()->isVisible());
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(window->messageBar()->text().contains(QLatin1String("API key")));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(*window, "apiKeyEdit"));
}

// Issue 9 item 12: the key field gets the same check as every key entering Loopview; a key with a
// space or a control character is refused at the field and nothing is sent.
void TestMainWindow::unusableKeyIsRefusedBeforeSending()
{
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), QStringLiteral("abc def"));
    clickFetch(*window);
    QTRY_VERIFY(window->messageBar()->isVisible());
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY2(window->messageBar()->text().contains(QLatin1String("contains a space at position 4")),
             qPrintable(window->messageBar()->text()));
    auto *keyEdit = child<QLineEdit>(*window, "apiKeyEdit");
    QCOMPARE(QApplication::focusWidget(), keyEdit);
    QVERIFY(keyEdit->property("flagged").toBool());
    QVERIFY(!window->messageBar()->text().contains(QLatin1String("abc def")));
}

void TestMainWindow::invalidKeyKeepsLastDataAndFocusesKeyField()
{
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));
    QCOMPARE(window->balanceProxy()->rowCount(), 5);

    serveBalances(FakeResponse::resultInfo(400, 104002, "invalid apikey"));
    child<QPushButton>(*window, "fetchButton")->setFocus();
    QSignalSpy failed(window->fetchController(), &FetchController::failed);
    clickFetch(*window);
    QVERIFY(failed.wait());

    auto *keyEdit = child<QLineEdit>(*window, "apiKeyEdit");
    QVERIFY(window->messageBar()->isVisible());
    QCOMPARE(window->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY(window->messageBar()->text().contains(QLatin1String("API key")));
    QCOMPARE(QApplication::focusWidget(), keyEdit);
    QVERIFY(keyEdit->property("flagged").toBool());

    // The last good data stays, marked stale.
    QCOMPARE(window->balanceProxy()->rowCount(), 5);
    QVERIFY(window->isShowingStaleData());
    QVERIFY(window->balanceModel()->isStale());
    QVERIFY(child<QLabel>(*window, "staleLabel")->isVisible());
    QVERIFY(window->statusText().contains(QLatin1String("the last refresh failed")));

    // Typing a new key clears the highlight.
    QTest::keyClick(keyEdit, Qt::Key_X);
    QVERIFY(!keyEdit->property("flagged").toBool());
}

void TestMainWindow::httpErrorsKeepDataAndNameTheStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
}

void TestMainWindow::httpErrorsKeepDataAndNameTheStatus()
{
    QFETCH(int, status);
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));

    serveBalances(FakeResponse::html(status, "<html><body>proxy says no</body></html>"));
    QSignalSpy failed(window->fetchController(), &FetchController::failed);
    clickFetch(*window);
    QVERIFY(failed.wait());
    const QString text = window->messageBar()->text();
    QVERIFY2(text.contains(QStringLiteral("HTTP %1").arg(status)), qPrintable(text));
    QCOMPARE(window->balanceProxy()->rowCount(), 5);
    QVERIFY(window->isShowingStaleData());
    // A server failure offers to try again; the button is reachable.
    QCOMPARE(window->messageBar()->actionButtons().size(), 1);
}

void TestMainWindow::unreachableServiceNamesTheHost()
{
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    auto *url = child<QLineEdit>(*window, "customUrlEdit");
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:%1").arg(unusedLocalPort()));
    QSignalSpy failed(window->fetchController(), &FetchController::failed);
    clickFetch(*window);
    QVERIFY(failed.wait());
    QVERIFY2(window->messageBar()->text().startsWith(QLatin1String("Could not reach 127.0.0.1")),
             qPrintable(window->messageBar()->text()));
    QVERIFY(!window->currentSnapshot().has_value());
    QVERIFY(!window->balancesView()->isVisible());
}

void TestMainWindow::timeoutIsReported()
{
    auto window = openWindow();
    window->setRequestTimeout(300ms);
    serveBalances(FakeResponse::silent());
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QSignalSpy failed(window->fetchController(), &FetchController::failed);
    clickFetch(*window);
    QVERIFY(failed.wait());
    QVERIFY(failed.at(0).at(0).value<Error>().timedOut);
    QVERIFY2(window->messageBar()->text().contains(QLatin1String("did not answer")), qPrintable(window->messageBar()->text()));
    QVERIFY(!window->isBusy());
}

void TestMainWindow::malformedResponseNamesTheField()
{
    auto window = openWindow();
    serveBalances(FakeResponse::json(
            "[{\"accountId\":1,\"tokenId\":0,\"total\":\"12\",\"locked\":\"0\","
            "\"pending\":{\"withdraw\":\"0\",\"deposit\":\"-3\"}}]"));
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QSignalSpy failed(window->fetchController(), &FetchController::failed);
    clickFetch(*window);
    QVERIFY(failed.wait());
    const QString text = window->messageBar()->text();
    QVERIFY2(text.startsWith(QLatin1String("The service sent data Loopview cannot read (field")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("deposit")));
}

void TestMainWindow::rateLimitShowsRetryCountdown()
{
    auto window = openWindow();
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::fromErrorFixture(QStringLiteral("rate_limited")));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    fillForm(*window, QStringLiteral("20533"), SecretKey);

    QStringList shownWhileRetrying;
    connect(window->fetchController(), &FetchController::retrying, window.get(), [&] {
        shownWhileRetrying.append(window->messageBar()->isVisible() ? window->messageBar()->text() : QString());
    });
    QVERIFY(fetchSucceeded(*window));
    QCOMPARE(shownWhileRetrying.size(), 1);
    QVERIFY2(shownWhileRetrying.constFirst().startsWith(QLatin1String("The service is rate-limiting us; retrying in")),
             qPrintable(shownWhileRetrying.constFirst()));
    // Once the retry succeeds the warning goes away.
    QVERIFY(!window->messageBar()->isVisible());
    QCOMPARE(window->balanceProxy()->rowCount(), 5);
}

void TestMainWindow::cancelStopsNeverAnsweringRequestAndKeepsData()
{
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));

    serveBalances(FakeResponse::silent());
    const qsizetype before = balanceRequestCount();
    clickFetch(*window);
    QVERIFY(window->isBusy());
    QTRY_COMPARE(balanceRequestCount(), before + 1);  // the request is really out there
    auto *cancel = child<QPushButton>(*window, "cancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);

    QVERIFY(!window->isBusy());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QPushButton>(*window, "fetchButton")->isEnabled());
    QCOMPARE(window->balanceProxy()->rowCount(), 5);
    QVERIFY(!window->isShowingStaleData());  // cancelling is not a failure
    QVERIFY(!window->messageBar()->isVisible());
}

void TestMainWindow::demoFillsTableAndShowsBanner()
{
    auto window = openWindow();
    // First start: nothing configured, so the demo is offered on the empty page.
    auto *tryDemo = child<QPushButton>(*window, "tryDemoButton");
    QVERIFY(tryDemo->isVisible());
    QVERIFY(!window->demoBanner()->isVisible());

    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    QTest::mouseClick(tryDemo, Qt::LeftButton);
    QVERIFY(shown.wait());
    QVERIFY(window->isShowingDemoData());
    QVERIFY(window->demoBanner()->isVisible());
    QVERIFY(window->demoBanner()->text().startsWith(QLatin1String("Demo data")));
    QVERIFY(window->balanceProxy()->rowCount() > 0);
    QCOMPARE(window->balanceProxy()->rowCount(), window->balanceModel()->rowCount());
    QVERIFY(window->statusText().contains(QLatin1String("(sample data)")));
    QCOMPARE(m_server->requestCount(), 0);

    // Demo data is not a configuration: nothing about it is saved as the user's query.
    QVERIFY(!QSettings(QStringLiteral("Loopview"), QStringLiteral("Loopview")).contains(QStringLiteral("query/v1/account")));

    // F5 refreshes the demo as demo.
    shown.clear();
    QTest::keyClick(window->balancesView(), Qt::Key_F5);
    QVERIFY(shown.wait());
    QVERIFY(window->isShowingDemoData());
    QCOMPARE(m_server->requestCount(), 0);

    QTest::mouseClick(window->demoBanner()->actionButtons().constFirst(), Qt::LeftButton);
    QVERIFY(!window->isShowingDemoData());
    QVERIFY(!window->demoBanner()->isVisible());
    QCOMPARE(window->balanceModel()->rowCount(), 0);
}

void TestMainWindow::relativeTimesAgeWhileTheWindowIsOpen()
{
    // "Updated just now" must not stay on screen for an afternoon: the window's clock ticks and
    // the status bar describes the same fetch again. Fresh prices (the demo's are quoted when
    // asked) keep their age in the tooltip; once they are old the line says it too.
    auto window = openWindow();
    auto *clock = window->findChild<WallClock *>();
    QVERIFY(clock);
    QVERIFY(clock->isTicking());
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    window->startDemo();
    QVERIFY(shown.wait());
    QVERIFY2(window->statusText().contains(QLatin1String("Updated just now")), qPrintable(window->statusText()));
    QVERIFY2(window->valueText().startsWith(QLatin1String("Total value: ")), qPrintable(window->valueText()));
    QVERIFY2(!window->valueText().contains(QLatin1String("prices updated")), qPrintable(window->valueText()));
    auto *valueLabel = child<QLabel>(*window, "valueLabel");
    QVERIFY2(valueLabel->toolTip().contains(QLatin1String("updated just now")), qPrintable(valueLabel->toolTip()));

    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3 * 3600 + 30);
    clock->setSource([later] { return later; });
    emit clock->ticked();
    QVERIFY2(window->statusText().contains(QLatin1String("Updated 3 h ago")), qPrintable(window->statusText()));
    QVERIFY2(window->valueText().contains(QLatin1String("prices updated 3 h ago")), qPrintable(window->valueText()));
    QVERIFY2(valueLabel->toolTip().contains(QLatin1String("updated 3 h ago")), qPrintable(valueLabel->toolTip()));
}

// Every amount cell must fit its column: an elided "4,206,900,000,000,00…" is a different number.
static void verifyAmountColumnsFit(MainWindow &window)
{
    QTableView *view = window.balancesView();
    const QHeaderView *header = view->horizontalHeader();
    const QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() > 0);
    for (int column = BalanceTableModel::TotalColumn; column <= BalanceTableModel::PendingWithdrawColumn; ++column) {
        const QString name = model->headerData(column, Qt::Horizontal).toString();
        const QAbstractItemView *itemView = view;  // QTableView makes sizeHintForColumn protected
        QVERIFY2(header->sectionSize(column) >= itemView->sizeHintForColumn(column), qPrintable(name));
        // Independently of the view's own hint: the widest text, in the cell's font, plus the
        // delegate's decimal padding and the style's text margins, fits the section.
        const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            const QFont font = index.data(Qt::FontRole).isValid() ? index.data(Qt::FontRole).value<QFont>() : view->font();
            const QString text = index.data(Qt::DisplayRole).toString()
                    + QString(index.data(BalanceTableModel::DecimalPaddingRole).toInt(), QChar(0x2007));
            const int needed = QFontMetrics(font).horizontalAdvance(text) + margins;
            QVERIFY2(view->columnWidth(column) >= needed,
                     qPrintable(QStringLiteral("%1 row %2: %3 < %4").arg(name).arg(row).arg(view->columnWidth(column)).arg(needed)));
        }
    }
}

void TestMainWindow::firstStartUntilAnAccountWasFetched()
{
    // "Nothing configured" decides whether the application opens on the demo data.
    QSettings(QStringLiteral("Loopview"), QStringLiteral("Loopview")).remove(QStringLiteral("query/v1/account"));
    {
        auto window = openWindow();
        QVERIFY(window->isFirstStart());
        // Demo data is not a configuration: still a first start afterwards.
        QSignalSpy shown(window.get(), &MainWindow::balancesShown);
        window->startDemo();
        QVERIFY(shown.count() > 0 || shown.wait());
        QVERIFY(window->isFirstStart());

        fillForm(*window, QStringLiteral("20533"), SecretKey);
        QVERIFY(fetchSucceeded(*window));
        QVERIFY(!window->isFirstStart());
    }
    auto reopened = openWindow();
    QVERIFY(!reopened->isFirstStart());
}

void TestMainWindow::amountColumnsNeverElideDigits()
{
    auto window = openWindow();
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    window->startDemo();
    QVERIFY(shown.count() > 0 || shown.wait());
    // The demo data holds 4.2 quadrillion PEPE ("4,206,900,000,000,000"): the widest cell.
    bool hasHugeAmount = false;
    for (int row = 0; row < window->balanceProxy()->rowCount(); ++row) {
        hasHugeAmount = hasHugeAmount
                || window->balanceProxy()->index(row, BalanceTableModel::TotalColumn).data().toString().size() > 20;
    }
    QVERIFY(hasHugeAmount);
    verifyAmountColumnsFit(*window);
    if (QTest::currentTestFailed())
        return;

    // A user (or a restored header state from last session) narrowed the amount columns: the next
    // data widens them again, while a column the user widened keeps its width.
    QHeaderView *header = window->balancesView()->horizontalHeader();
    for (int column = BalanceTableModel::TotalColumn; column <= BalanceTableModel::PendingWithdrawColumn; ++column)
        header->resizeSection(column, header->minimumSectionSize());
    header->resizeSection(BalanceTableModel::LockedColumn, 700);
    shown.clear();
    window->refresh();
    QVERIFY(shown.count() > 0 || shown.wait());
    verifyAmountColumnsFit(*window);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(header->sectionSize(BalanceTableModel::LockedColumn), 700);

    // Rows hidden by the filter when the data arrived still fit once the filter is cleared.
    window->leaveDemo();
    auto *filter = child<QLineEdit>(*window, "filterEdit");
    filter->setText(QStringLiteral("ETH"));
    shown.clear();
    window->startDemo();
    QVERIFY(shown.count() > 0 || shown.wait());
    for (int column = BalanceTableModel::TotalColumn; column <= BalanceTableModel::PendingWithdrawColumn; ++column)
        header->resizeSection(column, header->minimumSectionSize());
    filter->clear();
    verifyAmountColumnsFit(*window);
    if (QTest::currentTestFailed())
        return;
}

void TestMainWindow::demoNamesItsAccountInTheForm()
{
    auto window = openWindow();
    auto *account = child<QLineEdit>(*window, "accountEdit");
    const QString formHint = account->placeholderText();
    QVERIFY(!formHint.isEmpty());
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    window->startDemo();
    QVERIFY(shown.count() > 0 || shown.wait());
    QVERIFY(account->text().isEmpty());  // nothing typed for the user: it is only a hint
    QCOMPARE(account->placeholderText(), QStringLiteral("Demo account %1").arg(window->currentSnapshot()->accountText));
    QVERIFY(!window->currentSnapshot()->accountText.isEmpty());
    window->leaveDemo();
    QCOMPARE(account->placeholderText(), formHint);
}

void TestMainWindow::roundingIsShownOnlyAndRemembered()
{
    {
        auto window = openWindow();
        auto *round = window->findChild<QAction *>(QStringLiteral("actionRoundToPrecision"));
        QVERIFY(round && round->isCheckable());
        QVERIFY(!round->isChecked());  // exact by default
        QVERIFY(window->viewMenu()->actions().contains(round));
        fillForm(*window, QStringLiteral("20533"), SecretKey);
        QVERIFY(fetchSucceeded(*window));
        // Sorted by symbol: ETH, LRC, USDC, USDT, WBTC; USDT's precision is 2.
        QTableView *view = window->balancesView();
        const QModelIndex usdt = view->model()->index(3, BalanceTableModel::TotalColumn);
        QCOMPARE(usdt.data().toString(), QStringLiteral("4.520013"));
        round->trigger();
        QCOMPARE(usdt.data().toString(), QStringLiteral("4.52"));
        view->setFocus();
        view->setCurrentIndex(usdt);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("4.520013\n"));
        window->close();
    }
    auto again = openWindow();
    QVERIFY(again->findChild<QAction *>(QStringLiteral("actionRoundToPrecision"))->isChecked());
    QVERIFY(again->balanceModel()->roundsToTokenPrecision());
}

void TestMainWindow::copyPutsExactValuesOnTheClipboard()
{
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));

    // Rows sorted by symbol: ETH, LRC, USDC, USDT, WBTC. Select Total..Locked of ETH and LRC.
    QTableView *view = window->balancesView();
    const QAbstractItemModel *model = view->model();
    view->setFocus();
    view->selectionModel()->select(QItemSelection(model->index(0, BalanceTableModel::TotalColumn),
                                                  model->index(1, BalanceTableModel::LockedColumn)),
                                   QItemSelectionModel::ClearAndSelect);
    view->selectionModel()->setCurrentIndex(model->index(1, BalanceTableModel::LockedColumn), QItemSelectionModel::NoUpdate);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    // Exact machine text: no grouping, no rounding, '.' separator.
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("0.87341\t0.12\n15800.25\t0\n"));

    view->selectionModel()->select(model->index(4, BalanceTableModel::TotalColumn), QItemSelectionModel::ClearAndSelect);
    view->selectionModel()->setCurrentIndex(model->index(4, BalanceTableModel::TotalColumn), QItemSelectionModel::NoUpdate);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("0.00001\n"));
}

void TestMainWindow::contextMenuCopiesRowAndTokenId()
{
    m_server->route(PricesPath, FakeResponse::prices("USD"));
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));
    QTableView *view = window->balancesView();
    view->setCurrentIndex(view->model()->index(3, BalanceTableModel::AvailableColumn));  // USDT
    window->tableActions()->copyCurrentRow();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("USDT\t4.520013\t0.020013\t4.5\t0\t0\t3\t1.0001\t4.52\t\n"));
    window->tableActions()->copyCurrentTokenId();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("3"));
    window->tableActions()->copyCurrentAmount();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("4.5"));
}

void TestMainWindow::shortcutsReachFilterAndRefresh()
{
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));
    QTableView *view = window->balancesView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    auto *filter = child<QLineEdit>(*window, "filterEdit");
    QCOMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, QStringLiteral("usd"));
    QCOMPARE(window->balanceProxy()->rowCount(), 2);

    const qsizetype balancesBefore = requestsTo(BalancesPath).size();
    const qsizetype tokensBefore = requestsTo(TokensPath).size();
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    QTest::keyClick(view, Qt::Key_F5);
    QVERIFY(shown.wait());
    QCOMPARE(requestsTo(BalancesPath).size(), balancesBefore + 1);
    QCOMPARE(requestsTo(TokensPath).size(), tokensBefore);  // token list reused from this session
}

void TestMainWindow::hideZeroAndFilterUpdateStatus()
{
    auto window = openWindow();
    serveBalances(FakeResponse::json(
            "[{\"accountId\":1,\"tokenId\":0,\"total\":\"0\",\"locked\":\"0\",\"pending\":{\"withdraw\":\"0\",\"deposit\":\"0\"}},"
            "{\"accountId\":1,\"tokenId\":1,\"total\":\"5\",\"locked\":\"0\",\"pending\":{\"withdraw\":\"0\",\"deposit\":\"0\"}}]"));
    fillForm(*window, QStringLiteral("1"), SecretKey);
    QVERIFY(fetchSucceeded(*window));
    QVERIFY(window->statusText().contains(QLatin1String("Tokens shown: 2 of 2")));
    QTest::mouseClick(child<QCheckBox>(*window, "hideZeroCheck"), Qt::LeftButton);
    QCOMPARE(window->balanceProxy()->rowCount(), 1);
    QVERIFY(window->statusText().contains(QLatin1String("Tokens shown: 1 of 2")));
    QVERIFY(!window->statusText().contains(QLatin1String("pending")));
}

void TestMainWindow::statusBarCountsPendingAmounts()
{
    // The fixture: deposits pending for ETH and USDC, a withdrawal for LRC.
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));
    QVERIFY2(window->statusText().contains(QLatin1String("2 pending deposits")), qPrintable(window->statusText()));
    QVERIFY(window->statusText().contains(QLatin1String("pending withdrawal")));
}

void TestMainWindow::showKeyToggleRevealsAndHides()
{
    auto window = openWindow();
    auto *keyEdit = child<QLineEdit>(*window, "apiKeyEdit");
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    keyEdit->setFocus();
    QTest::keyClick(keyEdit, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    QTest::keyClick(keyEdit, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    // The same action sits in the field as the eye button.
    QVERIFY(!keyEdit->actions().isEmpty());
}

void TestMainWindow::settingsRememberQueryButNeverTheKey()
{
    QString settingsFile;
    {
        auto window = openWindow();
        fillForm(*window, QStringLiteral("20533"), SecretKey);
        QTest::keyClicks(child<QLineEdit>(*window, "tokenFilterEdit"), QStringLiteral("ETH, LRC"));
        QTest::mouseClick(child<QCheckBox>(*window, "rememberKeyCheck"), Qt::LeftButton);
        QVERIFY(fetchSucceeded(*window));
        window->balancesView()->sortByColumn(BalanceTableModel::TokenIdColumn, Qt::DescendingOrder);
        window->close();
        settingsFile = QSettings(QStringLiteral("Loopview"), QStringLiteral("Loopview")).fileName();
    }
    QVERIFY(settingsFile.startsWith(m_settingsDir->path()));

    QSettings settings(QStringLiteral("Loopview"), QStringLiteral("Loopview"));
    QCOMPARE(settings.value(QStringLiteral("query/v1/account")).toString(), QStringLiteral("20533"));
    QCOMPARE(settings.value(QStringLiteral("query/v1/network")).toString(), QStringLiteral("custom"));
    QVERIFY(settings.contains(QStringLiteral("mainwindow/v1/geometry")));
    QVERIFY(settings.contains(QStringLiteral("balances/v2/layout")));
    for (const QString &key : settings.allKeys()) {
        QVERIFY2(!key.contains(QLatin1String("apikey"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!settings.value(key).toString().contains(SecretKey), qPrintable(key));
    }
    QFile file(settingsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(SecretKey.toLatin1()));

    // A new window comes back with the saved query but an empty key field.
    auto again = openWindow();
    QCOMPARE(child<QLineEdit>(*again, "accountEdit")->text(), QStringLiteral("20533"));
    QCOMPARE(child<QLineEdit>(*again, "tokenFilterEdit")->text(), QStringLiteral("ETH, LRC"));
    QCOMPARE(again->queryForm().network, Network::Custom);
    QVERIFY(child<QLineEdit>(*again, "apiKeyEdit")->text().isEmpty());
    // The table comes back sorted the way it was left.
    QCOMPARE(again->balanceProxy()->sortColumn(), int(BalanceTableModel::TokenIdColumn));
    QCOMPARE(again->balanceProxy()->sortOrder(), Qt::DescendingOrder);
}

void TestMainWindow::loadQueryFillsFormAndFetches()
{
    auto window = openWindow();
    window->setApiKey(SecretKey);
    QueryForm form;
    form.network = Network::Custom;
    form.customUrl = m_server->baseUrl();
    form.account = QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb");
    form.tokens = QStringLiteral("LRC");
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    window->loadQuery(form);
    QVERIFY(shown.wait());
    const RecordedRequest request = requestsTo(BalancesPath).last();
    QCOMPARE(request.query().queryItemValue(QStringLiteral("address")),
             QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb"));
    QCOMPARE(request.query().queryItemValue(QStringLiteral("tokens")), QStringLiteral("1"));
    QCOMPARE(window->queryForm().account, form.account);
    QCOMPARE(window->queryForm().tokens, form.tokens);
}

void TestMainWindow::rememberedKeyIsWrittenAfterASuccessfulFetch()
{
    FakeKeyStore store;
    auto window = openWindow();
    window->setKeyStore(&store);
    QCOMPARE(window->keyStore(), &store);
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QTest::mouseClick(child<QCheckBox>(*window, "rememberKeyCheck"), Qt::LeftButton);
    QVERIFY(window->remembersKey());
    QVERIFY(fetchSucceeded(*window));
    QVERIFY(store.drain());

    const QString id = entryId(QStringLiteral("20533"));
    QCOMPARE(id, QStringLiteral("query:http://127.0.0.1:%1|20533").arg(m_server->baseUrl().port()));
    QCOMPARE(window->rememberedKeyId(m_server->baseUrl(), u" 20533 "), id);
    QCOMPARE(store.writes, 1);
    QCOMPARE(store.keys.keys(), QStringList{id});
    QCOMPARE(store.keys.value(id), SecretKey);

    // An address typed in lower case is remembered under its checksummed form, like the API
    // reports it, so either spelling finds the key later.
    auto *account = child<QLineEdit>(*window, "accountEdit");
    account->clear();
    QTest::keyClicks(account, OwnerLower);
    QVERIFY(fetchSucceeded(*window));
    QVERIFY(store.drain());
    QCOMPARE(store.keys.value(entryId(OwnerChecksummed)), SecretKey);
    QCOMPARE(store.keys.size(), 2);

    // Demo data never touches the store.
    const int writes = store.writes;
    const int deletes = store.deletes;
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    window->startDemo();
    QVERIFY(shown.wait());
    QVERIFY(store.drain());
    QCOMPARE(store.writes, writes);
    QCOMPARE(store.deletes, deletes);
}

void TestMainWindow::untickedFetchForgetsTheRememberedKey()
{
    FakeKeyStore store;
    const QString id = entryId(QStringLiteral("20533"));
    const QString otherId = entryId(QStringLiteral("1"));
    store.keys.insert(id, QStringLiteral("an older key"));
    store.keys.insert(otherId, QStringLiteral("another account's key"));
    auto window = openWindow();
    window->setKeyStore(&store);
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(!window->remembersKey());
    QVERIFY(fetchSucceeded(*window));
    QVERIFY(store.drain());
    QCOMPARE(store.deletes, 1);
    QCOMPARE(store.writes, 0);
    QVERIFY(!store.keys.contains(id));
    QVERIFY(store.keys.contains(otherId));  // only this service and account opted out
    QCOMPARE(window->apiKey(), SecretKey);  // the field keeps what the user typed
}

void TestMainWindow::rememberedKeyComesBackForTheSameAccount()
{
    FakeKeyStore store;
    {
        auto window = openWindow();
        window->setKeyStore(&store);
        fillForm(*window, OwnerLower, SecretKey);
        QTest::mouseClick(child<QCheckBox>(*window, "rememberKeyCheck"), Qt::LeftButton);
        QVERIFY(fetchSucceeded(*window));
        QVERIFY(store.drain());
        QCOMPARE(store.keys.value(entryId(OwnerChecksummed)), SecretKey);
        window->close();
    }

    // A new window with the same store: the restored query gets its key back, Remember ticked.
    auto window = openWindow();
    auto *keyEdit = child<QLineEdit>(*window, "apiKeyEdit");
    auto *account = child<QLineEdit>(*window, "accountEdit");
    auto *tokens = child<QLineEdit>(*window, "tokenFilterEdit");
    auto *remember = child<QCheckBox>(*window, "rememberKeyCheck");
    QCOMPARE(account->text(), OwnerLower);
    QVERIFY(keyEdit->text().isEmpty());
    QVERIFY(!remember->isChecked());
    window->setKeyStore(&store);
    QTRY_COMPARE(keyEdit->text(), SecretKey);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(remember->isChecked());

    // Typing the account (checksummed this time) and leaving the field fills an empty key field.
    keyEdit->clear();
    remember->setChecked(false);
    account->clear();
    account->setFocus();
    QTest::keyClicks(account, OwnerChecksummed);
    QVERIFY(keyEdit->text().isEmpty());  // not while typing
    tokens->setFocus();
    QTRY_COMPARE(keyEdit->text(), SecretKey);
    QVERIFY(remember->isChecked());

    // An account with nothing remembered leaves the field alone.
    keyEdit->clear();
    account->setFocus();
    account->clear();
    QTest::keyClicks(account, QStringLiteral("1"));
    tokens->setFocus();
    QVERIFY(store.drain());
    QVERIFY(keyEdit->text().isEmpty());

    // A key the user is typing is never overwritten.
    keyEdit->setFocus();
    QTest::keyClicks(keyEdit, QStringLiteral("typed"));
    account->setFocus();
    account->clear();
    QTest::keyClicks(account, OwnerLower);
    tokens->setFocus();
    QVERIFY(store.drain());
    QCOMPARE(keyEdit->text(), QStringLiteral("typed"));

    // Account typed, key field empty, Enter: the remembered key is used for the fetch.
    keyEdit->clear();
    account->setFocus();
    account->clear();
    QTest::keyClicks(account, OwnerLower);
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    QTest::keyClick(account, Qt::Key_Return);
    QVERIFY(shown.wait());
    QCOMPARE(requestsTo(BalancesPath).last().header("X-API-KEY"), SecretKey.toLatin1());
    QVERIFY(!window->messageBar()->isVisible());

    // loadQuery (a bookmark without its own key) fills the key for the loaded account.
    keyEdit->clear();
    QueryForm form = window->queryForm();
    form.account = QStringLiteral("1");
    window->loadQuery(form, false);
    QVERIFY(store.drain());
    QVERIFY(keyEdit->text().isEmpty());
    form.account = OwnerChecksummed;
    window->loadQuery(form, false);
    QTRY_COMPARE(keyEdit->text(), SecretKey);
}

void TestMainWindow::rejectedKeyIsNeverRemembered()
{
    FakeKeyStore store;
    auto window = openWindow();
    window->setKeyStore(&store);
    const QString id = entryId(QStringLiteral("20533"));

    serveBalances(FakeResponse::resultInfo(400, 104002, "invalid apikey"));
    fillForm(*window, QStringLiteral("20533"), QStringLiteral("WrongKey"));
    QTest::mouseClick(child<QCheckBox>(*window, "rememberKeyCheck"), Qt::LeftButton);
    QSignalSpy failed(window->fetchController(), &FetchController::failed);
    clickFetch(*window);
    QVERIFY(failed.wait());
    QVERIFY(store.drain());
    QCOMPARE(store.writes, 0);
    QCOMPARE(store.deletes, 0);
    QVERIFY(store.keys.isEmpty());

    // A good key is remembered; a later rejected one does not replace it.
    serveFixtures();
    auto *keyEdit = child<QLineEdit>(*window, "apiKeyEdit");
    keyEdit->clear();
    QTest::keyClicks(keyEdit, SecretKey);
    QVERIFY(fetchSucceeded(*window));
    QVERIFY(store.drain());
    QCOMPARE(store.keys.value(id), SecretKey);

    serveBalances(FakeResponse::resultInfo(400, 104001, "apikey missing"));
    keyEdit->clear();
    QTest::keyClicks(keyEdit, QStringLiteral("AnotherWrongKey"));
    clickFetch(*window);
    QVERIFY(failed.wait());
    QVERIFY(store.drain());
    QCOMPARE(store.writes, 1);
    QCOMPARE(store.keys.value(id), SecretKey);
}

void TestMainWindow::rememberTextFollowsTheKeyStore()
{
    auto window = openWindow();
    auto *remember = child<QCheckBox>(*window, "rememberKeyCheck");
    // On its own the window keeps keys in memory, and says so.
    QVERIFY(remember->text().contains(QLatin1String("for this session only")));
    QVERIFY(!remember->toolTip().isEmpty());

    FakeKeyStore keyring;
    window->setKeyStore(&keyring);
    QCOMPARE(remember->text(), QStringLiteral("Re&member key in the system keyring"));
    QVERIFY(remember->toolTip().contains(QLatin1String("keyring")));
    QVERIFY(!remember->accessibleName().isEmpty());

    // The keyring turns out to be unusable: the store fell back to memory.
    keyring.loseKeyring();
    QCOMPARE(remember->text(), QStringLiteral("Re&member key for this session only"));
    QVERIFY(remember->toolTip().contains(QLatin1String("until Loopview quits")));

    MemoryKeyStore memory;
    window->setKeyStore(&memory);
    QVERIFY(remember->text().contains(QLatin1String("for this session only")));
    QCOMPARE(remember->accessibleName(), QStringLiteral("Remember API key for this session"));
}

// Issue 11: the title, the status bar and the table's accessible name say whose data it is.
void TestMainWindow::whoseDataIsNamedEverywhere()
{
    auto window = openWindow();
    QCOMPARE(window->windowTitle(), QStringLiteral("Loopview"));
    fillForm(*window, OwnerLower, SecretKey);
    QVERIFY(fetchSucceeded(*window));
    const QString host = hostLabel(m_server->baseUrl());
    const QString whose = QStringLiteral("address %1 (account 20533) on %2").arg(OwnerChecksummed, host);
    QCOMPARE(window->windowTitle(), QStringLiteral("%1 — Loopview").arg(whose));
    auto *shownLabel = child<QLabel>(*window, "shownLabel");
    QVERIFY(shownLabel->isVisible());
    QVERIFY(shownLabel->font().bold());  // set apart from the status line beside it
    // The status bar shortens the address; its tooltip and accessible name have it whole.
    QCOMPARE(shownLabel->text(), QStringLiteral("Balances of address 0x8656\u2026ABeb (account 20533) on %1").arg(host));
    QCOMPARE(shownLabel->toolTip(), QStringLiteral("Balances of ") + whose);
    QCOMPARE(shownLabel->accessibleName(), QStringLiteral("Balances of ") + whose);
    QCOMPARE(window->balancesView()->accessibleName(), QStringLiteral("Balances table: Balances of ") + whose);
    QVERIFY(!child<QLabel>(*window, "staleLabel")->isVisible());
}

// Issue 11: account B failing must not show account A's rows as B's stale balances.
void TestMainWindow::anotherAccountsFailureIsNotCalledStale()
{
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));

    serveBalances(FakeResponse::fromErrorFixture(QStringLiteral("user_not_found")));
    auto *account = child<QLineEdit>(*window, "accountEdit");
    account->clear();
    QTest::keyClicks(account, QStringLiteral("77"));
    QSignalSpy failed(window->fetchController(), &FetchController::failed);
    clickFetch(*window);
    QVERIFY(failed.wait());

    const QString host = hostLabel(m_server->baseUrl());
    const QString notice = QStringLiteral("Showing account 20533 on %1: account 77 on %1 could not be fetched").arg(host);
    QVERIFY(!window->isShowingStaleData());
    auto *staleLabel = child<QLabel>(*window, "staleLabel");
    QVERIFY(staleLabel->isVisible());
    QCOMPARE(staleLabel->text(), notice);
    QCOMPARE(staleLabel->accessibleName(), notice);
    QVERIFY(window->balanceModel()->isStale());  // greyed: not the answer to what was asked
    QCOMPARE(window->balancesView()->accessibleName(), QStringLiteral("Balances table: ") + notice);
    QVERIFY(!window->statusText().contains(QLatin1String("the last refresh failed")));
    // The title still names the account whose rows these are.
    QVERIFY2(window->windowTitle().startsWith(QLatin1String("account 20533")), qPrintable(window->windowTitle()));
    // The service does not know account 77: trying again cannot help, so it is not offered.
    QVERIFY(window->messageBar()->isVisible());
    QVERIFY(window->messageBar()->actionButtons().isEmpty());
}

void TestMainWindow::escapeKeepsSayingWhoseDataIsShown()
{
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));

    serveBalances(FakeResponse::silent());
    auto *account = child<QLineEdit>(*window, "accountEdit");
    account->clear();
    QTest::keyClicks(account, QStringLiteral("77"));
    const qsizetype before = balanceRequestCount();
    clickFetch(*window);
    QTRY_COMPARE(balanceRequestCount(), before + 1);
    auto *staleLabel = child<QLabel>(*window, "staleLabel");
    // While 77 loads, 20533's rows are greyed and say whose they are.
    QVERIFY(staleLabel->isVisible());
    QVERIFY2(staleLabel->text().startsWith(QLatin1String("Showing account 20533 on")), qPrintable(staleLabel->text()));
    QVERIFY(staleLabel->text().endsWith(QLatin1String("account 77 on %1 loads").arg(hostLabel(m_server->baseUrl()))));
    QVERIFY(window->balanceModel()->isStale());

    QTest::keyClick(window->balancesView(), Qt::Key_Escape);
    QVERIFY(!window->isBusy());
    QVERIFY(staleLabel->isVisible());
    QVERIFY2(staleLabel->text().endsWith(QLatin1String("the fetch of account 77 on %1 was cancelled")
                                                 .arg(hostLabel(m_server->baseUrl()))),
             qPrintable(staleLabel->text()));
    QVERIFY(window->balanceModel()->isStale());
    QVERIFY(window->balancesView()->accessibleName().contains(QLatin1String("account 77")));
}

// Issue 11: start in the demo, fetch an account that times out, press F5 as the message says:
// the account is asked again (same endpoint, same account), the demo does not come back.
void TestMainWindow::f5RetriesTheFailedQueryNotTheDemo()
{
    auto window = openWindow();
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    window->startDemo();
    QVERIFY(shown.count() > 0 || shown.wait());
    QVERIFY(window->isShowingDemoData());

    window->setRequestTimeout(300ms);
    serveBalances(FakeResponse::silent());
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QSignalSpy failed(window->fetchController(), &FetchController::failed);
    clickFetch(*window);
    QVERIFY(failed.wait());
    QVERIFY(window->messageBar()->text().contains(QLatin1String("press F5")));
    QCOMPARE(window->messageBar()->actionButtons().size(), 1);  // a timeout may pass: Try Again

    // The user wanders off in the form; F5 still asks for the account that failed.
    child<QLineEdit>(*window, "accountEdit")->setText(QStringLiteral("77"));
    serveFixtures();
    m_server->clearRequests();
    shown.clear();
    QTest::keyClick(window->balancesView(), Qt::Key_F5);
    QVERIFY(shown.wait());
    QVERIFY(!window->isShowingDemoData());
    QCOMPARE(window->currentSnapshot()->accountText, QStringLiteral("20533"));
    QVERIFY(!requestsTo(BalancesPath).isEmpty());
    QCOMPARE(requestsTo(BalancesPath).last().query().queryItemValue(QStringLiteral("accountId")), QStringLiteral("20533"));
    QCOMPARE(requestsTo(BalancesPath).last().header("x-api-key"), SecretKey.toLatin1());
    QCOMPARE(child<QLineEdit>(*window, "accountEdit")->text(), QStringLiteral("20533"));  // the form says so

    // Try Again does the same.
    serveBalances(FakeResponse::silent());
    clickFetch(*window);
    QVERIFY(failed.wait());
    serveFixtures();
    shown.clear();
    QTest::mouseClick(window->messageBar()->actionButtons().constFirst(), Qt::LeftButton);
    QVERIFY(shown.wait());
    QVERIFY(!window->isShowingDemoData());
    QVERIFY(!window->isShowingStaleData());
}

void TestMainWindow::statusNeverSaysReadyAfterAnError()
{
    auto window = openWindow();
    QCOMPARE(window->statusText(), QStringLiteral("Ready"));
    serveBalances(FakeResponse::fromErrorFixture(QStringLiteral("user_not_found")));
    fillForm(*window, QStringLiteral("77"), SecretKey);
    QSignalSpy failed(window->fetchController(), &FetchController::failed);
    clickFetch(*window);
    QVERIFY(failed.wait());
    QVERIFY2(!window->statusText().contains(QLatin1String("Ready")), qPrintable(window->statusText()));
    QVERIFY(window->statusText().contains(QLatin1String("account 77")));
}

void TestMainWindow::keyMessagesSayWhereKeysComeFrom()
{
    QSettings(QStringLiteral("Loopview"), QStringLiteral("Loopview")).remove(QStringLiteral("query/v1/account"));
    auto window = openWindow();
    QVERIFY(window->isFirstStart());
    QVERIFY(child<QLabel>(*window, "emptyHintLabel")->text().contains(QLatin1String("Export Account")));

    fillForm(*window, QStringLiteral("20533"), QString());
    clickFetch(*window);
    QTRY_VERIFY(window->messageBar()->isVisible());
    QVERIFY2(window->messageBar()->text().contains(QLatin1String("Export Account")), qPrintable(window->messageBar()->text()));

    serveBalances(FakeResponse::resultInfo(400, 104002, "invalid apikey"));
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QSignalSpy failed(window->fetchController(), &FetchController::failed);
    clickFetch(*window);
    QVERIFY(failed.wait());
    QVERIFY(window->messageBar()->text().contains(QLatin1String("Export Account")));
    QVERIFY(window->messageBar()->actionButtons().isEmpty());  // the same key gets the same answer
}

// Issue 11, Keyboard: where the focus starts and goes.
void TestMainWindow::keyboardGoesWhereItIsNeeded()
{
    auto window = openWindow();
    auto *account = child<QLineEdit>(*window, "accountEdit");
    QCOMPARE(QApplication::focusWidget(), account);  // typing at start fills the account

    // Choosing "Custom URL…" puts the cursor in the URL field.
    auto *network = child<QComboBox>(*window, "networkCombo");
    network->setFocus();
    QTest::keyClick(network, Qt::Key_End);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(*window, "customUrlEdit"));

    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));
    QTableView *view = window->balancesView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 1));
    // Ctrl+Tab moves between cells; the focus stays in the table.
    QTest::keyClick(view, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex().column(), 2);
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().column(), 1);
    // Tab leaves it.
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != view);
    QVERIFY(!view->isAncestorOf(QApplication::focusWidget()));

    // Fetch, the default button, looks it whatever has the focus: accent colour, bold text.
    auto *fetchButton = child<QPushButton>(*window, "fetchButton");
    auto *tryDemo = child<QPushButton>(*window, "tryDemoButton");
    QVERIFY(fetchButton->isDefault());
    QCOMPARE(fetchButton->palette().color(QPalette::Button), QGuiApplication::palette().color(QPalette::Highlight));
    QVERIFY(fetchButton->font().bold());
    QVERIFY(!tryDemo->isDefault());
    QVERIFY(tryDemo->palette().color(QPalette::Button) != fetchButton->palette().color(QPalette::Button));
}

// Issue 11: "Remember key" must not claim the keyring and then change its mind when the keyring
// turns out to be missing: the store is asked once before the checkbox is shown.
void TestMainWindow::rememberTextIsSettledBeforeItIsShown()
{
    auto window = openWindow();
    auto *remember = child<QCheckBox>(*window, "rememberKeyCheck");
    QVERIFY(remember->isVisible());  // the window's own memory store needs no asking
    const QRect place = remember->geometry();

    FakeKeyStore keyring;
    keyring.unusableOnFirstUse = true;
    window->setKeyStore(&keyring);
    QVERIFY2(remember->isHidden() || remember->text().contains(QLatin1String("for this session only")),
             qPrintable(remember->text()));
    QTRY_VERIFY(remember->isVisible());
    QCOMPARE(remember->text(), QStringLiteral("Re&member key for this session only"));
    QCOMPARE(remember->geometry(), place);  // the form did not move around it

    // A keyring that works is shown as one once it answered.
    FakeKeyStore working;
    window->setKeyStore(&working);
    QVERIFY(remember->isHidden());
    QTRY_VERIFY(remember->isVisible());
    QCOMPARE(remember->text(), QStringLiteral("Re&member key in the system keyring"));
}

// Issue 15: a Fetch asks for the NFTs of the same account, on the same service, with the same key,
// and the NFTs tab shows them.
void TestMainWindow::nftTabFollowsTheQuery()
{
    test::FakeNftService::generated(60).install(*m_server);
    auto window = openWindow();
    window->nftSession()->setRequestsPerSecond(0);
    QTabWidget *tabs = window->contentTabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->widget(1), static_cast<QWidget *>(window->nftPanel()));

    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QSignalSpy nfts(window->nftSession(), &NftSession::snapshotChanged);
    QVERIFY(fetchSucceeded(*window));
    QVERIFY(nfts.count() > 0 || nfts.wait(10000));
    QCOMPARE(window->nftPanel()->model()->rowCount(), 60);
    QCOMPARE(window->nftSession()->snapshot()->accountId, 20533);

    int nftRequests = 0;
    for (const RecordedRequest &request : m_server->requests()) {
        if (request.path() != test::FakeNftService::path())
            continue;
        ++nftRequests;
        QCOMPARE(request.query().queryItemValue(QStringLiteral("accountId")), QStringLiteral("20533"));
        QCOMPARE(request.header("X-API-KEY"), SecretKey.toLatin1());
    }
    QCOMPARE(nftRequests, 2);

    tabs->setCurrentWidget(window->nftPanel());
    QVERIFY(window->nftPanel()->view()->isVisible());
}

void TestMainWindow::nftTabShowsTheDemoAndLeavesWithIt()
{
    auto window = openWindow();
    QSignalSpy nfts(window->nftSession(), &NftSession::snapshotChanged);
    window->startDemo();
    QVERIFY(nfts.count() > 0 || nfts.wait(10000));
    QVERIFY(window->nftSession()->isDemo());
    QVERIFY(window->nftPanel()->model()->rowCount() >= 4);
    QCOMPARE(m_server->requestCount(), 0);

    window->leaveDemo();
    QVERIFY(!window->nftSession()->hasSnapshot());
    QCOMPARE(window->nftPanel()->model()->rowCount(), 0);
}

void TestMainWindow::nftTabIsRememberedAcrossSessions()
{
    {
        auto window = openWindow();
        QCOMPARE(window->contentTabs()->currentIndex(), 0);
        window->contentTabs()->setCurrentWidget(window->nftPanel());
        window->close();
    }
    auto reopened = openWindow();
    QCOMPARE(reopened->contentTabs()->currentWidget(), static_cast<QWidget *>(reopened->nftPanel()));
}

void TestMainWindow::valueColumnsAndTotalInTheChosenCurrency()
{
    // The fake service prices in USD only, like tests/fixtures/prices-sample.json.
    m_server->route(PricesPath, FakeResponse::prices("USD"));
    auto window = openWindow();
    QCOMPARE(window->currency(), QStringLiteral("USD"));  // the default
    auto *valueLabel = child<QLabel>(*window, "valueLabel");
    QVERIFY(!valueLabel->isVisible());
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));

    // ETH 2620.33 + LRC 3997.46 + USDT 4.52 + WBTC 0.37 (0.00001 × 36500 = 0.365, half away from
    // zero); USDC has no price.
    QVERIFY(valueLabel->isVisible());
    QVERIFY2(window->valueText().startsWith(QLatin1String("Total value: 6,622.68 USD (excl. 1 ")), qPrintable(window->valueText()));
    QVERIFY2(window->valueText().contains(QLatin1String("without a price")), qPrintable(window->valueText()));
    QVERIFY2(window->valueText().contains(QLatin1String("prices updated")), qPrintable(window->valueText()));
    QTableView *view = window->balancesView();
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->headerData(BalanceTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value (USD)"));
    QVERIFY(!view->isColumnHidden(BalanceTableModel::ValueColumn));

    // Sorted by value, largest first: LRC, ETH, USDT, WBTC, then USDC without one.
    view->sortByColumn(BalanceTableModel::ValueColumn, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < model->rowCount(); ++row)
        order << model->index(row, BalanceTableModel::TokenColumn).data().toString();
    QCOMPARE(order.mid(0, 4), (QStringList{QStringLiteral("LRC"), QStringLiteral("ETH"), QStringLiteral("USDT"),
                                            QStringLiteral("WBTC")}));
    QCOMPARE(model->index(0, BalanceTableModel::ValueColumn).data().toString(), QStringLiteral("3,997.46"));
    QVERIFY(model->index(4, BalanceTableModel::ValueColumn).data().toString().isEmpty());

    // Another currency refreshes at once; one the service refuses leaves the balances and says why.
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    QSettings settings;
    Preferences preferences = Preferences::load(settings);
    preferences.currency = QStringLiteral("EUR");
    window->applyPreferences(preferences);
    QVERIFY(shown.wait(5000) || shown.count() > 0);
    QCOMPARE(requestsTo(PricesPath).last().query().queryItemValue(QStringLiteral("legal")), QStringLiteral("EUR"));
    QCOMPARE(window->balanceModel()->rowCount(), 5);
    // The second fetch of the account also says since when the changes count (once the history
    // thread has read the first one).
    QTRY_VERIFY2(window->valueText().startsWith(QLatin1String("No EUR prices  ")), qPrintable(window->valueText()));
    QVERIFY(window->valueText().contains(QLatin1String("changes since")));
    QVERIFY2(valueLabel->toolTip().contains(QLatin1String("EUR prices could not be loaded")), qPrintable(valueLabel->toolTip()));
    QVERIFY(model->index(0, BalanceTableModel::ValueColumn).data().toString().isEmpty());
    QCOMPARE(model->headerData(BalanceTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
}

void TestMainWindow::mnemonicsOfEachTabAreUnambiguous()
{
    // Alt+letter must reach one thing: the menus, the tab titles and whatever the central area
    // shows with the current tab. Two owners of a letter make Qt cycle between them instead.
    auto window = openWindow();
    QTabWidget *tabs = window->contentTabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QMultiHash<QChar, QString> owners;
        const auto note = [&owners](const QString &text) {
            if (const QChar letter = mnemonicOf(text); !letter.isNull())
                owners.insert(letter, text);
        };
        for (QAction *menu : window->menuBar()->actions())
            note(menu->text());
        for (int index = 0; index < tabs->count(); ++index)
            note(tabs->tabText(index));
        QWidget *central = window->centralWidget();
        for (QLabel *label : central->findChildren<QLabel *>())
            if (label->buddy() && label->isVisibleTo(window.get()))
                note(label->text());
        for (QAbstractButton *button : central->findChildren<QAbstractButton *>())
            if (button->isVisibleTo(window.get()))
                note(button->text());
        for (const QChar letter : owners.uniqueKeys())
            QVERIFY2(owners.count(letter) == 1,
                     qPrintable(QStringLiteral("tab %1: Alt+%2 is %3").arg(tabs->tabText(tab), letter,
                                                                            owners.values(letter).join(QLatin1String(", ")))));
    }
}

QList<Snapshot> TestMainWindow::recordedSnapshots() const
{
    HistoryStore store(historyPath());
    if (!store.open().ok())
        return {};
    return store.snapshots(HistoryAccount{serviceKey(m_server->baseUrl()), qint64(20533)}).value();
}

void TestMainWindow::everyLiveFetchIsRecordedNeverTheDemo()
{
    m_server->route(PricesPath, FakeResponse::prices("USD"));
    auto window = openWindow();
    QSignalSpy recorded(window->historyRecorder(), &HistoryRecorder::recorded);
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));
    QTRY_COMPARE(recorded.count(), 1);  // written on the history thread
    QList<Snapshot> snapshots = recordedSnapshots();
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(snapshots.at(0).tokens.size(), 5);
    QCOMPARE(snapshots.at(0).currency, QStringLiteral("USD"));
    QCOMPARE(snapshots.at(0).tokens.at(0).price->toString(), QStringLiteral("3000.12"));
    QCOMPARE(snapshots.at(0).fetchedAt, window->currentSnapshot()->fetchedAt);

    QVERIFY(fetchSucceeded(*window));
    QTRY_COMPARE(recordedSnapshots().size(), 2);

    // The demo is never recorded.
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    window->startDemo();
    QVERIFY(shown.count() > 0 || shown.wait());
    QVERIFY(window->isShowingDemoData());
    QCOMPARE(recorded.count(), 2);

    // Preferences can turn recording off.
    window->leaveDemo();
    QSettings settings;
    Preferences preferences = Preferences::load(settings);
    preferences.recordHistory = false;
    window->applyPreferences(preferences);
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));
    QCOMPARE(recordedSnapshots().size(), 2);
    QCOMPARE(recorded.count(), 2);
}

void TestMainWindow::forgetHistoryAsksThenDeletes()
{
    auto window = openWindow();
    QAction *forget = window->forgetHistoryAction()->action();
    QVERIFY(window->fileMenu()->actions().contains(forget));
    QVERIFY(!forget->isEnabled());  // nothing shown
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));
    QVERIFY(fetchSucceeded(*window));
    QTRY_COMPARE(recordedSnapshots().size(), 2);
    QVERIFY(forget->isEnabled());

    QString asked;
    bool answer = false;
    window->forgetHistoryAction()->setConfirmation([&asked, &answer](QWidget *, const QString &question) {
        asked = question;
        return answer;
    });
    forget->trigger();
    QVERIFY2(asked.contains(QLatin1String("account 20533")), qPrintable(asked));
    QCOMPARE(recordedSnapshots().size(), 2);  // declined: nothing deleted

    answer = true;
    forget->trigger();
    QTRY_COMPARE(recordedSnapshots().size(), 0);
    QTRY_VERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("Forgot 2 recorded snapshots")),
                 qPrintable(window->statusBar()->currentMessage()));
    // The balances on screen stay.
    QCOMPARE(window->balanceModel()->rowCount(), 5);

    // The demo has no history to forget.
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    window->startDemo();
    QVERIFY(shown.count() > 0 || shown.wait());
    QVERIFY(!forget->isEnabled());
}

void TestMainWindow::changeColumnCountsFromThePreviousFetch()
{
    // The changing-balance scenario: the fixture, then a later state of the same account (ETH up
    // to 1, USDT gone), then the later state again.
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-later-sample.json"))));
    auto window = openWindow();
    fillForm(*window, QStringLiteral("20533"), SecretKey);
    QVERIFY(fetchSucceeded(*window));
    QVERIFY(!window->balanceModel()->hasChanges());  // nothing recorded before
    QVERIFY(!window->valueText().contains(QLatin1String("changes since")));
    const QDateTime first = window->currentSnapshot()->fetchedAt;

    QVERIFY(fetchSucceeded(*window));
    // The previous snapshot is read on the history thread: the column may follow the rows.
    QTRY_COMPARE(window->balanceModel()->changesSince(), first);
    QVERIFY2(window->valueText().contains(QLatin1String("changes since")), qPrintable(window->valueText()));
    const QAbstractItemModel *table = window->balancesView()->model();
    QStringList tokens;
    QHash<QString, QString> changes;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString token = table->index(row, BalanceTableModel::TokenColumn).data().toString();
        tokens << token;
        changes.insert(token, table->index(row, BalanceTableModel::ChangeColumn).data().toString());
    }
    QCOMPARE(tokens.size(), 5);  // USDT stays, as a zero row
    QCOMPARE(changes.value(QStringLiteral("ETH")), QStringLiteral("+0.12659"));
    QCOMPARE(changes.value(QStringLiteral("USDT")), QStringLiteral("-4.520013"));
    QCOMPARE(changes.value(QStringLiteral("LRC")), QStringLiteral("0"));

    // Until the next fetch: then USDT is gone for good and nothing changed.
    QVERIFY(fetchSucceeded(*window));
    QTRY_COMPARE(window->balanceModel()->rowCount(), 4);
    QTRY_VERIFY(window->balanceModel()->changesSince() > first);
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(table->index(row, BalanceTableModel::ChangeColumn).data().toString(), QStringLiteral("0"));

    // The demo has no history: no changes.
    QSignalSpy shown(window.get(), &MainWindow::balancesShown);
    window->startDemo();
    QVERIFY(shown.count() > 0 || shown.wait());
    QVERIFY(!window->balanceModel()->hasChanges());
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
