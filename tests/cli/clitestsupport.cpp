// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "clitestsupport.h"

#include <QFile>

#include <unistd.h>

namespace loopview::test {

namespace {

class FakeKeyringBackend : public KeyStore
{
public:
    explicit FakeKeyringBackend(FakeKeyring *keyring) : m_keyring(keyring) {}

    void readKey(const QString &id, QObject *context, Callback done) override
    {
        if (parked(done))
            return;
        if (m_keyring->refuseReads) {
            deliver(context, done, refusal());
            return;
        }
        const auto found = m_keyring->keys.constFind(id);
        deliver(context, done,
                found == m_keyring->keys.constEnd()
                    ? KeyResult::failure(KeyResult::Status::NotFound, QStringLiteral("not found"))
                    : KeyResult::success(*found, true));
    }
    void writeKey(const QString &id, const QString &key, QObject *context, Callback done) override
    {
        if (parked(done))
            return;
        if (!m_keyring->refuse)
            m_keyring->keys.insert(id, key);
        deliver(context, done, answer());
    }
    void deleteKey(const QString &id, QObject *context, Callback done) override
    {
        if (parked(done))
            return;
        if (!m_keyring->refuse)
            m_keyring->keys.remove(id);
        deliver(context, done, answer());
    }
    bool isPersistent() const override { return true; }

private:
    bool parked(const Callback &done)
    {
        ++m_keyring->calls;
        if (m_keyring->stall)
            m_parked.append(done); // never answered
        return m_keyring->stall;
    }
    static KeyResult refusal() { return KeyResult::failure(KeyResult::Status::Failed, QStringLiteral("Access denied")); }
    KeyResult answer() const { return m_keyring->refuse ? refusal() : KeyResult::success(QString(), true); }

    FakeKeyring *m_keyring;
    QList<Callback> m_parked;
};

} // namespace

StreamCapture::StreamCapture(FILE *stream, int fd)
    : m_stream(stream)
    , m_fd(fd)
{
    m_file.open();
    std::fflush(m_stream);
    m_saved = ::dup(m_fd);
    ::dup2(m_file.handle(), m_fd);
}

StreamCapture::~StreamCapture()
{
    release();
}

QByteArray StreamCapture::release()
{
    if (m_saved >= 0) {
        std::fflush(m_stream);
        ::dup2(m_saved, m_fd);
        ::close(m_saved);
        m_saved = -1;
        QFile read(m_file.fileName());
        if (read.open(QIODevice::ReadOnly))
            m_text = read.readAll();
    }
    return m_text;
}

CommandRun captureRun(const std::function<int()> &body)
{
    StreamCapture out(stdout, STDOUT_FILENO);
    StreamCapture err(stderr, STDERR_FILENO);
    CommandRun run;
    run.exitCode = body();
    run.out = out.release();
    run.err = err.release();
    return run;
}

cli::KeyringFactory keyringFor(FakeKeyring *keyring)
{
    return [keyring](std::chrono::milliseconds timeout) -> Result<std::unique_ptr<KeychainKeyStore>> {
        return std::make_unique<KeychainKeyStore>(std::make_unique<FakeKeyringBackend>(keyring), timeout);
    };
}

QProcessEnvironment environmentWithKey(const QString &key)
{
    QProcessEnvironment environment;
    if (!key.isEmpty())
        environment.insert(QStringLiteral("LOOPVIEW_API_KEY"), key);
    return environment;
}

} // namespace loopview::test

#include "cli/cliapplication.h"
#include "core/bookmarkstore.h"

namespace loopview::test {

CommandRun runCli(const QStringList &arguments, FakeKeyring *keyring, const QProcessEnvironment &environment)
{
    return runCli(arguments, keyringFor(keyring), environment);
}

CommandRun runCli(const QStringList &arguments, const cli::KeyringFactory &keyring, const QProcessEnvironment &environment)
{
    return captureRun([&] {
        return cli::CliApplication(cli::CommandContext{environment, keyring})
            .run(QStringList{QStringLiteral("loopview-cli")} + arguments);
    });
}

QList<Bookmark> storedBookmarks()
{
    BookmarkStore store;
    store.load();
    return store.bookmarks();
}

} // namespace loopview::test
