// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "keystore.h"

#include <QHash>

namespace loopview {

// Keys for this session only: used when there is no system keyring, and by tests.
class MemoryKeyStore : public KeyStore
{
    Q_OBJECT
public:
    explicit MemoryKeyStore(QObject *parent = nullptr);

    void readKey(const QString &bookmarkId, QObject *context, Callback done) override;
    void writeKey(const QString &bookmarkId, const QString &key, QObject *context,
                  Callback done) override;
    void deleteKey(const QString &bookmarkId, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }

    bool contains(const QString &bookmarkId) const { return m_keys.contains(bookmarkId); }

private:
    QHash<QString, QString> m_keys;
};

} // namespace loopview
