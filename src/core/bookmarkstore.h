// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "bookmark.h"
#include "error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>

namespace loopview {

// The user's bookmarks file: {"schema":1,"bookmarks":[…]} in the application data directory.
//
// The file belongs to the user, and the window and any number of `loopview-cli bookmarks`
// processes change it at the same time. So the store never writes what it merely remembers:
// every change takes an exclusive lock (bookmarks.json.lock beside the file), re-reads the file
// under it, applies that one change to what it read, writes the whole file with QSaveFile (a crash
// leaves the old file) and only then unlocks. A change made by another process in the meantime is
// therefore kept, never overwritten by a stale in-memory list.
//
// An unreadable file is renamed aside and reported rather than overwritten, and a file from a
// newer Loopview is left alone (read-only) rather than downgraded. Keys are never part of a
// bookmark; see src/secrets.
class BookmarkStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 1;
    static constexpr const char *FileName = "bookmarks.json";
    // The largest bookmarks file Loopview reads, writes, imports or exports: one limit for every
    // direction, so an export can always be imported again. (About 50,000 bookmarks; the same
    // size as the service's response limit.)
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    // How long a change waits for another process's lock before it gives up (an Io error). The
    // lock is normally held for a few milliseconds.
    static constexpr std::chrono::milliseconds DefaultLockTimeout{10000};
    // A lock older than this, or whose process is gone, was left by a crash and is taken over.
    static constexpr std::chrono::milliseconds StaleLockTime{30000};

    // `directory` empty = QStandardPaths::AppDataLocation. Tests pass a temporary directory.
    explicit BookmarkStore(const QString &directory = {}, QObject *parent = nullptr);

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString filePath() const;
    QString lockFilePath() const;

    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }

    enum class LoadStatus {
        Loaded,       // the file was read (possibly with zero bookmarks)
        Missing,      // no file yet: start empty, nothing to report
        MovedAside,   // unreadable: renamed to movedAsidePath, starting empty
        NewerSchema,  // written by a newer Loopview: shown read-only, never saved over
        Failed,       // could not even read or rename the file: read-only, left untouched
    };
    struct LoadReport {
        LoadStatus status = LoadStatus::Missing;
        QString message;        // for people; empty for Loaded and Missing
        QString movedAsidePath; // MovedAside only
    };

    // Replaces the in-memory list with the file's contents (emits bookmarksReset()). Reading
    // needs no lock (writes replace the file atomically); moving an unreadable file aside does,
    // and when the lock cannot be had the file is left alone and the store is read-only.
    LoadReport load();
    // The same after another program changed the file, but emits bookmarksReset() only when what
    // the store holds or reports changed (its own writes come back unchanged).
    LoadReport reload();
    const LoadReport &lastLoadReport() const { return m_lastLoad; }

    // True after a newer schema or a failed load: every change is refused with readOnlyReason().
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    const QList<Bookmark> &bookmarks() const { return m_bookmarks; }
    int count() const { return int(m_bookmarks.size()); }
    int indexOfId(const QString &id) const;
    std::optional<Bookmark> findById(const QString &id) const;
    // Exact label first, then case-insensitive; an id also matches. nullopt when nothing or
    // several bookmarks match case-insensitively.
    std::optional<Bookmark> findByLabelOrId(const QString &labelOrId) const;

    // Every change locks the file, re-reads it, applies itself to what it read (validating
    // against that, e.g. for duplicate labels), writes the whole file, and only then changes memory
    // and emits. When the file changed behind the store's back, memory is first replaced with what
    // was read (bookmarksReset()), then the change is applied and announced. On failure the file
    // is unchanged and the error says why (Input for invalid/duplicate/gone, Io for the lock, the
    // disk, a read-only file or a file that would exceed MaxFileBytes).
    Result<Bookmark> add(Bookmark bookmark);             // assigns id/createdAt when missing
    std::optional<Error> insertAt(int index, const Bookmark &bookmark); // undo of remove
    std::optional<Error> update(const Bookmark &bookmark);              // matched by id
    std::optional<Error> remove(const QString &id);

    // Bookmark exchange files use the same shape as the store file and never contain keys.
    // Refused (Io) when the document would exceed MaxFileBytes: nothing is exported that could
    // not be imported again.
    Result<QByteArray> exportJson() const;
    std::optional<Error> exportToFile(const QString &path) const;
    // Reads a file to import (a bookmarks export or a wallet export), refusing one larger than
    // MaxFileBytes with a message that says so. Input errors: the file is the caller's to fix.
    static Result<QByteArray> readImportFile(const QString &path);
    static Result<QList<Bookmark>> parseBookmarksJson(const QByteArray &json);
    // True when the bytes look like a bookmarks file rather than some other JSON (a wallet export).
    static bool looksLikeBookmarksJson(const QByteArray &json);

    struct ImportReport {
        int added = 0;
        int skippedDuplicates = 0;  // same id, or same label and account already present
        QStringList addedIds;
    };
    // Merges into the file's current bookmarks: existing ones win, duplicates are skipped, one
    // write under one lock.
    Result<ImportReport> importBookmarks(const QList<Bookmark> &incoming);

signals:
    void bookmarkInserted(int index);
    void bookmarkUpdated(int index);
    void bookmarkRemoved(int index);
    void bookmarksReset();

private:
    // One change, applied to the list just read from the file under the lock. It validates
    // against that list and edits it in place; an error leaves the file untouched.
    using Change = std::function<std::optional<Error>(QList<Bookmark> &bookmarks)>;
    // Lock, re-read (adopting what was read), apply `change`, write, unlock. On success memory
    // holds the written list; the caller emits the signal for its change.
    std::optional<Error> commit(const Change &change);

    struct FileContents;
    FileContents readFile() const;
    LoadReport readAndAdopt(bool alwaysReset);
    // Makes `contents` the store's state: moves an unreadable file aside when `locked` (else
    // read-only), sets the read-only reason and the report, replaces memory. Emits
    // bookmarksReset() when `alwaysReset` or anything visible changed.
    LoadReport adopt(const FileContents &contents, bool locked, bool alwaysReset);
    LoadReport moveAside(const QString &reason);

    QString m_directory;
    std::chrono::milliseconds m_lockTimeout = DefaultLockTimeout;
    QList<Bookmark> m_bookmarks;
    QString m_readOnlyReason;
    LoadReport m_lastLoad;
};

} // namespace loopview
