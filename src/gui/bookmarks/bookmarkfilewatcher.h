// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace loopview {

class BookmarkStore;

// Reloads a BookmarkStore when another program (`loopview-cli bookmarks …`, a second window)
// changes its file, so the window shows what is on disk and its next change starts from it.
//
// QSaveFile replaces the file by renaming a new one over it, and QFileSystemWatcher stops
// watching a path whose inode is gone. So the folder is watched as well (a rename into it is a
// folder change) and the file is added again after every change. A burst of changes (twenty
// parallel `bookmarks add`) is one reload: changes are collected for a moment first.
class BookmarkFileWatcher : public QObject
{
    Q_OBJECT
public:
    explicit BookmarkFileWatcher(BookmarkStore *store, QObject *parent = nullptr);

    QStringList watchedPaths() const;

private:
    void arm();
    void scheduleReload();
    void reload();

    BookmarkStore *m_store;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace loopview
