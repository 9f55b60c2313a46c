// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// `bookmarks import` in-process: a Loopview bookmarks file, or a Loopring wallet export whose
// private key is ignored and whose API key goes to the keyring only with --store-key, after the
// same check as every other key.
#include "clitestsupport.h"

#include "core/bookmark.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::test;

namespace {

const QString StoredKey = QStringLiteral("storedkey000000000000000000000000000000000000000000000000000001");
const QByteArray ExportKey = "exportkey00000000000000000000000000000000000000000000000000000002";

} // namespace

class TestBookmarksImportCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    FakeKeyring m_keyring;

    CommandRun bookmarks(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("bookmarks")} + arguments, &m_keyring);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QString writeWalletExport(const QByteArray &apiKeyJson)
    {
        return writeFile(QStringLiteral("wallet.json"),
                         "{\"address\":\"0x8656920c85342d646e5286cb841f90209272abeb\",\"accountId\":20533,"
                         "\"apiKey\":" + apiKeyJson + ",\"publicX\":\"0x1\",\"publicY\":\"0x2\"}");
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

    void bookmarksFileAddsWhatIsNew()
    {
        QVERIFY(!addMain().isEmpty());
        const CommandRun exported = bookmarks({QStringLiteral("export"), QStringLiteral("-")});
        QCOMPARE(exported.exitCode, 0);
        // Back to an empty file, then the export of one bookmark twice over.
        QVERIFY(QFile::remove(m_home->filePath(QStringLiteral("data/Loopview/Loopview/bookmarks.json"))));
        const QString path = writeFile(QStringLiteral("bookmarks.json"), exported.out);
        CommandRun run = bookmarks({QStringLiteral("import"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("Imported 1 bookmark(s).\n"));
        run = bookmarks({QStringLiteral("import"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("Imported 0 bookmark(s); 1 already present.\n"));
        QCOMPARE(storedBookmarks().size(), 1);
    }

    // A bookmarks file keeps its own labels and services: options meant for a wallet export are
    // refused rather than silently dropped.
    void bookmarksFileRefusesWalletOptions()
    {
        const QString path = writeFile(QStringLiteral("bookmarks.json"), "{\"version\":1,\"bookmarks\":[]}");
        CommandRun run = bookmarks({QStringLiteral("import"), path, QStringLiteral("--label"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("loopview-cli: --label applies to wallet exports only: a bookmarks file keeps its own\n"));
        run = bookmarks({QStringLiteral("import"), path, QStringLiteral("--store-key")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("bookmark files carry no keys"));
    }

    void neitherFormatSaysSo()
    {
        const QString path = writeFile(QStringLiteral("notes.txt"), "hello");
        const CommandRun run = bookmarks({QStringLiteral("import"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is neither a Loopview bookmarks file nor a Loopring wallet export"), run.err.constData());
        QCOMPARE(bookmarks({QStringLiteral("import")}).err, QByteArray("loopview-cli: import needs one FILE\n"));
    }

    void walletExportWithoutStoreKeyKeepsTheKeyOut()
    {
        const QString path = writeWalletExport('"' + ExportKey + '"');
        const CommandRun run = bookmarks({QStringLiteral("import"), path, QStringLiteral("--network"), QStringLiteral("test")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("The export's API key was not stored"));
        QVERIFY(run.out.contains("Added bookmark"));
        QCOMPARE(storedBookmarks().constFirst().network, Network::Test);
        QVERIFY(m_keyring.keys.isEmpty());
        QVERIFY(!QByteArray(run.out + run.err).contains(ExportKey));
    }

    // Issue 9 item 12: a wallet export's key goes through the same check as every other key.
    void walletImportRefusesUnusableKey_data()
    {
        QTest::addColumn<QByteArray>("apiKeyJson");
        QTest::addColumn<QString>("problem");
        QTest::newRow("line break") << QByteArray("\"abc\\r\\nX-Evil: 1\"") << QStringLiteral("a line break");
        QTest::newRow("escape") << QByteArray("\"abc\\u001b[31mdef\"") << QStringLiteral("a control character");
        QTest::newRow("space") << QByteArray("\"abc def\"") << QStringLiteral("a space");
    }

    void walletImportRefusesUnusableKey()
    {
        QFETCH(QByteArray, apiKeyJson);
        QFETCH(QString, problem);
        const QString path = writeWalletExport(apiKeyJson);
        const CommandRun run = bookmarks({QStringLiteral("import"), path, QStringLiteral("--store-key")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(problem.toUtf8()), run.err.constData());
        QVERIFY(run.err.contains("wallet export"));
        QVERIFY(!run.err.contains('\x1b'));
        QCOMPARE(storedBookmarks().size(), 0);
        QVERIFY(m_keyring.keys.isEmpty());
    }

    // Importing the export of an account that is already bookmarked, with --store-key: a key
    // stored before is never replaced without a word.
    void walletImportSaysWhenItReplacesAStoredKey()
    {
        const QString id = addMain();
        QVERIFY(!id.isEmpty());
        m_keyring.keys.insert(id, StoredKey);
        const QString path = writeWalletExport('"' + ExportKey + '"');

        CommandRun run = bookmarks({QStringLiteral("import"), path, QStringLiteral("--store-key")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Already bookmarked"));
        QVERIFY2(run.err.contains("loopview-cli: warning: replaced the API key stored for “Main”"), run.err.constData());
        QCOMPARE(m_keyring.keys.value(id), QString::fromLatin1(ExportKey));
        QCOMPARE(storedBookmarks().size(), 1);

        // The same key again: nothing to replace, nothing to warn about.
        run = bookmarks({QStringLiteral("import"), path, QStringLiteral("--store-key")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("already stored"));
        QVERIFY(run.err.isEmpty());
    }

    // Whether a key is stored cannot be told: nothing is changed.
    void walletImportWithStalledKeyringChangesNothing()
    {
        const QString id = addMain();
        QVERIFY(!id.isEmpty());
        m_keyring.keys.insert(id, StoredKey);
        m_keyring.stall = true;
        const QString path = writeWalletExport('"' + ExportKey + '"');
        const CommandRun run = bookmarks({QStringLiteral("import"), path, QStringLiteral("--store-key"),
                                          QStringLiteral("--timeout"), QStringLiteral("0.2")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains("cannot tell whether an API key is stored for “Main”"), run.err.constData());
        QCOMPARE(m_keyring.keys.value(id), StoredKey);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestBookmarksImportCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_bookmarksimportcommand.moc"
