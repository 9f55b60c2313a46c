// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// TokensCommand in-process against the fake server: the list in the format asked for, sorted by
// id, the cached copy when the service fails, and the error when there is none.
#include "clitestsupport.h"

#include "cli/tokenscommand.h"
#include "fakeloopringserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::cli;
using namespace loopview::test;

namespace {

const QString TokensPath = QStringLiteral("/api/v3/exchange/tokens");

} // namespace

class TestTokensCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeLoopringServer> m_server;

    CommandRun tokens(const QStringList &arguments)
    {
        const Result<CliOptions> options = CliArguments::parse(
            QStringList{QStringLiteral("loopview-cli"), QStringLiteral("tokens"), QStringLiteral("--base-url"),
                        m_server->baseUrl().toString()}
            + arguments);
        if (!options)
            return CommandRun{-1, {}, options.error().message.toUtf8()};
        return captureRun([&] { return TokensCommand(*options).execute(); });
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CACHE_HOME", m_home->filePath(QStringLiteral("cache")).toLocal8Bit());
        m_server = std::make_unique<FakeLoopringServer>();
        QVERIFY(m_server->listen());
    }

    void listIsPrintedSortedById()
    {
        m_server->route(TokensPath, FakeResponse::json(R"([
            {"tokenId": 3, "symbol": "USDT", "name": "Tether", "address": "0x3", "decimals": 6, "precision": 2},
            {"tokenId": 0, "symbol": "ETH", "name": "Ethereum", "address": "0x0", "decimals": 18, "precision": 4}
        ])"));
        CommandRun run = tokens({});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("ID  SYMBOL  NAME      DECIMALS  ADDRESS\n"
                                     " 0  ETH     Ethereum        18  0x0\n"
                                     " 3  USDT    Tether           6  0x3\n"));
        QVERIFY(run.err.isEmpty());
        QVERIFY(!m_server->lastRequest().hasHeader("X-API-KEY"));

        run = tokens({QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.out, QByteArray("token_id,symbol,name,decimals,address\r\n0,ETH,Ethereum,18,0x0\r\n"
                                     "3,USDT,Tether,6,0x3\r\n"));
        run = tokens({QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray json = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(1).toObject().value(QLatin1String("symbol")).toString(), QStringLiteral("USDT"));
    }

    void failureFallsBackToTheCachedList()
    {
        m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
        const CommandRun fresh = tokens({QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(fresh.exitCode, 0);

        m_server->clearRoutes();
        m_server->route(TokensPath, FakeResponse::resultInfo(500, 101002, "down"));
        const CommandRun cached = tokens({QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(cached.exitCode, 0);
        QCOMPARE(cached.out, fresh.out);
        QCOMPARE(cached.errLines().size(), 1);
        QVERIFY2(cached.err.startsWith("loopview-cli: warning: "), cached.err.constData());
    }

    void failureWithoutCacheExitsWithTheServiceError()
    {
        m_server->route(TokensPath, FakeResponse::resultInfo(500, 101002, "down"));
        const CommandRun run = tokens({});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.out.isEmpty());
    }

    void outputFileGetsTheList()
    {
        m_server->route(TokensPath, FakeResponse::json(readFixture(QStringLiteral("tokens-sample.json"))));
        const QString path = m_home->filePath(QStringLiteral("tokens.json"));
        const CommandRun run = tokens({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(file.readAll()).isArray());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestTokensCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_tokenscommand.moc"
