// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "fakeloopringserver.h"
#include "specialfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using loopview::test::FakeLoopringServer;
using loopview::test::FakeResponse;

namespace {

const QByteArray PrivateKey = "0x0badc0ffee5ecre7000000000000000000000000000000000000000000000042";
const QByteArray ApiKey = "ApIkEy7e5700000000000000000000000000000000000000000000000000abcd";
const QByteArray EnvKey = "envkey000000000000000000000000000000000000000000000000000000000";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray walletExport(bool legacy)
{
    if (legacy) {
        return "{\"accountAddress\":\"0x8656920c85342d646E5286Cb841F90209272ABeb\",\"publicKeyX\":\"0x1\","
               "\"publicKeyY\":\"0x2\",\"privateKey\":\"" + PrivateKey + "\",\"exchangeName\":\"Loopring\","
               "\"exchangeAddress\":\"0x0BABA1Ad5bE3a5C0a66E7ac838a129Bf948f1eA4\",\"chainId\":5,"
               "\"accountId\":777,\"apiKey\":\"" + ApiKey + "\"}";
    }
    return "{\"address\":\"0x8656920c85342d646e5286cb841f90209272abeb\",\"accountId\":20533,\"level\":\"\","
           "\"nonce\":1,\"apiKey\":\"" + ApiKey + "\",\"publicX\":\"0x1\",\"publicY\":\"0x2\","
           "\"privateKey\":\"" + PrivateKey + "\"}";
}

} // namespace

class TestBookmarksCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;

    QString path(const QString &name) const { return m_home->filePath(name); }
    QString storeFile() const { return path(QStringLiteral("data/Loopview/Loopview/bookmarks.json")); }

    QProcessEnvironment environment(const QByteArray &apiKey = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/loopview-test-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("LOOPVIEW_API_KEY"));
        if (!apiKey.isEmpty())
            env.insert(QStringLiteral("LOOPVIEW_API_KEY"), QString::fromLatin1(apiKey));
        return env;
    }

    // Runs loopview-cli without blocking the event loop (the fake server answers from it). No
    // keyring: the session bus points nowhere, so --store-key behaves as on a headless machine.
    Run cli(const QStringList &arguments, const QByteArray &apiKey = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(apiKey));
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start(QStringLiteral(LOOPVIEW_CLI_PATH), arguments);
        loop.exec();
        Run run;
        run.exitCode = process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit
            ? process.exitCode()
            : -1;
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QJsonArray listJson()
    {
        const Run run = cli({QStringLiteral("bookmarks"), QStringLiteral("list"), QStringLiteral("--format"),
                             QStringLiteral("json")});
        if (run.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(run.out).object().value(QLatin1String("bookmarks")).toArray();
    }

    QStringList filesContaining(const QByteArray &needle) const
    {
        QStringList hits;
        QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.startsWith(path(QStringLiteral("inbox"))))
                continue; // the user's own export, which does contain them
            QFile f(file);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits.append(file);
        }
        return hits;
    }

    void writeInbox(const QString &name, const QByteArray &bytes)
    {
        QDir().mkpath(path(QStringLiteral("inbox")));
        QFile file(path(QStringLiteral("inbox/") + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private slots:
    void init() { m_home = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_home.reset(); }

    void listAddRemove()
    {
        Run run = cli({QStringLiteral("bookmarks"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.isEmpty());

        run = cli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("Main"),
                   QStringLiteral("--account-id"), QStringLiteral("20533"), QStringLiteral("--tokens"), QStringLiteral("0,1"),
                   QStringLiteral("--note"), QStringLiteral("daily")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("Cold"),
                   QStringLiteral("--address"), QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb"),
                   QStringLiteral("--network"), QStringLiteral("test")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(storeFile())); // shared with the desktop app's AppDataLocation

        run = cli({QStringLiteral("bookmarks"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Main"));
        QVERIFY(run.out.contains("0x8656920c85342d646E5286Cb841F90209272ABeb"));
        QVERIFY(run.out.contains("test"));

        const QJsonArray list = listJson();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("label")).toString(), QStringLiteral("Main"));
        QCOMPARE(list.at(0).toObject().value(QLatin1String("tokens")).toString(), QStringLiteral("0,1"));
        QCOMPARE(list.at(1).toObject().value(QLatin1String("network")).toString(), QStringLiteral("test"));

        // Refusals are usage errors (exit 2) and change nothing.
        for (const QStringList &bad : QList<QStringList>{
                 {QStringLiteral("--label"), QStringLiteral("main"), QStringLiteral("--account-id"), QStringLiteral("1")},
                 {QStringLiteral("--label"), QStringLiteral("X")},
                 {QStringLiteral("--label"), QStringLiteral("X"), QStringLiteral("--account-id"), QStringLiteral("1"),
                  QStringLiteral("--address"), QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb")},
                 {QStringLiteral("--label"), QStringLiteral("X"), QStringLiteral("--address"), QStringLiteral("0x1234")},
                 {QStringLiteral("--label"), QStringLiteral("X"), QStringLiteral("--account-id"), QStringLiteral("1"),
                  QStringLiteral("--base-url"), QStringLiteral("http://example.com")},
                 {QStringLiteral("--label"), QStringLiteral("X"), QStringLiteral("--account-id"), QStringLiteral("1"),
                  QStringLiteral("--format"), QStringLiteral("json")},
                 {QStringLiteral("--label"), QStringLiteral("X"), QStringLiteral("--account-id"), QStringLiteral("1"),
                  QStringLiteral("--base-url"), QStringLiteral("https://user:s3cret@example.com")},
                 {QStringLiteral("--label"), QStringLiteral("X"), QStringLiteral("--account-id"), QStringLiteral("1"),
                  QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:")},
                 {QStringLiteral("--label"), QStringLiteral("X"), QStringLiteral("--label"), QStringLiteral("Y"),
                  QStringLiteral("--account-id"), QStringLiteral("1")},
             }) {
            run = cli(QStringList{QStringLiteral("bookmarks"), QStringLiteral("add")} + bad);
            QVERIFY2(run.exitCode == 2, qPrintable(bad.join(QLatin1Char(' ')) + QStringLiteral(" → ")
                                                   + QString::number(run.exitCode)));
            QVERIFY(run.err.startsWith("loopview-cli: "));
        }
        QCOMPARE(listJson().size(), 2);

        run = cli({QStringLiteral("bookmarks"), QStringLiteral("remove"), QStringLiteral("cold")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(listJson().size(), 1);
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("remove"), QStringLiteral("Cold")});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("bookmarks import FILE"));
    }

    // Issue 9 item 1: twenty `bookmarks add` started at the same moment on a file holding one
    // bookmark. Every add that reports success must be in the file afterwards (before the lock,
    // all twenty exited 0 and only a handful survived).
    void parallelAddsLoseNothing()
    {
        QCOMPARE(cli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"),
                      QStringLiteral("Existing"), QStringLiteral("--account-id"), QStringLiteral("1")}).exitCode, 0);
        constexpr int Writers = 20;
        std::vector<std::unique_ptr<QProcess>> writers;
        int running = 0;
        QEventLoop loop;
        for (int i = 0; i < Writers; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(environment());
            connect(process.get(), &QProcess::finished, &loop, [&running, &loop] {
                if (--running == 0)
                    loop.quit();
            });
            writers.push_back(std::move(process));
        }
        for (int i = 0; i < Writers; ++i) {
            ++running;
            writers[size_t(i)]->start(QStringLiteral(LOOPVIEW_CLI_PATH),
                                      {QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"),
                                       QStringLiteral("Writer %1").arg(i), QStringLiteral("--account-id"),
                                       QString::number(100 + i)});
        }
        QTimer::singleShot(110000, &loop, &QEventLoop::quit);
        loop.exec();

        QStringList labels;
        for (const QJsonValue &bookmark : listJson())
            labels.append(bookmark.toObject().value(QLatin1String("label")).toString());
        QVERIFY(labels.contains(QStringLiteral("Existing")));
        int succeeded = 0;
        for (int i = 0; i < Writers; ++i) {
            QProcess &process = *writers[size_t(i)];
            QCOMPARE(process.state(), QProcess::NotRunning);
            const QString label = QStringLiteral("Writer %1").arg(i);
            const QByteArray err = process.readAllStandardError();
            if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
                ++succeeded;
                QVERIFY2(labels.contains(label), qPrintable(label + QStringLiteral(" reported success but is gone")));
            } else {
                // A writer that could not get the lock says so and fails; it never claims success.
                QCOMPARE(process.exitCode(), 6);
                QVERIFY2(err.contains("locked"), err.constData());
                QVERIFY(!labels.contains(label));
            }
        }
        QCOMPARE(labels.size(), 1 + succeeded);
    }

    // A change that cannot get the file's lock within --timeout fails (exit 6) with one line that
    // says so, and writes nothing; it never reports success.
    void lockedFileFailsTheChange()
    {
        QCOMPARE(cli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"),
                      QStringLiteral("Existing"), QStringLiteral("--account-id"), QStringLiteral("1")}).exitCode, 0);
        QFile file(storeFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        QLockFile lock(storeFile() + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        const Run run = cli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"),
                             QStringLiteral("Blocked"), QStringLiteral("--account-id"), QStringLiteral("2"),
                             QStringLiteral("--timeout"), QStringLiteral("0.5")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.startsWith("loopview-cli: The bookmarks file "), run.err.constData());
        QVERIFY(run.err.contains("is locked"));
        QVERIFY(run.err.contains("nothing was changed"));
        lock.unlock();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void exportAndImportBookmarks()
    {
        QCOMPARE(cli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("A"),
                      QStringLiteral("--account-id"), QStringLiteral("1")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("B"),
                      QStringLiteral("--account-id"), QStringLiteral("2")}).exitCode, 0);
        const QString exported = path(QStringLiteral("exports/bookmarks.json"));
        QDir().mkpath(path(QStringLiteral("exports")));
        QCOMPARE(cli({QStringLiteral("bookmarks"), QStringLiteral("export"), exported}).exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QLatin1String("schema")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("bookmarks")).toArray().size(), 2);

        // Unwritable destination: exit 6 (output).
        Run run = cli({QStringLiteral("bookmarks"), QStringLiteral("export"),
                       path(QStringLiteral("exports/bookmarks.json/inside-a-file.json"))});
        QCOMPARE(run.exitCode, 6);

        // Import into an empty store, then again: merged, duplicates skipped.
        QVERIFY(QFile::remove(storeFile()));
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("import"), exported});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(listJson().size(), 2);
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("import"), exported});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("2 already present"));
        QCOMPARE(listJson().size(), 2);

        // Options that only make sense for a wallet export are refused, not silently dropped.
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("import"), exported, QStringLiteral("--label"),
                   QStringLiteral("Renamed")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--label applies to wallet exports only"), run.err.constData());
        QCOMPARE(listJson().size(), 2);

        writeInbox(QStringLiteral("junk.json"), "[1,2]");
        QCOMPARE(cli({QStringLiteral("bookmarks"), QStringLiteral("import"), path(QStringLiteral("inbox/junk.json"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("bookmarks"), QStringLiteral("import"), path(QStringLiteral("inbox/missing.json"))}).exitCode, 2);
    }

    // The same output rules as --output: a FIFO is written through and kept, a folder refused.
    void exportWritesThroughFifosAndRefusesFolders()
    {
        QCOMPARE(cli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("A"),
                      QStringLiteral("--account-id"), QStringLiteral("1")}).exitCode, 0);
        const QString fifo = path(QStringLiteral("bookmarks.pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        loopview::test::FifoReader reader(fifo);
        Run run = cli({QStringLiteral("bookmarks"), QStringLiteral("export"), fifo});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(reader.take()).object();
        QCOMPARE(root.value(QLatin1String("bookmarks")).toArray().size(), 1);
        QCOMPARE(loopview::test::fileTypeOf(fifo), unsigned(S_IFIFO));

        const QString folder = path(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(folder));
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("export"), folder});
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.startsWith(QByteArray("loopview-cli: cannot write " + QFile::encodeName(folder))), run.err.constData());
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));

        // /dev/stdout is standard output: the JSON alone, no "Exported …" line mixed into it.
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("export"), QStringLiteral("/dev/stdout")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("bookmarks")).toArray().size(), 1);
    }

    void importWalletExportNeverWritesSecrets_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("current") << false;
        QTest::newRow("legacy") << true;
    }

    void importWalletExportNeverWritesSecrets()
    {
        QFETCH(bool, legacy);
        writeInbox(QStringLiteral("wallet.json"), walletExport(legacy));
        const QString exportFile = path(QStringLiteral("inbox/wallet.json"));

        // With --store-key but no keyring: refused (exit 6), and nothing is added.
        QByteArray everythingPrinted;
        Run run = cli({QStringLiteral("bookmarks"), QStringLiteral("import"), exportFile, QStringLiteral("--store-key")});
        everythingPrinted += run.out + run.err;
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.err.contains("keyring"));
        QVERIFY(run.out.contains("private key was ignored"));
        QCOMPARE(listJson().size(), 0);

        // Without --store-key: the bookmark is added; the key is mentioned, not stored.
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("import"), exportFile, QStringLiteral("--label"),
                   QStringLiteral("Wallet")});
        everythingPrinted += run.out + run.err;
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("private key was ignored"));
        QVERIFY(run.out.contains("--store-key"));
        const QJsonArray list = listJson();
        QCOMPARE(list.size(), 1);
        const QJsonObject bookmark = list.first().toObject();
        QCOMPARE(bookmark.value(QLatin1String("label")).toString(), QStringLiteral("Wallet"));
        QCOMPARE(bookmark.value(QLatin1String("account")).toString(), legacy ? QStringLiteral("777") : QStringLiteral("20533"));
        // The legacy export's chainId 5 is the test network.
        QCOMPARE(bookmark.value(QLatin1String("network")).toString(), legacy ? QStringLiteral("test") : QStringLiteral("mainnet"));

        // Importing the same export again finds the existing bookmark.
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("import"), exportFile});
        everythingPrinted += run.out + run.err;
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Already bookmarked"));
        QCOMPARE(listJson().size(), 1);

        // Export, list and a balances run write more files; none may hold either secret.
        QCOMPARE(cli({QStringLiteral("bookmarks"), QStringLiteral("export"), path(QStringLiteral("exported.json"))}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("balances"), QStringLiteral("--bookmark"), QStringLiteral("Wallet"),
                      QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                      path(QStringLiteral("balances.csv"))}).exitCode, 0);
        QVERIFY(QFile::exists(path(QStringLiteral("balances.csv"))));
        QCOMPARE(filesContaining(PrivateKey), QStringList());
        QCOMPARE(filesContaining(PrivateKey.mid(2)), QStringList());
        QCOMPARE(filesContaining(ApiKey), QStringList());
        QVERIFY(!everythingPrinted.contains(ApiKey));
        QVERIFY(!everythingPrinted.contains(PrivateKey.mid(2)));
    }

    void balancesByBookmark()
    {
        FakeLoopringServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/api/v3/exchange/tokens"),
                     FakeResponse::json(loopview::test::readFixture(QStringLiteral("tokens-sample.json"))));
        server.route(QStringLiteral("/api/v3/user/balances"),
                     FakeResponse::json(loopview::test::readFixture(QStringLiteral("balances-sample.json"))));
        QCOMPARE(cli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("Local"),
                      QStringLiteral("--account-id"), QStringLiteral("20533"), QStringLiteral("--base-url"),
                      server.baseUrl().toString(), QStringLiteral("--tokens"), QStringLiteral("0,3")}).exitCode, 0);

        Run run = cli({QStringLiteral("balances"), QStringLiteral("--bookmark"), QStringLiteral("local"),
                       QStringLiteral("--format"), QStringLiteral("json")}, EnvKey);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QJsonDocument::fromJson(run.out).isArray());
        const loopview::test::RecordedRequest request = server.lastRequest();
        QCOMPARE(request.path(), QStringLiteral("/api/v3/user/balances"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("accountId")), QStringLiteral("20533"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("tokens")), QStringLiteral("0,3"));
        QCOMPARE(request.header("X-API-KEY"), EnvKey); // no keyring: LOOPVIEW_API_KEY

        // An explicit --tokens wins over the bookmark's filter.
        run = cli({QStringLiteral("balances"), QStringLiteral("--bookmark=Local"), QStringLiteral("--tokens"),
                   QStringLiteral("1")}, EnvKey);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(server.lastRequest().query().queryItemValue(QStringLiteral("tokens")), QStringLiteral("1"));

        // Without any key: the usual missing-key usage error.
        QCOMPARE(cli({QStringLiteral("balances"), QStringLiteral("--bookmark"), QStringLiteral("Local")}).exitCode, 2);
        // Unknown bookmark, conflicting options, wrong command: usage errors.
        QCOMPARE(cli({QStringLiteral("balances"), QStringLiteral("--bookmark"), QStringLiteral("Nope")}, EnvKey).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("balances"), QStringLiteral("--bookmark"), QStringLiteral("Local"),
                      QStringLiteral("--account-id"), QStringLiteral("5")}, EnvKey).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tokens"), QStringLiteral("--bookmark"), QStringLiteral("Local")}).exitCode, 2);
    }

    void symbolFilterNeedsIdsOnTheCommandLine()
    {
        QCOMPARE(cli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("Sym"),
                      QStringLiteral("--account-id"), QStringLiteral("1"), QStringLiteral("--tokens"),
                      QStringLiteral("ETH, LRC")}).exitCode, 0);
        const Run run = cli({QStringLiteral("balances"), QStringLiteral("--bookmark"), QStringLiteral("Sym")}, EnvKey);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--tokens"));
    }

    void corruptStoreIsKeptAsideAndReported()
    {
        QDir().mkpath(QFileInfo(storeFile()).absolutePath());
        {
            QFile file(storeFile());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"schema\":1,\"bookmarks\":[{broken");
        }
        const Run run = cli({QStringLiteral("bookmarks"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("warning"));
        QVERIFY(run.err.contains("corrupt-"));
        const QStringList aside = QDir(QFileInfo(storeFile()).absolutePath())
                                      .entryList({QStringLiteral("bookmarks.json.corrupt-*")});
        QCOMPARE(aside.size(), 1);
    }

    void newerStoreIsReadOnly()
    {
        QDir().mkpath(QFileInfo(storeFile()).absolutePath());
        const QByteArray future = "{\"schema\":7,\"bookmarks\":[]}";
        {
            QFile file(storeFile());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(future);
        }
        const Run run = cli({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("--label"),
                             QStringLiteral("A"), QStringLiteral("--account-id"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.err.contains("newer"));
        QFile file(storeFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), future);
    }

    void hostileBookmarksFileReachesNoTerminal()
    {
        // A bookmarks file edited or sent by someone else: labels, notes, filters and URLs that
        // try to retitle or recolour the terminal, or reverse text. Listed, exported or quoted in
        // a message, none of it may reach the terminal raw; JSON keeps it exact, escaped.
        const QString hostileLabel = QStringLiteral("\x1b]0;pwned\x07\x1b[31mred\u009b\u202eCRL") + QChar(0);
        const QString hostileNote = QStringLiteral("a\u2066b\x1b[2J");
        QJsonObject first{{QStringLiteral("id"), QStringLiteral("7d1f3c2e-0000-4000-8000-000000000001")},
                          {QStringLiteral("label"), hostileLabel},
                          {QStringLiteral("account"), QStringLiteral("12345")},
                          {QStringLiteral("network"), QStringLiteral("mainnet")},
                          {QStringLiteral("note"), hostileNote},
                          {QStringLiteral("createdAt"), QStringLiteral("2024-05-01T10:00:00Z")}};
        QJsonObject second = first;
        second.insert(QStringLiteral("id"), QStringLiteral("7d1f3c2e-0000-4000-8000-000000000002"));
        second.insert(QStringLiteral("label"), QStringLiteral("plain"));
        second.insert(QStringLiteral("network"), QStringLiteral("custom"));
        second.insert(QStringLiteral("baseUrl"), QStringLiteral("https://example.org/\u202epath"));
        second.insert(QStringLiteral("tokens"), QStringLiteral("0,\u202eCRL"));
        const QJsonObject root{{QStringLiteral("schema"), 1}, {QStringLiteral("bookmarks"), QJsonArray{first, second}}};
        QDir().mkpath(QFileInfo(storeFile()).absolutePath());
        QFile file(storeFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();

        const auto verifyInert = [](const Run &run) {
            for (const QByteArray &raw : {QByteArray("\x1b"), QByteArray("\x07"), QByteArray("\xc2\x9b"),
                                          QByteArray(1, '\0'), QByteArray("\xe2\x80\xae"), QByteArray("\xe2\x81\xa6")}) {
                QVERIFY2(!run.out.contains(raw), QByteArray(raw.toHex() + " on stdout: " + run.out.toPercentEncoding(" \n")).constData());
                QVERIFY2(!run.err.contains(raw), QByteArray(raw.toHex() + " on stderr: " + run.err.toPercentEncoding(" \n")).constData());
            }
        };
        const Run table = cli({QStringLiteral("bookmarks"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        verifyInert(table);
        QVERIFY2(QString::fromUtf8(table.out).contains(QStringLiteral("\uFFFD]0;pwned\uFFFD\uFFFD[31mred")), table.out.constData());
        QVERIFY(QString::fromUtf8(table.out).contains(QStringLiteral("https://example.org/\uFFFDpath")));

        for (const QStringList &arguments : {QStringList{QStringLiteral("bookmarks"), QStringLiteral("list"),
                                                         QStringLiteral("--format"), QStringLiteral("json")},
                                             QStringList{QStringLiteral("bookmarks"), QStringLiteral("export"),
                                                         QStringLiteral("-")}}) {
            const Run json = cli(arguments);
            QCOMPARE(json.exitCode, 0);
            verifyInert(json);
            const QJsonArray listed = QJsonDocument::fromJson(json.out).object().value(QLatin1String("bookmarks")).toArray();
            QCOMPARE(listed.size(), 2);
            QCOMPARE(listed.at(0).toObject().value(QLatin1String("label")).toString(), hostileLabel);
            QCOMPARE(listed.at(0).toObject().value(QLatin1String("note")).toString(), hostileNote);
        }

        // Quoted in messages: the bookmark's token filter, and a label typed back.
        const Run filtered = cli({QStringLiteral("balances"), QStringLiteral("--bookmark"), QStringLiteral("plain")});
        QCOMPARE(filtered.exitCode, 2);
        verifyInert(filtered);
        const Run missing = cli({QStringLiteral("bookmarks"), QStringLiteral("remove"), hostileLabel + QStringLiteral("x")});
        QCOMPARE(missing.exitCode, 2);
        verifyInert(missing);
        const Run removed = cli({QStringLiteral("bookmarks"), QStringLiteral("remove"), QStringLiteral("7d1f3c2e-0000-4000-8000-000000000001")});
        QCOMPARE(removed.exitCode, 0);
        verifyInert(removed);
        QVERIFY2(removed.out.contains("]0;pwned"), removed.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestBookmarksCli)
#include "test_bookmarkscli.moc"
