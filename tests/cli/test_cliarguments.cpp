// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// CliArguments: what the balances and tokens command line means, and the one usage error for
// each thing wrong with it.
#include "cli/cliarguments.h"
#include "net/demobackend.h"

#include <QTest>

using namespace loopview;
using namespace loopview::cli;

namespace {

Result<CliOptions> parse(const QStringList &arguments)
{
    return CliArguments::parse(QStringList{QStringLiteral("loopview-cli")} + arguments);
}

const QString OwnerAddress = QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb");

} // namespace

class TestCliArguments : public QObject
{
    Q_OBJECT

private slots:
    void balancesQueryTypedOut()
    {
        const Result<CliOptions> options =
            parse({QStringLiteral("balances"), QStringLiteral("--network"), QStringLiteral("test"),
                   QStringLiteral("--account-id"), QStringLiteral(" 20533 "), QStringLiteral("--tokens"),
                   QStringLiteral("3,0"), QStringLiteral("--format"), QStringLiteral("JSON"), QStringLiteral("--raw"),
                   QStringLiteral("--timeout"), QStringLiteral("2.5"), QStringLiteral("--output"), QStringLiteral("-")});
        QVERIFY2(options.ok(), qPrintable(options ? QString() : options.error().message));
        QCOMPARE(options->command, CommandKind::Balances);
        QCOMPARE(options->baseUrl, defaultBaseUrl(Network::Test));
        QVERIFY(options->query);
        QCOMPARE(options->query->accountId(), std::optional<qint64>(20533));
        QCOMPARE(options->query->tokenIds, (QList<int>{3, 0}));
        QCOMPARE(options->tokenIds, std::optional<QList<int>>(QList<int>{3, 0}));
        QCOMPARE(options->format, OutputFormat::Json);
        QVERIFY(options->raw);
        QCOMPARE(options->timeout, std::chrono::milliseconds(2500));
        QVERIFY(options->outputPath.isEmpty()); // "-" is standard output
        QVERIFY(options->bookmark.isEmpty());
    }

    void addressAndDemoAccount()
    {
        Result<CliOptions> options = parse({QStringLiteral("balances"), QStringLiteral("--address"), OwnerAddress});
        QVERIFY(options.ok());
        QVERIFY(options->query->byAddress());
        QCOMPARE(options->baseUrl, defaultBaseUrl(Network::Mainnet));
        QVERIFY(!options->tokenIds);

        options = parse({QStringLiteral("--demo"), QStringLiteral("balances")});
        QVERIFY(options.ok());
        QVERIFY(options->demo);
        QCOMPARE(options->query->accountId(), std::optional<qint64>(demobackend::accountId()));
    }

    // --bookmark names the query; the command resolves it. Only --tokens is read alongside.
    void bookmarkLeavesTheQueryToTheCommand()
    {
        Result<CliOptions> options =
            parse({QStringLiteral("balances"), QStringLiteral("--bookmark=Cold storage"), QStringLiteral("--tokens"),
                   QStringLiteral("1")});
        QVERIFY(options.ok());
        QCOMPARE(options->bookmark, QStringLiteral("Cold storage"));
        QVERIFY(!options->query);
        QCOMPARE(options->tokenIds, std::optional<QList<int>>(QList<int>{1}));

        options = parse({QStringLiteral("balances"), QStringLiteral("--bookmark"), QStringLiteral("x")});
        QVERIFY(options.ok());
        QVERIFY(!options->tokenIds);
    }

    // --bookmark names the query; --currency, --record and --changes apply to it all the same.
    void bookmarkWithPricesAndHistory()
    {
        const Result<CliOptions> options =
            parse({QStringLiteral("balances"), QStringLiteral("--bookmark"), QStringLiteral("x"), QStringLiteral("--currency"),
                   QStringLiteral("USD"), QStringLiteral("--record"), QStringLiteral("--changes")});
        QVERIFY2(options.ok(), qPrintable(options ? QString() : options.error().message));
        QCOMPARE(options->currency, QStringLiteral("USD"));
        QVERIFY(options->record);
        QVERIFY(options->changes);
    }

    void historyCommand()
    {
        const Result<CliOptions> options =
            parse({QStringLiteral("history"), QStringLiteral("--network"), QStringLiteral("test"),
                   QStringLiteral("--account-id"), QStringLiteral("7")});
        QVERIFY(options.ok());
        QCOMPARE(options->command, CommandKind::History);
        QCOMPARE(options->query->accountId(), std::optional<qint64>(7));
        QCOMPARE(options->baseUrl, defaultBaseUrl(Network::Test));
    }

    void tokensCommand()
    {
        const Result<CliOptions> options =
            parse({QStringLiteral("tokens"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/")});
        QVERIFY(options.ok());
        QCOMPARE(options->command, CommandKind::Tokens);
        QCOMPARE(options->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9")));
        QVERIFY(!options->query);
    }

    void helpAndVersionWinOverEverything()
    {
        QCOMPARE(parse({QStringLiteral("balances"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("-h")})
                     ->command,
                 CommandKind::Help);
        QCOMPARE(parse({QStringLiteral("--version")})->command, CommandKind::Version);
        QVERIFY(CliArguments::helpText().contains(QLatin1String("--bookmark LABEL")));
        QVERIFY(CliArguments::helpText().contains(QLatin1String("  130  ")));
        QCOMPARE(CliArguments::versionText(), QStringLiteral("loopview-cli ") + QStringLiteral(LOOPVIEW_VERSION));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString balances = QStringLiteral("balances");
        const QString id = QStringLiteral("--account-id");
        QTest::newRow("no command") << QStringList() << QStringLiteral("missing command: balances, nfts, tokens or history (see --help)");
        QTest::newRow("two commands") << QStringList{balances, QStringLiteral("tokens")}
                                      << QStringLiteral("unexpected argument 'tokens' (see --help)");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("nft")}
                                         << QStringLiteral("unknown command 'nft': use balances, nfts, tokens or history (see --help)");
        QTest::newRow("no account") << QStringList{balances}
                                    << QStringLiteral("give the account with --account-id N or --address 0x…");
        QTest::newRow("id and address") << QStringList{balances, id, QStringLiteral("1"), QStringLiteral("--address"), OwnerAddress}
                                        << QStringLiteral("give either --account-id or --address, not both");
        QTest::newRow("address as id") << QStringList{balances, id, OwnerAddress} << QStringLiteral("--account-id: ");
        QTest::newRow("not an address") << QStringList{balances, QStringLiteral("--address"), QStringLiteral("12")}
                                        << QStringLiteral("--address must start with 0x followed by 40 hex digits, not '12'");
        QTest::newRow("short address") << QStringList{balances, QStringLiteral("--address"), QStringLiteral("0x12")}
                                       << QStringLiteral("--address: invalid address: ");
        QTest::newRow("empty tokens") << QStringList{balances, id, QStringLiteral("1"), QStringLiteral("--tokens"), QString()}
                                      << QStringLiteral("--tokens needs at least one token id");
        QTest::newRow("symbol in tokens") << QStringList{balances, id, QStringLiteral("1"), QStringLiteral("--tokens"),
                                                         QStringLiteral("LRC")}
                                          << QStringLiteral("--tokens: ");
        QTest::newRow("format") << QStringList{balances, id, QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("--format must be table, csv or json, not 'xml'");
        QTest::newRow("output empty") << QStringList{balances, id, QStringLiteral("1"), QStringLiteral("--output"), QString()}
                                      << QStringLiteral("--output needs a file name");
        QTest::newRow("key file empty") << QStringList{balances, id, QStringLiteral("1"), QStringLiteral("--api-key-file"), QString()}
                                        << QStringLiteral("--api-key-file needs a file name");
        QTest::newRow("given twice") << QStringList{balances, id, QStringLiteral("1"), id, QStringLiteral("2")}
                                     << QStringLiteral("--account-id was given more than once; give it once");
        QTest::newRow("balances option for tokens") << QStringList{QStringLiteral("tokens"), QStringLiteral("--raw")}
                                                    << QStringLiteral("--raw applies to the balances command only");
        QTest::newRow("bookmark for tokens") << QStringList{QStringLiteral("tokens"), QStringLiteral("--bookmark"), QStringLiteral("x")}
                                             << QStringLiteral("--bookmark applies to the balances command only");
        QTest::newRow("bookmark with account") << QStringList{balances, QStringLiteral("--bookmark"), QStringLiteral("x"), id, QStringLiteral("5")}
                                               << QStringLiteral("--bookmark already sets --account-id; leave it out");
        QTest::newRow("bookmark with network") << QStringList{balances, QStringLiteral("--bookmark"), QStringLiteral("x"),
                                                              QStringLiteral("--network"), QStringLiteral("test")}
                                               << QStringLiteral("--bookmark already sets --network; leave it out");
        QTest::newRow("bookmark blank") << QStringList{balances, QStringLiteral("--bookmark"), QStringLiteral("  ")}
                                        << QStringLiteral("--bookmark needs a LABEL");
        QTest::newRow("bookmark twice") << QStringList{balances, QStringLiteral("--bookmark"), QStringLiteral("a"),
                                                       QStringLiteral("--bookmark=b")}
                                        << QStringLiteral("--bookmark was given more than once; give it once");
        QTest::newRow("bookmark for history") << QStringList{QStringLiteral("history"), QStringLiteral("--bookmark"), QStringLiteral("x")}
                                              << QStringLiteral("--bookmark applies to the balances command only");
        QTest::newRow("key file for history") << QStringList{QStringLiteral("history"), QStringLiteral("--account-id"),
                                                             QStringLiteral("1"), QStringLiteral("--api-key-file"), QStringLiteral("k")}
                                              << QStringLiteral("--api-key-file does not apply to the history command");
        QTest::newRow("record demo") << QStringList{QStringLiteral("balances"), QStringLiteral("--demo"), QStringLiteral("--record")}
                                     << QStringLiteral("--record does not record demo data; leave out --demo or --record");
        QTest::newRow("unknown option") << QStringList{balances, QStringLiteral("--colour")}
                                        << QStringLiteral("unknown option '--colour' (see --help)");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result<CliOptions> options = parse(arguments);
        QVERIFY(!options.ok());
        QCOMPARE(options.error().kind, ErrorKind::Input);
        QVERIFY2(options.error().message.startsWith(message), qPrintable(options.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "test_cliarguments.moc"
