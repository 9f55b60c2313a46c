// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "historyloader.h"

#include "history/historystore.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace loopview {

HistoryLoader::HistoryLoader(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath.isEmpty() ? HistoryStore::defaultPath() : storePath)
{
    connect(&m_watcher, &QFutureWatcher<HistoryLoad>::finished, this, &HistoryLoader::onFinished);
}

HistoryLoader::~HistoryLoader()
{
    // The read holds no pointer to this object; waiting keeps the pool from outliving the
    // database file in tests that delete it right after the window.
    m_watcher.waitForFinished();
}

void HistoryLoader::load(const HistoryAccount &account)
{
    ++m_generation;
    if (m_watcher.isRunning()) {
        // One read at a time: the newest request starts when the running one ends.
        m_pending = account;
        return;
    }
    m_runningGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run(&HistoryLoader::read, m_storePath, account));
}

void HistoryLoader::cancel()
{
    ++m_generation;
    m_pending.reset();
}

HistoryLoad HistoryLoader::read(const QString &storePath, const HistoryAccount &account)
{
    HistoryLoad result;
    // Reading must not create the database: no file simply means nothing was recorded yet.
    if (!QFileInfo::exists(storePath))
        return result;
    HistoryStore store(storePath);
    if (const Result<bool> opened = store.open(); !opened) {
        result.error = opened.error();
        return result;
    }
    Result<QList<Snapshot>> snapshots = store.snapshots(account);
    if (!snapshots)
        result.error = snapshots.error();
    else
        result.snapshots = std::move(snapshots).value();
    return result;
}

void HistoryLoader::onFinished()
{
    const bool current = m_runningGeneration == m_generation;
    const HistoryLoad result = m_watcher.result();
    if (m_pending) {
        const HistoryAccount next = *std::exchange(m_pending, std::nullopt);
        m_runningGeneration = m_generation;
        m_watcher.setFuture(QtConcurrent::run(&HistoryLoader::read, m_storePath, next));
    }
    if (current)
        emit loaded(result);
}

} // namespace loopview
