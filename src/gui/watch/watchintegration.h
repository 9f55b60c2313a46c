// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "gui/preferences.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QLabel;
#include <QSystemTrayIcon>

namespace loopview {

class BookmarksIntegration;
class DesktopNotifier;
class MainWindow;
class WatchController;

// Watch in the window: View ▸ Watch for Changes (one setting with Preferences), a status bar
// label saying what the watch does, desktop notifications of the changes it finds, and, when the
// user asks for it, a tray icon that keeps watching with the window closed.
class WatchIntegration : public QObject
{
    Q_OBJECT
public:
    // What to do when the window is closed while watching and the preference says "Ask": true
    // keeps watching in the tray. `remember` set: the answer becomes the preference.
    using CloseQuestion = std::function<bool(bool *remember)>;

    // `bookmarks` may be null (no bookmark refresh). Owned by the window.
    static WatchIntegration *install(MainWindow *window, BookmarksIntegration *bookmarks = nullptr);

    WatchController *controller() const { return m_controller; }
    DesktopNotifier *notifier() const { return m_notifier; }
    QAction *watchAction() const { return m_action; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // Tests answer the close question instead of a person.
    void setCloseQuestion(CloseQuestion question) { m_closeQuestion = std::move(question); }
    // Tests stand in for a desktop with a system tray.
    void setTrayAvailable(bool available) { m_trayAvailable = available; }

    // A watch interval in words ("every 5 minutes").
    static QString intervalText(int minutes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WatchIntegration(MainWindow *window, BookmarksIntegration *bookmarks);
    void apply(const Preferences &preferences);
    void setWatching(bool watching);
    void updateStatus();
    void followNetworkReachability();
    bool keepWatchingInTray();
    void showTrayIcon();
    void showWindow();
    void quit();

    MainWindow *m_window;
    WatchController *m_controller;
    DesktopNotifier *m_notifier;
    QAction *m_action;
    QLabel *m_statusLabel;
    QPointer<QSystemTrayIcon> m_tray;
    int m_intervalMinutes = 5;
    bool m_trayAvailable;
    bool m_quitting = false;
    CloseQuestion m_closeQuestion;
};

} // namespace loopview
