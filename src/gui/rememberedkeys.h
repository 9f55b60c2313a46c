// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "secrets/keystore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringView>
#include <QUrl>
#include <functional>

namespace loopview {

// "Remember key": which API key is kept for which service and account, and in which KeyStore.
// It knows nothing about widgets; the window decides what to show and where.
class RememberedKeys : public QObject
{
    Q_OBJECT
public:
    explicit RememberedKeys(QObject *parent = nullptr);

    // The application's one KeyStore (the keyring the bookmarks use too). Not owned; it must
    // outlive this object or be destroyed with it. nullptr = a private MemoryKeyStore, the store
    // used until a shared one is set. Emits persistenceChanged(). A store that claims to keep
    // keys is asked once (a read of an entry no one writes), so whether it really can is known
    // before anyone is told: isSettled() is false until it answered.
    void setKeyStore(KeyStore *keys);
    // Null only once a shared store was destroyed: nothing is read or written after that.
    KeyStore *keyStore() const { return m_keys; }
    // Whether remembered keys survive this session (false while keys live in memory).
    bool isPersistent() const;
    // The store has answered once (or never needed asking): isPersistent() will not change
    // unless the keyring fails later.
    bool isSettled() const { return m_settled; }

    // The KeyStore entry of the key remembered for `accountText` on the service at `baseUrl`:
    // "query:" + normalized base URL + "|" + the id or checksummed address. Empty when the URL
    // or the account is not valid (nothing to remember under).
    static QString entryId(const QUrl &baseUrl, QStringView accountText);

    // Whether the key remembered under `entryId` may go into the key field, which holds
    // `fieldKey` and shows the remembered key of `fieldEntryId` (empty when the user typed it or
    // a bookmark supplied it). Only while the form still names that entry (`formEntryId`): the
    // form may have moved on while the store was answering. Never over a key the user typed or a
    // bookmark supplied; only into an empty field or over another account's remembered key.
    static bool mayFill(const QString &entryId, const QString &formEntryId, QStringView fieldKey,
                        const QString &fieldEntryId);

    using Found = std::function<void(const QString &key)>;
    // Reads the key remembered for `accountText` on `baseUrl`. `found` is always called: later
    // from the event loop with the key (empty when none is stored or the store failed), or right
    // away with an empty key when there is nothing to look up (invalid URL or account, no store).
    // Not called once this object is destroyed.
    void lookUp(const QUrl &baseUrl, QStringView accountText, Found found);

    // After a fetch that the service accepted `key` for: writes the key when `remember`,
    // otherwise deletes one remembered earlier ("do not keep this key"). Returns the entry
    // written or deleted; empty when there was nothing to do (invalid URL or account, empty key,
    // no store). Failures arrive later as rememberFailed() / forgetFailed().
    QString rememberOrForget(const QUrl &baseUrl, QStringView accountText, const QString &key,
                             bool remember);

signals:
    // The store changed, or the keyring turned out to be unusable: isPersistent() may differ.
    void persistenceChanged();
    // `message` is for people and never contains the key.
    void rememberFailed(const QString &message);
    void forgetFailed(const QString &message);

private:
    QPointer<KeyStore> m_keys;  // keyring or memory, never QSettings
    KeyStore *m_ownMemoryKeys;  // used until setKeyStore() hands over the shared store
    bool m_settled = true;
    int m_probe = 0;  // counts setKeyStore() calls, so the answer of an earlier store's probe is ignored
};

} // namespace loopview
