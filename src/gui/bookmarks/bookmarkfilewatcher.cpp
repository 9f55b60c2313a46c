// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarkfilewatcher.h"

#include "core/bookmarkstore.h"

#include <QDir>
#include <QFileInfo>

namespace loopview {

namespace {

// Long enough to fold a burst of writes into one reload, short enough to feel immediate.
constexpr int SettleMilliseconds = 150;

} // namespace

BookmarkFileWatcher::BookmarkFileWatcher(BookmarkStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMilliseconds);
    connect(&m_settle, &QTimer::timeout, this, &BookmarkFileWatcher::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &BookmarkFileWatcher::scheduleReload);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &BookmarkFileWatcher::scheduleReload);
    // The folder must exist to be watched; the first bookmark (from either program) would create
    // it anyway.
    QDir().mkpath(m_store->directory());
    arm();
}

QStringList BookmarkFileWatcher::watchedPaths() const
{
    return m_watcher.files() + m_watcher.directories();
}

void BookmarkFileWatcher::arm()
{
    if (!m_watcher.directories().contains(m_store->directory()) && QFileInfo::exists(m_store->directory()))
        m_watcher.addPath(m_store->directory());
    // After an atomic replace the watched inode is gone (and the path dropped): add it again.
    if (!m_watcher.files().contains(m_store->filePath()) && QFileInfo::exists(m_store->filePath()))
        m_watcher.addPath(m_store->filePath());
}

void BookmarkFileWatcher::scheduleReload()
{
    m_settle.start();
}

void BookmarkFileWatcher::reload()
{
    arm();
    // The store's own writes come back here too; reload() then finds nothing new and stays quiet.
    m_store->reload();
}

} // namespace loopview
