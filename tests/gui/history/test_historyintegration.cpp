// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/history/historychart.h"
#include "gui/history/historyintegration.h"
#include "gui/history/historypanel.h"

#include "historytestdata.h"

#include "core/service.h"
#include "gui/balanceproxymodel.h"
#include "gui/balancetablemodel.h"
#include "gui/historyrecorder.h"
#include "gui/mainwindow.h"
#include "net/loopringclient.h"

#include "fakeloopringserver.h"

#include "offscreennoise.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::historytest;
using namespace loopview::test;
using namespace std::chrono_literals;

namespace {

const QString TokensPath = QStringLiteral("/api/v3/exchange/tokens");
const QString BalancesPath = QStringLiteral("/api/v3/user/balances");

} // namespace

class TestHistoryIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        loopview::testsupport::quietOffscreenPluginNoise();
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
        m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
        m_server = std::make_unique<FakeLoopringServer>();
        QVERIFY(m_server->listen());
        m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
        m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    }

    void cleanup() { m_server.reset(); }

    void viewMenuTogglesTheDock()
    {
        MainWindow window;
        HistoryIntegration *history = HistoryIntegration::install(&window, m_path);
        window.show();
        QVERIFY(!history->dock()->isVisible());  // closed until asked for
        QAction *toggle = window.findChild<QAction *>(QStringLiteral("actionShowHistory"));
        QVERIFY(toggle);
        QVERIFY(window.viewMenu()->actions().contains(toggle));
        QVERIFY(!toggle->shortcut().isEmpty());
        toggle->trigger();
        QVERIFY(history->dock()->isVisible());
        QVERIFY(toggle->isChecked());
        QVERIFY(!history->dock()->windowTitle().isEmpty());
        QVERIFY(!history->panel()->accessibleName().isEmpty());
        {
            // Opened once, it opens with the next window.
            MainWindow again;
            HistoryIntegration *reopened = HistoryIntegration::install(&again, m_path);
            again.show();
            QVERIFY(reopened->dock()->isVisible());
        }
        toggle->trigger();
        QVERIFY(!history->dock()->isVisible());
    }

    void followsTheFetchedAccountAndTheSelectedToken()
    {
        // Two earlier snapshots of the fixture's account on this service, and one of another account.
        const QString service = serviceKey(m_server->baseUrl());
        QVERIFY(record(m_path, {snapshot(service, 20533, 0, QStringLiteral("USD"), {token(1, "LRC", "1000000000000000000", 18, "0.25")}),
                                snapshot(service, 20533, 1, QStringLiteral("USD"), {token(1, "LRC", "3000000000000000000", 18, "0.25")}),
                                snapshot(service, 99, 1, QStringLiteral("USD"), {token(1, "LRC", "5", 18, "0.25")})}));
        MainWindow window;
        window.fetchController()->setTokenCacheDirectory(m_dir->path());
        window.historyRecorder()->setStorePath(m_path);
        HistoryIntegration *history = HistoryIntegration::install(&window);  // reads where the window records
        window.show();
        history->dock()->show();
        HistoryPanel *panel = history->panel();

        QSignalSpy shown(panel, &HistoryPanel::historyShown);
        QueryForm form;
        form.network = Network::Custom;
        form.customUrl = m_server->baseUrl();
        form.account = QStringLiteral("20533");
        window.setApiKey(QStringLiteral("key"));
        window.loadQuery(form);
        QVERIFY(shown.wait());
        // The two recorded before, then this fetch once the window has recorded it.
        QTRY_COMPARE(panel->snapshots().size(), 3);
        for (const Snapshot &snapshot : panel->snapshots())
            QCOMPARE(snapshot.accountId, std::optional<qint64>(20533));
        QCOMPARE(panel->valueChart()->points().constFirst().exactText, QStringLiteral("0.25"));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("historyTitle"))->text().contains(QStringLiteral("20533")));

        // Selecting LRC's row in the table charts LRC's amount.
        QTableView *table = window.balancesView();
        int lrcRow = -1;
        for (int row = 0; row < window.balanceProxy()->rowCount(); ++row) {
            if (window.balanceProxy()->index(row, 0).data(BalanceTableModel::TokenIdRole).toInt() == 1)
                lrcRow = row;
        }
        QVERIFY(lrcRow >= 0);
        table->setCurrentIndex(window.balanceProxy()->index(lrcRow, 1));
        QVERIFY(panel->tokenChart()->isVisible());
        QCOMPARE(panel->tokenChart()->points().constFirst().exactText, QStringLiteral("1"));
        QCOMPARE(panel->tokenChart()->points().at(1).exactText, QStringLiteral("3"));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("historyTokenCaption"))->text().contains(QStringLiteral("LRC")));
    }

    void demoDataHasNoHistory()
    {
        MainWindow window;
        HistoryIntegration *history = HistoryIntegration::install(&window, m_path);
        window.show();
        history->dock()->show();
        QSignalSpy shownBalances(&window, &MainWindow::balancesShown);
        window.startDemo();
        QVERIFY(shownBalances.wait());
        QVERIFY(history->panel()->snapshots().isEmpty());
        QVERIFY(history->panel()->noticeLabel()->text().contains(QStringLiteral("Demo")));
        QVERIFY(!QFile::exists(m_path));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeLoopringServer> m_server;
    QString m_path;
};

QTEST_MAIN(TestHistoryIntegration)
#include "test_historyintegration.moc"
