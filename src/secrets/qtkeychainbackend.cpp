// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "qtkeychainbackend.h"

#include "keychainkeystore.h"

#include <functional>

#include <qt6keychain/keychain.h>

namespace loopview {

namespace {

// QtKeychain reports most Linux failures as OtherError; these fragments of its messages (from
// libsecret, GDBus and QtKeychain itself) mean there is no secret service to talk to.
bool messageMeansNoService(const QString &message)
{
    static const char *const fragments[] = {
        "D-Bus",         "DBus",          "dbus-launch",  "org.freedesktop.secrets",
        "Secret Service", "secret service", "No such interface", "not provided by any",
        "ServiceUnknown", "Object does not exist", "collection", "keyring",
    };
    for (const char *fragment : fragments) {
        if (message.contains(QLatin1String(fragment), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The real keyring through QtKeychain. Classifies errors so KeychainKeyStore can decide between
// "fall back to memory" (Unavailable) and "tell the user" (Failed).
// No Q_OBJECT (it adds no signals): its tr() is KeyStore's, so the messages say KeyStore::tr.
class QtKeychainBackend : public KeyStore
{
public:
    explicit QtKeychainBackend(QObject *parent = nullptr) : KeyStore(parent) {}

    void readKey(const QString &bookmarkId, QObject *context, Callback done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(KeychainKeyStore::serviceName());
        job->setKey(bookmarkId);
        run(job, context, std::move(done), [](QKeychain::Job *finished) {
            return KeyResult::success(
                static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), true);
        });
    }

    void writeKey(const QString &bookmarkId, const QString &key, QObject *context,
                  Callback done) override
    {
        auto *job = new QKeychain::WritePasswordJob(KeychainKeyStore::serviceName());
        job->setKey(bookmarkId);
        job->setTextData(key);
        run(job, context, std::move(done),
            [](QKeychain::Job *) { return KeyResult::success(QString(), true); });
    }

    void deleteKey(const QString &bookmarkId, QObject *context, Callback done) override
    {
        auto *job = new QKeychain::DeletePasswordJob(KeychainKeyStore::serviceName());
        job->setKey(bookmarkId);
        run(job, context, std::move(done),
            [](QKeychain::Job *) { return KeyResult::success(QString(), true); });
    }

    bool isPersistent() const override { return true; }

private:
    void run(QKeychain::Job *job, QObject *context, Callback done,
             std::function<KeyResult(QKeychain::Job *)> onSuccess)
    {
        // Never a plain-text file behind the user's back.
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        const bool isDelete = qobject_cast<QKeychain::DeletePasswordJob *>(job) != nullptr;
        connect(job, &QKeychain::Job::finished, this,
                [this, context, done, onSuccess, isDelete](QKeychain::Job *finished) {
                    deliver(context, done, classify(finished, onSuccess, isDelete));
                });
        job->start();
    }

    KeyResult classify(QKeychain::Job *job,
                       const std::function<KeyResult(QKeychain::Job *)> &onSuccess, bool isDelete)
    {
        switch (job->error()) {
        case QKeychain::NoError:
            m_everWorked = true;
            return onSuccess(job);
        case QKeychain::EntryNotFound:
            m_everWorked = true;
            if (isDelete)
                return KeyResult::success(QString(), true);
            return KeyResult::failure(KeyResult::Status::NotFound,
                                      KeyStore::tr("No API key is stored for this bookmark"));
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            return KeyResult::failure(KeyResult::Status::Unavailable, job->errorString());
        case QKeychain::OtherError:
            // Before the keyring has ever answered properly, an unexplained error means there is
            // none to use; afterwards it is a real failure the user should see.
            if (!m_everWorked || messageMeansNoService(job->errorString()))
                return KeyResult::failure(KeyResult::Status::Unavailable, job->errorString());
            return KeyResult::failure(KeyResult::Status::Failed, job->errorString());
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            break;
        }
        return KeyResult::failure(KeyResult::Status::Failed, job->errorString());
    }

    bool m_everWorked = false;
};

} // namespace

std::unique_ptr<KeyStore> createQtKeychainBackend()
{
    return std::make_unique<QtKeychainBackend>();
}

} // namespace loopview
