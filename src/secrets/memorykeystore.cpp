// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "memorykeystore.h"

#include <QCoreApplication>

namespace loopview {

MemoryKeyStore::MemoryKeyStore(QObject *parent) : KeyStore(parent) {}

void MemoryKeyStore::readKey(const QString &bookmarkId, QObject *context, Callback done)
{
    const auto found = m_keys.constFind(bookmarkId);
    if (found == m_keys.constEnd()) {
        deliver(context, done,
                KeyResult::failure(KeyResult::Status::NotFound,
                                   tr("No API key is stored for this bookmark")));
        return;
    }
    deliver(context, done, KeyResult::success(*found, false));
}

void MemoryKeyStore::writeKey(const QString &bookmarkId, const QString &key, QObject *context,
                              Callback done)
{
    m_keys.insert(bookmarkId, key);
    deliver(context, done, KeyResult::success(QString(), false));
}

void MemoryKeyStore::deleteKey(const QString &bookmarkId, QObject *context, Callback done)
{
    m_keys.remove(bookmarkId);
    deliver(context, done, KeyResult::success(QString(), false));
}

} // namespace loopview
