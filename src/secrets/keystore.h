// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace loopview {

// The outcome of one key operation. `key` is only set by a successful read and is never logged.
struct KeyResult {
    enum class Status {
        Ok,
        NotFound,     // no key stored for this bookmark
        Unavailable,  // no usable keyring at all (no backend, no secret service)
        Failed,       // the keyring is there but refused (access denied, could not delete, …)
        // The keyring did not answer in time (a hung service, a prompt nobody sees). Not "no
        // keyring": the operation may still happen later, so callers must not treat a delete or
        // a write as done, nor a read as "no key stored".
        TimedOut,
    };

    Status status = Status::Ok;
    QString key;
    QString message;          // for people; empty on success
    bool persistent = false;  // Ok write: true when the key survives the session

    bool ok() const { return status == Status::Ok; }
    static KeyResult success(QString key = {}, bool persistent = false)
    {
        return {Status::Ok, std::move(key), QString(), persistent};
    }
    static KeyResult failure(Status status, QString message)
    {
        return {status, QString(), std::move(message), false};
    }
};

// Stores one API key per bookmark id. Asynchronous because system keyrings are (D-Bus, prompts):
// `done` is always called later from the event loop, never from inside the call, and not at all
// when `context` has been destroyed by then (nullptr context = the store itself).
class KeyStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const KeyResult &)>;

    explicit KeyStore(QObject *parent = nullptr) : QObject(parent) {}

    virtual void readKey(const QString &bookmarkId, QObject *context, Callback done) = 0;
    virtual void writeKey(const QString &bookmarkId, const QString &key, QObject *context,
                          Callback done) = 0;
    // Deleting a key that is not there succeeds.
    virtual void deleteKey(const QString &bookmarkId, QObject *context, Callback done) = 0;

    // False when keys only live as long as this process.
    virtual bool isPersistent() const = 0;

signals:
    // Emitted once when keys can no longer be kept beyond this session; `reason` says why.
    void persistenceUnavailable(const QString &reason);

protected:
    // Queues `done(result)` on the event loop, guarded by `context`.
    void deliver(QObject *context, const Callback &done, const KeyResult &result);
};

} // namespace loopview
