// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// CliApplication in-process: which command a command line runs, and what --help and --version
// print, with nothing else on either stream.
#include "clitestsupport.h"

#include "cli/bookmarkscommand.h"
#include "cli/cliapplication.h"
#include "cli/cliarguments.h"
#include "net/demobackend.h"

#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::cli;
using namespace loopview::test;

class TestCliApplication : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    FakeKeyring m_keyring;

    CommandRun cli(const QStringList &arguments) { return runCli(arguments, &m_keyring); }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_home->filePath(QStringLiteral("cache")).toLocal8Bit());
    }

    void helpAndVersion()
    {
        CommandRun run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, CliArguments::helpText().toUtf8());
        QVERIFY(run.err.isEmpty());
        run = cli({QStringLiteral("balances"), QStringLiteral("-v")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, (CliArguments::versionText() + QLatin1Char('\n')).toUtf8());
    }

    // `bookmarks` must come first: elsewhere it is no command of the main parser.
    void bookmarksGoToTheirOwnCommand()
    {
        CommandRun run = cli({QStringLiteral("bookmarks"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, BookmarksCommand::helpText().toUtf8());
        run = cli({QStringLiteral("bookmarks"), QStringLiteral("list")});
        QCOMPARE(run.out, QByteArray("No bookmarks.\n"));
        run = cli({QStringLiteral("--demo"), QStringLiteral("bookmarks")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("loopview-cli: unknown command 'bookmarks': use balances, nfts, tokens or history (see --help)\n"));
    }

    void usageErrorIsOneLineAndExitTwo()
    {
        const CommandRun run = cli({QStringLiteral("balances"), QStringLiteral("--account-id"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.err.startsWith("loopview-cli: --account-id: "));
        QVERIFY(run.out.isEmpty());
    }

    // The demo needs neither network nor key: balances and tokens run to the end in-process.
    void demoCommandsRun()
    {
        CommandRun run = cli({QStringLiteral("balances"), QStringLiteral("--demo"), QStringLiteral("--format"),
                              QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("account_id,token_id,symbol,"));
        QVERIFY(run.out.contains(QByteArray(QByteArray::number(demobackend::accountId()) + ',')));
        run = cli({QStringLiteral("tokens"), QStringLiteral("--demo")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("ID"));
        QVERIFY(run.err.isEmpty());
        QCOMPARE(m_keyring.calls, 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestCliApplication test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_cliapplication.moc"
