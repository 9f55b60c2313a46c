// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// NftsCommand in-process against the fake server's paging NFT endpoint: every page in each format,
// an account given by address, a failing page and pages that do not add up (nothing printed, one
// error line), what ends it before any request, the demo and --output.
#include "clitestsupport.h"

#include "cli/nftscommand.h"
#include "fakeloopringserver.h"
#include "fakenftservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace loopview;
using namespace loopview::cli;
using namespace loopview::test;

namespace {

const QString ApiKey = QStringLiteral("nftkey00000000000000000000000000000000000000000000000000000000007");
const QByteArray CsvHeader = "account_id,token_id,nft_id,nft_type,token_address,collection,name,total,locked,"
                             "available,pending_deposit,pending_withdraw\r\n";

} // namespace

class TestNftsCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeLoopringServer> m_server;
    FakeKeyring m_keyring;

    CommandRun cli(const QStringList &arguments, const QString &key = ApiKey)
    {
        return runCli(arguments, &m_keyring, environmentWithKey(key));
    }
    // `nfts` of account 20533 on the fake server, with `extra` options.
    CommandRun nfts(const QStringList &extra = {})
    {
        return cli(QStringList{QStringLiteral("nfts"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                               QStringLiteral("--account-id"), QStringLiteral("20533")}
                   + extra);
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
    }

    void csvHasEveryPage()
    {
        FakeNftService::generated(120).install(*m_server);
        const CommandRun run = nfts({QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(run.out.startsWith(CsvHeader));
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 121);
        const QByteArray firstRow = QByteArray("20533,32768,0x") + QByteArray(63, '0') + QByteArray("1,ERC1155,");
        QVERIFY2(lines.at(1).startsWith(firstRow), lines.at(1).constData());
        QVERIFY2(lines.at(120).startsWith("20533,32887,"), lines.at(120).constData());

        // Three pages of at most 50, one after the other, each with the key.
        const QList<RecordedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        for (int page = 0; page < 3; ++page) {
            const QUrlQuery query = requests.at(page).query();
            QCOMPARE(requests.at(page).path(), FakeNftService::path());
            QCOMPARE(query.queryItemValue(QStringLiteral("accountId")), QStringLiteral("20533"));
            QCOMPARE(query.queryItemValue(QStringLiteral("offset")), QString::number(page * 50));
            QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
            QCOMPARE(requests.at(page).header("X-API-KEY"), ApiKey.toLatin1());
        }
        QCOMPARE(m_keyring.calls, 0);
    }

    void tableAndJson()
    {
        FakeNftService::generated(3).install(*m_server);
        const CommandRun table = nfts();
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QLatin1String("TOKEN ID")));
        QVERIFY(lines.at(1).contains(QLatin1String("NFT #0")));
        QVERIFY(lines.at(1).contains(QChar(0x2026)));  // the id is shortened for people

        const CommandRun json = nfts({QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 3);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("account_id")).toInteger(), 20533);
        QCOMPARE(first.value(QLatin1String("token_id")).toInt(), 32768);
        QCOMPARE(first.value(QLatin1String("nft_id")).toString().size(), 66);  // machine output: whole
        QVERIFY(first.value(QLatin1String("total")).isString());
    }

    void byAddressLooksTheAccountUp()
    {
        m_server->route(QStringLiteral("/api/v3/account"), FakeResponse::json(
            R"({"accountId": 4242, "owner": "0x8656920c85342d646e5286cb841f90209272abeb", "frozen": false,
                "publicKey": {"x": "0x1", "y": "0x2"}, "tags": "", "nonce": 1, "keyNonce": 1, "keySeed": ""})"));
        FakeNftService::generated(2).install(*m_server);
        const CommandRun run = cli({QStringLiteral("nfts"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                                    QStringLiteral("--address"), QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("\n4242,32768,"));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->requests().at(0).path(), QStringLiteral("/api/v3/account"));
        QVERIFY(!m_server->requests().at(0).hasHeader("X-API-KEY"));
        QCOMPARE(m_server->requests().at(1).query().queryItemValue(QStringLiteral("accountId")), QStringLiteral("4242"));
    }

    // A page that fails fails the command: nothing half-read reaches stdout, one line on stderr.
    void failingPageExitsThreeWithNothingPrinted()
    {
        const FakeNftService service = FakeNftService::generated(120);
        m_server->routeHandler(FakeNftService::path(), [service](const RecordedRequest &request) {
            if (request.query().queryItemValue(QStringLiteral("offset")) == QLatin1String("50"))
                return FakeResponse::resultInfo(400, 104002, "invalid apiKey");
            return service.respond(request);
        });
        const CommandRun run = nfts({QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.err.startsWith("loopview-cli: "));
        QVERIFY2(run.err.contains("104002"), run.err.constData());
        QVERIFY(!run.err.contains(ApiKey.toLatin1()));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void pagesThatDoNotAddUpExitFive()
    {
        const FakeNftService shorter = FakeNftService::generated(60);
        const FakeNftService longer = FakeNftService::generated(70);
        m_server->routeHandler(FakeNftService::path(), [shorter, longer](const RecordedRequest &request) {
            const bool first = request.query().queryItemValue(QStringLiteral("offset")) == QLatin1String("0");
            return (first ? shorter : longer).respond(request);
        });
        const CommandRun run = nfts();
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains("offset 50"), run.err.constData());
    }

    void usageErrorsExitTwoBeforeAnyRequest_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mentions");
        const QString id = QStringLiteral("--account-id");
        const QString one = QStringLiteral("1");
        QTest::newRow("no account") << QStringList{} << ApiKey << QStringLiteral("--account-id");
        QTest::newRow("both accounts") << QStringList{id, one, QStringLiteral("--address"),
                                                      QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb")}
                                       << ApiKey << QStringLiteral("--address");
        QTest::newRow("tokens") << QStringList{id, one, QStringLiteral("--tokens"), one} << ApiKey << QStringLiteral("--tokens");
        QTest::newRow("raw") << QStringList{id, one, QStringLiteral("--raw")} << ApiKey << QStringLiteral("--raw");
        QTest::newRow("currency") << QStringList{id, one, QStringLiteral("--currency"), QStringLiteral("USD")} << ApiKey
                                  << QStringLiteral("--currency");
        QTest::newRow("record") << QStringList{id, one, QStringLiteral("--record")} << ApiKey << QStringLiteral("--record");
        QTest::newRow("bookmark") << QStringList{QStringLiteral("--bookmark"), QStringLiteral("x")} << ApiKey
                                  << QStringLiteral("--bookmark");
        QTest::newRow("bad format") << QStringList{id, one, QStringLiteral("--format"), QStringLiteral("xml")} << ApiKey
                                    << QStringLiteral("--format");
        QTest::newRow("no key") << QStringList{id, one} << QString() << QStringLiteral("LOOPVIEW_API_KEY");
    }

    void usageErrorsExitTwoBeforeAnyRequest()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, key);
        QFETCH(QString, mentions);
        const CommandRun run = cli(QStringList{QStringLiteral("nfts"), QStringLiteral("--base-url"),
                                               m_server->baseUrl().toString()}
                                       + arguments,
                                   key);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void demoNeedsNoNetworkNorKey()
    {
        const CommandRun run = cli({QStringLiteral("nfts"), QStringLiteral("--demo"), QStringLiteral("--format"),
                                    QStringLiteral("csv")},
                                   QString());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(run.out.startsWith(CsvHeader));
        QCOMPARE(run.out.count('\n'), 6);  // the header and the five demo NFTs
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void outputFileGetsTheList()
    {
        FakeNftService::generated(3).install(*m_server);
        const QString path = m_home->filePath(QStringLiteral("nfts.json"));
        const CommandRun run = nfts({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 3);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestNftsCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_nftscommand.moc"
