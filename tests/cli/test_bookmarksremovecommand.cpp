// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// `bookmarks remove` in-process, against a keyring double: one that stalls (a prompt nobody sees, a
// hung D-Bus service), one that refuses, one that works. The key goes first; when it cannot, the
// bookmark stays too.
#include "clitestsupport.h"

#include "core/bookmarkstore.h"

#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::test;

namespace {

const QString StoredKey = QStringLiteral("storedkey000000000000000000000000000000000000000000000000000001");

} // namespace

class TestBookmarksRemoveCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    FakeKeyring m_keyring;

    CommandRun bookmarks(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("bookmarks")} + arguments, &m_keyring);
    }

    QString addMain()
    {
        const CommandRun run = bookmarks({QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("Main"),
                                          QStringLiteral("--account-id"), QStringLiteral("20533")});
        return run.exitCode == 0 ? storedBookmarks().constFirst().id : QString();
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
        m_keyring = FakeKeyring();
    }

    void removeTakesBookmarkAndKey()
    {
        const QString id = addMain();
        QVERIFY(!id.isEmpty());
        m_keyring.keys.insert(id, StoredKey);
        const CommandRun run = bookmarks({QStringLiteral("remove"), QStringLiteral("main")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("Removed bookmark “Main”.\n"));
        QVERIFY(run.err.isEmpty());
        QCOMPARE(storedBookmarks().size(), 0);
        QVERIFY(!m_keyring.keys.contains(id));
    }

    // A machine without any key for the bookmark has nothing to remove from the keyring.
    void removeWithoutStoredKey()
    {
        QVERIFY(!addMain().isEmpty());
        const CommandRun run = bookmarks({QStringLiteral("remove"), QStringLiteral("Main")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(storedBookmarks().size(), 0);
    }

    void removeNeedsOneKnownBookmark()
    {
        QVERIFY(!addMain().isEmpty());
        CommandRun run = bookmarks({QStringLiteral("remove")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("loopview-cli: remove needs one LABEL or ID\n"));
        run = bookmarks({QStringLiteral("remove"), QStringLiteral("Nope")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("loopview-cli: no bookmark named 'Nope' (see: loopview-cli bookmarks list)\n"));
        QCOMPARE(storedBookmarks().size(), 1);
        QCOMPARE(m_keyring.calls, 0);
    }

    // Issue 9 item 10: a keyring that does not answer used to become "no keyring": the delete
    // "succeeded" in memory, the command printed "Removed" and exited 0, and the key stayed.
    void removeWithStalledKeyringFailsAndKeepsBookmark()
    {
        const QString id = addMain();
        QVERIFY(!id.isEmpty());
        m_keyring.keys.insert(id, StoredKey);
        m_keyring.stall = true;
        const CommandRun run = bookmarks({QStringLiteral("remove"), QStringLiteral("Main"), QStringLiteral("--timeout"),
                                          QStringLiteral("0.2")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(!run.out.contains("Removed"));
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.startsWith("loopview-cli: bookmark “Main” was not removed"), run.err.constData());
        QVERIFY2(run.err.contains("did not answer within 0.2 s"), run.err.constData());
        QCOMPARE(storedBookmarks().size(), 1);
        QVERIFY(m_keyring.keys.contains(id));
    }

    // Without the keyring plugin nobody can tell whether the bookmark has a key: it is kept.
    void removeWithoutKeyringPluginFailsAndKeepsBookmark()
    {
        QVERIFY(!addMain().isEmpty());
        const QTemporaryDir noPlugin;
        const CommandRun run = runCli({QStringLiteral("bookmarks"), QStringLiteral("remove"), QStringLiteral("Main")},
                                      cli::systemKeyring(noPlugin.path()));
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith("loopview-cli: bookmark “Main” was not removed: no system keyring available (the "
                                    "keyring plugin "),
                 run.err.constData());
        QCOMPARE(storedBookmarks().size(), 1);
    }

    void removeWithRefusingKeyringFailsAndKeepsBookmark()
    {
        const QString id = addMain();
        QVERIFY(!id.isEmpty());
        m_keyring.keys.insert(id, StoredKey);
        m_keyring.refuse = true;
        const CommandRun run = bookmarks({QStringLiteral("remove"), QStringLiteral("Main")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(!run.out.contains("Removed"));
        QVERIFY2(run.err.contains("Access denied"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(storedBookmarks().size(), 1);
        QVERIFY(m_keyring.keys.contains(id));
    }

    // The bookmarks file refuses the removal (another program holds its lock): the key that was
    // already taken out of the keyring goes back, and the command fails.
    void removeRefusedByFilePutsKeyBack()
    {
        const QString id = addMain();
        QVERIFY(!id.isEmpty());
        m_keyring.keys.insert(id, StoredKey);
        BookmarkStore held;
        QLockFile lock(held.lockFilePath());
        QVERIFY(lock.tryLock(0));
        const CommandRun run = bookmarks({QStringLiteral("remove"), QStringLiteral("Main"), QStringLiteral("--timeout"),
                                          QStringLiteral("0.2")});
        lock.unlock();
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains("locked"), run.err.constData());
        QCOMPARE(storedBookmarks().size(), 1);
        QCOMPARE(m_keyring.keys.value(id), StoredKey);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestBookmarksRemoveCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_bookmarksremovecommand.moc"
