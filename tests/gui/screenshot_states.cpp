// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Renders the main window in the states worth looking at (first start, loading, failed refresh,
// rejected key, demo, input check) to PNG files, against a local fake server. Not a test: a tool
// for reviewing the look, and for the screenshots in docs/.
//
//   QT_QPA_PLATFORM=offscreen gui_screenshots OUTDIR
#include "gui/mainwindow.h"
#include "gui/balanceproxymodel.h"
#include "gui/bookmarks/bookmarksintegration.h"
#include "gui/bookmarks/portfoliowindow.h"
#include "gui/export/balanceexporter.h"
#include "gui/export/exportdialog.h"
#include "core/bookmarkstore.h"
#include "secrets/memorykeystore.h"

#include "net/loopringclient.h"

#include "fakeloopringserver.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
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

class Shooter
{
public:
    Shooter(const QString &outDir, FakeLoopringServer *server) : m_outDir(outDir), m_server(server) {}

    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>();
        w->fetchController()->setTokenCacheDirectory(m_cache.path());
        w->fetchController()->client()->setRetryDelays(1ms, 1ms);
        w->resize(1080, 640);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        return w;
    }

    void serve(const FakeResponse &balances)
    {
        m_server->clearRoutes();
        m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
        m_server->route(BalancesPath, balances);
    }

    void fill(MainWindow &w, const QString &account)
    {
        QueryForm form;
        form.network = Network::Custom;
        form.customUrl = m_server->baseUrl();
        form.account = account;
        w.loadQuery(form, false);
        w.setApiKey(QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
    }

    bool fetchAndWait(MainWindow &w)
    {
        QSignalSpy idle(w.fetchController(), &FetchController::busyChanged);
        w.fetch();
        while (w.isBusy()) {
            if (!idle.wait(10000))
                return false;
        }
        return true;
    }

    // The demo data, shown through the same path as a real fetch.
    void shootDemo(const QString &name)
    {
        auto w = window();
        w->startDemo();
        while (w->isBusy())
            QTest::qWait(20);
        save(*w, name);
    }

    // A good fetch, then a 503: the old data stays, greyed and marked stale, under an error bar.
    void shootStaleAfterError(const QString &name)
    {
        auto w = window();
        serve(FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
        fill(*w, QStringLiteral("20533"));
        fetchAndWait(*w);
        serve(FakeResponse::html(503, "<html>maintenance</html>"));
        fetchAndWait(*w);
        save(*w, name);
    }

    void save(QWidget &w, const QString &name)
    {
        QTest::qWait(100);  // let layouts settle after the last state change
        const QString path = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        if (!w.grab().save(path))
            qWarning("could not write %s", qPrintable(path));
        else
            qInfo("wrote %s", qPrintable(path));
    }

private:
    QString m_outDir;
    FakeLoopringServer *m_server;
    QTemporaryDir m_cache;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        qWarning("usage: gui_screenshots OUTDIR");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QDir().mkpath(QString::fromLocal8Bit(argv[1]));

    FakeLoopringServer server;
    if (!server.listen())
        return 1;
    Shooter shooter(QString::fromLocal8Bit(argv[1]), &server);

    {
        auto w = shooter.window();
        shooter.save(*w, QStringLiteral("gui-first-start"));
    }
    shooter.shootDemo(QStringLiteral("gui-demo-offscreen"));
    {
        auto w = shooter.window();
        shooter.serve(FakeResponse::silent());
        shooter.fill(*w, QStringLiteral("20533"));
        w->fetch();
        QTest::qWait(300);
        shooter.save(*w, QStringLiteral("gui-loading"));
        w->cancelFetch();
    }
    shooter.shootStaleAfterError(QStringLiteral("gui-error-stale"));
    {
        auto w = shooter.window();
        shooter.serve(FakeResponse::fromErrorFixture(QStringLiteral("invalid_apikey")));
        shooter.fill(*w, QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb"));
        shooter.fetchAndWait(*w);
        shooter.save(*w, QStringLiteral("gui-error-key"));
    }
    {
        // A dark desktop theme, as Fusion with a dark palette: the tints (pending cells, message
        // bars, stale data) are derived from the palette and must stay readable here too.
        const QPalette light = QApplication::palette();
        // The name, not the object: setStyle() deletes the style it replaces.
        const QString lightStyleName = QApplication::style()->name();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Button, QColor(55, 55, 58));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(55, 55, 58));
        dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
        QApplication::setPalette(dark);
        shooter.shootDemo(QStringLiteral("gui-dark-demo"));
        shooter.shootStaleAfterError(QStringLiteral("gui-dark-error-stale"));
        QApplication::setStyle(lightStyleName);
        QApplication::setPalette(light);
    }
    {
        auto w = shooter.window();
        w->findChild<QLineEdit *>(QStringLiteral("accountEdit"))
                ->setText(QStringLiteral("0x8656920c85342d646e5286Cb841F90209272ABeb"));
        w->findChild<QLineEdit *>(QStringLiteral("tokenFilterEdit"))->setText(QStringLiteral("ETH, 99999"));
        shooter.save(*w, QStringLiteral("gui-validation"));
    }
    {
        // Bookmarks dock with two bookmarks and the portfolio dock after Refresh all.
        auto w = shooter.window();
        w->resize(1280, 800);
        shooter.serve(FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
        QTemporaryDir bookmarkDir;
        BookmarksSetup setup;
        setup.storeDirectory = bookmarkDir.path();
        setup.keys = std::make_unique<MemoryKeyStore>();
        BookmarksIntegration *bookmarks = BookmarksIntegration::install(w.get(), std::move(setup));
        bookmarks->bookmarksDock()->show();  // the window is already shown: new docks need show()
        for (const auto &[label, account] : {std::pair{"Savings (hardware wallet)", "20533"},
                                             std::pair{"Trading", "0x8656920c85342d646E5286Cb841F90209272ABeb"}})
            bookmarks->store()->add(Bookmark::create(QString::fromUtf8(label), QString::fromUtf8(account),
                                                     Network::Custom, server.baseUrl()));
        w->setApiKey(QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
        QSignalSpy finished(bookmarks->portfolio(), &PortfolioWindow::refreshFinished);
        bookmarks->refreshAll();
        if (!finished.wait(15000))
            qWarning("refresh all did not finish");
        shooter.save(*w, QStringLiteral("gui-bookmarks-portfolio"));
        bookmarks->portfolioDock()->setFloating(true);
        bookmarks->portfolioDock()->resize(900, 560);
        shooter.save(*bookmarks->portfolioDock(), QStringLiteral("gui-portfolio"));
    }
    {
        auto w = shooter.window();
        w->startDemo();
        while (w->isBusy())
            QTest::qWait(20);
        BalanceExporter exporter(w->balanceModel());
        exporter.setView(w->balanceProxy());
        ExportDialog dialog(exporter, w.get());
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            qWarning("dialog not exposed");
        shooter.save(dialog, QStringLiteral("gui-export-dialog"));
    }
    return 0;
}
