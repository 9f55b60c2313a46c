// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/loopringjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace loopview;

namespace {

QByteArray readFixture(const char *name)
{
    QFile file(QString::fromUtf8(LOOPVIEW_FIXTURES_DIR) + QLatin1Char('/') + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    return file.readAll();
}

// One response body from errors-sample.json, as the server would send it.
QByteArray errorFixtureBody(const char *name)
{
    const QJsonObject all = QJsonDocument::fromJson(readFixture("errors-sample.json")).object();
    const QJsonValue body = all.value(QLatin1String(name)).toObject().value(QLatin1String("body"));
    if (body.isString())
        return body.toString().toUtf8();
    return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray balanceRow(const QByteArray &total, const QByteArray &locked, const QByteArray &withdraw,
                      const QByteArray &deposit, int tokenId = 1)
{
    return "{\"accountId\": 7, \"tokenId\": " + QByteArray::number(tokenId) + ", \"total\": " + total + ", \"locked\": " + locked
        + ", \"pending\": {\"withdraw\": " + withdraw + ", \"deposit\": " + deposit + "}}";
}

const QByteArray GoodRow = balanceRow("\"10\"", "\"2\"", "\"0\"", "\"0\"");

const char *const MaxAmount
    = "115792089237316195423570985008687907853269984665640564039457584007913129639935";

} // namespace

class TestLoopringJson : public QObject {
    Q_OBJECT

private slots:
    void balancesFixture()
    {
        const Result<QList<Balance>> result
            = json::parseBalances(readFixture("balances-sample.json"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const QList<Balance> &balances = result.value();
        QCOMPARE(balances.size(), 5);

        QCOMPARE(balances[0].accountId, 20533);
        QCOMPARE(balances[0].tokenId, 0);
        QCOMPARE(balances[0].total.toString(), QStringLiteral("873410000000000000"));
        QCOMPARE(balances[0].locked.toString(), QStringLiteral("120000000000000000"));
        QCOMPARE(balances[0].pendingWithdraw.toString(), QStringLiteral("0"));
        QCOMPARE(balances[0].pendingDeposit.toString(), QStringLiteral("250000000000000000"));

        QCOMPARE(balances[1].tokenId, 1);
        QCOMPARE(balances[1].total.toString(), QStringLiteral("15800250000000000000000"));
        QCOMPARE(balances[1].pendingWithdraw.toString(), QStringLiteral("300000000000000000000"));

        QCOMPARE(balances[2].tokenId, 3);
        QCOMPARE(balances[2].available().toString(), QStringLiteral("4500000"));

        QCOMPARE(balances[4].tokenId, 6);
        QVERIFY(balances[4].total.isZero());
        QCOMPARE(balances[4].pendingDeposit.toString(), QStringLiteral("9990000"));
    }

    void balancesEmptyArray()
    {
        for (const QByteArray &body : {QByteArray("[]"), QByteArray(" [ ]\n")}) {
            const Result<QList<Balance>> result = json::parseBalances(body);
            QVERIFY(result.ok());
            QVERIFY(result.value().isEmpty());
        }
    }

    void balancesExtremeButValidAmounts()
    {
        const QByteArray body = "["
            + balanceRow("\"" + QByteArray(MaxAmount) + "\"", "\"007\"", "\"0\"", "\"000\"") + "]";
        const Result<QList<Balance>> result = json::parseBalances(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value().at(0).total, Amount::max());
        QCOMPARE(result.value().at(0).locked, Amount::fromUInt64(7));
        QVERIFY(result.value().at(0).pendingDeposit.isZero());
    }

    void balancesUnknownFieldsIgnored()
    {
        const QByteArray body
            = R"([{"extra": {"nested": [1, 2]}, "tokenId": 5, "accountId": 4294967295,
            "pending": {"deposit": "3", "withdraw": "4", "other": null},
            "total": "1", "locked": "0", "future": "field", "tokenSymbol": 17}])";
        const Result<QList<Balance>> result = json::parseBalances(body);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const Balance &balance = result.value().at(0);
        QCOMPARE(balance.accountId, Q_INT64_C(4294967295));
        QCOMPARE(balance.tokenId, 5);
        QCOMPARE(balance.pendingDeposit, Amount::fromUInt64(3));
        QCOMPARE(balance.pendingWithdraw, Amount::fromUInt64(4));
    }

    void balancesMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messageFragment");

        const QByteArray fixture = readFixture("balances-sample.json");

        QTest::newRow("empty body") << QByteArray() << QString() << QStringLiteral("empty");
        QTest::newRow("whitespace body")
            << QByteArray(" \r\n") << QString() << QStringLiteral("empty");
        QTest::newRow("truncated")
            << fixture.left(fixture.size() / 2) << QString() << QStringLiteral("not valid JSON");
        QTest::newRow("html") << errorFixtureBody("proxy_error") << QString()
                              << QStringLiteral("HTML");
        QTest::newRow("object") << errorFixtureBody("invalid_apikey") << QString()
                                << QStringLiteral("JSON array of balances");
        // Qt 6.4 refuses scalar documents outright; either way the message speaks of JSON.
        QTest::newRow("string document") << QByteArray("\"[]\"") << QString() << QStringLiteral("JSON");
        QTest::newRow("row not object")
            << QByteArray("[" + GoodRow + ", 3]") << QStringLiteral("[1]")
            << QStringLiteral("balance 2 should be an object, not a number");
        QTest::newRow("missing accountId") << QByteArray(
            R"([{"tokenId":1,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])")
                                           << QStringLiteral("[0].accountId")
                                           << QStringLiteral(
                                                  "balance 1: field accountId is missing");
        QTest::newRow("accountId as string") << QByteArray(
            R"([{"accountId":"7","tokenId":1,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])")
                                             << QStringLiteral("[0].accountId")
                                             << QStringLiteral("balance 1: field accountId should "
                                                               "be a number, not a string");
        QTest::newRow("accountId fractional") << QByteArray(
            R"([{"accountId":7.5,"tokenId":1,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])")
                                              << QStringLiteral("[0].accountId")
                                              << QStringLiteral("not a whole number");
        QTest::newRow("accountId negative") << QByteArray(
            R"([{"accountId":-1,"tokenId":1,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])")
                                            << QStringLiteral("[0].accountId")
                                            << QStringLiteral("out of range");
        QTest::newRow("accountId too big") << QByteArray(
            R"([{"accountId":4294967296,"tokenId":1,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])")
                                           << QStringLiteral("[0].accountId")
                                           << QStringLiteral("out of range");
        QTest::newRow("tokenId too big") << QByteArray(
            R"([{"accountId":7,"tokenId":65536,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])")
                                         << QStringLiteral("[0].tokenId")
                                         << QStringLiteral(
                                                "balance 1: field tokenId is out of range");
        QTest::newRow("tokenId null") << QByteArray(
            R"([{"accountId":7,"tokenId":null,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])")
                                      << QStringLiteral("[0].tokenId")
                                      << QStringLiteral("should be a number, not null");
        QTest::newRow("missing pending")
            << QByteArray(R"([{"accountId":7,"tokenId":1,"total":"1","locked":"0"}])")
            << QStringLiteral("[0].pending")
            << QStringLiteral("balance 1: field pending is missing");
        QTest::newRow("pending not object")
            << QByteArray(
                   "[" + GoodRow
                   + R"(,{"accountId":7,"tokenId":1,"total":"1","locked":"0","pending":"0"}])")
            << QStringLiteral("[1].pending")
            << QStringLiteral("balance 2: field pending should be an object, not a string");
        QTest::newRow("missing pending.withdraw") << QByteArray(
            R"([{"accountId":7,"tokenId":1,"total":"1","locked":"0","pending":{"deposit":"0"}}])")
                                                  << QStringLiteral("[0].pending.withdraw")
                                                  << QStringLiteral("balance 1: field "
                                                                    "pending.withdraw is missing");
        QTest::newRow("negative pending.deposit in third row")
            << QByteArray("[" + GoodRow + "," + balanceRow("\"10\"", "\"2\"", "\"0\"", "\"0\"", 2) + ","
                          + balanceRow("\"1\"", "\"0\"", "\"0\"", "\"-5\"", 3) + "]")
            << QStringLiteral("[2].pending.deposit")
            << QStringLiteral("balance 3: field pending.deposit is not a base-unit integer: ");
        QTest::newRow("79-digit total")
            << QByteArray(
                   "[" + balanceRow("\"1" + QByteArray(78, '0') + "\"", "\"0\"", "\"0\"", "\"0\"")
                   + "]")
            << QStringLiteral("[0].total")
            << QStringLiteral("balance 1: field total is not a base-unit integer: ");
        QTest::newRow("2^256 total")
            << QByteArray("["
                          + balanceRow("\"115792089237316195423570985008687907853269984665640564039"
                                       "457584007913129639936\"",
                                       "\"0\"", "\"0\"", "\"0\"")
                          + "]")
            << QStringLiteral("[0].total") << QStringLiteral("is not a base-unit integer");
        QTest::newRow("float locked")
            << QByteArray("[" + balanceRow("\"1\"", "\"1.5\"", "\"0\"", "\"0\"") + "]")
            << QStringLiteral("[0].locked")
            << QStringLiteral("balance 1: field locked is not a base-unit integer: ");
        QTest::newRow("exponent total")
            << QByteArray("[" + balanceRow("\"1e18\"", "\"0\"", "\"0\"", "\"0\"") + "]")
            << QStringLiteral("[0].total") << QStringLiteral("is not a base-unit integer");
        QTest::newRow("empty total")
            << QByteArray("[" + balanceRow("\"\"", "\"0\"", "\"0\"", "\"0\"") + "]")
            << QStringLiteral("[0].total") << QStringLiteral("is not a base-unit integer");
        QTest::newRow("number instead of string")
            << QByteArray("[" + balanceRow("100", "\"0\"", "\"0\"", "\"0\"") + "]")
            << QStringLiteral("[0].total")
            << QStringLiteral("balance 1: field total should be a string, not a number");
        QTest::newRow("withdraw as boolean")
            << QByteArray("[" + balanceRow("\"1\"", "\"0\"", "true", "\"0\"") + "]")
            << QStringLiteral("[0].pending.withdraw")
            << QStringLiteral("field pending.withdraw should be a string, not a boolean");
    }

    void balancesMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, messageFragment);

        const Result<QList<Balance>> result = json::parseBalances(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Malformed);
        QCOMPARE(result.error().field, field);
        QVERIFY2(result.error().message.contains(messageFragment, Qt::CaseInsensitive),
                 qPrintable(result.error().message));
    }

    void balancesOfTheAskedAccountOnly()
    {
        const QByteArray body = "[" + GoodRow + "]";
        QVERIFY(json::parseBalances(body, 7).ok());
        const Result<QList<Balance>> other = json::parseBalances(body, 8);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().kind, ErrorKind::Malformed);
        QCOMPARE(other.error().field, QStringLiteral("[0].accountId"));
        QCOMPARE(other.error().message, QStringLiteral("balance 1: field accountId is 7, but account 8 was asked for"));
    }

    void balancesOfOneAccountWhenAskedByAddress()
    {
        // Asked by address, the id is not known beforehand: the rows must at least agree.
        const QByteArray second = balanceRow("\"10\"", "\"2\"", "\"0\"", "\"0\"", 2).replace("\"accountId\": 7", "\"accountId\": 9");
        const Result<QList<Balance>> mixed = json::parseBalances("[" + GoodRow + "," + second + "]");
        QVERIFY(!mixed.ok());
        QCOMPARE(mixed.error().field, QStringLiteral("[1].accountId"));
        QCOMPARE(mixed.error().message, QStringLiteral("balance 2: field accountId is 9, but balance 1 is of account 7; "
                                                       "one request answers for one account"));
    }

    void balancesNameEachTokenOnce()
    {
        const Result<QList<Balance>> twice = json::parseBalances("[" + GoodRow + "," + GoodRow + "]", 7);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().kind, ErrorKind::Malformed);
        QCOMPARE(twice.error().field, QStringLiteral("[1].tokenId"));
        QCOMPARE(twice.error().message, QStringLiteral("balance 2: token id 1 appears more than once (also in balance 1)"));
    }

    void repeatedKeysAreMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("total twice") << QByteArray(R"([{"accountId":7,"tokenId":1,"total":"10","total":"99",)"
                                                   R"("locked":"0","pending":{"withdraw":"0","deposit":"0"}}])")
                                     << QStringLiteral("[0].total");
        QTest::newRow("nested deposit twice")
            << QByteArray(R"([{"accountId":7,"tokenId":1,"total":"10","locked":"0",)"
                          R"("pending":{"withdraw":"0","deposit":"0","deposit":"5"}}])")
            << QStringLiteral("[0].pending.deposit");
        // The same key spelt with an escape is still the same key.
        QTest::newRow("escaped spelling") << QByteArray(R"([{"accountId":7,"tokenId":1,"total":"10","total":"99",)"
                                                        R"("locked":"0","pending":{"withdraw":"0","deposit":"0"}}])")
                                          << QStringLiteral("[0].total");
        QTest::newRow("in a later row") << QByteArray("[" + GoodRow + R"(,{"accountId":7,"accountId":8,"tokenId":2,)"
                                                      R"("total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])")
                                        << QStringLiteral("[1].accountId");
    }

    void repeatedKeysAreMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Result<QList<Balance>> result = json::parseBalances(body, 7);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Malformed);
        QCOMPARE(result.error().field, field);
        QCOMPARE(result.error().message, QStringLiteral("The response gives the key %1 twice in one object.").arg(field));
    }

    void repeatedKeysInTokensAndAccount()
    {
        const Result<QList<TokenInfo>> tokens
            = json::parseTokens(R"([{"tokenId":1,"symbol":"A","symbol":"B","decimals":1}])");
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().field, QStringLiteral("[0].symbol"));
        const Result<AccountInfo> account = json::parseAccount(
            R"({"accountId":1,"accountId":2,"owner":"0x8656920c85342d646e5286cb841f90209272abeb"})");
        QVERIFY(!account.ok());
        QCOMPARE(account.error().field, QStringLiteral("accountId"));
    }

    void invalidJsonReportsOffset()
    {
        const QByteArray body = R"([{"accountId": 7, "tokenId": 1,)";
        const Result<QList<Balance>> result = json::parseBalances(body);
        QVERIFY(!result.ok());
        // Qt's parser message and a byte offset, so a truncated body can be located.
        QVERIFY2(result.error().message.contains(QLatin1String("offset")),
                 qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QRegularExpression(QStringLiteral("\\d+"))));
    }

    void firstErrorWins()
    {
        // Row 2 has two problems and row 3 another: only the first, in reading order, is reported.
        const QByteArray body = "[" + GoodRow + "," + balanceRow("1", "\"-1\"", "\"0\"", "\"0\"")
            + "," + balanceRow("\"x\"", "\"0\"", "\"0\"", "\"0\"") + "]";
        const Result<QList<Balance>> result = json::parseBalances(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, QStringLiteral("[1].total"));
    }

    void manyRows()
    {
        // Thousands of rows must parse in one linear pass (a quadratic parser would time out here).
        constexpr int rowCount = 20000;
        QByteArray body = "[";
        body.reserve(rowCount * 120);
        for (int i = 0; i < rowCount; ++i) {
            if (i > 0)
                body += ',';
            body += "{\"accountId\":1,\"tokenId\":" + QByteArray::number(i % 65536)
                + ",\"total\":\"" + QByteArray::number(i)
                + "000000000000000000\",\"locked\":\"0\","
                  "\"pending\":{\"withdraw\":\"0\",\"deposit\":\"0\"}}";
        }
        body += "]";
        const Result<QList<Balance>> result = json::parseBalances(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), rowCount);
        QCOMPARE(result.value().last().total.toString(), QStringLiteral("19999000000000000000000"));
    }

    void tokensFixture()
    {
        const Result<QList<TokenInfo>> result
            = json::parseTokens(readFixture("tokens-sample.json"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const QList<TokenInfo> &tokens = result.value();
        QCOMPARE(tokens.size(), 5);
        QCOMPARE(tokens[0].tokenId, 0);
        QCOMPARE(tokens[0].symbol, QStringLiteral("ETH"));
        QCOMPARE(tokens[0].name, QStringLiteral("Ethereum"));
        QCOMPARE(tokens[0].decimals, 18);
        QCOMPARE(tokens[0].precision, 7);
        QVERIFY(tokens[0].enabled);
        QCOMPARE(tokens[2].symbol, QStringLiteral("USDT"));
        QCOMPARE(tokens[2].decimals, 6);
        QCOMPARE(tokens[2].address, QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7"));
        QCOMPARE(tokens[3].symbol, QStringLiteral("WBTC"));
        QCOMPARE(tokens[3].decimals, 8);
    }

    void tokensOptionalFields()
    {
        const QByteArray body = R"([{"tokenId": 9, "symbol": "X", "decimals": 0},
            {"tokenId": 10, "symbol": "Y", "decimals": 77, "name": null, "enabled": false, "precision": 4}])";
        const Result<QList<TokenInfo>> result = json::parseTokens(body);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value().size(), 2);
        const TokenInfo &first = result.value().at(0);
        QCOMPARE(first.name, QString());
        QCOMPARE(first.address, QString());
        QCOMPARE(first.precision, 0);
        QVERIFY(first.enabled);
        const TokenInfo &second = result.value().at(1);
        QCOMPARE(second.decimals, 77);
        QCOMPARE(second.precision, 4);
        QVERIFY(!second.enabled);
    }

    void tokenTextIsMadePrintableWhereItEnters()
    {
        // Symbols, names and addresses from the service reach every view; they are neutralised
        // here, once: "\u202ECRL" must not render as "LRC", ESC must not reach a terminal.
        const QByteArray body = "[{\"tokenId\": 1, \"symbol\": \"\\u202eCRL\", \"decimals\": 18,"
                                "  \"name\": \"\\u001b]0;pwned\\u0007Loopring\\u009b\", \"address\": \"0x1\\u0000\"}]";
        const Result<QList<TokenInfo>> result = json::parseTokens(body);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const TokenInfo &token = result.value().constFirst();
        const QString R(QChar(0xFFFD));
        QCOMPARE(token.symbol, R + QStringLiteral("CRL"));
        QCOMPARE(token.name, R + QStringLiteral("]0;pwned") + R + QStringLiteral("Loopring") + R);
        QCOMPARE(token.address, QStringLiteral("0x1") + R);
    }

    void tokensMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messageFragment");

        QTest::newRow("empty body") << QByteArray() << QString() << QStringLiteral("empty");
        QTest::newRow("object") << QByteArray(R"({"tokens": []})") << QString()
                                << QStringLiteral("JSON array of tokens");
        QTest::newRow("decimals 78") << QByteArray(R"([{"tokenId":1,"symbol":"A","decimals":78}])")
                                     << QStringLiteral("[0].decimals")
                                     << QStringLiteral("token 1: field decimals is out of range");
        QTest::newRow("decimals negative")
            << QByteArray(R"([{"tokenId":1,"symbol":"A","decimals":-1}])")
            << QStringLiteral("[0].decimals") << QStringLiteral("out of range");
        QTest::newRow("decimals string")
            << QByteArray(R"([{"tokenId":1,"symbol":"A","decimals":"18"}])")
            << QStringLiteral("[0].decimals") << QStringLiteral("should be a number, not a string");
        QTest::newRow("decimals fractional")
            << QByteArray(R"([{"tokenId":1,"symbol":"A","decimals":6.5}])")
            << QStringLiteral("[0].decimals") << QStringLiteral("whole number");
        QTest::newRow("decimals missing")
            << QByteArray(R"([{"tokenId":1,"symbol":"A"}])") << QStringLiteral("[0].decimals")
            << QStringLiteral("missing");
        QTest::newRow("symbol empty") << QByteArray(
            R"([{"tokenId":0,"symbol":"ETH","decimals":18},{"tokenId":1,"symbol":"","decimals":18}])")
                                      << QStringLiteral("[1].symbol")
                                      << QStringLiteral("token 2: field symbol is an empty string");
        QTest::newRow("symbol missing")
            << QByteArray(R"([{"tokenId":1,"decimals":18}])") << QStringLiteral("[0].symbol")
            << QStringLiteral("missing");
        QTest::newRow("symbol number")
            << QByteArray(R"([{"tokenId":1,"symbol":5,"decimals":18}])")
            << QStringLiteral("[0].symbol") << QStringLiteral("should be a string");
        QTest::newRow("tokenId missing")
            << QByteArray(R"([{"symbol":"A","decimals":18}])") << QStringLiteral("[0].tokenId")
            << QStringLiteral("missing");
        QTest::newRow("name number")
            << QByteArray(R"([{"tokenId":1,"symbol":"A","decimals":1,"name":3}])")
            << QStringLiteral("[0].name") << QStringLiteral("should be a string");
        QTest::newRow("address object")
            << QByteArray(R"([{"tokenId":1,"symbol":"A","decimals":1,"address":{}}])")
            << QStringLiteral("[0].address") << QStringLiteral("not an object");
        QTest::newRow("enabled string")
            << QByteArray(R"([{"tokenId":1,"symbol":"A","decimals":1,"enabled":"yes"}])")
            << QStringLiteral("[0].enabled") << QStringLiteral("true or false");
        QTest::newRow("precision negative")
            << QByteArray(R"([{"tokenId":1,"symbol":"A","decimals":1,"precision":-2}])")
            << QStringLiteral("[0].precision") << QStringLiteral("out of range");
        QTest::newRow("duplicate id") << QByteArray(
            R"([{"tokenId":1,"symbol":"A","decimals":1},{"tokenId":1,"symbol":"B","decimals":6}])")
                                      << QStringLiteral("[1].tokenId")
                                      << QStringLiteral("more than once");
        QTest::newRow("row array") << QByteArray("[[]]") << QStringLiteral("[0]")
                                   << QStringLiteral("token 1 should be an object, not an array");
    }

    void tokensMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, messageFragment);

        const Result<QList<TokenInfo>> result = json::parseTokens(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Malformed);
        QCOMPARE(result.error().field, field);
        QVERIFY2(result.error().message.contains(messageFragment, Qt::CaseInsensitive),
                 qPrintable(result.error().message));
    }

    void account()
    {
        const QByteArray body
            = R"({"accountId":10001,"owner":"0x8656920c85342d646E5286Cb841F90209272ABeb",
            "frozen":true,"publicKey":{"x":"0x1","y":"0x2"},"tags":"","nonce":3,"keyNonce":1,"keySeed":"s"})";
        const Result<AccountInfo> result = json::parseAccount(body);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->accountId, 10001);
        QCOMPARE(result->owner, QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb"));
        QVERIFY(result->frozen);

        const Result<AccountInfo> minimal = json::parseAccount(
            R"({"accountId":5,"owner":"0x8656920c85342d646e5286cb841f90209272abeb"})");
        QVERIFY(minimal.ok());
        QVERIFY(!minimal->frozen);
    }

    void accountMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");

        QTest::newRow("array") << QByteArray("[]") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("html") << errorFixtureBody("proxy_error") << QString();
        QTest::newRow("missing accountId")
            << QByteArray(R"({"owner":"0x8656920c85342d646e5286cb841f90209272abeb"})")
            << QStringLiteral("accountId");
        QTest::newRow("accountId string") << QByteArray(
            R"({"accountId":"5","owner":"0x8656920c85342d646e5286cb841f90209272abeb"})")
                                          << QStringLiteral("accountId");
        QTest::newRow("missing owner")
            << QByteArray(R"({"accountId":5})") << QStringLiteral("owner");
        QTest::newRow("owner not an address")
            << QByteArray(R"({"accountId":5,"owner":"0x1234"})") << QStringLiteral("owner");
        QTest::newRow("frozen string") << QByteArray(
            R"({"accountId":5,"owner":"0x8656920c85342d646e5286cb841f90209272abeb","frozen":"no"})")
                                       << QStringLiteral("frozen");
    }

    void accountMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Result<AccountInfo> result = json::parseAccount(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Malformed);
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.error().message.isEmpty());
    }

    void pricesFixture()
    {
        const Result<PriceTable> result = json::parsePrices(readFixture("prices-sample.json"), QStringLiteral("USD"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const PriceTable &table = result.value();
        QCOMPARE(table.currency(), QStringLiteral("USD"));
        QCOMPARE(table.size(), 8);
        // Strings and numbers alike keep their decimal text; none went through a double (which
        // would print 3000.12 as 3000.1199999999998909 and 0.2530 as 0.253).
        const QList<std::pair<const char *, const char *>> expected{
            {"ETH", "3000.12"},
            {"LRC", "0.2530"},
            {"USDT", "1.0001"},
            {"WBTC", "36500.00"},
            {"SHIB", "0.0000001"},
            {"DUST", "0.000000000000000001"},
            {"BIG", "123456789012345678901234567890.123456789012345678901234567890"},
            {"ZERO", "0"},
        };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Price &price = table.prices().at(i);
            QCOMPARE(price.symbol, QString::fromLatin1(expected.at(i).first));
            QCOMPARE(price.value.toString(), QString::fromLatin1(expected.at(i).second));
        }
        const Price eth = table.find(QStringLiteral("ETH")).value();
        QCOMPARE(eth.updatedAt, QDateTime(QDate(2023, 11, 14), QTime(22, 13, 20), QTimeZone::utc()));
        QCOMPARE(eth.updatedAt.timeSpec(), Qt::UTC);
        QCOMPARE(table.find(QStringLiteral("ZERO"))->updatedAt.toMSecsSinceEpoch(), 0);
    }

    void pricesEmptyList()
    {
        const Result<PriceTable> result = json::parsePrices(R"({"prices":[]})", QStringLiteral("CNY"));
        QVERIFY(result.ok());
        QVERIFY(result->isEmpty());
        QCOMPARE(result->currency(), QStringLiteral("CNY"));
    }

    // A number's text is taken from its own row: rows that differ only in their numbers, in any
    // member order, with unknown members holding numbers too.
    void pricesNumbersComeFromTheirOwnRow()
    {
        const QByteArray body = R"({"prices":[{"price":1.10,"symbol":"A","updatedAt":1,"extra":{"price":9}},)"
                                R"({"updatedAt":2,"symbol":"B","price":2.20},{"symbol":"C","price":"3.30","updatedAt":3}],"price":5})";
        const Result<PriceTable> result = json::parsePrices(body, QStringLiteral("USD"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->find(QStringLiteral("A"))->value.toString(), QStringLiteral("1.10"));
        QCOMPARE(result->find(QStringLiteral("B"))->value.toString(), QStringLiteral("2.20"));
        QCOMPARE(result->find(QStringLiteral("C"))->value.toString(), QStringLiteral("3.30"));
    }

    void priceSymbolsAreMadePrintableAndCompareExactly()
    {
        const QByteArray body = "{\"prices\":[{\"symbol\":\"\\u202eCRL\",\"price\":\"1\",\"updatedAt\":1},"
                                "{\"symbol\":\"eth\",\"price\":\"2\",\"updatedAt\":1},"
                                "{\"symbol\":\"ETH\",\"price\":\"3\",\"updatedAt\":1}]}";
        const Result<PriceTable> result = json::parsePrices(body, QStringLiteral("USD"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->prices().at(0).symbol, QString(QChar(u'\uFFFD')) + QStringLiteral("CRL"));
        QVERIFY(!result->find(QStringLiteral("LRC")));
        QCOMPARE(result->find(QStringLiteral("eth"))->value.toString(), QStringLiteral("2"));
        QCOMPARE(result->find(QStringLiteral("ETH"))->value.toString(), QStringLiteral("3"));
    }

    void pricesMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        auto row = [](const QByteArray &members) -> QByteArray { return QByteArray(R"({"prices":[)") + members + "]}"; };
        const QByteArray good = R"({"symbol":"ETH","price":"1","updatedAt":1})";

        QTest::newRow("empty body") << QByteArray() << QString() << QStringLiteral("The response body is empty.");
        QTest::newRow("array") << QByteArray("[]") << QString()
                               << QStringLiteral("Expected a JSON object with a list of prices.");
        QTest::newRow("no list") << QByteArray("{}") << QStringLiteral("prices")
                                 << QStringLiteral("price list: field prices is missing");
        QTest::newRow("list is an object") << QByteArray(R"({"prices":{}})") << QStringLiteral("prices")
                                           << QStringLiteral("price list: field prices should be an array, not an object");
        QTest::newRow("row not an object") << row(good + ",5") << QStringLiteral("prices[1]")
                                           << QStringLiteral("price 2 should be an object, not a number");
        QTest::newRow("symbol missing") << row(R"({"price":"1","updatedAt":1})") << QStringLiteral("prices[0].symbol")
                                        << QStringLiteral("price 1: field symbol is missing");
        QTest::newRow("symbol empty") << row(R"({"symbol":"","price":"1","updatedAt":1})")
                                      << QStringLiteral("prices[0].symbol")
                                      << QStringLiteral("price 1: field symbol is an empty string");
        QTest::newRow("price missing") << row(R"({"symbol":"ETH","updatedAt":1})") << QStringLiteral("prices[0].price")
                                       << QStringLiteral("price 1: field price is missing");
        QTest::newRow("price null") << row(R"({"symbol":"ETH","price":null,"updatedAt":1})")
                                    << QStringLiteral("prices[0].price")
                                    << QStringLiteral("price 1: field price should be a decimal string or number, not null");
        QTest::newRow("price bool") << row(R"({"symbol":"ETH","price":true,"updatedAt":1})")
                                    << QStringLiteral("prices[0].price")
                                    << QStringLiteral("price 1: field price should be a decimal string or number, not a boolean");
        QTest::newRow("negative number") << row(good + R"(,{"symbol":"X","price":-0.5,"updatedAt":1})")
                                         << QStringLiteral("prices[1].price") << QStringLiteral("price 2: field price is negative");
        QTest::newRow("negative string") << row(R"({"symbol":"X","price":"-1","updatedAt":1})")
                                         << QStringLiteral("prices[0].price") << QStringLiteral("price 1: field price is negative");
        QTest::newRow("string with spaces") << row(R"({"symbol":"X","price":" 3000.12 ","updatedAt":1})")
                                            << QStringLiteral("prices[0].price")
                                            << QStringLiteral("price 1: field price contains whitespace at position 1");
        QTest::newRow("string with a comma") << row(R"({"symbol":"X","price":"3,000.12","updatedAt":1})")
                                             << QStringLiteral("prices[0].price")
                                             << QStringLiteral("price 1: field price contains ',' at position 2, which is not part of a decimal number");
        QTest::newRow("empty string") << row(R"({"symbol":"X","price":"","updatedAt":1})")
                                      << QStringLiteral("prices[0].price") << QStringLiteral("price 1: field price is empty");
        QTest::newRow("NaN string") << row(R"({"symbol":"X","price":"NaN","updatedAt":1})")
                                    << QStringLiteral("prices[0].price")
                                    << QStringLiteral("price 1: field price contains 'N' at position 1, which is not part of a decimal number");
        // Qt reads "1." as a number; JSON does not, and neither does Loopview.
        QTest::newRow("number without fraction digits") << row(R"({"symbol":"X","price":1.,"updatedAt":1})")
                                                        << QStringLiteral("prices[0].price")
                                                        << QStringLiteral("price 1: field price needs digits on both sides of the decimal point");
        QTest::newRow("number without whole digits") << row(R"({"symbol":"X","price":.5,"updatedAt":1})")
                                                     << QStringLiteral("prices[0].price")
                                                     << QStringLiteral("price 1: field price needs digits on both sides of the decimal point");
        QTest::newRow("huge number") << row(R"({"symbol":"X","price":1e31,"updatedAt":1})")
                                     << QStringLiteral("prices[0].price")
                                     << QStringLiteral("price 1: field price has 32 digits before the decimal point; at most 30 are accepted");
        QTest::newRow("tiny number") << row(R"({"symbol":"X","price":1e-37,"updatedAt":1})")
                                     << QStringLiteral("prices[0].price")
                                     << QStringLiteral("price 1: field price has 37 digits after the decimal point; at most 36 are accepted");
        // Past what a double can hold QJsonDocument refuses the whole body.
        QTest::newRow("beyond a double") << row(R"({"symbol":"X","price":1e400,"updatedAt":1})") << QString()
                                         << QStringLiteral("The response is not valid JSON: illegal number at byte offset 38.");
        QTest::newRow("updatedAt missing") << row(R"({"symbol":"X","price":"1"})") << QStringLiteral("prices[0].updatedAt")
                                           << QStringLiteral("price 1: field updatedAt is missing");
        QTest::newRow("updatedAt string") << row(R"({"symbol":"X","price":"1","updatedAt":"1700000000000"})")
                                          << QStringLiteral("prices[0].updatedAt")
                                          << QStringLiteral("price 1: field updatedAt should be a number, not a string");
        QTest::newRow("updatedAt negative") << row(R"({"symbol":"X","price":"1","updatedAt":-1})")
                                            << QStringLiteral("prices[0].updatedAt")
                                            << QStringLiteral("price 1: field updatedAt is out of range (0 to 253402300799999)");
        QTest::newRow("updatedAt past year 9999") << row(R"({"symbol":"X","price":"1","updatedAt":253402300800000})")
                                                  << QStringLiteral("prices[0].updatedAt")
                                                  << QStringLiteral("price 1: field updatedAt is out of range (0 to 253402300799999)");
        QTest::newRow("updatedAt fractional") << row(R"({"symbol":"X","price":"1","updatedAt":1.5})")
                                              << QStringLiteral("prices[0].updatedAt")
                                              << QStringLiteral("price 1: field updatedAt is not a whole number");
        QTest::newRow("symbol twice") << row(good + R"(,{"symbol":"LRC","price":"2","updatedAt":1},{"symbol":"ETH","price":"1","updatedAt":1})")
                                      << QStringLiteral("prices[2].symbol")
                                      << QStringLiteral("price 3: symbol ETH appears more than once (also in price 1)");
        QTest::newRow("key twice") << row(R"({"symbol":"ETH","price":"1","price":"2","updatedAt":1})")
                                   << QStringLiteral("prices[0].price")
                                   << QStringLiteral("The response gives the key prices[0].price twice in one object.");
    }

    void pricesMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, message);

        const Result<PriceTable> result = json::parsePrices(body, QStringLiteral("USD"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Malformed);
        QCOMPARE(result.error().field, field);
        QCOMPARE(result.error().message, message);
    }

    void serviceErrorFixtures()
    {
        const std::optional<ServiceError> apiKey
            = json::parseServiceError(errorFixtureBody("invalid_apikey"));
        QVERIFY(apiKey.has_value());
        QCOMPARE(apiKey->code, 104002);
        QCOMPARE(apiKey->message, QStringLiteral("invalid apikey"));

        const std::optional<ServiceError> notFound
            = json::parseServiceError(errorFixtureBody("user_not_found"));
        QVERIFY(notFound.has_value());
        QCOMPARE(notFound->code, 101002);
        QCOMPARE(notFound->message, QStringLiteral("user not found"));

        const std::optional<ServiceError> rateLimited
            = json::parseServiceError(errorFixtureBody("rate_limited"));
        QVERIFY(rateLimited.has_value());
        QCOMPARE(rateLimited->code, 100000);

        QVERIFY(!json::parseServiceError(errorFixtureBody("proxy_error")).has_value());
    }

    void serviceErrorAbsent_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("balances") << readFixture("balances-sample.json");
        QTest::newRow("code zero")
            << QByteArray(R"({"resultInfo":{"code":0,"message":"SUCCESS"}})");
        QTest::newRow("no code") << QByteArray(R"({"resultInfo":{"message":"x"}})");
        QTest::newRow("code string")
            << QByteArray(R"({"resultInfo":{"code":"104002","message":"x"}})");
        QTest::newRow("code fractional") << QByteArray(R"({"resultInfo":{"code":1.5}})");
        QTest::newRow("resultInfo not object") << QByteArray(R"({"resultInfo":104002})");
        QTest::newRow("truncated") << QByteArray(R"({"resultInfo":{"code":104002,)");
        // A list body is not even parsed: an array, however it ends, is no error object.
        QTest::newRow("array") << QByteArray(R"( \r\n\t[{"resultInfo":{"code":104002}}])");
        QTest::newRow("array cut short") << QByteArray(R"([{"resultInfo":{"code":104002}})");
    }

    void serviceErrorAbsent()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!json::parseServiceError(body).has_value());
    }

    void serviceErrorAfterWhitespaceOrByteOrderMark_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("whitespace") << QByteArray(" \r\n\t{\"resultInfo\":{\"code\":104002,\"message\":\"x\"}}");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"resultInfo\":{\"code\":104002,\"message\":\"x\"}}");
    }

    void serviceErrorAfterWhitespaceOrByteOrderMark()
    {
        // Only a body that starts as an array skips the probe; an object after whitespace or a
        // UTF-8 byte order mark (which Qt's parser accepts) is still recognised.
        QFETCH(QByteArray, body);
        const std::optional<ServiceError> error = json::parseServiceError(body);
        QVERIFY(error.has_value());
        QCOMPARE(error->code, 104002);
    }

    void serviceErrorWithoutMessage()
    {
        const std::optional<ServiceError> error
            = json::parseServiceError(R"({"resultInfo":{"code":104003}})");
        QVERIFY(error.has_value());
        QCOMPARE(error->code, 104003);
        QVERIFY(error->message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoopringJson)
#include "test_loopringjson.moc"
