// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The options balances, tokens and the bookmarks subcommands share: one meaning, one message.
#include "cli/commonoptions.h"

#include <QCommandLineParser>
#include <QTest>

using namespace loopview;
using namespace loopview::cli;

namespace {

// A parser with the shared service options, having read `arguments` (after a program name).
struct Parsed {
    QCommandLineParser parser;
    bool ok = false;

    explicit Parsed(const QStringList &arguments)
    {
        parser.addOptions({commonoptions::network(), commonoptions::baseUrl(), commonoptions::accountId(),
                           commonoptions::address(), commonoptions::timeout(QStringLiteral("wait")),
                           commonoptions::apiKeyFile(QStringLiteral("key"))});
        ok = parser.parse(QStringList{QStringLiteral("program")} + arguments);
    }
};

} // namespace

class TestCommonOptions : public QObject
{
    Q_OBJECT

private slots:
    void definitions()
    {
        QCOMPARE(commonoptions::network().names(), QStringList{QStringLiteral("network")});
        QCOMPARE(commonoptions::network().valueName(), QStringLiteral("mainnet|test"));
        QCOMPARE(commonoptions::baseUrl().valueName(), QStringLiteral("URL"));
        QCOMPARE(commonoptions::timeout(QStringLiteral("x")).valueName(), QStringLiteral("SECONDS"));
        QCOMPARE(commonoptions::timeout(QStringLiteral("x")).description(), QStringLiteral("x"));
        QCOMPARE(commonoptions::apiKeyFile(QStringLiteral("y")).names(), QStringList{QStringLiteral("api-key-file")});
    }

    void serviceDefaultsToTheFallback()
    {
        const Parsed none({});
        QVERIFY(none.ok);
        Result<ServiceChoice> choice = resolveService(none.parser);
        QVERIFY(choice.ok());
        QCOMPARE(choice->network, Network::Mainnet);
        QCOMPARE(choice->baseUrl, defaultBaseUrl(Network::Mainnet));
        choice = resolveService(none.parser, Network::Test);
        QCOMPARE(choice->network, Network::Test);
        QCOMPARE(choice->baseUrl, defaultBaseUrl(Network::Test));
    }

    void serviceByNameOrUrl()
    {
        const Parsed test({QStringLiteral("--network"), QStringLiteral("test")});
        QCOMPARE(resolveService(test.parser, Network::Mainnet)->network, Network::Test);

        const Parsed url({QStringLiteral("--base-url"), QStringLiteral(" http://127.0.0.1:8080/ ")});
        const Result<ServiceChoice> custom = resolveService(url.parser, Network::Test);
        QVERIFY(custom.ok());
        QCOMPARE(custom->network, Network::Custom);
        QCOMPARE(custom->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    }

    void serviceErrorsNameTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("both") << QStringList{QStringLiteral("--network"), QStringLiteral("test"), QStringLiteral("--base-url"),
                                             QStringLiteral("https://x.example")}
                              << QStringLiteral("--base-url and --network cannot be combined; give one of them");
        QTest::newRow("unknown network") << QStringList{QStringLiteral("--network"), QStringLiteral("moon\x1b[0m")}
                                         << QStringLiteral("--network must be mainnet or test, not 'moon\uFFFD[0m'");
        QTest::newRow("custom is no published network")
            << QStringList{QStringLiteral("--network"), QStringLiteral("custom")}
            << QStringLiteral("--network must be mainnet or test, not 'custom'");
        QTest::newRow("plain http to a remote host")
            << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://remote.example")}
            << QStringLiteral("--base-url: ");
    }

    void serviceErrorsNameTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Parsed parsed(arguments);
        QVERIFY(parsed.ok);
        const Result<ServiceChoice> choice = resolveService(parsed.parser);
        QVERIFY(!choice.ok());
        QCOMPARE(choice.error().kind, ErrorKind::Input);
        QVERIFY2(choice.error().message.startsWith(message), qPrintable(choice.error().message));
    }

    void timeouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milliseconds");  // -1: refused
        QTest::newRow("seconds") << QStringLiteral("15") << qint64(15000);
        QTest::newRow("fraction, C locale") << QStringLiteral(" 1.5 ") << qint64(1500);
        QTest::newRow("tiny rounds up to 1 ms") << QStringLiteral("0.0001") << qint64(1);
        QTest::newRow("a day") << QStringLiteral("86400") << qint64(86400000);
        QTest::newRow("more than a day") << QStringLiteral("86401") << qint64(-1);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-1") << qint64(-1);
        QTest::newRow("comma") << QStringLiteral("1,5") << qint64(-1);
        QTest::newRow("infinite") << QStringLiteral("inf") << qint64(-1);
        QTest::newRow("not a number") << QStringLiteral("nan") << qint64(-1);
    }

    void timeouts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, milliseconds);
        const Result<std::chrono::milliseconds> timeout = parseTimeout(text);
        if (milliseconds < 0) {
            QVERIFY(!timeout.ok());
            QCOMPARE(timeout.error().message,
                     QStringLiteral("--timeout must be a positive number of seconds (at most 86400), not '%1'")
                         .arg(text.trimmed()));
        } else {
            QVERIFY(timeout.ok());
            QCOMPARE(qint64(timeout->count()), milliseconds);
        }
    }

    // A value given twice would silently lose one of them; flags may repeat.
    void repeatedValues()
    {
        QCommandLineParser parser;
        const QCommandLineOption flag(QStringLiteral("raw"));
        const QCommandLineOption single({QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE"));
        parser.addOptions({flag, single, commonoptions::accountId()});
        QVERIFY(parser.parse({QStringLiteral("p"), QStringLiteral("--raw"), QStringLiteral("--raw"),
                              QStringLiteral("--account-id"), QStringLiteral("1")}));
        QVERIFY(!repeatedValueOption(parser, {flag, single, commonoptions::accountId()}));

        QVERIFY(parser.parse({QStringLiteral("p"), QStringLiteral("-o"), QStringLiteral("a"), QStringLiteral("--output"),
                              QStringLiteral("b")}));
        const std::optional<Error> error = repeatedValueOption(parser, {flag, single});
        QVERIFY(error);
        QCOMPARE(error->message, QStringLiteral("--output was given more than once; give it once"));
    }
};

QTEST_GUILESS_MAIN(TestCommonOptions)
#include "test_commonoptions.moc"
