// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "watchcontroller.h"

#include "core/service.h"
#include "gui/balancessession.h"
#include "net/portfoliorefresher.h"

namespace loopview {

QString watchedAccountKey(const BalanceSnapshot &snapshot)
{
    return serviceKey(snapshot.baseUrl) + QLatin1Char('|') + snapshot.accountText.toLower();
}

WatchController::WatchController(BalancesSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(std::chrono::minutes(DefaultIntervalMinutes));
    connect(&m_timer, &QTimer::timeout, this, &WatchController::tick);
    connect(session, &BalancesSession::busyChanged, this, &WatchController::onBusyChanged);
    connect(session, &BalancesSession::snapshotChanged, this, &WatchController::onSnapshotChanged);
    connect(session, &BalancesSession::failed, this, &WatchController::onFailed);
    connect(session, &BalancesSession::cancelled, this, [this] { m_before.reset(); });
}

void WatchController::setBookmarkRefresh(PortfolioRefresher *refresher, std::function<void()> refreshAll,
                                         std::function<std::optional<Bookmark>(const QString &)> findBookmark)
{
    if (m_refresher)
        disconnect(m_refresher, nullptr, this, nullptr);
    m_refresher = refresher;
    m_refreshAll = std::move(refreshAll);
    m_findBookmark = std::move(findBookmark);
    if (m_refresher) {
        connect(m_refresher, &PortfolioRefresher::statusChanged, this,
                [this](const QString &id, PortfolioRefresher::Status status) { onBookmarkStatus(id, int(status)); });
    }
}

void WatchController::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    m_tickMissed = false;
    m_before.reset();
    if (enabled) {
        m_timer.start();
        setState(m_online && !m_offlineFromFailure ? State::Waiting : State::PausedOffline);
    } else {
        m_timer.stop();
        m_bookmarkBalances.clear();
        setState(State::Off);
    }
    emit enabledChanged(enabled);
}

void WatchController::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);  // a running timer restarts with the new interval
}

void WatchController::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (!m_enabled)
        return;
    if (!online) {
        setState(State::PausedOffline);
        return;
    }
    setState(m_offlineFromFailure ? State::PausedOffline : State::Waiting);
    if (m_tickMissed)
        tick();
}

void WatchController::tick()
{
    if (!m_enabled)
        return;
    if (!m_online) {
        m_tickMissed = true;  // caught up when the network is back
        return;
    }
    if (m_session->isBusy()) {
        m_tickMissed = true;  // caught up when the running fetch ends
        return;
    }
    m_tickMissed = false;
    refreshShown();
    if (m_includeBookmarks && m_refreshAll && m_refresher && !m_refresher->isRunning())
        m_refreshAll();
}

void WatchController::refreshShown()
{
    const std::optional<BalanceSnapshot> &shown = m_session->snapshot();
    // Nothing to watch yet, or sample data that never changes.
    if (!shown || shown->demo || !m_refreshShown)
        return;
    m_before = *shown;
    setState(State::Refreshing);
    m_refreshShown();
    if (!m_session->isBusy()) {
        // The refresh did not start (the window refused it): nothing will answer.
        m_before.reset();
        setState(m_offlineFromFailure ? State::PausedOffline : State::Waiting);
    }
}

void WatchController::onBusyChanged(bool busy)
{
    if (!busy && m_enabled && m_tickMissed && m_online)
        QTimer::singleShot(0, this, &WatchController::tick);  // after the finished fetch is shown
}

void WatchController::onSnapshotChanged(const BalanceSnapshot &snapshot)
{
    if (snapshot.demo)
        return;
    if (m_offlineFromFailure) {
        m_offlineFromFailure = false;
        if (m_enabled && m_online)
            setState(State::Waiting);
    }
    if (!m_before)
        return;
    const BalanceSnapshot before = *std::exchange(m_before, std::nullopt);
    if (m_enabled)
        setState(m_online ? State::Waiting : State::PausedOffline);
    // Only the answer to the watch's own refresh of the same account is compared: another query
    // typed meanwhile is not a change of this one.
    if (!m_enabled || watchedAccountKey(before) != watchedAccountKey(snapshot))
        return;
    const QList<TokenChange> changes = balanceChanges(before.balances, snapshot.balances);
    if (!changes.isEmpty()) {
        //: The watched account in a notification: "<account id or address> on <host>"
        emit changesFound(tr("%1 on %2").arg(snapshot.accountText, hostLabel(snapshot.baseUrl)), changes,
                          snapshot.tokens);
    }
}

void WatchController::onFailed(const Error &error)
{
    m_before.reset();
    if (!m_enabled)
        return;
    if (error.kind == ErrorKind::Network) {
        m_offlineFromFailure = true;
        setState(State::PausedOffline);
    } else {
        setState(m_online ? State::Waiting : State::PausedOffline);
    }
}

void WatchController::onBookmarkStatus(const QString &bookmarkId, int status)
{
    if (!m_enabled || PortfolioRefresher::Status(status) != PortfolioRefresher::Status::Done)
        return;
    const QList<Balance> balances = m_refresher->balances(bookmarkId);
    const auto previous = m_bookmarkBalances.constFind(bookmarkId);
    if (previous != m_bookmarkBalances.constEnd()) {
        const QList<TokenChange> changes = balanceChanges(*previous, balances);
        const std::optional<Bookmark> bookmark = m_findBookmark ? m_findBookmark(bookmarkId) : std::nullopt;
        // A bookmark deleted meanwhile has nobody to tell.
        if (!changes.isEmpty() && bookmark)
            emit changesFound(bookmark->label, changes, m_refresher->tokens(bookmark->effectiveBaseUrl()));
    }
    m_bookmarkBalances.insert(bookmarkId, balances);
}

void WatchController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace loopview
