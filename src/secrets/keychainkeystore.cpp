// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "keychainkeystore.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace loopview {

KeychainKeyStore::KeychainKeyStore(std::unique_ptr<KeyStore> backend, std::chrono::milliseconds timeout,
                                   QObject *parent)
    : KeyStore(parent), m_backend(std::move(backend)), m_timeout(timeout)
{
    Q_ASSERT(m_backend);
}

KeychainKeyStore::~KeychainKeyStore() = default;

QString KeychainKeyStore::serviceName()
{
    return QStringLiteral("loopview");
}

QString KeychainKeyStore::memoryOnlyNotice()
{
    return tr("No system keyring available: keys are kept in memory for this session only");
}

void KeychainKeyStore::readKey(const QString &bookmarkId, QObject *context, Callback done)
{
    route(context, std::move(done), [bookmarkId](KeyStore *store, QObject *ctx, Callback cb) {
        store->readKey(bookmarkId, ctx, std::move(cb));
    });
}

void KeychainKeyStore::writeKey(const QString &bookmarkId, const QString &key, QObject *context,
                                Callback done)
{
    route(context, std::move(done), [bookmarkId, key](KeyStore *store, QObject *ctx, Callback cb) {
        store->writeKey(bookmarkId, key, ctx, std::move(cb));
    });
}

void KeychainKeyStore::deleteKey(const QString &bookmarkId, QObject *context, Callback done)
{
    route(context, std::move(done), [bookmarkId](KeyStore *store, QObject *ctx, Callback cb) {
        store->deleteKey(bookmarkId, ctx, std::move(cb));
    });
}

void KeychainKeyStore::route(QObject *context, Callback done,
                             std::function<void(KeyStore *, QObject *, Callback)> operation)
{
    if (m_usingMemory) {
        operation(&m_memory, context, std::move(done));
        return;
    }
    // The backend answers us (context = this); we answer the caller through its own context.
    // Whichever comes first, the backend's answer or the timeout, answers the caller; the other
    // is ignored.
    QPointer<QObject> callerContext(context);
    const bool hadContext = context != nullptr;
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(m_timeout, this, [this, answered, callerContext, hadContext, done] {
        if (*answered)
            return;
        *answered = true;
        if ((hadContext && !callerContext) || !done)
            return;
        done(KeyResult::failure(KeyResult::Status::TimedOut, timedOutMessage(m_timeout)));
    });
    operation(m_backend.get(), this,
              [this, answered, callerContext, hadContext, done, operation](const KeyResult &result) {
                  if (*answered)
                      return; // too late: the caller was told it timed out
                  *answered = true;
                  if (hadContext && !callerContext)
                      return; // the caller went away while the keyring was busy
                  if (result.status == KeyResult::Status::Unavailable) {
                      switchToMemory(result.message);
                      operation(&m_memory, callerContext.data(), done);
                      return;
                  }
                  if (done)
                      done(result);
              });
}

QString KeychainKeyStore::timedOutMessage(std::chrono::milliseconds timeout)
{
    //: %1 is a number of seconds
    return tr("The system keyring did not answer within %1 s").arg(double(timeout.count()) / 1000.0);
}

void KeychainKeyStore::switchToMemory(const QString &reason)
{
    if (m_usingMemory)
        return;
    m_usingMemory = true;
    m_fallbackReason = reason;
    emit persistenceUnavailable(reason);
}

} // namespace loopview
