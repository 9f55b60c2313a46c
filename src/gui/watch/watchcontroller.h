// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/balancechanges.h"
#include "core/bookmark.h"
#include "core/token.h"
#include "gui/fetchcontroller.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

namespace loopview {

class BalancesSession;
class PortfolioRefresher;

// Watch: refreshes the shown account (and, if asked, every bookmark) at an interval and reports
// what changed since the previous result of the same account. No widgets: the window supplies the
// refreshes (the same ones F5 and Refresh all run, so the client's retry logic and the
// portfolio's RequestPacer keep every request within the service's rate limit) and shows the
// notifications.
//
// A refresh is never stacked on one still running (it waits until the session is idle), and none
// is sent while the machine is offline: setOnline() comes from QNetworkInformation where a backend
// exists; without one, a network failure counts as offline until the next refresh succeeds (the
// next tick still tries once, which is how the watch notices the network is back). The interval is
// injectable, so tests run it in milliseconds.
class WatchController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Off,
        Waiting,        // for the next tick
        Refreshing,     // a refresh it started is running
        PausedOffline,  // offline: ticks are skipped until the network is back
    };
    Q_ENUM(State)

    // Until setInterval(): Preferences' default.
    static constexpr int DefaultIntervalMinutes = 5;

    explicit WatchController(BalancesSession *session, QObject *parent = nullptr);

    // What a tick runs for the shown account (the window's refresh, like F5).
    void setRefreshShown(std::function<void()> refresh) { m_refreshShown = std::move(refresh); }
    // The bookmarks' refresh (Refresh all), its refresher to read the results from, and where to
    // look a bookmark up (its label and service, for the notifications).
    void setBookmarkRefresh(PortfolioRefresher *refresher, std::function<void()> refreshAll,
                            std::function<std::optional<Bookmark>(const QString &bookmarkId)> findBookmark);

    bool isEnabled() const { return m_enabled; }
    State state() const { return m_state; }
    std::chrono::milliseconds interval() const { return std::chrono::milliseconds(m_timer.interval()); }
    bool includesBookmarks() const { return m_includeBookmarks; }
    bool isOnline() const { return m_online; }

public slots:
    void setEnabled(bool enabled);
    void setInterval(std::chrono::milliseconds interval);
    void setIncludeBookmarks(bool include) { m_includeBookmarks = include; }
    // The network's reachability; going online runs a tick missed while offline at once.
    void setOnline(bool online);
    // One tick now (the timer's, or a test's).
    void tick();

signals:
    void enabledChanged(bool enabled);
    void stateChanged(loopview::WatchController::State state);
    // Something changed for `accountLabel` ("20533 on api3.loopring.io", a bookmark's label).
    // `tokens` names and scales the tokens of `changes`.
    void changesFound(const QString &accountLabel, const QList<loopview::TokenChange> &changes,
                      const loopview::TokenRegistry &tokens);

private:
    void setState(State state);
    void refreshShown();
    void onBusyChanged(bool busy);
    void onSnapshotChanged(const BalanceSnapshot &snapshot);
    void onFailed(const Error &error);
    void onBookmarkStatus(const QString &bookmarkId, int status);

    BalancesSession *m_session;
    QTimer m_timer;
    bool m_enabled = false;
    bool m_online = true;
    bool m_offlineFromFailure = false;  // no reachability backend: the last refresh failed on the network
    bool m_tickMissed = false;          // a tick fell while offline or busy
    bool m_includeBookmarks = false;
    State m_state = State::Off;
    std::function<void()> m_refreshShown;
    // The shown result a watch refresh started from: what its answer is compared with.
    std::optional<BalanceSnapshot> m_before;

    PortfolioRefresher *m_refresher = nullptr;
    std::function<void()> m_refreshAll;
    std::function<std::optional<Bookmark>(const QString &)> m_findBookmark;
    QHash<QString, QList<Balance>> m_bookmarkBalances;  // each bookmark's previous result
};

// The key of the account a snapshot shows: the same account on the same service.
QString watchedAccountKey(const BalanceSnapshot &snapshot);

} // namespace loopview
