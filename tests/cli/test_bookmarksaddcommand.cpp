// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// `bookmarks add` in-process: what it stores, where its key goes, and that a key the keyring does
// not take adds nothing.
#include "clitestsupport.h"

#include "core/bookmark.h"

#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::test;

namespace {

const QString Key = QStringLiteral("addkey0000000000000000000000000000000000000000000000000000000003");

} // namespace

class TestBookmarksAddCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    FakeKeyring m_keyring;

    CommandRun add(const QStringList &arguments, const QProcessEnvironment &environment = {})
    {
        return runCli(QStringList{QStringLiteral("bookmarks"), QStringLiteral("add")} + arguments, &m_keyring,
                      environment);
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
        m_keyring = FakeKeyring();
    }

    void addsWhatWasGiven()
    {
        const CommandRun run = add({QStringLiteral("--label"), QStringLiteral(" Main "), QStringLiteral("--address"),
                                    QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb"),
                                    QStringLiteral("--network"), QStringLiteral("test"), QStringLiteral("--tokens"),
                                    QStringLiteral("0, LRC"), QStringLiteral("--note"), QStringLiteral("cold")});
        QCOMPARE(run.exitCode, 0);
        const QList<Bookmark> stored = storedBookmarks();
        QCOMPARE(stored.size(), 1);
        const Bookmark &bookmark = stored.constFirst();
        QCOMPARE(bookmark.label, QStringLiteral("Main"));
        QCOMPARE(bookmark.account, QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb"));
        QCOMPARE(bookmark.network, Network::Test);
        QCOMPARE(bookmark.tokens, QStringLiteral("0, LRC"));
        QCOMPARE(bookmark.note, QStringLiteral("cold"));
        QCOMPARE(run.out, QStringLiteral("Added bookmark “Main” (%1).\n").arg(bookmark.id).toUtf8());
        QVERIFY(run.err.isEmpty());
        QCOMPARE(m_keyring.calls, 0); // no --store-key: the keyring is not even asked
    }

    void customBaseUrlIsACustomNetwork()
    {
        QCOMPARE(add({QStringLiteral("--label"), QStringLiteral("Local"), QStringLiteral("--account-id"),
                      QStringLiteral("1"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:8080/")})
                     .exitCode,
                 0);
        const Bookmark bookmark = storedBookmarks().constFirst();
        QCOMPARE(bookmark.network, Network::Custom);
        QCOMPARE(bookmark.effectiveBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
    }

    void storeKeyPutsTheKeyInTheKeyringOnly()
    {
        const CommandRun run = add({QStringLiteral("--label"), QStringLiteral("Main"), QStringLiteral("--account-id"),
                                    QStringLiteral("20533"), QStringLiteral("--store-key")},
                                   environmentWithKey(Key));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.endsWith("Stored its API key in the system keyring.\n"));
        const QString id = storedBookmarks().constFirst().id;
        QCOMPARE(m_keyring.keys.value(id), Key);
        QVERIFY(!QByteArray(run.out + run.err).contains(Key.toLatin1()));
    }

    void usageErrorsAddNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("error");
        const QString label = QStringLiteral("--label");
        const QString id = QStringLiteral("--account-id");
        QTest::newRow("no label") << QStringList{id, QStringLiteral("1")}
                                  << QByteArray("loopview-cli: add needs --label LABEL\n");
        QTest::newRow("no account") << QStringList{label, QStringLiteral("A")}
                                    << QByteArray("loopview-cli: add needs exactly one of --account-id N or --address 0x…\n");
        QTest::newRow("bad network") << QStringList{label, QStringLiteral("A"), id, QStringLiteral("1"),
                                                    QStringLiteral("--network"), QStringLiteral("moon")}
                                     << QByteArray("loopview-cli: --network must be mainnet or test, not 'moon'\n");
        QTest::newRow("network and url")
            << QStringList{label, QStringLiteral("A"), id, QStringLiteral("1"), QStringLiteral("--network"),
                           QStringLiteral("test"), QStringLiteral("--base-url"), QStringLiteral("https://x.example")}
            << QByteArray("loopview-cli: --base-url and --network cannot be combined; give one of them\n");
        QTest::newRow("key file without store-key")
            << QStringList{label, QStringLiteral("A"), id, QStringLiteral("1"), QStringLiteral("--api-key-file"),
                           QStringLiteral("/nonexistent")}
            << QByteArray("loopview-cli: --api-key-file is only used with --store-key\n");
        QTest::newRow("store-key without key")
            << QStringList{label, QStringLiteral("A"), id, QStringLiteral("1"), QStringLiteral("--store-key")}
            << QByteArray();
        QTest::newRow("argument") << QStringList{label, QStringLiteral("A"), id, QStringLiteral("1"), QStringLiteral("x")}
                                  << QByteArray("loopview-cli: unexpected argument 'x'\n");
    }

    void usageErrorsAddNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, error);
        const CommandRun run = add(arguments);
        QCOMPARE(run.exitCode, 2);
        if (!error.isEmpty())
            QCOMPARE(run.err, error);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(storedBookmarks().size(), 0);
    }

    void storeKeyWithStalledKeyringAddsNothing()
    {
        m_keyring.stall = true;
        const CommandRun run = add({QStringLiteral("--label"), QStringLiteral("Main"), QStringLiteral("--account-id"),
                                    QStringLiteral("1"), QStringLiteral("--store-key"), QStringLiteral("--timeout"),
                                    QStringLiteral("0.2")},
                                   environmentWithKey(Key));
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains("did not answer within 0.2 s"), run.err.constData());
        QVERIFY(!run.out.contains("Added"));
        QCOMPARE(storedBookmarks().size(), 0);
    }

    // Without the keyring plugin the key cannot be stored: a clear error, and nothing is added.
    void storeKeyWithoutKeyringPluginAddsNothing()
    {
        const QTemporaryDir noPlugin;
        const CommandRun run = runCli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"),
                                       QStringLiteral("Main"), QStringLiteral("--account-id"), QStringLiteral("1"),
                                       QStringLiteral("--store-key")},
                                      cli::systemKeyring(noPlugin.path()), environmentWithKey(Key));
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith("loopview-cli: no system keyring available (the keyring plugin "), run.err.constData());
        QVERIFY(!run.err.contains(Key.toLatin1()));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(storedBookmarks().size(), 0);
    }

    void storeKeyRefusedAddsNothing()
    {
        m_keyring.refuse = true;
        const CommandRun run = add({QStringLiteral("--label"), QStringLiteral("Main"), QStringLiteral("--account-id"),
                                    QStringLiteral("1"), QStringLiteral("--store-key")},
                                   environmentWithKey(Key));
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(run.err, QByteArray("loopview-cli: the API key could not be stored in the keyring: Access denied\n"));
        QCOMPARE(storedBookmarks().size(), 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestBookmarksAddCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_bookmarksaddcommand.moc"
