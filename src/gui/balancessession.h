// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "fetchcontroller.h"
#include "whosedata.h"

#include "core/error.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <optional>

namespace loopview {

// The window's balances without the widgets: the snapshot on screen and the query it answers,
// whether it is stale (the last refresh failed, the data stays) or the bundled demo data, what
// the running fetch is doing, and the sentences that say so (status line, errors, retry
// countdown, token list notice). It runs fetches through its FetchController. MainWindow renders
// what it reports; other views (issue 11, 14) can follow the same signals.
class BalancesSession : public QObject
{
    Q_OBJECT
public:
    explicit BalancesSession(QObject *parent = nullptr);
    ~BalancesSession() override;

    FetchController *fetchController() const { return m_fetch; }

    // The data on screen, if any (without the key, which snapshots never carry).
    const std::optional<BalanceSnapshot> &snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_snapshot.has_value(); }
    // Data is shown but the last refresh of the same question failed or was refused: it is older
    // than it looks. (A failed fetch of another account leaves the data not stale but not the
    // answer either: see showsAnotherQuestion().)
    bool isStale() const { return m_whose.isStale(); }
    // The question of the latest fetch, running or finished; nullopt before the first one.
    const std::optional<BalancesQuestion> &askedQuestion() const { return m_whose.askedQuestion(); }
    // The shown data answers another question than the latest fetch asked (another account,
    // service or token filter) that is still loading, failed or was cancelled.
    bool showsAnotherQuestion() const { return m_whose.showsAnotherQuestion(); }
    // The question of the latest fetch when it failed (what F5 and Try Again send again).
    std::optional<BalancesQuestion> failedQuestion() const { return m_whose.failedQuestion(); }
    // Whether sending the failed question again may help: not for input the service refused
    // (unknown account, invalid id, rejected key), nor for input that never left the window.
    bool mayRetryHelp() const { return m_whose.mayRetryHelp(); }
    bool isDemo() const { return m_snapshot.has_value() && m_snapshot->demo; }
    // Offline first: the data on screen is the last snapshot the history recorded of this
    // question, shown at start and not refreshed yet in this session (showRecorded()).
    bool isFromHistory() const { return m_snapshot.has_value() && m_whose.isFromHistory(); }
    // Whether showRecorded() would show a recorded snapshot of `question`: nothing is on screen,
    // and no other question was asked since the window started.
    bool mayShowRecorded(const BalancesQuestion &question) const;
    // "Last fetched 3 h ago — not refreshed yet" while isFromHistory(); nullopt otherwise.
    std::optional<QString> fromHistoryNotice(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool isBusy() const;
    // "Loading the token list…" / "Loading balances…" while a fetch runs; empty otherwise.
    QString busyText() const { return m_busyText; }

    // The status line: what is loading and how old the data is (whose data it is, and from where,
    // is shownText(), a part of its own). `shownRows` of
    // `totalRows` are what the table shows (its filter may hide some); `pendingSummary` is the
    // table's note on pending amounts (BalanceTableModel::pendingSummary()), empty for none.
    QString statusText(int shownRows, int totalRows, const QString &pendingSummary = {},
                       const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QString statusToolTip() const;
    // What stands between the parts of the status bar: "  ·  ".
    static QString partSeparator();
    // How much of an address to spell out: all of it, or its ends ("0x8656…ABeb") where room is short.
    enum class Detail { Full, Compact };
    // Whose data is on screen: "Balances of account 20533 on api3.loopring.io" (with the
    // resolved id when fetched by address, the token filter when there is one); empty for none.
    QString shownText(Detail detail = Detail::Full) const;
    // When the shown data is not the answer to the latest question: "Showing account A — account
    // B could not be fetched" (loading, failed, cancelled); nullopt when it is.
    std::optional<QString> otherQuestionNotice() const;
    // What the window title says before the application name: whose data; empty for none.
    QString titleText() const;
    // "account 20533 on api3.loopring.io, tokens ETH,LRC": one question in words.
    static QString describe(const BalancesQuestion &question, std::optional<qint64> resolvedAccountId = std::nullopt,
                            Detail detail = Detail::Full);
    // Why the shown snapshot's token list is not fresh (cached copy or none), or nullopt.
    std::optional<QString> tokenListNotice(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Why the shown snapshot has no prices although a currency was asked for, or nullopt.
    std::optional<QString> priceNotice() const;

public slots:
    // Starts a fetch, abandoning one still running; the shown data stays until the answer.
    void fetch(const loopview::FetchRequest &request);
    // The bundled demo data, through the same client, parser and model. `baseUrl` is the service
    // the demo stands in for (the form's, when it is valid); `currency` as FetchRequest's.
    void startDemo(const QUrl &baseUrl, const QString &currency = {});
    void cancel();
    // Clears the shown data if it is the demo's (cancelling a demo fetch); true if it did.
    bool leaveDemo();
    // Shows `recorded`, the last snapshot the history holds of the question the window starts
    // with, until a fetch of it succeeds (a failed one leaves it, stale). Nothing happens unless
    // mayShowRecorded(); true when it is shown. Emits recordedShown() and statusChanged().
    bool showRecorded(const loopview::BalanceSnapshot &recorded);
    // Takes a recorded snapshot off the screen (its history was forgotten); true if one was shown.
    bool clearRecorded();

signals:
    void busyChanged(bool busy);
    // New data is on screen (the snapshot changed, and it is neither stale nor loading).
    void snapshotChanged(const loopview::BalanceSnapshot &snapshot);
    // showRecorded() put a recorded snapshot on screen (not new data: nothing to record).
    void recordedShown(const loopview::BalanceSnapshot &snapshot);
    // leaveDemo() or clearRecorded() took the data away.
    void snapshotCleared();
    // A fetch failed: `message` is the sentence for people (errortext::describe). The snapshot,
    // if any, stays and is now stale.
    void failed(const loopview::Error &error, const QString &message);
    void cancelled();
    // The service asked to wait: `message` counts down ("retrying in 3 s…"); retryCountdown()
    // follows each second with the new count until the retry starts.
    void retrying(const QString &message);
    void retryCountdown(const QString &message);
    // Something the status line says has changed (busy text, staleness, data). Its relative
    // times ("updated 2 min ago") age with the window's WallClock, which describes them again.
    void statusChanged();

private:
    void onPhaseChanged(FetchController::Phase phase);
    void onSucceeded(const BalanceSnapshot &snapshot);
    void onFailed(const Error &error);
    void onRetrying(int attempt, int delayMs, int httpStatus, const QString &reason);
    void onCancelled();
    // Takes the shown data away (leaveDemo(), clearRecorded()).
    void clearSnapshot();
    QString retryMessage() const;
    QString describeShown(Detail detail = Detail::Full) const;
    int timeoutSeconds() const;

    FetchController *m_fetch;
    std::optional<BalanceSnapshot> m_snapshot;
    // Which question the snapshot answers, the latest fetch's (never its key) and how it ended.
    WhoseData m_whose;
    QString m_busyText;

    QTimer m_retryTimer;    // counts down "retrying in N s…"
    int m_retryStatus = 0;  // the HTTP status the service answered before the retry
    QString m_retryReason;
    QDateTime m_retryAt;
};

} // namespace loopview
