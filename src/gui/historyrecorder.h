// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "fetchcontroller.h"

#include "core/error.h"
#include "history/historystore.h"
#include "history/snapshot.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace loopview {

// The window's side of the balance history: every successful live fetch (never the demo's) is
// stored as a Snapshot in the HistoryStore the CLI writes too, unless the user turned recording
// off; the window reads the latest snapshots of an account (the Change column, the last query at
// start) and forgets an account.
//
// All of it runs on a thread of its own, one job after the other in the order they were asked
// for, with its own HistoryStore (a Qt SQL connection belongs to the thread that opened it):
// while loopview-cli holds the database's write lock, SQLite's busy timeout makes a write wait
// up to HistoryStore::BusyTimeoutMs, and the window's event loop must not wait with it. Results
// come back to the GUI thread as queued signals and callbacks. The order is kept: a record
// followed by a forget of the same account leaves nothing behind, and a read sees every record
// asked for before it. The store is opened on first use, so a window that never fetches never
// creates the file; reads never create it either. Destroying the recorder finishes every job
// already asked for (nothing is lost), then ends the thread.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    // `storePath` empty = HistoryStore::defaultPath().
    explicit HistoryRecorder(const QString &storePath = {}, QObject *parent = nullptr);
    // Waits for the jobs already asked for (a write may wait for another process's lock).
    ~HistoryRecorder() override;

    QString storePath() const { return m_storePath; }
    // Another database for every job asked for from now on (tests, or a future "history file"
    // setting); opened on first use.
    void setStorePath(const QString &path);

    // Edit ▸ Preferences: recording on (the default) or off. Reading and forgetting work either way.
    void setRecording(bool recording) { m_recording = recording; }
    bool isRecording() const { return m_recording; }

    // Whose history the answer to `question` belongs to; nullopt for the demo's, which has none,
    // and for an account that is not valid.
    static std::optional<HistoryAccount> accountOf(const BalancesQuestion &question);
    // Whose history a fetched snapshot belongs to.
    static std::optional<HistoryAccount> accountOf(const BalanceSnapshot &snapshot)
    {
        return accountOf(snapshot.question());
    }

    // What the window shows of `recorded` as the answer to `question` (offline first): its rows
    // that pass the question's token filter, with `tokenList` (the token cache's) for symbols and
    // decimals, else what the snapshot recorded of each token, and the prices it recorded.
    static BalanceSnapshot balancesOf(const Snapshot &recorded, const BalancesQuestion &question,
                                      const TokenRegistry &tokenList);

    using RecentRead = std::function<void(const Result<QList<Snapshot>> &snapshots)>;
    // Reads the `count` latest snapshots of the account, newest first (an empty list when there is
    // no history, or no database file yet: a read never creates it). `done` is called later in
    // `context`'s thread (the GUI thread), not at all once `context` is destroyed.
    void readRecent(const HistoryAccount &account, int count, QObject *context, RecentRead done);
    // Stores `snapshot` when recording is on and it is live data of the whole account (no token
    // filter): recorded() or recordFailed() follows. False (and nothing follows) when there is
    // nothing to record.
    bool record(const BalanceSnapshot &snapshot);
    // Deletes every snapshot of the account: forgotten() with how many there were, or forgetFailed().
    void forget(const HistoryAccount &account);

signals:
    void recorded(const loopview::Snapshot &snapshot);
    // `message` names the file and what SQLite said.
    void recordFailed(const QString &message);
    void forgotten(const loopview::HistoryAccount &account, int count);
    void forgetFailed(const loopview::HistoryAccount &account, const QString &message);

private:
    struct Worker;
    // Runs `job` on the history thread after every job asked for before it.
    void post(std::function<void(Worker &)> job);

    QString m_storePath;
    bool m_recording = true;
    QThread *m_thread;
    QObject *m_threadContext;         // lives in m_thread: the jobs are queued calls to it
    std::unique_ptr<Worker> m_worker;  // used only on m_thread
};

} // namespace loopview

Q_DECLARE_METATYPE(loopview::Snapshot)
Q_DECLARE_METATYPE(loopview::HistoryAccount)
