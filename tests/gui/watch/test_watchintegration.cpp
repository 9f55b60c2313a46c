// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/watch/watchintegration.h"

#include "gui/watch/desktopnotifier.h"
#include "gui/watch/watchcontroller.h"

#include "gui/appidentity.h"
#include "gui/mainwindow.h"

#include "offscreennoise.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace std::chrono_literals;

namespace {

} // namespace

// View ▸ Watch for Changes and what hangs off it, in an offscreen window.
class TestWatchIntegration : public QObject
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
    }

    void theToggleIsOffByDefaultAndRemembered()
    {
        {
            MainWindow window;
            WatchIntegration *watch = WatchIntegration::install(&window);
            window.show();
            QAction *action = window.findChild<QAction *>(QStringLiteral("actionWatch"));
            QVERIFY(action);
            QCOMPARE(action, watch->watchAction());
            QVERIFY(window.viewMenu()->actions().contains(action));
            QVERIFY(action->isCheckable());
            QVERIFY(!action->isChecked());
            QVERIFY(!watch->controller()->isEnabled());
            QVERIFY(!watch->statusLabel()->isVisible());

            watch->controller()->setOnline(true);  // whatever this machine's network backend says
            action->trigger();
            QVERIFY(watch->controller()->isEnabled());
            QVERIFY(watch->statusLabel()->isVisible());
            QVERIFY2(watch->statusLabel()->text().startsWith(QStringLiteral("Watching every 5 minute")),
                     qPrintable(watch->statusLabel()->text()));
            QCOMPARE(watch->controller()->interval(), std::chrono::milliseconds(5min));
            QVERIFY(Preferences::load(openAppSettings()).watchEnabled);

            watch->controller()->setOnline(false);
            QCOMPARE(watch->statusLabel()->text(), QStringLiteral("Watch paused: offline"));
        }
        MainWindow again;
        WatchIntegration *watch = WatchIntegration::install(&again);
        QVERIFY(watch->watchAction()->isChecked());
        QVERIFY(watch->controller()->isEnabled());
    }

    void preferencesApplyAtOnce()
    {
        MainWindow window;
        WatchIntegration *watch = WatchIntegration::install(&window);
        Preferences preferences;
        preferences.watchEnabled = true;
        preferences.watchIntervalMinutes = 15;
        preferences.watchBookmarks = true;
        window.applyPreferences(preferences);
        QVERIFY(watch->watchAction()->isChecked());
        QVERIFY(watch->controller()->isEnabled());
        QCOMPARE(watch->controller()->interval(), std::chrono::milliseconds(15min));
        QVERIFY(watch->controller()->includesBookmarks());
        preferences.watchEnabled = false;
        window.applyPreferences(preferences);
        QVERIFY(!watch->watchAction()->isChecked());
        QVERIFY(!watch->controller()->isEnabled());
    }

    void changesReachTheNotifier()
    {
        MainWindow window;
        WatchIntegration *watch = WatchIntegration::install(&window);
        QList<ChangeNotice> notices;
        watch->notifier()->setSink([&](const ChangeNotice &notice) { notices.append(notice); });
        TokenChange change;
        change.tokenId = 0;
        change.after.total = Amount::fromUInt64(5);
        change.appeared = true;
        emit watch->controller()->changesFound(QStringLiteral("7 on example.org"), {change}, TokenRegistry());
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices[0].title.contains(QStringLiteral("7 on example.org")));
        QCOMPARE(notices[0].body, QStringLiteral("New token: 5 Token #0"));
    }

    void closingWhileWatchingAsksAndKeepsWatchingInTheTray()
    {
        MainWindow window;
        WatchIntegration *watch = WatchIntegration::install(&window);
        watch->setTrayAvailable(true);
        int asked = 0;
        watch->setCloseQuestion([&](bool *remember) {
            ++asked;
            *remember = true;
            return true;
        });
        window.show();
        watch->watchAction()->trigger();
        QVERIFY(!window.close());  // refused: it hides instead
        QCOMPARE(asked, 1);
        // Nothing else closing may end the application while only the tray icon is left.
        QVERIFY(!QGuiApplication::quitOnLastWindowClosed());
        QVERIFY(!window.isVisible());
        QVERIFY(watch->trayIcon());
        QVERIFY(watch->trayIcon()->isVisible());
        QCOMPARE(Preferences::load(openAppSettings()).trayOnClose, Preferences::TrayOnClose::KeepWatching);
        QVERIFY(watch->controller()->isEnabled());  // still watching

        // The tray menu's first entry brings the window back, and the usual quitting with it.
        watch->trayIcon()->contextMenu()->actions().constFirst()->trigger();
        QVERIFY(window.isVisible());
        QVERIFY(!watch->trayIcon()->isVisible());
        QVERIFY(QGuiApplication::quitOnLastWindowClosed());

        // Remembered: the next close does not ask again.
        QVERIFY(!window.close());
        QCOMPARE(asked, 1);
        watch->trayIcon()->contextMenu()->actions().constFirst()->trigger();
    }

    void closingWithoutWatchingOrWhenToldToQuitCloses()
    {
        MainWindow window;
        WatchIntegration *watch = WatchIntegration::install(&window);
        watch->setTrayAvailable(true);
        int asked = 0;
        watch->setCloseQuestion([&](bool *) {
            ++asked;
            return false;
        });
        window.show();
        QVERIFY(window.close());  // not watching: nothing to ask
        QCOMPARE(asked, 0);

        window.show();
        watch->watchAction()->trigger();
        QVERIFY(window.close());  // the answer was "Quit", not remembered
        QCOMPARE(asked, 1);
        QVERIFY(!watch->trayIcon());
        QCOMPARE(Preferences::load(openAppSettings()).trayOnClose, Preferences::TrayOnClose::Ask);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestWatchIntegration)
#include "test_watchintegration.moc"
