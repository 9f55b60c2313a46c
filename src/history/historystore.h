// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "snapshot.h"

#include "core/error.h"

#include <QList>
#include <QString>
#include <optional>

namespace loopview {

// The balance history in an SQLite database ($XDG_DATA_HOME/Loopview/Loopview/history.sqlite),
// shared by the window and loopview-cli, which may write at the same time: the database runs in
// WAL mode, every write is one BEGIN IMMEDIATE transaction, and a writer that finds the database
// locked waits (busy timeout) instead of failing. The schema carries its version in
// PRAGMA user_version and is brought up to date by numbered migrations when the store opens; a
// database from a newer Loopview is read but never written.
//
// One object per thread (a Qt SQL connection belongs to the thread that opened it). Every failure
// is an Io error whose message names the file and what SQLite said.
class HistoryStore
{
public:
    // The schema this code writes; migrations bring older files up to it.
    static constexpr int SchemaVersion = 1;
    // How long a write waits for another process's transaction before it gives up.
    static constexpr int BusyTimeoutMs = 10000;

    // `path` empty = defaultPath().
    explicit HistoryStore(const QString &path = {});
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static QString defaultPath();
    QString path() const { return m_path; }

    // Creates the folder and the file if need be and migrates the schema. Everything below fails
    // with this same error until open() has succeeded.
    Result<bool> open();
    // True when the file was written by a newer Loopview (its schema is newer than SchemaVersion):
    // it can be read, and record() and forget() refuse.
    bool isReadOnly() const { return m_readOnly; }
    int fileSchemaVersion() const { return m_fileVersion; }

    // Stores the snapshot in one transaction; its new id.
    Result<qint64> record(const Snapshot &snapshot);
    // The most recent snapshot of the account, nullopt when there is none.
    Result<std::optional<Snapshot>> latest(const HistoryAccount &account) const;
    // The `count` most recent snapshots of the account, newest first (fewer when there are fewer).
    Result<QList<Snapshot>> recent(const HistoryAccount &account, int count) const;
    // Every snapshot of the account, oldest first.
    Result<QList<Snapshot>> snapshots(const HistoryAccount &account) const;
    // Deletes every snapshot of the account; how many there were.
    Result<int> forget(const HistoryAccount &account);

private:
    enum class Operation { Open, Migrate, Read, Write };
    // `newest` > 0: that many, newest first; 0: all, oldest first.
    Result<QList<Snapshot>> select(const HistoryAccount &account, int newest) const;
    Error failure(Operation operation, const QString &reason) const;
    // Why a read or write cannot happen: not open, or (writes) a file of a newer schema.
    Error notUsable(Operation operation) const;

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    bool m_readOnly = false;
    int m_fileVersion = 0;
};

} // namespace loopview
