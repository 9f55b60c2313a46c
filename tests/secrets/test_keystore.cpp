// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "secrets/keychainkeystore.h"
#include "secrets/memorykeystore.h"
#include "secrets/qtkeychainbackend.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace loopview;

namespace {

const QString Key = QStringLiteral("k3y0000000000000000000000000000000000000000000000000000000000001");

// Runs one asynchronous key operation to completion.
template <typename Start>
std::optional<KeyResult> await(Start start, QObject *context = nullptr)
{
    std::optional<KeyResult> result;
    start(context, [&result](const KeyResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30000);
    return result;
}

// A backend that behaves like a machine without a secret service, or one that refuses access.
class ScriptedBackend : public KeyStore
{
public:
    explicit ScriptedBackend(KeyResult::Status status, QString message = QStringLiteral("scripted"))
        : m_status(status), m_message(std::move(message))
    {
    }

    void readKey(const QString &, QObject *context, Callback done) override { answer(context, done); }
    void writeKey(const QString &, const QString &, QObject *context, Callback done) override
    {
        answer(context, done);
    }
    void deleteKey(const QString &, QObject *context, Callback done) override { answer(context, done); }
    bool isPersistent() const override { return true; }

    int calls = 0;

private:
    void answer(QObject *context, const Callback &done)
    {
        ++calls;
        deliver(context, done,
                m_status == KeyResult::Status::Ok ? KeyResult::success(QString(), true)
                                                  : KeyResult::failure(m_status, m_message));
    }

    KeyResult::Status m_status;
    QString m_message;
};

// A keyring that exists but does not answer (a prompt nobody sees, a hung D-Bus service) until
// the test lets it: then it answers every pending call with success, as a late keyring would.
class StallingBackend : public KeyStore
{
public:
    void readKey(const QString &, QObject *context, Callback done) override { park(context, done); }
    void writeKey(const QString &, const QString &, QObject *context, Callback done) override
    {
        park(context, done);
    }
    void deleteKey(const QString &, QObject *context, Callback done) override { park(context, done); }
    bool isPersistent() const override { return true; }

    void answerAll()
    {
        for (const auto &[context, done] : std::as_const(m_pending))
            deliver(context, done, KeyResult::success(Key, true));
        m_pending.clear();
    }

private:
    void park(QObject *context, const Callback &done) { m_pending.append({context, done}); }

    QList<std::pair<QObject *, Callback>> m_pending;
};

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void memoryStoreRoundTrip()
    {
        MemoryKeyStore store;
        QVERIFY(!store.isPersistent());

        bool calledSynchronously = true;
        std::optional<KeyResult> written;
        store.writeKey(QStringLiteral("b1"), Key, nullptr, [&](const KeyResult &r) { written = r; });
        calledSynchronously = written.has_value();
        QVERIFY(!calledSynchronously); // always from the event loop
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok());
        QVERIFY(!written->persistent);

        const auto read = await([&](QObject *c, KeyStore::Callback cb) { store.readKey(QStringLiteral("b1"), c, cb); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->key, Key);

        const auto other = await([&](QObject *c, KeyStore::Callback cb) { store.readKey(QStringLiteral("b2"), c, cb); });
        QCOMPARE(other->status, KeyResult::Status::NotFound);
        QVERIFY(other->key.isEmpty());

        QVERIFY(await([&](QObject *c, KeyStore::Callback cb) { store.deleteKey(QStringLiteral("b1"), c, cb); })->ok());
        QVERIFY(!store.contains(QStringLiteral("b1")));
        // Deleting again is fine.
        QVERIFY(await([&](QObject *c, KeyStore::Callback cb) { store.deleteKey(QStringLiteral("b1"), c, cb); })->ok());
    }

    void callbackDroppedWhenContextDies()
    {
        MemoryKeyStore store;
        bool called = false;
        auto *context = new QObject;
        store.writeKey(QStringLiteral("b"), Key, context, [&called](const KeyResult &) { called = true; });
        delete context;
        QTest::qWait(20);
        QVERIFY(!called);
        QVERIFY(store.contains(QStringLiteral("b"))); // the write itself happened
    }

    void unavailableBackendFallsBackToMemoryOnce()
    {
        auto backend = std::make_unique<ScriptedBackend>(
            KeyResult::Status::Unavailable, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
        ScriptedBackend *backendPtr = backend.get();
        KeychainKeyStore store(std::move(backend));
        QSignalSpy unavailable(&store, &KeyStore::persistenceUnavailable);
        QVERIFY(store.isPersistent());

        const auto written = await([&](QObject *c, KeyStore::Callback cb) { store.writeKey(QStringLiteral("b"), Key, c, cb); });
        QVERIFY(written && written->ok());
        QVERIFY(!written->persistent); // the caller learns the key will not survive the session
        QVERIFY(!store.isPersistent());
        QVERIFY(store.isUsingMemoryFallback());
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(unavailable.first().first().toString().contains(QLatin1String("D-Bus")));
        QCOMPARE(store.fallbackReason(), unavailable.first().first().toString());

        const auto read = await([&](QObject *c, KeyStore::Callback cb) { store.readKey(QStringLiteral("b"), c, cb); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->key, Key);

        // Once fallen back, the keyring is not asked again, and the notice is not repeated.
        QCOMPARE(backendPtr->calls, 1);
        QVERIFY(await([&](QObject *c, KeyStore::Callback cb) { store.deleteKey(QStringLiteral("b"), c, cb); })->ok());
        QCOMPARE(backendPtr->calls, 1);
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!KeychainKeyStore::memoryOnlyNotice().isEmpty());
    }

    void refusedAccessIsReportedNotHidden()
    {
        KeychainKeyStore store(std::make_unique<ScriptedBackend>(KeyResult::Status::Failed,
                                                                 QStringLiteral("Access denied by user")));
        QSignalSpy unavailable(&store, &KeyStore::persistenceUnavailable);
        const auto written = await([&](QObject *c, KeyStore::Callback cb) { store.writeKey(QStringLiteral("b"), Key, c, cb); });
        QCOMPARE(written->status, KeyResult::Status::Failed);
        QCOMPARE(written->message, QStringLiteral("Access denied by user"));
        QVERIFY(store.isPersistent());
        QCOMPARE(unavailable.size(), 0);
    }

    // Issue 9 item 10: a keyring that does not answer is not "no keyring". Every call ends with
    // TimedOut within the timeout; nothing falls back to memory, where a delete would "succeed"
    // and a read would find no key; a late answer is not passed on.
    void stalledKeyringTimesOutWithoutFallingBack()
    {
        auto backend = std::make_unique<StallingBackend>();
        StallingBackend *stalled = backend.get();
        KeychainKeyStore store(std::move(backend), std::chrono::milliseconds(50));
        QSignalSpy unavailable(&store, &KeyStore::persistenceUnavailable);

        int answers = 0;
        std::optional<KeyResult> deleted;
        store.deleteKey(QStringLiteral("b"), nullptr, [&](const KeyResult &r) {
            ++answers;
            deleted = r;
        });
        QTRY_VERIFY(deleted.has_value());
        QCOMPARE(deleted->status, KeyResult::Status::TimedOut);
        QVERIFY(deleted->message.contains(QLatin1String("did not answer within 0.05 s")));

        const auto read = await([&](QObject *c, KeyStore::Callback cb) { store.readKey(QStringLiteral("b"), c, cb); });
        QCOMPARE(read->status, KeyResult::Status::TimedOut);
        QVERIFY(read->key.isEmpty());
        const auto written = await([&](QObject *c, KeyStore::Callback cb) { store.writeKey(QStringLiteral("b"), Key, c, cb); });
        QCOMPARE(written->status, KeyResult::Status::TimedOut);

        QVERIFY(store.isPersistent());
        QVERIFY(!store.isUsingMemoryFallback());
        QCOMPARE(unavailable.size(), 0);

        // The keyring wakes up: its late answers reach nobody.
        stalled->answerAll();
        QTest::qWait(20);
        QCOMPARE(answers, 1);
        QCOMPARE(deleted->status, KeyResult::Status::TimedOut);
    }

    void workingBackendIsUsed()
    {
        KeychainKeyStore store(std::make_unique<ScriptedBackend>(KeyResult::Status::Ok));
        const auto written = await([&](QObject *c, KeyStore::Callback cb) { store.writeKey(QStringLiteral("b"), Key, c, cb); });
        QVERIFY(written->ok());
        QVERIFY(written->persistent);
        QVERIFY(store.isPersistent());
    }

    // The real QtKeychain backend: on a desktop it stores the key; in CI (no secret service) it
    // must fall back and say so. Either way the key reads back and nothing hangs.
    void systemKeyringWorksOrFallsBack()
    {
        KeychainKeyStore store(createQtKeychainBackend(), std::chrono::seconds(15));
        QSignalSpy unavailable(&store, &KeyStore::persistenceUnavailable);
        const QString id = QStringLiteral("loopview-test-%1").arg(QCoreApplication::applicationPid());

        const auto written = await([&](QObject *c, KeyStore::Callback cb) { store.writeKey(id, Key, c, cb); });
        QVERIFY(written.has_value());
        if (written->status == KeyResult::Status::Failed)
            QSKIP(qPrintable(QStringLiteral("The keyring refused access: ") + written->message));
        QVERIFY(written->ok());
        if (store.isUsingMemoryFallback()) {
            QCOMPARE(unavailable.size(), 1);
            QVERIFY(!written->persistent);
            qInfo("No system keyring: fell back to memory (%s)", qPrintable(store.fallbackReason()));
        } else {
            QCOMPARE(unavailable.size(), 0);
            QVERIFY(written->persistent);
        }
        const auto read = await([&](QObject *c, KeyStore::Callback cb) { store.readKey(id, c, cb); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->key, Key);
        QVERIFY(await([&](QObject *c, KeyStore::Callback cb) { store.deleteKey(id, c, cb); })->ok());
        const auto gone = await([&](QObject *c, KeyStore::Callback cb) { store.readKey(id, c, cb); });
        QCOMPARE(gone->status, KeyResult::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "test_keystore.moc"
