// The bookmarks commands run in this process, against a keyring test double: one that stalls (a
// prompt nobody sees, a hung D-Bus service), one that refuses, one that works. No real Secret
// Service exists here, and a stalled one cannot be staged from outside the process.
#include "cli/bookmarkscommand.h"
#include "cli/cliapplication.h"
#include "core/bookmarkstore.h"

#include <QFile>
#include <QHash>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace loopview;
using namespace loopview::cli;

namespace {

const QString StoredKey = QStringLiteral("storedkey000000000000000000000000000000000000000000000000000001");
const QByteArray ExportKey = "exportkey00000000000000000000000000000000000000000000000000000002";

// A keyring that keeps keys across commands, as the system one does. `stall` makes it never
// answer; `refuse` makes deletes and writes fail the way an access-denied keyring does.
struct FakeKeyring {
    QHash<QString, QString> keys;
    bool stall = false;
    bool refuse = false;
    int calls = 0;
};

class FakeKeyringBackend : public KeyStore
{
public:
    explicit FakeKeyringBackend(FakeKeyring *keyring) : m_keyring(keyring) {}

    void readKey(const QString &id, QObject *context, Callback done) override
    {
        if (parked(done))
            return;
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
    KeyResult answer() const
    {
        return m_keyring->refuse ? KeyResult::failure(KeyResult::Status::Failed, QStringLiteral("Access denied"))
                                 : KeyResult::success(QString(), true);
    }

    FakeKeyring *m_keyring;
    QList<Callback> m_parked;
};

KeyringFactory keyringFor(FakeKeyring *keyring)
{
    return [keyring](std::chrono::milliseconds timeout) {
        return std::make_unique<KeychainKeyStore>(std::make_unique<FakeKeyringBackend>(keyring), timeout);
    };
}

// Redirects one standard stream (by file descriptor) into a temporary file while alive.
class StreamCapture
{
public:
    StreamCapture(FILE *stream, int fd) : m_stream(stream), m_fd(fd)
    {
        m_file.open();
        std::fflush(m_stream);
        m_saved = ::dup(m_fd);
        ::dup2(m_file.handle(), m_fd);
    }
    ~StreamCapture() { release(); }

    QByteArray release()
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

private:
    FILE *m_stream;
    int m_fd;
    int m_saved = -1;
    QTemporaryFile m_file;
    QByteArray m_text;
};

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestBookmarksCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    FakeKeyring m_keyring;

    Run bookmarks(const QStringList &arguments, const QProcessEnvironment &environment = {})
    {
        StreamCapture out(stdout, STDOUT_FILENO);
        StreamCapture err(stderr, STDERR_FILENO);
        const int status =
            BookmarksCommand(QStringList{QStringLiteral("loopview-cli"), QStringLiteral("bookmarks")} + arguments,
                             CommandContext{environment, keyringFor(&m_keyring)})
                .execute();
        Run run;
        run.out = out.release();
        run.err = err.release();
        run.exitCode = status;
        return run;
    }

    static int storedCount()
    {
        BookmarkStore store;
        store.load();
        return store.count();
    }

    QString addMain()
    {
        const Run run = bookmarks({QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("Main"),
                                   QStringLiteral("--account-id"), QStringLiteral("20533")});
        if (run.exitCode != 0)
            return {};
        BookmarkStore loaded;
        loaded.load();
        return loaded.bookmarks().constFirst().id;
    }

    QString writeWalletExport(const QByteArray &apiKeyJson)
    {
        const QString path = m_home->filePath(QStringLiteral("wallet.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("{\"address\":\"0x8656920c85342d646e5286cb841f90209272abeb\",\"accountId\":20533,"
                   "\"apiKey\":" + apiKeyJson + ",\"publicX\":\"0x1\",\"publicY\":\"0x2\"}");
        return path;
    }

    static QProcessEnvironment environmentWithKey(const QByteArray &key)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LOOPVIEW_API_KEY"), QString::fromLatin1(key));
        return environment;
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
        const Run run = bookmarks({QStringLiteral("remove"), QStringLiteral("Main")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Removed bookmark"));
        QVERIFY(run.err.isEmpty());
        QCOMPARE(storedCount(), 0);
        QVERIFY(!m_keyring.keys.contains(id));
    }

    // Issue 9 item 10: a keyring that does not answer used to become "no keyring": the delete
    // "succeeded" in memory, the command printed "Removed" and exited 0, and the key stayed.
    void removeWithStalledKeyringFailsAndKeepsBookmark()
    {
        const QString id = addMain();
        QVERIFY(!id.isEmpty());
        m_keyring.keys.insert(id, StoredKey);
        m_keyring.stall = true;
        const Run run = bookmarks({QStringLiteral("remove"), QStringLiteral("Main"), QStringLiteral("--timeout"),
                                   QStringLiteral("0.2")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(!run.out.contains("Removed"));
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.startsWith("loopview-cli: bookmark “Main” was not removed"), run.err.constData());
        QVERIFY2(run.err.contains("did not answer within 0.2 s"), run.err.constData());
        QCOMPARE(storedCount(), 1);
        QVERIFY(m_keyring.keys.contains(id));
    }

    void removeWithRefusingKeyringFailsAndKeepsBookmark()
    {
        const QString id = addMain();
        QVERIFY(!id.isEmpty());
        m_keyring.keys.insert(id, StoredKey);
        m_keyring.refuse = true;
        const Run run = bookmarks({QStringLiteral("remove"), QStringLiteral("Main")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(!run.out.contains("Removed"));
        QVERIFY2(run.err.contains("Access denied"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(storedCount(), 1);
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
        const Run run = bookmarks({QStringLiteral("remove"), QStringLiteral("Main"), QStringLiteral("--timeout"),
                                   QStringLiteral("0.2")});
        lock.unlock();
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains("locked"), run.err.constData());
        QCOMPARE(storedCount(), 1);
        QCOMPARE(m_keyring.keys.value(id), StoredKey);
    }

    void addStoreKeyWithStalledKeyringAddsNothing()
    {
        m_keyring.stall = true;
        const Run run = bookmarks({QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("Main"),
                                   QStringLiteral("--account-id"), QStringLiteral("1"), QStringLiteral("--store-key"),
                                   QStringLiteral("--timeout"), QStringLiteral("0.2")},
                                  environmentWithKey(ExportKey));
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains("did not answer within 0.2 s"), run.err.constData());
        QVERIFY(!run.out.contains("Added"));
        QCOMPARE(storedCount(), 0);
    }

    // `balances --bookmark` with a keyring that does not answer says so, instead of silently
    // sending LOOPVIEW_API_KEY as if the bookmark had no key.
    void bookmarkKeyReadThatTimesOutSaysSo()
    {
        QVERIFY(!addMain().isEmpty());
        m_keyring.stall = true;
        StreamCapture out(stdout, STDOUT_FILENO);
        StreamCapture err(stderr, STDERR_FILENO);
        const int status = CliApplication(CommandContext{environmentWithKey(ExportKey), keyringFor(&m_keyring)})
                               .run({QStringLiteral("loopview-cli"), QStringLiteral("balances"),
                                     QStringLiteral("--bookmark"), QStringLiteral("Main"), QStringLiteral("--timeout"),
                                     QStringLiteral("0.2")});
        const QByteArray printed = out.release();
        const QByteArray error = err.release();
        QCOMPARE(status, 6);
        QVERIFY(printed.isEmpty());
        QCOMPARE(error.count('\n'), 1);
        QVERIFY2(error.contains("did not answer within 0.2 s"), error.constData());
        QVERIFY(error.contains("--api-key-file"));
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
        const Run run = bookmarks({QStringLiteral("import"), path, QStringLiteral("--store-key")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(problem.toUtf8()), run.err.constData());
        QVERIFY(run.err.contains("wallet export"));
        QVERIFY(!run.err.contains('\x1b'));
        QCOMPARE(storedCount(), 0);
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

        Run run = bookmarks({QStringLiteral("import"), path, QStringLiteral("--store-key")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Already bookmarked"));
        QVERIFY2(run.err.contains("loopview-cli: warning: replaced the API key stored for “Main”"), run.err.constData());
        QCOMPARE(m_keyring.keys.value(id), QString::fromLatin1(ExportKey));
        QCOMPARE(storedCount(), 1);

        // The same key again: nothing to replace, nothing to warn about.
        run = bookmarks({QStringLiteral("import"), path, QStringLiteral("--store-key")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("already stored"));
        QVERIFY(run.err.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestBookmarksCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_bookmarkscommand.moc"
