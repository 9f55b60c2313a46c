// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/bookmarkstore.h"
#include "fakeloopringserver.h"
#include "gui/bookmarks/bookmarkdialog.h"
#include "gui/bookmarks/bookmarklistmodel.h"
#include "gui/bookmarks/bookmarkpanel.h"
#include "gui/bookmarks/bookmarksintegration.h"
#include "gui/bookmarks/portfoliomodel.h"
#include "gui/bookmarks/portfoliowindow.h"
#include "gui/mainwindow.h"
#include "gui/messagebar.h"
#include "secrets/keychainkeystore.h"
#include "secrets/memorykeystore.h"
#include "ui_bookmarkdialog.h"

#include <QApplication>
#include <QDirIterator>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace loopview;
using loopview::test::FakeLoopringServer;
using loopview::test::FakeResponse;

namespace {

const QByteArray PrivateKey = "0x0badc0ffee5ecre7000000000000000000000000000000000000000000000042";
const QByteArray ApiKey = "ApIkEy7e5700000000000000000000000000000000000000000000000000abcd";

// The whole XDG home of this test process: everything the window writes ends up below it.
QTemporaryDir *g_home = nullptr;

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestBookmarksIntegration : public QObject
{
    Q_OBJECT

private slots:
    void menuDocksAndRoundTrip()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/api/v3/exchange/tokens"),
                     FakeResponse::json(test::readFixture(QStringLiteral("tokens-sample.json"))));
        server.route(QStringLiteral("/api/v3/user/balances"),
                     FakeResponse::json(test::readFixture(QStringLiteral("balances-sample.json"))));

        QTemporaryDir inbox; // where the user's own files are: not written by Loopview
        const QString exportPath = inbox.filePath(QStringLiteral("wallet.json"));
        writeFile(exportPath, "{\"address\":\"0x8656920c85342d646e5286cb841f90209272abeb\",\"accountId\":20533,"
                              "\"apiKey\":\"" + ApiKey + "\",\"publicX\":\"0x1\",\"publicY\":\"0x2\","
                              "\"privateKey\":\"" + PrivateKey + "\",\"level\":\"\",\"nonce\":1}");
        const QString bookmarksExport = g_home->filePath(QStringLiteral("exports/bookmarks.json"));
        QDir().mkpath(g_home->filePath(QStringLiteral("exports")));

        auto window = std::make_unique<MainWindow>();
        BookmarksSetup setup;
        setup.keys = std::make_unique<MemoryKeyStore>();
        setup.openFileName = [&](const QString &) { return exportPath; };
        setup.saveFileName = [&](const QString &, const QString &) { return bookmarksExport; };
        BookmarksIntegration *bookmarks = BookmarksIntegration::install(window.get(), std::move(setup));
        window->show();
        // The window's "Remember key" shares the bookmarks' key store: one per application.
        QCOMPARE(window->keyStore(), bookmarks->keys());

        // Menu and docks are there.
        QMenu *menu = window->findChild<QMenu *>(QStringLiteral("menuBookmarks"));
        QVERIFY(menu);
        QVERIFY(window->menuBar()->actions().contains(menu->menuAction()));
        QStringList names;
        for (QAction *action : menu->actions())
            names.append(action->objectName());
        for (const char *name : {"actionAddBookmark", "actionImportWalletExport", "actionImportBookmarks",
                                 "actionExportBookmarks", "actionRefreshAll"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QVERIFY(bookmarks->bookmarksDock()->isVisible());
        QCOMPARE(bookmarks->bookmarksDock()->widget(), bookmarks->panel());

        // Import the wallet export: the dialog says the private key was ignored; the key goes to
        // the key store only. The new bookmark points at the fake server.
        bool noticeShown = false;
        bookmarks->panel()->setDialogRunner([&](BookmarkDialog &dialog) {
            noticeShown = !dialog.form()->privateKeyNotice->isHidden();
            dialog.form()->networkCombo->setCurrentIndex(dialog.form()->networkCombo->findData(int(Network::Custom)));
            dialog.form()->baseUrlEdit->setText(server.baseUrl().toString());
            return dialog.isAcceptable();
        });
        menu->findChild<QAction *>(QStringLiteral("actionImportWalletExport"))->trigger();
        QVERIFY(noticeShown);
        QCOMPARE(bookmarks->store()->count(), 1);
        const Bookmark imported = bookmarks->store()->bookmarks().first();
        QCOMPARE(imported.account, QStringLiteral("20533"));
        auto *keys = static_cast<MemoryKeyStore *>(bookmarks->keys());
        QTRY_VERIFY(keys->contains(imported.id));

        // Activating the bookmark fills the form, uses its key, and fetches.
        window->setApiKey(QString());
        emit bookmarks->panel()->bookmarkActivated(imported);
        QTRY_VERIFY(server.requestCount() >= 2);
        QTRY_VERIFY(!window->isBusy());
        QCOMPARE(window->queryForm().account, QStringLiteral("20533"));
        QCOMPARE(window->queryForm().network, Network::Custom);
        QCOMPARE(window->apiKey(), QString::fromLatin1(ApiKey));
        // The balances request carries the key (the prices after it need none).
        const QList<test::RecordedRequest> requests = server.requests();
        const auto balances = std::find_if(requests.crbegin(), requests.crend(), [](const test::RecordedRequest &request) {
            return request.path() == QLatin1String("/api/v3/user/balances");
        });
        QVERIFY(balances != requests.crend());
        QCOMPARE(balances->header("X-API-KEY"), ApiKey);

        // Refresh all fills the portfolio dock; only then is there a portfolio to export.
        QAction *exportPortfolio = window->findChild<QAction *>(QStringLiteral("actionExportPortfolio"));
        QVERIFY(exportPortfolio);
        QVERIFY(!exportPortfolio->isEnabled());
        QSignalSpy refreshed(bookmarks->portfolio(), &PortfolioWindow::refreshFinished);
        bookmarks->refreshAllAction()->trigger();
        QVERIFY(bookmarks->portfolioDock()->isVisible());
        QVERIFY(refreshed.wait(15000));
        QVERIFY(bookmarks->portfolio()->model()->rowCount() > 0);
        QVERIFY(exportPortfolio->isEnabled());
        QCOMPARE(bookmarks->portfolio()->refresher()->status(imported.id), PortfolioRefresher::Status::Done);

        // Export without keys.
        menu->findChild<QAction *>(QStringLiteral("actionExportBookmarks"))->trigger();
        QVERIFY(QFile::exists(bookmarksExport));

        // Close the window so it saves its settings, then look at every file under the XDG home.
        window->close();
        window.reset();
        QCOMPARE(filesContaining(g_home->path(), PrivateKey), QStringList());
        QCOMPARE(filesContaining(g_home->path(), PrivateKey.mid(2)), QStringList());
        QCOMPARE(filesContaining(g_home->path(), ApiKey), QStringList());
        QVERIFY(!filesContaining(g_home->path(), "20533").isEmpty()); // the bookmark itself was written
        QCOMPARE(filesContaining(inbox.path(), PrivateKey).size(), 1);
    }

    // Issue 11, Keyboard: Ctrl+B takes the focus to the bookmarks list, showing its dock if hidden.
    void shortcutFocusesTheBookmarksList()
    {
        auto window = std::make_unique<MainWindow>();
        BookmarksSetup setup;
        setup.keys = std::make_unique<MemoryKeyStore>();
        BookmarksIntegration *bookmarks = BookmarksIntegration::install(window.get(), std::move(setup));
        window->show();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        bookmarks->bookmarksDock()->hide();
        QVERIFY(QApplication::focusWidget() != static_cast<QWidget *>(bookmarks->panel()->view()));

        QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY(bookmarks->bookmarksDock()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(bookmarks->panel()->view()));
    }

    // Issue 9 item 1: a bookmark added by `loopview-cli bookmarks add` while the window is open
    // shows up in the panel, the selection stays where it was, and the window's next change
    // keeps it (before, it vanished at the window's next change).
    void outsideChangeReloadsPanelKeepingSelection()
    {
        QTemporaryDir storeDir;
        auto window = std::make_unique<MainWindow>();
        BookmarksSetup setup;
        setup.storeDirectory = storeDir.path();
        setup.keys = std::make_unique<MemoryKeyStore>();
        BookmarksIntegration *bookmarks = BookmarksIntegration::install(window.get(), std::move(setup));
        window->show();
        BookmarkStore *store = bookmarks->store();
        BookmarkPanel *panel = bookmarks->panel();
        QVERIFY(store->add(Bookmark::create(QStringLiteral("Mine"), QStringLiteral("1"), Network::Mainnet)).ok());
        const QString mine = store->bookmarks().first().id;
        QVERIFY(panel->selectBookmark(mine));

        // Two outside changes in a row: the watcher is re-armed after each atomic replace.
        BookmarkStore cli(storeDir.path());
        cli.load();
        QVERIFY(cli.add(Bookmark::create(QStringLiteral("Alpha from the CLI"), QStringLiteral("2"), Network::Mainnet)).ok());
        QTRY_COMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(panel->currentBookmark()->id, mine);
        QVERIFY(cli.add(Bookmark::create(QStringLiteral("Another from the CLI"), QStringLiteral("3"), Network::Mainnet)).ok());
        QTRY_COMPARE(panel->model()->rowCount(), 3);
        QCOMPARE(panel->currentBookmark()->id, mine);

        // The window's next change starts from the file: the CLI's bookmarks survive it.
        panel->setDialogRunner([](BookmarkDialog &dialog) {
            dialog.form()->labelEdit->setText(QStringLiteral("Edited"));
            return dialog.isAcceptable();
        });
        panel->editCurrent();
        cli.load();
        QCOMPARE(cli.count(), 3);
        QCOMPARE(cli.findById(mine)->label, QStringLiteral("Edited"));
    }

    // Issue 9 item 10: a bookmark whose key the keyring does not hand over in time is loaded with
    // the form's key, and the panel says the keyring did not answer.
    void keyringThatDoesNotAnswerIsReportedOnLoad()
    {
        // A keyring that never answers, bounded by KeychainKeyStore's timeout.
        class SilentKeyring : public KeyStore
        {
        public:
            void readKey(const QString &, QObject *, Callback) override {}
            void writeKey(const QString &, const QString &, QObject *, Callback) override {}
            void deleteKey(const QString &, QObject *, Callback) override {}
            bool isPersistent() const override { return true; }
        };
        QTemporaryDir storeDir;
        auto window = std::make_unique<MainWindow>();
        BookmarksSetup setup;
        setup.storeDirectory = storeDir.path();
        setup.keys = std::make_unique<KeychainKeyStore>(std::make_unique<SilentKeyring>(),
                                                        std::chrono::milliseconds(50));
        BookmarksIntegration *bookmarks = BookmarksIntegration::install(window.get(), std::move(setup));
        window->show();
        QVERIFY(bookmarks->store()->add(Bookmark::create(QStringLiteral("Quiet"), QStringLiteral("20533"),
                                                         Network::Test)).ok());
        bookmarks->loadBookmark(bookmarks->store()->bookmarks().first());
        MessageBar *bar = bookmarks->panel()->messageBar();
        QTRY_VERIFY(bar->isVisible() && bar->text().contains(QLatin1String("Quiet")));
        QVERIFY2(bar->text().contains(QLatin1String("did not answer")), qPrintable(bar->text()));
        QCOMPARE(window->queryForm().account, QStringLiteral("20533"));
    }
};

int main(int argc, char *argv[])
{
    // Point every standard location at a fresh directory before Qt reads the environment.
    QTemporaryDir home;
    g_home = &home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Loopview"));
    QApplication::setApplicationName(QStringLiteral("Loopview"));
    TestBookmarksIntegration test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_bookmarksintegration.moc"
