// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "watchintegration.h"

#include "changenotice.h"
#include "desktopnotifier.h"
#include "watchcontroller.h"

#include "gui/appidentity.h"
#include "gui/mainwindow.h"
#include "gui/bookmarks/bookmarksintegration.h"
#include "gui/bookmarks/portfoliowindow.h"
#include "core/bookmarkstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

namespace loopview {

namespace {

// The question a person answers; tests replace it (setCloseQuestion).
bool askKeepWatching(QWidget *parent, bool *remember)
{
    QMessageBox box(QMessageBox::Question, WatchIntegration::tr("Keep Watching?"),
                    WatchIntegration::tr("Loopview is watching for changes. Keep watching in the system tray "
                                         "after the window is closed?"),
                    QMessageBox::NoButton, parent);
    QPushButton *keep = box.addButton(WatchIntegration::tr("Keep Watching in Tray"), QMessageBox::AcceptRole);
    box.addButton(WatchIntegration::tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    auto *rememberCheck = new QCheckBox(WatchIntegration::tr("Do not ask again"), &box);
    box.setCheckBox(rememberCheck);
    box.exec();
    *remember = rememberCheck->isChecked();
    return box.clickedButton() == keep;
}

} // namespace

WatchIntegration *WatchIntegration::install(MainWindow *window, BookmarksIntegration *bookmarks)
{
    return new WatchIntegration(window, bookmarks);
}

WatchIntegration::WatchIntegration(MainWindow *window, BookmarksIntegration *bookmarks)
    : QObject(window)
    , m_window(window)
    , m_controller(new WatchController(window->session(), this))
    , m_notifier(new DesktopNotifier(this))
    , m_action(new QAction(tr("&Watch for Changes"), window))
    , m_statusLabel(new QLabel(window))
    , m_trayAvailable(QSystemTrayIcon::isSystemTrayAvailable())
{
    m_controller->setRefreshShown([window] { window->refresh(); });
    if (bookmarks) {
        PortfolioWindow *portfolio = bookmarks->portfolio();
        BookmarkStore *store = bookmarks->store();
        m_controller->setBookmarkRefresh(
            portfolio->refresher(), [portfolio] { portfolio->refreshAll(); },
            [store](const QString &id) { return store->findById(id); });
    }
    connect(m_controller, &WatchController::changesFound, this,
            [this](const QString &account, const QList<TokenChange> &changes, const TokenRegistry &tokens) {
                m_notifier->notify(describeChanges(account, changes, tokens));
            });
    connect(m_controller, &WatchController::stateChanged, this, &WatchIntegration::updateStatus);

    m_action->setObjectName(QStringLiteral("actionWatch"));
    m_action->setCheckable(true);
    m_action->setToolTip(tr("Refresh the shown account automatically and notify about its changes"));
    window->viewMenu()->addSeparator();
    window->viewMenu()->addAction(m_action);
    connect(m_action, &QAction::toggled, this, [this](bool watching) {
        QSettings settings = openAppSettings();
        Preferences::saveWatchEnabled(settings, watching);
        setWatching(watching);
    });

    m_statusLabel->setObjectName(QStringLiteral("watchStatusLabel"));
    window->statusBar()->addPermanentWidget(m_statusLabel);
    connect(window, &MainWindow::preferencesApplied, this, &WatchIntegration::apply);
    window->installEventFilter(this);
    followNetworkReachability();
    apply(Preferences::load(openAppSettings()));
}

void WatchIntegration::apply(const Preferences &preferences)
{
    m_intervalMinutes = preferences.watchIntervalMinutes;
    m_controller->setInterval(std::chrono::minutes(preferences.watchIntervalMinutes));
    m_controller->setIncludeBookmarks(preferences.watchBookmarks);
    m_action->setChecked(preferences.watchEnabled);  // toggled() saves and applies it
    setWatching(preferences.watchEnabled);
}

void WatchIntegration::setWatching(bool watching)
{
    m_controller->setEnabled(watching);
    updateStatus();
}

QString WatchIntegration::intervalText(int minutes)
{
    return tr("every %n minute(s)", "", minutes);
}

void WatchIntegration::updateStatus()
{
    QString text;
    switch (m_controller->state()) {
    case WatchController::State::Off:
        break;
    case WatchController::State::Waiting:
    case WatchController::State::Refreshing:
        //: Status bar: "Watching every 5 minutes"
        text = tr("Watching %1").arg(intervalText(m_intervalMinutes));
        break;
    case WatchController::State::PausedOffline:
        text = tr("Watch paused: offline");
        break;
    }
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
    if (m_tray)
        m_tray->setToolTip(text.isEmpty() ? QCoreApplication::applicationName() : text);
}

void WatchIntegration::followNetworkReachability()
{
    // Without a backend (no NetworkManager, a container) the watch pauses after network errors
    // instead (WatchController).
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    const auto online = [](QNetworkInformation::Reachability reachability) {
        return reachability == QNetworkInformation::Reachability::Online
            || reachability == QNetworkInformation::Reachability::Unknown;
    };
    QNetworkInformation *information = QNetworkInformation::instance();
    m_controller->setOnline(online(information->reachability()));
    connect(information, &QNetworkInformation::reachabilityChanged, m_controller,
            [this, online](QNetworkInformation::Reachability reachability) { m_controller->setOnline(online(reachability)); });
}

bool WatchIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting && m_controller->isEnabled()
        && m_trayAvailable && keepWatchingInTray()) {
        event->ignore();
        showTrayIcon();
        m_window->hide();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

bool WatchIntegration::keepWatchingInTray()
{
    QSettings settings = openAppSettings();
    const Preferences preferences = Preferences::load(settings);
    switch (preferences.trayOnClose) {
    case Preferences::TrayOnClose::KeepWatching:
        return true;
    case Preferences::TrayOnClose::Quit:
        return false;
    case Preferences::TrayOnClose::Ask:
        break;
    }
    bool remember = false;
    const bool keep = m_closeQuestion ? m_closeQuestion(&remember) : askKeepWatching(m_window, &remember);
    if (remember)
        Preferences::saveTrayOnClose(settings, keep ? Preferences::TrayOnClose::KeepWatching : Preferences::TrayOnClose::Quit);
    return keep;
}

void WatchIntegration::showTrayIcon()
{
    if (!m_tray) {
        const QIcon icon = QApplication::windowIcon();
        m_tray = new QSystemTrayIcon(icon.isNull() ? m_window->style()->standardIcon(QStyle::SP_ComputerIcon) : icon, this);
        m_tray->setObjectName(QStringLiteral("watchTrayIcon"));
        auto *menu = new QMenu(m_window);
        menu->addAction(tr("&Show Loopview"), this, &WatchIntegration::showWindow);
        menu->addAction(tr("Stop Watching and &Quit"), this, &WatchIntegration::quit);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
    }
    m_notifier->setTrayIcon(m_tray);
    updateStatus();
    m_tray->show();
    // With the window hidden, any other window closing (a message box, the tray menu) would count
    // as the last one and end the application, and the watch with it.
    QApplication::setQuitOnLastWindowClosed(false);
}

void WatchIntegration::showWindow()
{
    if (m_tray)
        m_tray->hide();
    QApplication::setQuitOnLastWindowClosed(true);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void WatchIntegration::quit()
{
    m_quitting = true;
    if (m_tray)
        m_tray->hide();
    QApplication::setQuitOnLastWindowClosed(true);
    // Closed for real: the window saves its settings as on any close.
    m_window->close();
    QCoreApplication::quit();
}

} // namespace loopview
