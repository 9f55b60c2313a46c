// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "fetchcontroller.h"

#include "core/error.h"
#include "history/historystore.h"
#include "history/snapshot.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace loopview {

// The window's side of the balance history: every successful live fetch (never the demo's) is
// stored as a Snapshot in the HistoryStore the CLI writes too, unless the user turned recording
// off. The store is opened on first use, so a window that never fetches never creates the file.
// Writes happen on the GUI thread: one small transaction per fetch, and WAL keeps readers off the
// writer's back.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    // `storePath` empty = HistoryStore::defaultPath().
    explicit HistoryRecorder(const QString &storePath = {}, QObject *parent = nullptr);
    ~HistoryRecorder() override;

    QString storePath() const { return m_store->path(); }
    // Another database from now on (tests, or a future "history file" setting); opened on first use.
    void setStorePath(const QString &path);

    // Edit ▸ Preferences: recording on (the default) or off. Reading and forgetting work either way.
    void setRecording(bool recording) { m_recording = recording; }
    bool isRecording() const { return m_recording; }

    // Whose history a fetched snapshot belongs to; nullopt for the demo's, which has none.
    static std::optional<HistoryAccount> accountOf(const BalanceSnapshot &snapshot);

    // The latest snapshot of the account recorded so far, nullopt when there is none.
    Result<std::optional<Snapshot>> latest(const HistoryAccount &account);
    // Stores `snapshot` (when recording is on and it is live data) and emits recorded(). True
    // when it was stored.
    Result<bool> record(const BalanceSnapshot &snapshot);
    // Deletes every snapshot of the account; how many there were. Emits forgotten().
    Result<int> forget(const HistoryAccount &account);

signals:
    void recorded(const loopview::Snapshot &snapshot);
    void forgotten(const loopview::HistoryAccount &account, int count);

private:
    Result<bool> open();

    std::unique_ptr<HistoryStore> m_store;
    bool m_opened = false;
    bool m_recording = true;
};

} // namespace loopview

Q_DECLARE_METATYPE(loopview::Snapshot)
Q_DECLARE_METATYPE(loopview::HistoryAccount)
