// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/printabletext.h"
#include "gui/rememberedkeys.h"

#include "secrets/memorykeystore.h"

#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace loopview;

namespace {

const QUrl ServiceUrl(QStringLiteral("https://api3.loopring.io"));
const QString SecretKey = QStringLiteral("ZkTestSecretKey0123456789abcdefNeverStoreMe");
const QString OwnerLower = QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb");
const QString OwnerChecksummed = QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb");

// A keyring that is there but refuses every write and delete, and can be lost mid-session.
class RefusingKeyStore : public KeyStore
{
public:
    void readKey(const QString &, QObject *context, Callback done) override
    {
        deliver(context, done, KeyResult::failure(KeyResult::Status::Failed, reason));
    }
    void writeKey(const QString &, const QString &, QObject *context, Callback done) override
    {
        deliver(context, done, KeyResult::failure(KeyResult::Status::Failed, reason));
    }
    void deleteKey(const QString &, QObject *context, Callback done) override
    {
        deliver(context, done, KeyResult::failure(KeyResult::Status::Failed, reason));
    }
    bool isPersistent() const override { return persistent; }

    void loseKeyring()
    {
        persistent = false;
        emit persistenceUnavailable(QStringLiteral("no secret service"));
    }

    bool persistent = true;
    QString reason = QStringLiteral("denied");  // the keyring's words: outside text
};

// Waits for a lookUp answer; the store always answers from the event loop.
std::optional<QString> lookUpNow(RememberedKeys &keys, const QUrl &baseUrl, QStringView account)
{
    std::optional<QString> answer;
    keys.lookUp(baseUrl, account, [&answer](const QString &key) { answer = key; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return std::nullopt;
    return answer;
}

} // namespace

class TestRememberedKeys : public QObject
{
    Q_OBJECT
private slots:
    void entryIdIsNormalized();
    void mayFillOnlyAnEmptyOrRememberedField();
    void rememberWritesAndForgetDeletes();
    void lookUpFindsOnlyTheSameServiceAndAccount();
    void nothingToDoWithoutAValidEntryOrKey();
    void persistenceFollowsTheStore();
    void failuresAreReported();
    void keyringWordsAreShownInert();
};

void TestRememberedKeys::entryIdIsNormalized()
{
    QCOMPARE(RememberedKeys::entryId(ServiceUrl, u"20533"), QStringLiteral("query:https://api3.loopring.io|20533"));
    // Spacing, a trailing slash, upper-case host and the default port name the same entry.
    QCOMPARE(RememberedKeys::entryId(QUrl(QStringLiteral("https://API3.loopring.io:443/")), u" 20533 "),
             QStringLiteral("query:https://api3.loopring.io|20533"));
    // An address typed in lower case is filed under its checksummed form, as the API reports it.
    QCOMPARE(RememberedKeys::entryId(ServiceUrl, OwnerLower),
             QStringLiteral("query:https://api3.loopring.io|") + OwnerChecksummed);
    QCOMPARE(RememberedKeys::entryId(ServiceUrl, OwnerLower), RememberedKeys::entryId(ServiceUrl, OwnerChecksummed));
    // Nothing to remember under.
    QVERIFY(RememberedKeys::entryId(ServiceUrl, u"").isEmpty());
    QVERIFY(RememberedKeys::entryId(ServiceUrl, u"not an account").isEmpty());
    QVERIFY(RememberedKeys::entryId(ServiceUrl, u"0x1234").isEmpty());
    QVERIFY(RememberedKeys::entryId(QUrl(QStringLiteral("ftp://example.com")), u"20533").isEmpty());
    QVERIFY(RememberedKeys::entryId(QUrl(), u"20533").isEmpty());
}

void TestRememberedKeys::mayFillOnlyAnEmptyOrRememberedField()
{
    const QString id = RememberedKeys::entryId(ServiceUrl, u"20533");
    const QString otherId = RememberedKeys::entryId(ServiceUrl, u"1");
    QVERIFY(RememberedKeys::mayFill(id, id, u"", QString()));
    // The form moved on while the store was answering.
    QVERIFY(!RememberedKeys::mayFill(id, otherId, u"", QString()));
    QVERIFY(!RememberedKeys::mayFill(QString(), QString(), u"", QString()));
    // A key the user typed (or a bookmark supplied) stays.
    QVERIFY(!RememberedKeys::mayFill(id, id, u"typed", QString()));
    // Another account's remembered key gives way; the same entry's key needs no refill.
    QVERIFY(RememberedKeys::mayFill(id, id, u"other key", otherId));
    QVERIFY(!RememberedKeys::mayFill(id, id, SecretKey, id));
}

void TestRememberedKeys::rememberWritesAndForgetDeletes()
{
    MemoryKeyStore store;
    RememberedKeys keys;
    keys.setKeyStore(&store);
    QCOMPARE(keys.keyStore(), &store);

    const QString id = RememberedKeys::entryId(ServiceUrl, OwnerChecksummed);
    QCOMPARE(keys.rememberOrForget(ServiceUrl, OwnerLower, SecretKey, true), id);
    QVERIFY(store.contains(id));
    QCOMPARE(lookUpNow(keys, ServiceUrl, OwnerChecksummed), std::optional<QString>(SecretKey));

    QCOMPARE(keys.rememberOrForget(ServiceUrl, OwnerChecksummed, SecretKey, false), id);
    QVERIFY(!store.contains(id));
    QCOMPARE(lookUpNow(keys, ServiceUrl, OwnerLower), std::optional<QString>(QString()));

    // Forgetting what was never remembered is fine.
    QCOMPARE(keys.rememberOrForget(ServiceUrl, u"1", SecretKey, false), RememberedKeys::entryId(ServiceUrl, u"1"));
}

void TestRememberedKeys::lookUpFindsOnlyTheSameServiceAndAccount()
{
    MemoryKeyStore store;
    RememberedKeys keys;
    keys.setKeyStore(&store);
    keys.rememberOrForget(ServiceUrl, u"20533", SecretKey, true);

    QCOMPARE(lookUpNow(keys, ServiceUrl, u" 20533 "), std::optional<QString>(SecretKey));
    QCOMPARE(lookUpNow(keys, ServiceUrl, u"1"), std::optional<QString>(QString()));
    QCOMPARE(lookUpNow(keys, QUrl(QStringLiteral("https://uat2.loopring.io")), u"20533"),
             std::optional<QString>(QString()));

    // Nothing to look up: answered at once, with no key.
    bool answered = false;
    keys.lookUp(ServiceUrl, u"not an account", [&answered](const QString &key) {
        answered = true;
        QVERIFY(key.isEmpty());
    });
    QVERIFY(answered);
}

void TestRememberedKeys::nothingToDoWithoutAValidEntryOrKey()
{
    MemoryKeyStore store;
    RememberedKeys keys;
    keys.setKeyStore(&store);
    QVERIFY(keys.rememberOrForget(ServiceUrl, u"20533", QString(), true).isEmpty());
    QVERIFY(keys.rememberOrForget(ServiceUrl, u"", SecretKey, true).isEmpty());
    QVERIFY(keys.rememberOrForget(QUrl(), u"20533", SecretKey, true).isEmpty());
    QVERIFY(!store.contains(RememberedKeys::entryId(ServiceUrl, u"20533")));
}

void TestRememberedKeys::persistenceFollowsTheStore()
{
    RememberedKeys keys;
    // On its own it keeps keys in a memory store of its own.
    QVERIFY(keys.keyStore() != nullptr);
    QVERIFY(!keys.isPersistent());

    QSignalSpy changed(&keys, &RememberedKeys::persistenceChanged);
    RefusingKeyStore keyring;
    keys.setKeyStore(&keyring);
    QCOMPARE(changed.count(), 1);
    QVERIFY(keys.isPersistent());

    keyring.loseKeyring();
    QCOMPARE(changed.count(), 2);
    QVERIFY(!keys.isPersistent());

    // Back to the private store: the old one is no longer listened to.
    keys.setKeyStore(nullptr);
    QCOMPARE(changed.count(), 3);
    QVERIFY(keys.keyStore() != &keyring);
    keyring.loseKeyring();
    QCOMPARE(changed.count(), 3);
}

void TestRememberedKeys::failuresAreReported()
{
    RefusingKeyStore keyring;
    RememberedKeys keys;
    keys.setKeyStore(&keyring);
    QSignalSpy rememberFailed(&keys, &RememberedKeys::rememberFailed);
    QSignalSpy forgetFailed(&keys, &RememberedKeys::forgetFailed);

    keys.rememberOrForget(ServiceUrl, u"20533", SecretKey, true);
    QVERIFY(rememberFailed.wait());
    QCOMPARE(rememberFailed.first().first().toString(), QStringLiteral("denied"));
    QVERIFY(!rememberFailed.first().first().toString().contains(SecretKey));

    keys.rememberOrForget(ServiceUrl, u"20533", SecretKey, false);
    QVERIFY(forgetFailed.wait());
    QCOMPARE(forgetFailed.first().first().toString(), QStringLiteral("denied"));
    QCOMPARE(rememberFailed.count(), 1);

    // A store that refuses to read answers with no key.
    QCOMPARE(lookUpNow(keys, ServiceUrl, u"20533"), std::optional<QString>(QString()));
}

// The keyring's error text comes from another process: it reaches the status bar inert, like
// every other outside text (no escape sequence, no bidi override).
void TestRememberedKeys::keyringWordsAreShownInert()
{
    RefusingKeyStore keyring;
    keyring.reason = QStringLiteral("\x1b]0;owned\x07denied \u202Eyek");
    RememberedKeys keys;
    keys.setKeyStore(&keyring);
    QSignalSpy rememberFailed(&keys, &RememberedKeys::rememberFailed);
    QSignalSpy forgetFailed(&keys, &RememberedKeys::forgetFailed);
    keys.rememberOrForget(ServiceUrl, u"20533", SecretKey, true);
    QVERIFY(rememberFailed.wait());
    keys.rememberOrForget(ServiceUrl, u"20533", SecretKey, false);
    QVERIFY(forgetFailed.wait());
    for (const QString &shown : {rememberFailed.first().first().toString(), forgetFailed.first().first().toString()}) {
        QCOMPARE(shown, printableText(keyring.reason));
        QVERIFY(!shown.contains(QChar(0x1b)));
        QVERIFY(!shown.contains(QChar(0x202e)));
    }
}

QTEST_MAIN(TestRememberedKeys)
#include "test_rememberedkeys.moc"
