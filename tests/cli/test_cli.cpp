// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// End-to-end tests of loopview-cli: the real binary as a child process, talking to
// FakeLoopringServer on 127.0.0.1 in this process. The server lives on this test's event loop,
// so the child is always waited for with QSignalSpy::wait (which spins the loop), never with
// QProcess::waitForFinished (which would block the server the child is talking to).

#include "fakeloopringserver.h"
#include "specialfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <functional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using loopview::test::FakeLoopringServer;
using loopview::test::FakeResponse;
using loopview::test::RecordedRequest;
using loopview::test::FifoReader;
using loopview::test::fileTypeOf;
using loopview::test::Pty;

Q_DECLARE_METATYPE(loopview::test::FakeResponse)

namespace {

const QString BalancesPath = QStringLiteral("/api/v3/user/balances");
const QString TokensPath = QStringLiteral("/api/v3/exchange/tokens");
const QString PricesPath = QStringLiteral("/api/v3/price");
// Looks like a real 64-character key, and is distinctive enough to grep for in any output.
const QString TestApiKey =
    QStringLiteral("Kx7tQm2LbN9vR4sW8yZ1cD5fG3hJ6kP0aE2iO4uY7tR1eW9qS3dF5gH8jK0lZ2xC");

// One more than printable::EchoLength: no echoed value may hold a run this long.
constexpr int printableEchoCut = 81;

const QByteArray CsvHeader =
    "account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,pending_withdraw\r\n";

// Two known tokens and one (id 99) the token list does not have.
const QByteArray MixedBalancesBody = R"([
  {"accountId": 20533, "tokenId": 0, "total": "873410000000000000", "locked": "120000000000000000",
   "pending": {"withdraw": "0", "deposit": "250000000000000000"}},
  {"accountId": 20533, "tokenId": 3, "total": "4520013", "locked": "20013",
   "pending": {"withdraw": "0", "deposit": "0"}},
  {"accountId": 20533, "tokenId": 99, "total": "1234567", "locked": "7",
   "pending": {"withdraw": "5", "deposit": "0"}}
])";

struct CliRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QStringList errLines() const
    {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    // The error line: the last stderr line (warnings, if any, come before it).
    QString errorLine() const { return errLines().isEmpty() ? QString() : errLines().constLast(); }
};

// How the child is started, beyond its arguments and environment.
struct ChildSetup {
    QString stdoutFile;                 // instead of a pipe, e.g. /dev/full
    std::function<void()> inChild;      // runs in the child before exec (resource limits)
};

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void helpListsExitCodesAndEnvironment();
    void versionPrintsNameAndVersion();

    void balancesTableIsDefault();
    void balancesCsvIsByteExact();
    void balancesCsvRawUsesBaseUnits();
    void balancesJsonKeepsAmountsAsStrings();
    void emptyAccountPrintsHeaderOnly();
    void requestCarriesQuery();
    void addressQueryIsSentLowerCase();
    void currencyAppendsPriceAndValueToCsv();
    void currencyAddsPriceKeysToJsonAndColumnsToTable();
    void pricesUnavailableStillPrintBalances_data();
    void pricesUnavailableStillPrintBalances();
    void demoHasPrices();
    void recordAndChangesFollowTheBalances();
    void historyPrintsSnapshotsOldestFirst();
    void historyOptionsAreChecked_data();
    void historyOptionsAreChecked();
    void damagedHistoryDatabaseExitsSixAndIsKept();

    void usageErrorsExitTwoBeforeAnyRequest_data();
    void usageErrorsExitTwoBeforeAnyRequest();
    void baseUrlWithUserInfoOrEmptyPortExitsTwo();
    void missingKeyNamesTheVariable();
    void apiKeyFileIsTrimmedAndUsed();
    void unreadableApiKeyFileExitsTwo();
    void apiKeyFileReadableByOthersWarns_data();
    void apiKeyFileReadableByOthersWarns();

    void serviceRefusalExitsThreeWithStatusAndCode();
    void connectionRefusedExitsFour();
    void httpsConnectionRefusedPrintsOneLine();
    void timeoutExitsFour();
    void malformedResponseExitsFiveNamingField();
    void compressedBombExitsFiveSayingSo();
    void rowsOfAnotherAccountExitFive();

    void outputFileIsWritten();
    void outputIntoMissingDirectoryExitsSix();
    void outputOverDirectoryExitsSixLeavingItAlone();
    void outputIntoReadOnlyDirectoryKeepsPreviousFile();
    void outputIntoFifoIsWrittenThroughAndKept();
    void outputToTerminalDeviceIsWrittenThrough();
    void outputToStandardOutputPathGoesToStdout();
    void outputThroughSymlinkReplacesItsTarget();
    void outputPastFileSizeLimitExitsSixKeepingPreviousFile();
    void fullStandardOutputSaysSo_data();
    void fullStandardOutputSaysSo();

    void apiKeyNeverPrinted();

    void hostileServiceTextNeverReachesTheTerminal_data();
    void hostileServiceTextNeverReachesTheTerminal();
    void hostileTokenListIsNeutralisedInEveryFormat();
    void echoedArgumentsAreNeutralisedAndCut_data();
    void echoedArgumentsAreNeutralisedAndCut();

    void tokenListFailureShowsUnknownTokens();
    void tokenListFailureFallsBackToCache();

    void demoNeedsNoNetworkNorKey();
    void demoAcceptsAnAccount();

    void tokensCommandFormats();
    void tokensCommandRefusesBalanceOptions();

    void interruptCancelsCleanly();
    void balancesAreRequestedWhileTokensLoad();

private:
    QProcessEnvironment environment(bool withKey = true) const;
    CliRun run(const QStringList &arguments, const QProcessEnvironment &env, const ChildSetup &setup = {});
    CliRun run(const QStringList &arguments) { return run(arguments, environment()); }
    QStringList balancesArgs(const QStringList &extra = {}) const;
    void routeSampleData(const QByteArray &balancesBody);

    FakeLoopringServer *m_server = nullptr;
    QTemporaryDir *m_cacheHome = nullptr;
};

void TestCli::init()
{
    m_server = new FakeLoopringServer(this);
    QVERIFY(m_server->listen());
    // A fresh cache per test so one test's token list cannot leak into another.
    m_cacheHome = new QTemporaryDir();
    QVERIFY(m_cacheHome->isValid());
}

void TestCli::cleanup()
{
    delete m_server;
    m_server = nullptr;
    delete m_cacheHome;
    m_cacheHome = nullptr;
}

QProcessEnvironment TestCli::environment(bool withKey) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LOOPVIEW_API_KEY"));
    for (const char *proxy : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QString::fromLatin1(proxy));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cacheHome->path());
    // The history database (and bookmarks) of this test only; a test may point it elsewhere.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_cacheHome->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (withKey)
        env.insert(QStringLiteral("LOOPVIEW_API_KEY"), TestApiKey);
    return env;
}

CliRun TestCli::run(const QStringList &arguments, const QProcessEnvironment &env, const ChildSetup &setup)
{
    CliRun result;
    QProcess process;
    process.setProcessEnvironment(env);
    if (!setup.stdoutFile.isEmpty())
        process.setStandardOutputFile(setup.stdoutFile);
    if (setup.inChild)
        process.setChildProcessModifier(setup.inChild);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(LOOPVIEW_CLI_PATH), arguments);
    // Spinning the event loop here is what lets the in-process fake server answer the child.
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList TestCli::balancesArgs(const QStringList &extra) const
{
    QStringList args = {QStringLiteral("balances"), QStringLiteral("--base-url"),
                        m_server->baseUrl().toString(), QStringLiteral("--account-id"),
                        QStringLiteral("20533")};
    return args + extra;
}

void TestCli::routeSampleData(const QByteArray &balancesBody)
{
    m_server->route(TokensPath, FakeResponse::json(loopview::test::readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::json(balancesBody));
}

// --- prices -----------------------------------------------------------------------------------

void TestCli::currencyAppendsPriceAndValueToCsv()
{
    routeSampleData(MixedBalancesBody);
    m_server->route(PricesPath, FakeResponse::prices("USD"));
    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--currency"), QStringLiteral("usd")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    // ETH 0.87341 × 3000.12 = 2620.3348092 → 2620.33; USDT's price came as the JSON number 1.0001
    // and keeps its digits; token 99 is unknown, so it has no symbol to be priced by.
    const QByteArray expected =
        CsvHeader.chopped(2) + ",price_usd,value_usd\r\n"
        + "20533,0,ETH,18,0.87341,0.12,0.75341,0.25,0,3000.12,2620.33\r\n"
          "20533,3,USDT,6,4.520013,0.020013,4.5,0,0,1.0001,4.52\r\n"
          "20533,99,,,1234567,7,1234560,0,5,,\r\n";
    QCOMPARE(result.out, expected);

    // The currency is sent in upper case, and prices need no key: none goes out with them.
    const QList<RecordedRequest> requests = m_server->requests();
    const auto priceRequest = std::find_if(requests.cbegin(), requests.cend(), [](const RecordedRequest &r) {
        return r.path() == PricesPath;
    });
    QVERIFY(priceRequest != requests.cend());
    QCOMPARE(priceRequest->target, QByteArray("/api/v3/price?legal=USD"));
    QVERIFY(!priceRequest->hasHeader("X-API-KEY"));
}

void TestCli::currencyAddsPriceKeysToJsonAndColumnsToTable()
{
    routeSampleData(MixedBalancesBody);
    m_server->route(PricesPath, FakeResponse::prices("CNY"));
    const CliRun json = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("json"),
                                          QStringLiteral("--currency"), QStringLiteral("CNY")}));
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("price_cny")).toString(), QStringLiteral("3000.12"));
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("value_cny")).toString(), QStringLiteral("2620.33"));
    QVERIFY(rows.at(2).toObject().value(QLatin1String("price_cny")).isNull());
    QVERIFY(rows.at(2).toObject().value(QLatin1String("value_cny")).isNull());
    QVERIFY(!rows.at(0).toObject().contains(QLatin1String("price_usd")));
    // Keys in CSV order, the price keys last.
    QVERIFY(json.out.indexOf("\"pending_withdraw\"") < json.out.indexOf("\"price_cny\""));
    QVERIFY(json.out.indexOf("\"price_cny\"") < json.out.indexOf("\"value_cny\""));

    const CliRun table = run(balancesArgs({QStringLiteral("--currency"), QStringLiteral("CNY")}));
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.at(0).contains(QLatin1String("PRICE CNY")));
    QVERIFY(lines.at(0).endsWith(QLatin1String("VALUE CNY")));
    QVERIFY(lines.at(1).endsWith(QLatin1String("2620.33")));
}

void TestCli::pricesUnavailableStillPrintBalances_data()
{
    QTest::addColumn<FakeResponse>("priceResponse");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unsupported currency") << FakeResponse::prices("CNY") << QStringLiteral("100001");
    QTest::newRow("malformed") << FakeResponse::json(R"({"prices":[{"symbol":"ETH","price":"-1","updatedAt":0}]})")
                               << QStringLiteral("prices[0].price");
    QTest::newRow("server error") << FakeResponse::html(500, "<html>oops</html>") << QStringLiteral("500");
}

void TestCli::pricesUnavailableStillPrintBalances()
{
    QFETCH(FakeResponse, priceResponse);
    QFETCH(QString, reason);
    routeSampleData(MixedBalancesBody);
    m_server->route(PricesPath, priceResponse);
    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--currency"), QStringLiteral("USD")}));
    QCOMPARE(result.exitCode, 0);
    const QByteArray expected =
        CsvHeader.chopped(2) + ",price_usd,value_usd\r\n"
        + "20533,0,ETH,18,0.87341,0.12,0.75341,0.25,0,,\r\n"
          "20533,3,USDT,6,4.520013,0.020013,4.5,0,0,,\r\n"
          "20533,99,,,1234567,7,1234560,0,5,,\r\n";
    QCOMPARE(result.out, expected);
    // Exactly one line, a warning, that says why.
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errorLine().startsWith(QLatin1String("loopview-cli: warning: could not load USD prices")),
             qPrintable(result.errText()));
    QVERIFY2(result.errorLine().contains(reason), qPrintable(result.errText()));
}

void TestCli::demoHasPrices()
{
    const CliRun result = run({QStringLiteral("balances"), QStringLiteral("--demo"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--currency"), QStringLiteral("USD")},
                              environment(false));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QList<QByteArray> lines = result.out.split('\n');
    QVERIFY(lines.at(0).endsWith(",price_usd,value_usd\r"));
    QVERIFY(lines.at(1).startsWith("83250,0,ETH,18,"));
    QVERIFY2(lines.at(1).endsWith(",3012.45,7402.49\r"), lines.at(1).constData());  // 2.4573 ETH
    QCOMPARE(m_server->connectionCount(), 0);
}

// --- history ----------------------------------------------------------------------------------

namespace {

// The account of MixedBalancesBody later: more ETH, the USDT gone, LRC new, token 99 unchanged.
const QByteArray LaterBalancesBody = R"([
  {"accountId": 20533, "tokenId": 0, "total": "1000000000000000000", "locked": "0",
   "pending": {"withdraw": "0", "deposit": "0"}},
  {"accountId": 20533, "tokenId": 1, "total": "5000000000000000000", "locked": "0",
   "pending": {"withdraw": "0", "deposit": "0"}},
  {"accountId": 20533, "tokenId": 99, "total": "1234567", "locked": "7",
   "pending": {"withdraw": "5", "deposit": "0"}}
])";

} // namespace

void TestCli::recordAndChangesFollowTheBalances()
{
    // The changing-balance scenario: the service answers the first two requests with one set of
    // balances and every later one with another.
    m_server->route(TokensPath, FakeResponse::json(loopview::test::readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::json(MixedBalancesBody));
    m_server->route(BalancesPath, FakeResponse::json(MixedBalancesBody));
    m_server->route(BalancesPath, FakeResponse::json(LaterBalancesBody));
    m_server->route(PricesPath, FakeResponse::prices("USD"));
    const QStringList csv = {QStringLiteral("--format"), QStringLiteral("csv")};

    // Nothing recorded yet: the column is there and empty.
    const CliRun first = run(balancesArgs(csv + QStringList{QStringLiteral("--changes")}));
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.isEmpty(), first.err.constData());
    QCOMPARE(first.out, QByteArray(CsvHeader.chopped(2) + ",change_total\r\n"
                                   + "20533,0,ETH,18,0.87341,0.12,0.75341,0.25,0,\r\n"
                                     "20533,3,USDT,6,4.520013,0.020013,4.5,0,0,\r\n"
                                     "20533,99,,,1234567,7,1234560,0,5,\r\n"));

    const CliRun recorded = run(balancesArgs(csv + QStringList{QStringLiteral("--record")}));
    QCOMPARE(recorded.exitCode, 0);
    QVERIFY2(recorded.err.isEmpty(), recorded.err.constData());
    QVERIFY(recorded.out.startsWith(CsvHeader));  // --record alone adds no column
    QVERIFY(QFileInfo::exists(m_cacheHome->filePath(QStringLiteral("data/Loopview/Loopview/history.sqlite"))));

    // Both flags: the change is against the snapshot before this one, then this one is stored;
    // the change column comes after the price columns. LRC was not there: it counts from 0. USDT
    // is gone, so it has no row.
    const QStringList both = csv + QStringList{QStringLiteral("--currency"), QStringLiteral("USD"),
                                               QStringLiteral("--record"), QStringLiteral("--changes")};
    const CliRun later = run(balancesArgs(both));
    QCOMPARE(later.exitCode, 0);
    QVERIFY2(later.err.isEmpty(), later.err.constData());
    QCOMPARE(later.out, QByteArray(CsvHeader.chopped(2) + ",price_usd,value_usd,change_total\r\n"
                                   + "20533,0,ETH,18,1,0,1,0,0,3000.12,3000.12,0.12659\r\n"
                                     "20533,1,LRC,18,5,0,5,0,0,0.2530,1.27,5\r\n"
                                     "20533,99,,,1234567,7,1234560,0,5,,,0\r\n"));

    // Again: counted from the snapshot just stored, so nothing changed.
    const CliRun again = run(balancesArgs(csv + QStringList{QStringLiteral("--changes"), QStringLiteral("--raw")}));
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("20533,0,ETH,18,1000000000000000000,0,1000000000000000000,0,0,0\r\n"));
    QVERIFY(again.out.contains("20533,1,LRC,18,5000000000000000000,0,5000000000000000000,0,0,0\r\n"));
}

void TestCli::historyPrintsSnapshotsOldestFirst()
{
    routeSampleData(MixedBalancesBody);
    m_server->route(BalancesPath, FakeResponse::json(LaterBalancesBody));
    QCOMPARE(run(balancesArgs({QStringLiteral("--record")})).exitCode, 0);
    QCOMPARE(run(balancesArgs({QStringLiteral("--record")})).exitCode, 0);
    const qsizetype requestsBefore = m_server->requestCount();

    const QStringList history = {QStringLiteral("history"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                                 QStringLiteral("--account-id"), QStringLiteral("20533")};
    const CliRun csv = run(history + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}, environment(false));
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.err.isEmpty(), csv.err.constData());
    const QList<QByteArray> lines = csv.out.split('\n');
    QCOMPARE(lines.at(0), QByteArray(QByteArray("fetched_at,") + CsvHeader.chopped(1)));
    QCOMPARE(lines.size(), 1 + 3 + 3 + 1);  // header, two snapshots of three tokens, final newline
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QList<QByteArray> times;
    for (int i = 1; i <= 6; ++i) {
        const QByteArray time = lines.at(i).left(lines.at(i).indexOf(','));
        QVERIFY2(iso.match(QString::fromLatin1(time)).hasMatch(), time.constData());
        times.append(time);
    }
    QVERIFY(times.at(0) == times.at(2) && times.at(3) == times.at(5));
    QVERIFY(times.at(0) <= times.at(3));  // oldest first
    QVERIFY(lines.at(1).endsWith(",20533,0,ETH,18,0.87341,0.12,0.75341,0.25,0\r"));
    QVERIFY(lines.at(4).endsWith(",20533,0,ETH,18,1,0,1,0,0\r"));
    QVERIFY(lines.at(6).endsWith(",20533,99,,,1234567,7,1234560,0,5\r"));
    QCOMPARE(m_server->requestCount(), requestsBefore);  // the history asks no service

    const CliRun json = run(history + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, environment(false));
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("fetched_at")).toString(), QString::fromLatin1(times.at(0)));
    QCOMPARE(rows.at(5).toObject().value(QLatin1String("symbol")), QJsonValue(QJsonValue::Null));

    const CliRun table = run(history, environment(false));
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("FETCHED AT (UTC)"));

    // Another service, or an account never recorded: an empty history, not an error.
    const CliRun otherService = run({QStringLiteral("history"), QStringLiteral("--network"), QStringLiteral("test"),
                                     QStringLiteral("--account-id"), QStringLiteral("20533"), QStringLiteral("--format"),
                                     QStringLiteral("csv")},
                                    environment(false));
    QCOMPARE(otherService.exitCode, 0);
    QCOMPARE(otherService.out, QByteArray(QByteArray("fetched_at,") + CsvHeader));
    const CliRun otherAccount = run({QStringLiteral("history"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                                     QStringLiteral("--account-id"), QStringLiteral("7"), QStringLiteral("--format"),
                                     QStringLiteral("json")},
                                    environment(false));
    QCOMPARE(otherAccount.exitCode, 0);
    QCOMPARE(otherAccount.out, QByteArray("[]\n"));
}

void TestCli::historyOptionsAreChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no account") << QStringList{QStringLiteral("history")} << QStringLiteral("--account-id");
    QTest::newRow("--tokens") << QStringList{QStringLiteral("history"), QStringLiteral("--account-id"), QStringLiteral("1"),
                                             QStringLiteral("--tokens"), QStringLiteral("0")}
                              << QStringLiteral("--tokens does not apply to the history command");
    QTest::newRow("--record with --demo")
        << QStringList{QStringLiteral("balances"), QStringLiteral("--demo"), QStringLiteral("--record")}
        << QStringLiteral("--record");
    QTest::newRow("--record with --tokens")
        << QStringList{QStringLiteral("balances"), QStringLiteral("--account-id"), QStringLiteral("1"),
                       QStringLiteral("--tokens"), QStringLiteral("0"), QStringLiteral("--record")}
        << QStringLiteral("--record stores the whole account");
    QTest::newRow("tokens --changes") << QStringList{QStringLiteral("tokens"), QStringLiteral("--changes")}
                                      << QStringLiteral("--changes applies to the balances command only");
}

void TestCli::historyOptionsAreChecked()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun result = run(arguments, environment(false));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errorLine().contains(mentions), qPrintable(result.errText()));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_cacheHome->filePath(QStringLiteral("data/Loopview/Loopview/history.sqlite"))));
}

void TestCli::damagedHistoryDatabaseExitsSixAndIsKept()
{
    routeSampleData(MixedBalancesBody);
    const QString folder = m_cacheHome->filePath(QStringLiteral("data/Loopview/Loopview"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/history.sqlite");
    const QByteArray junk = QByteArray("not a database, but the user's bytes\n").repeated(100);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(junk);
    }
    for (const QString &flag : {QStringLiteral("--record"), QStringLiteral("--changes")}) {
        const CliRun result = run(balancesArgs({flag}));
        QCOMPARE(result.exitCode, 6);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.errorLine().contains(QLatin1String("history database")), qPrintable(result.errText()));
        QVERIFY(result.out.isEmpty());
    }
    const CliRun history = run({QStringLiteral("history"), QStringLiteral("--account-id"), QStringLiteral("20533")},
                               environment(false));
    QCOMPARE(history.exitCode, 6);
    QCOMPARE(contentsOf(path), junk);
}

// --- help and version -------------------------------------------------------------------------

void TestCli::helpListsExitCodesAndEnvironment()
{
    const CliRun result = run({QStringLiteral("--help")}, environment(false));
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    const QString help = QString::fromUtf8(result.out);
    QVERIFY(help.contains(QLatin1String("loopview-cli balances")));
    QVERIFY(help.contains(QLatin1String("loopview-cli tokens")));
    // The bookmarks subcommand and balances --bookmark are parsed outside CliArguments; the main
    // help must still point to them.
    QVERIFY(help.contains(QLatin1String("loopview-cli bookmarks")));
    QVERIFY(help.contains(QLatin1String("bookmarks --help")));
    QVERIFY(help.contains(QLatin1String("--bookmark LABEL")));
    QVERIFY(help.contains(QLatin1String("LOOPVIEW_API_KEY")));
    QVERIFY(help.contains(QLatin1String("Exit codes")));
    for (const char *code : {"  0 ", "  2 ", "  3 ", "  4 ", "  5 ", "  6 "})
        QVERIFY2(help.contains(QLatin1String(code)), code);
    QVERIFY(result.err.isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::versionPrintsNameAndVersion()
{
    const CliRun result = run({QStringLiteral("--version")}, environment(false));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("loopview-cli " LOOPVIEW_VERSION "\n"));
    QVERIFY(result.err.isEmpty());
}

// --- successful balances ----------------------------------------------------------------------

void TestCli::balancesTableIsDefault()
{
    routeSampleData(loopview::test::readFixture(QStringLiteral("balances-sample.json")));
    const CliRun result = run(balancesArgs());
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());

    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);  // header + five balances
    QVERIFY(lines.at(0).startsWith(QLatin1String("TOKEN")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("ETH ")));
    QVERIFY(lines.at(1).contains(QLatin1String("0.87341")));
    QVERIFY(lines.at(2).contains(QLatin1String("15800.25")));
    // Aligned: every row as wide as the header.
    for (const QString &line : lines)
        QCOMPARE(line.size(), lines.at(0).size());
    QVERIFY(!result.out.contains('\r'));
}

void TestCli::balancesCsvIsByteExact()
{
    routeSampleData(MixedBalancesBody);
    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QByteArray expected = CsvHeader
        + "20533,0,ETH,18,0.87341,0.12,0.75341,0.25,0\r\n"
          "20533,3,USDT,6,4.520013,0.020013,4.5,0,0\r\n"
          "20533,99,,,1234567,7,1234560,0,5\r\n";
    QCOMPARE(result.out, expected);
}

void TestCli::balancesCsvRawUsesBaseUnits()
{
    routeSampleData(MixedBalancesBody);
    const CliRun result =
        run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--raw")}));
    QCOMPARE(result.exitCode, 0);
    const QByteArray expected = CsvHeader
        + "20533,0,ETH,18,873410000000000000,120000000000000000,753410000000000000,250000000000000000,0\r\n"
          "20533,3,USDT,6,4520013,20013,4500000,0,0\r\n"
          "20533,99,,,1234567,7,1234560,0,5\r\n";
    QCOMPARE(result.out, expected);
}

void TestCli::balancesJsonKeepsAmountsAsStrings()
{
    routeSampleData(MixedBalancesBody);
    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(result.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray rows = document.array();
    QCOMPARE(rows.size(), 3);

    const QStringList keys = QString::fromLatin1(CsvHeader.trimmed()).split(QLatin1Char(','));
    for (const QJsonValue &row : rows) {
        for (const QString &key : keys)
            QVERIFY2(row.toObject().contains(key), qPrintable(key));
    }
    const QJsonObject eth = rows.at(0).toObject();
    QCOMPARE(eth.value(QStringLiteral("symbol")).toString(), QStringLiteral("ETH"));
    QVERIFY(eth.value(QStringLiteral("total")).isString());
    QCOMPARE(eth.value(QStringLiteral("total")).toString(), QStringLiteral("0.87341"));
    QCOMPARE(eth.value(QStringLiteral("available")).toString(), QStringLiteral("0.75341"));
    const QJsonObject unknown = rows.at(2).toObject();
    QCOMPARE(unknown.value(QStringLiteral("token_id")).toInt(), 99);
    QCOMPARE(unknown.value(QStringLiteral("total")).toString(), QStringLiteral("1234567"));
}

void TestCli::emptyAccountPrintsHeaderOnly()
{
    routeSampleData("[]");
    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, CsvHeader);
}

void TestCli::requestCarriesQuery()
{
    routeSampleData("[]");
    const CliRun result = run(balancesArgs({QStringLiteral("--tokens"), QStringLiteral("0,3")}));
    QCOMPARE(result.exitCode, 0);
    const RecordedRequest request = m_server->lastRequest();
    QCOMPARE(request.path(), BalancesPath);
    QCOMPARE(request.query().queryItemValue(QStringLiteral("accountId")), QStringLiteral("20533"));
    QCOMPARE(request.query().queryItemValue(QStringLiteral("tokens")), QStringLiteral("0,3"));
    QCOMPARE(request.header("X-API-KEY"), TestApiKey.toLatin1());
}

void TestCli::addressQueryIsSentLowerCase()
{
    routeSampleData("[]");
    const CliRun result = run({QStringLiteral("balances"), QStringLiteral("--base-url"),
                               m_server->baseUrl().toString(), QStringLiteral("--address"),
                               QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server->lastRequest().query().queryItemValue(QStringLiteral("address")),
             QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb"));
}

// --- exit status 2 ----------------------------------------------------------------------------

void TestCli::usageErrorsExitTwoBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("mentions");

    const QString goodAddress = QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb");
    // Last letter's case flipped: a typo the EIP-55 checksum must catch.
    const QString badChecksum = QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeB");

    QTest::newRow("bad checksum") << QStringList{QStringLiteral("--address"), badChecksum}
                                  << QStringLiteral("checksum");
    QTest::newRow("not hex") << QStringList{QStringLiteral("--address"), QStringLiteral("0xzz")}
                             << QStringLiteral("--address");
    QTest::newRow("account and address")
        << QStringList{QStringLiteral("--account-id"), QStringLiteral("5"), QStringLiteral("--address"), goodAddress}
        << QStringLiteral("not both");
    QTest::newRow("neither account nor address") << QStringList{} << QStringLiteral("--account-id");
    QTest::newRow("bad id") << QStringList{QStringLiteral("--account-id"), QStringLiteral("12x")}
                            << QStringLiteral("--account-id");
    QTest::newRow("zero id") << QStringList{QStringLiteral("--account-id"), QStringLiteral("0")}
                             << QStringLiteral("--account-id");
    QTest::newRow("bad token list")
        << QStringList{QStringLiteral("--account-id"), QStringLiteral("5"), QStringLiteral("--tokens"), QStringLiteral("1,,2")}
        << QStringLiteral("--tokens");
    QTest::newRow("bad format")
        << QStringList{QStringLiteral("--account-id"), QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("xml")}
        << QStringLiteral("--format");
    QTest::newRow("bad timeout")
        << QStringList{QStringLiteral("--account-id"), QStringLiteral("5"), QStringLiteral("--timeout"), QStringLiteral("-1")}
        << QStringLiteral("--timeout");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--account-id"), QStringLiteral("5"), QStringLiteral("--api-key"), QStringLiteral("x")}
        << QStringLiteral("api-key");
    QTest::newRow("bad currency")
        << QStringList{QStringLiteral("--account-id"), QStringLiteral("5"), QStringLiteral("--currency"), QStringLiteral("US$")}
        << QStringLiteral("--currency");
    QTest::newRow("bad network")
        << QStringList{QStringLiteral("--account-id"), QStringLiteral("5"), QStringLiteral("--network"), QStringLiteral("moon")}
        << QStringLiteral("--network");
    // One value per option: the second would silently win.
    const QString twice = QStringLiteral("%1 was given more than once; give it once");
    QTest::newRow("--account-id twice")
        << QStringList{QStringLiteral("--account-id"), QStringLiteral("1"), QStringLiteral("--account-id"), QStringLiteral("2")}
        << twice.arg(QStringLiteral("--account-id"));
    QTest::newRow("--format twice")
        << QStringList{QStringLiteral("--account-id"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--format"), QStringLiteral("json")}
        << twice.arg(QStringLiteral("--format"));
    QTest::newRow("--base-url twice")
        << QStringList{QStringLiteral("--account-id"), QStringLiteral("1"), QStringLiteral("--base-url"),
                       QStringLiteral("https://api3.loopring.io")}
        << twice.arg(QStringLiteral("--base-url"));
    QTest::newRow("--tokens twice, = form")
        << QStringList{QStringLiteral("--account-id"), QStringLiteral("1"), QStringLiteral("--tokens=0"), QStringLiteral("--tokens=1")}
        << twice.arg(QStringLiteral("--tokens"));
    QTest::newRow("--bookmark twice")
        << QStringList{QStringLiteral("--bookmark"), QStringLiteral("a"), QStringLiteral("--bookmark"), QStringLiteral("b")}
        << twice.arg(QStringLiteral("--bookmark"));
}

void TestCli::usageErrorsExitTwoBeforeAnyRequest()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, mentions);
    routeSampleData("[]");

    QStringList args = {QStringLiteral("balances"), QStringLiteral("--base-url"), m_server->baseUrl().toString()};
    const CliRun result = run(args + extra);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errorLine().startsWith(QLatin1String("loopview-cli: ")), qPrintable(result.errText()));
    QVERIFY2(result.errorLine().contains(mentions), qPrintable(result.errText()));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::baseUrlWithUserInfoOrEmptyPortExitsTwo()
{
    routeSampleData("[]");
    const QString port = QString::number(m_server->port());
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("http://user:s3cret@127.0.0.1:") + port, QStringLiteral("user name or password")},
        {QStringLiteral("http://127.0.0.1:"), QStringLiteral("empty port")},
    };
    for (const auto &[baseUrl, mentions] : cases) {
        const CliRun result = run({QStringLiteral("balances"), QStringLiteral("--base-url"), baseUrl,
                                   QStringLiteral("--account-id"), QStringLiteral("5")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.errorLine().startsWith(QLatin1String("loopview-cli: --base-url: ")), qPrintable(result.errText()));
        QVERIFY2(result.errorLine().contains(mentions), qPrintable(result.errText()));
        QVERIFY2(!result.err.contains("s3cret"), result.err.constData());
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::missingKeyNamesTheVariable()
{
    routeSampleData("[]");
    const CliRun result = run(balancesArgs(), environment(false));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.errorLine().startsWith(QLatin1String("loopview-cli: ")));
    QVERIFY(result.errorLine().contains(QLatin1String("LOOPVIEW_API_KEY")));
    QCOMPARE(m_server->requestCount(), 0);

    // A remote plain-http URL is refused before anything is sent, key or not.
    const CliRun http = run({QStringLiteral("balances"), QStringLiteral("--base-url"),
                             QStringLiteral("http://example.com"), QStringLiteral("--account-id"),
                             QStringLiteral("5")});
    QCOMPARE(http.exitCode, 2);
    QVERIFY2(http.errorLine().contains(QLatin1String("http")), qPrintable(http.errText()));
}

void TestCli::apiKeyFileIsTrimmedAndUsed()
{
    routeSampleData("[]");
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key.txt"));
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write("  " + TestApiKey.toLatin1() + "\n");
    keyFile.close();

    const CliRun result = run(balancesArgs({QStringLiteral("--api-key-file"), keyPath}), environment(false));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server->lastRequest().header("X-API-KEY"), TestApiKey.toLatin1());
}

void TestCli::apiKeyFileReadableByOthersWarns_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("warning");
    QTest::newRow("0600") << 0600 << QString();
    QTest::newRow("0400") << 0400 << QString();
    QTest::newRow("0640 (group)") << 0640 << QStringLiteral("0640");
    QTest::newRow("0644 (others)") << 0644 << QStringLiteral("0644");
    QTest::newRow("0604 (others only)") << 0604 << QStringLiteral("0604");
}

void TestCli::apiKeyFileReadableByOthersWarns()
{
    // Like ssh with a private key: said on stderr, then used all the same.
    QFETCH(int, mode);
    QFETCH(QString, warning);
    routeSampleData("[]");
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key.txt"));
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(TestApiKey.toLatin1() + "\n");
    keyFile.close();
    QCOMPARE(::chmod(QFile::encodeName(keyPath).constData(), mode_t(mode)), 0);

    const CliRun result = run(balancesArgs({QStringLiteral("--api-key-file"), keyPath}), environment(false));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server->lastRequest().header("X-API-KEY"), TestApiKey.toLatin1());
    if (warning.isEmpty()) {
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        return;
    }
    QCOMPARE(result.errLines(),
             QStringList{QStringLiteral("loopview-cli: warning: API key file %1 can be read by other users "
                                        "(permissions %2); make it private with: chmod 600 %1")
                             .arg(keyPath, warning)});
}

void TestCli::unreadableApiKeyFileExitsTwo()
{
    QTemporaryDir dir;
    const CliRun result = run(
        balancesArgs({QStringLiteral("--api-key-file"), dir.filePath(QStringLiteral("missing"))}),
        environment(false));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.errLines().size(), 1);
    QCOMPARE(m_server->requestCount(), 0);
}

// --- exit statuses 3, 4, 5 --------------------------------------------------------------------

void TestCli::serviceRefusalExitsThreeWithStatusAndCode()
{
    m_server->route(TokensPath, FakeResponse::json(loopview::test::readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::resultInfo(400, 104003, "invalid accountId"));
    const CliRun result = run(balancesArgs());
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
    const QString line = result.errorLine();
    QVERIFY(line.startsWith(QLatin1String("loopview-cli: ")));
    QVERIFY2(line.contains(QLatin1String("400")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("104003")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("invalid accountId")), qPrintable(line));
}

void TestCli::connectionRefusedExitsFour()
{
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(loopview::test::unusedLocalPort());
    const CliRun result = run({QStringLiteral("balances"), QStringLiteral("--base-url"), url,
                               QStringLiteral("--account-id"), QStringLiteral("5")});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    // The token list failed too, but only the error that decided the outcome is printed.
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.errorLine().startsWith(QLatin1String("loopview-cli: ")));
    QVERIFY2(result.errorLine().contains(QLatin1String("refused")), qPrintable(result.errText()));
}

void TestCli::httpsConnectionRefusedPrintsOneLine()
{
    // https loads Qt's TLS backend; its clean-up once printed a second, spurious stderr line
    // (a QObject::connect warning) after the error on exit.
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(loopview::test::unusedLocalPort());
    const CliRun result = run({QStringLiteral("tokens"), QStringLiteral("--base-url"), url});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errorLine().contains(QLatin1String("refused")), qPrintable(result.errText()));
}

void TestCli::timeoutExitsFour()
{
    m_server->route(TokensPath, FakeResponse::json(loopview::test::readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::silent());
    const CliRun result = run(balancesArgs({QStringLiteral("--timeout"), QStringLiteral("1")}));
    QCOMPARE(result.exitCode, 4);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.errorLine().startsWith(QLatin1String("loopview-cli: ")));
}

void TestCli::malformedResponseExitsFiveNamingField()
{
    routeSampleData(R"([{"accountId": 20533, "tokenId": 0, "total": "12.5", "locked": "0",
                        "pending": {"withdraw": "0", "deposit": "0"}}])");
    const CliRun result = run(balancesArgs());
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errorLine().contains(QLatin1String("total")), qPrintable(result.errText()));

    m_server->clearRoutes();
    routeSampleData(R"([{"accountId": 20533, "tokenId": 0, "total": "1", "locked": "0"}])");
    const CliRun missing = run(balancesArgs());
    QCOMPARE(missing.exitCode, 5);
    QVERIFY2(missing.errorLine().contains(QLatin1String("pending")), qPrintable(missing.errText()));
}

void TestCli::rowsOfAnotherAccountExitFive()
{
    // Asked for 20533, answered with a row of account 777: never printed as 20533's.
    routeSampleData(R"([{"accountId": 777, "tokenId": 0, "total": "1", "locked": "0",
                        "pending": {"withdraw": "0", "deposit": "0"}}])");
    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errorLine().contains(QLatin1String("[0].accountId")), qPrintable(result.errText()));
    QVERIFY2(result.errorLine().contains(QLatin1String("777")), qPrintable(result.errText()));

    // Asked by address, the rows must at least be of one account; and no token twice.
    m_server->clearRoutes();
    routeSampleData(R"([{"accountId": 5, "tokenId": 0, "total": "1", "locked": "0", "pending": {"withdraw": "0", "deposit": "0"}},
                        {"accountId": 5, "tokenId": 0, "total": "2", "locked": "0", "pending": {"withdraw": "0", "deposit": "0"}}])");
    const CliRun twice = run({QStringLiteral("balances"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                              QStringLiteral("--address"), QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb")});
    QCOMPARE(twice.exitCode, 5);
    QVERIFY2(twice.errorLine().contains(QLatin1String("[1].tokenId")), qPrintable(twice.errText()));
}

void TestCli::compressedBombExitsFiveSayingSo()
{
    // 64 MiB of JSON whitespace gzipped to about 64 KiB: once "The response body is empty".
    m_server->route(TokensPath, FakeResponse::json(loopview::test::readFixture(QStringLiteral("tokens-sample.json"))));
    m_server->route(BalancesPath, FakeResponse::gzip(QByteArray(64 * 1024 * 1024, ' ')));
    const CliRun result = run(balancesArgs());
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errorLine().contains(QLatin1String("sent compressed (gzip")), qPrintable(result.errText()));
    QVERIFY2(result.errorLine().contains(QLatin1String("grew past 16 MiB")), qPrintable(result.errText()));
}

// --- exit status 6 ----------------------------------------------------------------------------

void TestCli::outputFileIsWritten()
{
    routeSampleData(MixedBalancesBody);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("balances.csv"));
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("old contents that must be replaced entirely, longer than the new ones ............"
                   "..........................................................................."
                   "...........................................................................");
    previous.close();

    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--output"), path}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.startsWith(CsvHeader));
    QVERIFY(bytes.endsWith("20533,99,,,1234567,7,1234560,0,5\r\n"));
}

void TestCli::outputIntoMissingDirectoryExitsSix()
{
    routeSampleData(MixedBalancesBody);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/balances.csv"));
    const CliRun result = run(balancesArgs({QStringLiteral("--output"), path}));
    QCOMPARE(result.exitCode, 6);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errorLine().contains(path), qPrintable(result.errText()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCli::outputOverDirectoryExitsSixLeavingItAlone()
{
    // Works even as root (which ignores permissions): a directory cannot be replaced by a file.
    routeSampleData(MixedBalancesBody);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    QFile inside(path + QStringLiteral("/keep.txt"));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.write("keep");
    inside.close();

    const CliRun result = run(balancesArgs({QStringLiteral("--output"), path}));
    QCOMPARE(result.exitCode, 6);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QFileInfo::exists(path + QStringLiteral("/keep.txt")));
    // No temporary file left behind next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("taken")});
}

void TestCli::outputIntoReadOnlyDirectoryKeepsPreviousFile()
{
    if (::geteuid() == 0)
        QSKIP("root ignores directory permissions");
    routeSampleData(MixedBalancesBody);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("balances.csv"));
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous");
    previous.close();
    QFile::Permissions readOnly = QFile::ReadOwner | QFile::ExeOwner;
    QVERIFY(QFile::setPermissions(dir.path(), readOnly));

    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--output"), path}));
    QFile::setPermissions(dir.path(), readOnly | QFile::WriteOwner);
    QCOMPARE(result.exitCode, 6);
    QCOMPARE(result.errLines().size(), 1);
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("previous"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("balances.csv")});
}

void TestCli::outputIntoFifoIsWrittenThroughAndKept()
{
    // A FIFO (or a shell's process substitution) is where another program reads: renaming a file
    // over it would destroy it, and the reader would never see the output.
    routeSampleData(MixedBalancesBody);
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("balances.pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    FifoReader reader(fifo);
    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--output"), fifo}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QByteArray received = reader.take();
    QVERIFY(received.startsWith(CsvHeader));
    QVERIFY(received.endsWith("20533,99,,,1234567,7,1234560,0,5\r\n"));
    QCOMPARE(fileTypeOf(fifo), unsigned(S_IFIFO));
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("balances.pipe")});
}

void TestCli::outputToTerminalDeviceIsWrittenThrough()
{
    const Pty pty;
    if (!pty.isValid())
        QSKIP("no pseudo-terminal available");
    routeSampleData(MixedBalancesBody);
    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--output"), pty.slavePath()}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(pty.readAvailable().startsWith(CsvHeader));
    QCOMPARE(fileTypeOf(pty.slavePath()), unsigned(S_IFCHR));
}

void TestCli::outputToStandardOutputPathGoesToStdout()
{
    // /dev/stdout names the pipe this test reads: it is standard output, written in place.
    routeSampleData(MixedBalancesBody);
    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--output"), QStringLiteral("/dev/stdout")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(result.out.startsWith(CsvHeader));
    QCOMPARE(result.out.count('\n'), 4);
}

void TestCli::outputThroughSymlinkReplacesItsTarget()
{
    routeSampleData(MixedBalancesBody);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("real.csv"));
    const QString link = dir.filePath(QStringLiteral("latest.csv"));
    QFile previous(target);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous");
    previous.close();
    QVERIFY(QFile::link(target, link));

    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--output"), link}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(contentsOf(target).startsWith(CsvHeader));
    QCOMPARE(fileTypeOf(link), unsigned(S_IFLNK));
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QCOMPARE(entriesOf(dir.path()), (QStringList{QStringLiteral("latest.csv"), QStringLiteral("real.csv")}));
}

void TestCli::outputPastFileSizeLimitExitsSixKeepingPreviousFile()
{
    // `ulimit -f`: the default action of SIGXFSZ would kill the process without a word.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("balances.csv"));
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous");
    previous.close();

    ChildSetup limited;
    limited.inChild = [] {
        rlimit limit = {};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = 64;  // bytes: far less than the demo CSV
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };
    const CliRun result = run({QStringLiteral("balances"), QStringLiteral("--demo"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--output"), path},
                              environment(false), limited);
    QVERIFY(result.finished);  // not killed by a signal
    QCOMPARE(result.exitCode, 6);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY2(result.errorLine().startsWith(QLatin1String("loopview-cli: cannot write ")), qPrintable(result.errText()));
    QVERIFY2(result.errorLine().contains(path), qPrintable(result.errText()));
    QCOMPARE(contentsOf(path), QByteArray("previous"));
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("balances.csv")});
}

void TestCli::fullStandardOutputSaysSo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
    QTest::newRow("balances") << QStringList{QStringLiteral("balances"), QStringLiteral("--demo")};
    // Written a block of rows at a time, not as one piece.
    QTest::newRow("balances --format csv")
        << QStringList{QStringLiteral("balances"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("bookmarks --help") << QStringList{QStringLiteral("bookmarks"), QStringLiteral("--help")};
    QTest::newRow("bookmarks list") << QStringList{QStringLiteral("bookmarks"), QStringLiteral("list")};
    QTest::newRow("bookmarks list --format json")
        << QStringList{QStringLiteral("bookmarks"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("bookmarks export -") << QStringList{QStringLiteral("bookmarks"), QStringLiteral("export"), QStringLiteral("-")};
}

void TestCli::fullStandardOutputSaysSo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir data;
    QProcessEnvironment env = environment(false);
    env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    ChildSetup full;
    full.stdoutFile = QStringLiteral("/dev/full");
    const CliRun result = run(arguments, env, full);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 6);
    QCOMPARE(result.errLines(), QStringList{QStringLiteral("loopview-cli: cannot write to standard output")});
}

// --- the API key ------------------------------------------------------------------------------

void TestCli::apiKeyNeverPrinted()
{
    const QByteArray key = TestApiKey.toLatin1();
    const QByteArray tokens = loopview::test::readFixture(QStringLiteral("tokens-sample.json"));
    const QList<FakeResponse> balanceAnswers = {
        FakeResponse::json(MixedBalancesBody),
        // A service that quotes the key back must still not get it printed: not verbatim, not in
        // another case, not a slice of it.
        FakeResponse::resultInfo(400, 104002, "invalid apikey " + key),
        FakeResponse::resultInfo(400, 104002, "invalid apikey " + key.toUpper()),
        FakeResponse::resultInfo(400, 104002, "invalid apikey " + key.toLower()),
        FakeResponse::resultInfo(400, 104002, "invalid apikey " + key.mid(17, 12) + "..."),
        FakeResponse::resultInfo(400, 104002, "invalid apikey " + key.mid(40, 20).toLower()),
        FakeResponse::json(R"([{"accountId": 1, "tokenId": 0, "total": ")" + key + R"(", "locked": "0",
                             "pending": {"withdraw": "0", "deposit": "0"}}])"),
    };
    for (const FakeResponse &answer : balanceAnswers) {
        for (const char *format : {"table", "csv", "json"}) {
            m_server->clearRoutes();
            m_server->route(TokensPath, FakeResponse::json(tokens));
            m_server->route(BalancesPath, answer);
            const CliRun result = run(balancesArgs({QStringLiteral("--format"), QString::fromLatin1(format)}));
            QVERIFY(result.finished);
            for (const QByteArray &slice : {key.mid(17, 12), key.mid(40, 12)}) {
                QVERIFY2(!result.out.toLower().contains(slice.toLower()), result.out.constData());
                QVERIFY2(!result.err.toLower().contains(slice.toLower()), result.err.constData());
            }
        }
    }
    const CliRun refused = run({QStringLiteral("balances"), QStringLiteral("--base-url"),
                                QStringLiteral("http://127.0.0.1:%1").arg(loopview::test::unusedLocalPort()),
                                QStringLiteral("--account-id"), QStringLiteral("5")});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY(!refused.out.contains(key) && !refused.err.contains(key));
}

// --- outside text on the terminal -------------------------------------------------------------

namespace {

// Text a hostile service (or file) may send: OSC retitle ending in BEL, a CSI recolour, the
// one-byte C1 CSI, NUL and a right-to-left override. As JSON string contents (escaped).
// (Ordinary literals: moc's tokenizer trips over \u escapes inside raw strings.)
const QByteArray HostileJsonText = "\\u001b]0;pwned\\u0007 \\u001b[31mred \\u009b31m nul\\u0000 \\u202eCRL";
// The same as raw bytes for a status line (Latin-1: 0x9B is U+009B there).
const QByteArray HostileReasonPhrase = "Oops \x1b]0;pwned\x07 \x1b[31mred \x9b" "31m";

// None of the bytes that steer a terminal or reorder text may be in what the CLI prints.
void verifyNothingRaw(const QByteArray &bytes)
{
    const QList<QByteArray> forbidden = {QByteArray("\x1b"), QByteArray("\x07"), QByteArray("\xc2\x9b"),
                                         QByteArray(1, '\0'), QByteArray("\xe2\x80\xae")};
    for (const QByteArray &needle : forbidden)
        QVERIFY2(!bytes.contains(needle), QByteArray(needle.toHex() + " in: " + bytes.toPercentEncoding(" \n")).constData());
}

} // namespace

void TestCli::hostileServiceTextNeverReachesTheTerminal_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("failure");
    for (const char *format : {"table", "csv", "json"}) {
        for (const char *failure : {"resultInfo message", "reason phrase", "token list warning"})
            QTest::addRow("%s, %s", format, failure) << QString::fromLatin1(format) << QString::fromLatin1(failure);
    }
}

void TestCli::hostileServiceTextNeverReachesTheTerminal()
{
    QFETCH(QString, format);
    QFETCH(QString, failure);
    const QByteArray tokens = loopview::test::readFixture(QStringLiteral("tokens-sample.json"));
    const QByteArray hostileInfo = "{\"resultInfo\": {\"code\": 104003, \"message\": \"" + HostileJsonText + "\"}}";
    FakeResponse hostileStatus = FakeResponse::html(500, "<html>oops</html>");
    hostileStatus.reasonPhrase = HostileReasonPhrase;

    if (failure == QLatin1String("resultInfo message")) {
        m_server->route(TokensPath, FakeResponse::json(tokens));
        m_server->route(BalancesPath, FakeResponse::json(hostileInfo, 400));
    } else if (failure == QLatin1String("reason phrase")) {
        m_server->route(TokensPath, FakeResponse::json(tokens));
        m_server->route(BalancesPath, hostileStatus);
    } else {
        // The token list fails with the hostile text; the balances still come, with a warning.
        m_server->route(TokensPath, FakeResponse::json(hostileInfo, 400));
        m_server->route(BalancesPath, FakeResponse::json(MixedBalancesBody));
    }
    const CliRun result = run(balancesArgs({QStringLiteral("--format"), format}));
    QVERIFY(result.finished);
    QVERIFY2(!result.err.isEmpty(), "the failure must be reported");
    verifyNothingRaw(result.out);
    verifyNothingRaw(result.err);
    // The message is still there, with visible markers where characters were removed.
    QVERIFY2(result.errText().contains(QChar(0xFFFD)), qPrintable(result.errText()));
    QVERIFY2(result.errText().contains(QLatin1String("red")), qPrintable(result.errText()));
    if (failure == QLatin1String("token list warning")) {
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.errText().startsWith(QLatin1String("loopview-cli: warning: ")));
    } else {
        QCOMPARE(result.errLines().size(), 1);
        QCOMPARE(result.exitCode, 3);
    }
}

void TestCli::hostileTokenListIsNeutralisedInEveryFormat()
{
    // Symbols, names and addresses that try to steer the terminal or pass for another token.
    const QByteArray tokens =
        "[{\"tokenId\": 0, \"symbol\": \"\\u001b]0;pwned\\u0007ETH\", \"name\": \"Ether\\u0000\\u009b31m\","
        "  \"decimals\": 18, \"address\": \"0x0\\u202e\"},"
        " {\"tokenId\": 3, \"symbol\": \"\\u202eCRL\", \"name\": \"\\u001b[31mnot LRC\", \"decimals\": 6,"
        "  \"address\": \"0x3\"}]";
    m_server->route(TokensPath, FakeResponse::json(tokens));
    m_server->route(BalancesPath, FakeResponse::json(MixedBalancesBody));
    for (const char *format : {"table", "csv", "json"}) {
        const QStringList formatArgs = {QStringLiteral("--format"), QString::fromLatin1(format)};
        const CliRun balances = run(balancesArgs(formatArgs));
        QCOMPARE(balances.exitCode, 0);
        verifyNothingRaw(balances.out);
        verifyNothingRaw(balances.err);
        QVERIFY2(QString::fromUtf8(balances.out).contains(QStringLiteral("\uFFFDCRL")), balances.out.constData());

        const CliRun list = run(QStringList{QStringLiteral("tokens"), QStringLiteral("--base-url"),
                                            m_server->baseUrl().toString()} + formatArgs);
        QCOMPARE(list.exitCode, 0);
        verifyNothingRaw(list.out);
        verifyNothingRaw(list.err);
        QVERIFY2(QString::fromUtf8(list.out).contains(QStringLiteral("\uFFFD[31mnot LRC")), list.out.constData());
    }
}

void TestCli::echoedArgumentsAreNeutralisedAndCut_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString hostile = QStringLiteral("\x1b]0;pwned\x07\x1b[31m\u009b\u202e") + QString(200, QLatin1Char('x'));
    const QString url = QStringLiteral("--base-url");
    const QString base = QStringLiteral("http://127.0.0.1:1");
    QTest::newRow("--network") << QStringList{QStringLiteral("balances"), QStringLiteral("--network"), hostile};
    QTest::newRow("--format") << QStringList{QStringLiteral("tokens"), QStringLiteral("--format"), hostile};
    QTest::newRow("--timeout") << QStringList{QStringLiteral("tokens"), QStringLiteral("--timeout"), hostile};
    QTest::newRow("--address") << QStringList{QStringLiteral("balances"), url, base, QStringLiteral("--address"),
                                              QStringLiteral("0x") + hostile};
    QTest::newRow("--account-id") << QStringList{QStringLiteral("balances"), url, base,
                                                 QStringLiteral("--account-id"), QString(200, QLatin1Char('9'))};
    QTest::newRow("--tokens") << QStringList{QStringLiteral("balances"), url, base, QStringLiteral("--account-id"),
                                             QStringLiteral("1"), QStringLiteral("--tokens"), hostile};
    QTest::newRow("--base-url") << QStringList{QStringLiteral("tokens"), url, QStringLiteral("ftp://") + hostile};
    QTest::newRow("unknown command") << QStringList{hostile};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("tokens"), QStringLiteral("--") + hostile};
    QTest::newRow("second command") << QStringList{QStringLiteral("tokens"), hostile};
    QTest::newRow("bookmarks subcommand") << QStringList{QStringLiteral("bookmarks"), hostile};
    QTest::newRow("bookmarks unknown option") << QStringList{QStringLiteral("bookmarks"), QStringLiteral("list"),
                                                             QStringLiteral("--") + hostile};
    QTest::newRow("--bookmark") << QStringList{QStringLiteral("balances"), QStringLiteral("--bookmark"), hostile};
    QTest::newRow("--output") << QStringList{QStringLiteral("tokens"), QStringLiteral("--demo"),
                                             QStringLiteral("--output"), QStringLiteral("/nonexistent/") + hostile};
    QTest::newRow("--api-key-file") << QStringList{QStringLiteral("balances"), url, base, QStringLiteral("--account-id"),
                                                   QStringLiteral("1"), QStringLiteral("--api-key-file"),
                                                   QStringLiteral("/nonexistent/") + hostile};
}

void TestCli::echoedArgumentsAreNeutralisedAndCut()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dataHome;  // --bookmark looks into an empty bookmarks folder
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    const CliRun result = run(arguments, env);
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 2 || result.exitCode == 6, qPrintable(result.errText()));
    QCOMPARE(result.errLines().size(), 1);
    verifyNothingRaw(result.err);
    // The value is echoed, cut: never the whole 200-character tail.
    QVERIFY2(!result.errText().contains(QString(printableEchoCut, QLatin1Char('x')))
                 && !result.errText().contains(QString(printableEchoCut, QLatin1Char('9'))),
             qPrintable(result.errText()));
}

// --- the token list ---------------------------------------------------------------------------

void TestCli::tokenListFailureShowsUnknownTokens()
{
    m_server->route(TokensPath, FakeResponse::json("{\"not\": \"a list\"}"));
    m_server->route(BalancesPath, FakeResponse::json(MixedBalancesBody));
    const CliRun result = run(balancesArgs({QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, CsvHeader
                             + "20533,0,,,873410000000000000,120000000000000000,753410000000000000,250000000000000000,0\r\n"
                               "20533,3,,,4520013,20013,4500000,0,0\r\n"
                               "20533,99,,,1234567,7,1234560,0,5\r\n");
    QVERIFY(!result.errLines().isEmpty());
    for (const QString &line : result.errLines())
        QVERIFY2(line.startsWith(QLatin1String("loopview-cli: warning: ")), qPrintable(line));
}

void TestCli::tokenListFailureFallsBackToCache()
{
    routeSampleData(MixedBalancesBody);
    const QStringList args = balancesArgs({QStringLiteral("--format"), QStringLiteral("csv")});
    const CliRun first = run(args);
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.err.isEmpty());

    // The token endpoint breaks; the list cached by the first run still scales the amounts.
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json("not json at all"));
    m_server->route(BalancesPath, FakeResponse::json(MixedBalancesBody));
    const CliRun second = run(args);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first.out);
    QCOMPARE(second.errLines().size(), 1);
    QVERIFY(second.errorLine().startsWith(QLatin1String("loopview-cli: warning: ")));
    QVERIFY2(second.errorLine().contains(QLatin1String("cached")), qPrintable(second.errText()));
}

// --- demo mode --------------------------------------------------------------------------------

void TestCli::demoNeedsNoNetworkNorKey()
{
    for (const char *format : {"table", "csv", "json"}) {
        const CliRun result = run({QStringLiteral("balances"), QStringLiteral("--demo"),
                                   QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                                   QStringLiteral("--format"), QString::fromLatin1(format)},
                                  environment(false));
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        QVERIFY(result.out.contains("ETH"));
    }
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->connectionCount(), 0);

    const CliRun csv = run({QStringLiteral("balances"), QStringLiteral("--demo"), QStringLiteral("--format"),
                            QStringLiteral("csv")},
                           environment(false));
    QVERIFY(csv.out.startsWith(CsvHeader));
}

void TestCli::demoAcceptsAnAccount()
{
    const CliRun result = run({QStringLiteral("balances"), QStringLiteral("--demo"), QStringLiteral("--account-id"),
                               QStringLiteral("42")},
                              environment(false));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("ETH"));

    const CliRun bad = run({QStringLiteral("balances"), QStringLiteral("--demo"), QStringLiteral("--account-id"),
                            QStringLiteral("x")},
                           environment(false));
    QCOMPARE(bad.exitCode, 2);
}

// --- tokens command ---------------------------------------------------------------------------

void TestCli::tokensCommandFormats()
{
    m_server->route(TokensPath, FakeResponse::json(loopview::test::readFixture(QStringLiteral("tokens-sample.json"))));
    const QStringList base = {QStringLiteral("tokens"), QStringLiteral("--base-url"), m_server->baseUrl().toString()};

    const CliRun csv = run(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}, environment(false));
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.err.isEmpty());
    QCOMPARE(csv.out,
             QByteArray("token_id,symbol,name,decimals,address\r\n"
                        "0,ETH,Ethereum,18,0x0000000000000000000000000000000000000000\r\n"
                        "1,LRC,Loopring,18,0xbbbbca6a901c926f240b89eacb641d8aec7aeafd\r\n"
                        "3,USDT,Tether USD,6,0xdac17f958d2ee523a2206206994597c13d831ec7\r\n"
                        "4,WBTC,Wrapped BTC,8,0x2260fac5e5542a773aa44fbcfedf7c193bc2c599\r\n"
                        "6,USDC,USD Coin,6,0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48\r\n"));
    // The tokens endpoint needs no key, so none is sent even when one is configured.
    QVERIFY(!m_server->lastRequest().hasHeader("X-API-KEY"));

    const CliRun json = run(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), 5);
    const QJsonObject usdt = rows.at(2).toObject();
    QCOMPARE(usdt.value(QStringLiteral("token_id")).toInt(), 3);
    QCOMPARE(usdt.value(QStringLiteral("symbol")).toString(), QStringLiteral("USDT"));
    QCOMPARE(usdt.value(QStringLiteral("name")).toString(), QStringLiteral("Tether USD"));
    QCOMPARE(usdt.value(QStringLiteral("decimals")).toInt(), 6);
    QCOMPARE(usdt.value(QStringLiteral("address")).toString(),
             QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7"));

    const CliRun table = run(base);
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.at(3).contains(QLatin1String("Tether USD")));

    const CliRun demo = run({QStringLiteral("tokens"), QStringLiteral("--demo")}, environment(false));
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(demo.out.contains("LRC"));

    // Refused by the service: the list cached by the runs above is shown, with a warning...
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::resultInfo(400, 100001, "invalid arguments"));
    const CliRun cached = run(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(cached.exitCode, 0);
    QCOMPARE(cached.out, csv.out);
    QCOMPARE(cached.errLines().size(), 1);
    QVERIFY(cached.errorLine().startsWith(QLatin1String("loopview-cli: warning: ")));

    // ...and with nothing cached, the refusal is the answer.
    QTemporaryDir emptyCache;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), emptyCache.path());
    const CliRun refused = run(base, env);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(refused.errLines().size(), 1);
    QVERIFY2(refused.errorLine().contains(QLatin1String("100001")), qPrintable(refused.errText()));
}

void TestCli::tokensCommandRefusesBalanceOptions()
{
    const CliRun result = run({QStringLiteral("tokens"), QStringLiteral("--account-id"), QStringLiteral("5")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.errLines().size(), 1);
    QCOMPARE(m_server->requestCount(), 0);
}

// --- Ctrl+C -----------------------------------------------------------------------------------

void TestCli::interruptCancelsCleanly()
{
    m_server->route(TokensPath, FakeResponse::silent());
    QProcess process;
    process.setProcessEnvironment(environment());
    QSignalSpy finished(&process, &QProcess::finished);
    QSignalSpy received(m_server, &FakeLoopringServer::requestReceived);
    process.start(QStringLiteral(LOOPVIEW_CLI_PATH), balancesArgs());
    // Interrupt only once the child is really waiting on the network.
    QVERIFY(received.wait(30000));
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QStringList lines = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 1, qPrintable(lines.join(QLatin1Char('|'))));
    QVERIFY(lines.constFirst().startsWith(QLatin1String("loopview-cli: ")));
}

// The token list and the balances are asked for together: a token endpoint that has not answered
// yet does not hold the balances request back (here it never answers, and --timeout is far off,
// so the balances request can only come while the token request is still open).
void TestCli::balancesAreRequestedWhileTokensLoad()
{
    m_server->route(TokensPath, FakeResponse::silent());
    m_server->route(BalancesPath, FakeResponse::json(loopview::test::readFixture(QStringLiteral("balances-sample.json"))));
    QStringList paths;
    connect(m_server, &FakeLoopringServer::requestReceived, this,
            [&paths](const RecordedRequest &request) { paths << request.path(); });
    QProcess process;
    process.setProcessEnvironment(environment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(LOOPVIEW_CLI_PATH), balancesArgs({QStringLiteral("--timeout"), QStringLiteral("600")}));
    QTRY_VERIFY_WITH_TIMEOUT(paths.contains(BalancesPath), 30000);
    QVERIFY(paths.contains(TokensPath));

    // Still waiting for the token list: nothing printed yet. Interrupted, it ends as usual.
    QCOMPARE(process.state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()).count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
