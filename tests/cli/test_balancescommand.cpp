// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// BalancesCommand in-process against the fake server: the query it sends (typed out, or a
// bookmark's own through Bookmark::toQuery()), where its key comes from, and what ends it before
// any request.
#include "clitestsupport.h"

#include "cli/balancescommand.h"
#include "core/bookmarkstore.h"
#include "fakeloopringserver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::cli;
using namespace loopview::test;

namespace {

const QString BalancesPath = QStringLiteral("/api/v3/user/balances");
const QString TokensPath = QStringLiteral("/api/v3/exchange/tokens");
const QString EnvironmentKey = QStringLiteral("envkey00000000000000000000000000000000000000000000000000000000005");
const QString KeyringKey = QStringLiteral("ringkey0000000000000000000000000000000000000000000000000000000006");

} // namespace

class TestBalancesCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeLoopringServer> m_server;
    FakeKeyring m_keyring;

    // `keyring` empty: the fake keyring m_keyring.
    CommandRun balances(const QStringList &arguments, const QProcessEnvironment &environment,
                        KeyringFactory keyring = {})
    {
        if (!keyring)
            keyring = keyringFor(&m_keyring);
        const Result<CliOptions> options =
            CliArguments::parse(QStringList{QStringLiteral("loopview-cli"), QStringLiteral("balances")} + arguments);
        if (!options) {
            CommandRun refused;
            refused.err = options.error().message.toUtf8();
            return refused;
        }
        return captureRun([&] {
            return BalancesCommand(*options, CommandContext{environment, keyring}).execute();
        });
    }

    // A bookmark of the fake server's account 20533; its id, the keyring's key for it.
    QString addBookmark(const QString &label, const QString &tokens)
    {
        Bookmark bookmark = Bookmark::create(label, QStringLiteral("20533"), Network::Custom, m_server->baseUrl());
        bookmark.tokens = tokens;
        BookmarkStore store;
        store.load();
        const Result<Bookmark> added = store.add(bookmark);
        return added ? added->id : QString();
    }

    // An --api-key-file holding `key`, readable by its owner only (as the CLI requires); empty
    // when it could not be written.
    QString writeKeyFile(const QString &key)
    {
        const QString path = m_home->filePath(QStringLiteral("key"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(key.toLatin1() + '\n') <= 0)
            return {};
        file.close();
        return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ? path : QString();
    }

    int balanceRequests() const
    {
        int count = 0;
        for (const RecordedRequest &request : m_server->requests())
            count += request.path() == BalancesPath;
        return count;
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_home->filePath(QStringLiteral("cache")).toLocal8Bit());
        m_keyring = FakeKeyring();
        m_server = std::make_unique<FakeLoopringServer>();
        QVERIFY(m_server->listen());
        m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
        m_server->route(BalancesPath, FakeResponse::json(readFixture(QStringLiteral("balances-sample.json"))));
    }

    void typedQueryIsSentWithTheEnvironmentKey()
    {
        const CommandRun run = balances({QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                                         QStringLiteral("--account-id"), QStringLiteral("20533"),
                                         QStringLiteral("--tokens"), QStringLiteral("0,3"), QStringLiteral("--format"),
                                         QStringLiteral("csv")},
                                        environmentWithKey(EnvironmentKey));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,"
                                   "pending_withdraw\r\n20533,"));
        QVERIFY(run.err.isEmpty());
        const RecordedRequest request = m_server->lastRequest();
        QCOMPARE(request.path(), BalancesPath);
        QCOMPARE(request.query().queryItemValue(QStringLiteral("accountId")), QStringLiteral("20533"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("tokens")), QStringLiteral("0,3"));
        QCOMPARE(request.header("X-API-KEY"), EnvironmentKey.toLatin1());
        QCOMPARE(m_keyring.calls, 0);
    }

    // The bookmark's own query and its keyring key go out; no option strings in between.
    void bookmarkSendsItsQueryAndItsKey()
    {
        const QString id = addBookmark(QStringLiteral("Local"), QStringLiteral("0,3"));
        QVERIFY(!id.isEmpty());
        m_keyring.keys.insert(id, KeyringKey);
        const CommandRun run = balances({QStringLiteral("--bookmark"), QStringLiteral("local")},
                                        environmentWithKey(EnvironmentKey));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const RecordedRequest request = m_server->lastRequest();
        QCOMPARE(request.path(), BalancesPath);
        QCOMPARE(request.query().queryItemValue(QStringLiteral("accountId")), QStringLiteral("20533"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("tokens")), QStringLiteral("0,3"));
        QCOMPARE(request.header("X-API-KEY"), KeyringKey.toLatin1());
        QVERIFY(!QByteArray(run.out + run.err).contains(KeyringKey.toLatin1()));
    }

    void tokensOptionReplacesTheBookmarksFilter()
    {
        QVERIFY(!addBookmark(QStringLiteral("Local"), QStringLiteral("ETH, LRC")).isEmpty());
        const CommandRun run = balances({QStringLiteral("--bookmark"), QStringLiteral("Local"), QStringLiteral("--tokens"),
                                         QStringLiteral("1")},
                                        environmentWithKey(EnvironmentKey));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m_server->lastRequest().query().queryItemValue(QStringLiteral("tokens")), QStringLiteral("1"));
        // No key in the keyring: LOOPVIEW_API_KEY.
        QCOMPARE(m_server->lastRequest().header("X-API-KEY"), EnvironmentKey.toLatin1());
    }

    // The service takes ids: a filter by symbol cannot be sent, and is not silently widened.
    void symbolFilterNeedsIds()
    {
        QVERIFY(!addBookmark(QStringLiteral("Sym"), QStringLiteral("ETH, LRC")).isEmpty());
        const CommandRun run = balances({QStringLiteral("--bookmark"), QStringLiteral("Sym")},
                                        environmentWithKey(EnvironmentKey));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("loopview-cli: bookmark 'Sym' filters tokens by symbol (ETH, LRC); the command "
                                     "line takes token ids: pass --tokens ID[,ID…]\n"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // A snapshot is the whole account: a bookmark's part of it is not recorded as the account.
    void filteredBookmarkIsNotRecorded()
    {
        QVERIFY(!addBookmark(QStringLiteral("Part"), QStringLiteral("0,3")).isEmpty());
        const CommandRun run = balances({QStringLiteral("--bookmark"), QStringLiteral("Part"), QStringLiteral("--record")},
                                        environmentWithKey(EnvironmentKey));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("loopview-cli: bookmark 'Part' asks for some tokens only, and --record stores "
                                     "the whole account; leave out --record\n"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void unknownBookmarkIsAUsageError()
    {
        const CommandRun run = balances({QStringLiteral("--bookmark"), QStringLiteral("Nope")},
                                        environmentWithKey(EnvironmentKey));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("loopview-cli: no bookmark named 'Nope' (see: loopview-cli bookmarks list)\n"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // `balances --bookmark` with a keyring that does not answer says so, instead of silently
    // sending LOOPVIEW_API_KEY as if the bookmark had no key.
    void keyringThatDoesNotAnswerEndsTheCommand()
    {
        QVERIFY(!addBookmark(QStringLiteral("Main"), QString()).isEmpty());
        m_keyring.stall = true;
        const CommandRun run = balances({QStringLiteral("--bookmark"), QStringLiteral("Main"), QStringLiteral("--timeout"),
                                         QStringLiteral("0.2")},
                                        environmentWithKey(EnvironmentKey));
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("did not answer within 0.2 s"), run.err.constData());
        QVERIFY(run.err.contains("--api-key-file"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void keyringThatRefusesFallsBackWithAWarning()
    {
        QVERIFY(!addBookmark(QStringLiteral("Main"), QString()).isEmpty());
        m_keyring.refuseReads = true;
        const CommandRun run = balances({QStringLiteral("--bookmark"), QStringLiteral("Main")},
                                        environmentWithKey(EnvironmentKey));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errLines(), QStringList{QStringLiteral("loopview-cli: warning: the keyring refused the "
                                                            "bookmark's API key (Access denied); using LOOPVIEW_API_KEY")});
        QCOMPARE(m_server->lastRequest().header("X-API-KEY"), EnvironmentKey.toLatin1());
    }

    // --api-key-file and --demo make the key someone else's: the keyring is not asked.
    void keyringIsNotAskedWhenTheKeyComesFromElsewhere()
    {
        const QString id = addBookmark(QStringLiteral("Main"), QString());
        QVERIFY(!id.isEmpty());
        m_keyring.keys.insert(id, KeyringKey);
        CommandRun run = balances({QStringLiteral("--bookmark"), QStringLiteral("Main"), QStringLiteral("--demo")}, {});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_server->requestCount(), 0);

        const QString keyFile = writeKeyFile(EnvironmentKey);
        QVERIFY(!keyFile.isEmpty());
        run = balances({QStringLiteral("--bookmark"), QStringLiteral("Main"), QStringLiteral("--api-key-file"), keyFile}, {});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m_server->lastRequest().header("X-API-KEY"), EnvironmentKey.toLatin1());
        QCOMPARE(m_keyring.calls, 0);
    }

    // The keyring's code is a plugin (KeyringPluginLoader). Without it, a bookmark's key cannot be
    // read: that ends the command (exit 6) instead of quietly sending LOOPVIEW_API_KEY.
    void missingKeyringPluginEndsTheCommand()
    {
        QVERIFY(!addBookmark(QStringLiteral("Main"), QString()).isEmpty());
        const QTemporaryDir noPlugin;
        const CommandRun run = balances({QStringLiteral("--bookmark"), QStringLiteral("Main")},
                                        environmentWithKey(EnvironmentKey), systemKeyring(noPlugin.path()));
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(run.errLines().size(), 1);
        const QString line = run.errLines().constFirst();
        QVERIFY2(line.startsWith(QLatin1String("loopview-cli: no system keyring available (the keyring plugin ")), run.err.constData());
        QVERIFY2(line.contains(noPlugin.path()), run.err.constData());
        QVERIFY2(line.endsWith(QLatin1String("; pass --api-key-file FILE to give the bookmark's API key")), run.err.constData());
        QVERIFY(!run.err.contains(EnvironmentKey.toLatin1()));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // ... and nothing else needs it: a key from LOOPVIEW_API_KEY or --api-key-file, or --demo,
    // never loads it.
    void keyringPluginIsOnlyLoadedForAKeyringKey()
    {
        QVERIFY(!addBookmark(QStringLiteral("Main"), QString()).isEmpty());
        const QTemporaryDir noPlugin;
        CommandRun run = balances({QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--account-id"),
                                   QStringLiteral("20533")},
                                  environmentWithKey(EnvironmentKey), systemKeyring(noPlugin.path()));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m_server->lastRequest().header("X-API-KEY"), EnvironmentKey.toLatin1());

        run = balances({QStringLiteral("--bookmark"), QStringLiteral("Main"), QStringLiteral("--demo")}, {},
                       systemKeyring(noPlugin.path()));
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QString keyFile = writeKeyFile(EnvironmentKey);
        QVERIFY(!keyFile.isEmpty());
        run = balances({QStringLiteral("--bookmark"), QStringLiteral("Main"), QStringLiteral("--api-key-file"), keyFile}, {},
                       systemKeyring(noPlugin.path()));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
    }

    // The bookmarks file is read as the bookmarks commands read it: a problem with it is a warning
    // on stderr, not a silent "no bookmark named".
    void damagedBookmarksFileIsReported()
    {
        const QString dir = m_home->filePath(QStringLiteral("data/Loopview/Loopview"));
        QVERIFY(QDir().mkpath(dir));
        QFile file(dir + QStringLiteral("/bookmarks.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        const CommandRun run = balances({QStringLiteral("--bookmark"), QStringLiteral("Main")},
                                        environmentWithKey(EnvironmentKey));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().size(), 2);
        QVERIFY2(run.errLines().at(0).startsWith(QLatin1String("loopview-cli: warning: ")), run.err.constData());
        QCOMPARE(run.errLines().at(1), QStringLiteral("loopview-cli: no bookmark named 'Main' (see: loopview-cli bookmarks list)"));
    }

    void missingKeyEndsBeforeAnyRequest()
    {
        QVERIFY(!addBookmark(QStringLiteral("Main"), QString()).isEmpty());
        const CommandRun run = balances({QStringLiteral("--bookmark"), QStringLiteral("Main")}, {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("LOOPVIEW_API_KEY"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(balanceRequests(), 0);
        QCOMPARE(m_server->requestCount(), 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestBalancesCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_balancescommand.moc"
