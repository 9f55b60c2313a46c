// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "keystore.h"
#include "memorykeystore.h"

#include <chrono>
#include <memory>

namespace loopview {

// Keys in the system keyring (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) under the service "loopview", one entry per bookmark id. The keyring itself is
// the backend given to the constructor (createQtKeychainBackend(), or the one KeyringPluginLoader
// loads); this class adds the time-out and the fallback to memory, the same for every backend.
//
// Many Linux sessions have no secret service (CI, minimal desktops, SSH). The first time the
// keyring turns out to be unusable the store switches to memory for the rest of the session,
// emits persistenceUnavailable(reason) so the UI can say so, and answers every later call from
// memory. Keys are never written to a file as a fallback.
//
// A keyring that does not answer within the timeout is different: it exists but is stuck (a
// prompt nobody can see, a hung D-Bus service), and may still carry the operation out later.
// That call ends with TimedOut, the store does not switch to memory, and a late answer is
// ignored: a delete that timed out must never look like a delete that happened.
class KeychainKeyStore : public KeyStore
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{20000};

    // `backend` is the keyring (never null). Tests inject a backend that fails or stalls on
    // purpose. Every backend call is answered within `timeout`, with TimedOut if need be.
    explicit KeychainKeyStore(std::unique_ptr<KeyStore> backend,
                              std::chrono::milliseconds timeout = DefaultTimeout,
                              QObject *parent = nullptr);
    ~KeychainKeyStore() override;

    static QString serviceName();
    // What the UI shows once keys are memory-only.
    static QString memoryOnlyNotice();
    // The message of a TimedOut result.
    static QString timedOutMessage(std::chrono::milliseconds timeout);

    void readKey(const QString &bookmarkId, QObject *context, Callback done) override;
    void writeKey(const QString &bookmarkId, const QString &key, QObject *context,
                  Callback done) override;
    void deleteKey(const QString &bookmarkId, QObject *context, Callback done) override;
    bool isPersistent() const override { return !m_usingMemory; }

    bool isUsingMemoryFallback() const { return m_usingMemory; }
    QString fallbackReason() const { return m_fallbackReason; }

private:
    // Runs `operation` on the backend; when it reports Unavailable, switches to memory and runs
    // it there instead. Answers TimedOut when the backend is silent for longer than m_timeout.
    void route(QObject *context, Callback done,
               std::function<void(KeyStore *, QObject *, Callback)> operation);
    void switchToMemory(const QString &reason);

    std::unique_ptr<KeyStore> m_backend;
    std::chrono::milliseconds m_timeout;
    MemoryKeyStore m_memory;
    bool m_usingMemory = false;
    QString m_fallbackReason;
};

} // namespace loopview
