// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"
#include "history/snapshot.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace loopview {

// What one read of the history brought: the account's snapshots, oldest first, or why not.
struct HistoryLoad {
    QList<Snapshot> snapshots;
    std::optional<Error> error;
};

// Reads an account's history off the GUI thread: the database may be large, on a slow disk, or
// locked for a moment by loopview-cli writing (the busy timeout waits up to 10 s), and the window's
// event loop must never wait for it. Each read opens its own HistoryStore in a pool thread (a Qt
// SQL connection belongs to the thread that opened it). Only the latest read reports: a read that
// a newer one overtook is dropped, so switching accounts quickly never shows the wrong history.
class HistoryLoader : public QObject
{
    Q_OBJECT
public:
    // `storePath` empty = HistoryStore::defaultPath().
    explicit HistoryLoader(const QString &storePath = {}, QObject *parent = nullptr);
    ~HistoryLoader() override;

    QString storePath() const { return m_storePath; }
    bool isLoading() const { return m_watcher.isRunning(); }

    // Starts reading the account's snapshots; loaded() follows (asynchronously, also on error).
    void load(const HistoryAccount &account);
    // Forgets any read still running: it will not report.
    void cancel();

    // The read itself, as it runs in the pool thread (no file yet = no history, and none created).
    static HistoryLoad read(const QString &storePath, const HistoryAccount &account);

signals:
    void loaded(const loopview::HistoryLoad &result);

private:
    void onFinished();

    QString m_storePath;
    QFutureWatcher<HistoryLoad> m_watcher;
    quint64 m_generation = 0;     // of the latest load()
    quint64 m_runningGeneration = 0;
    std::optional<HistoryAccount> m_pending;  // asked for while another read was still running
};

} // namespace loopview

Q_DECLARE_METATYPE(loopview::HistoryLoad)
