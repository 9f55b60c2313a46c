// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/balanceexport.h"

#include "core/loopringjson.h"
#include "core/fiatvalue.h"
#include "core/portfolio.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace loopview;

namespace {

QByteArray readFixture(const char *name)
{
    QFile file(QString::fromUtf8(LOOPVIEW_FIXTURES_DIR) + QLatin1Char('/') + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    return file.readAll();
}

TokenRegistry fixtureTokens()
{
    return TokenRegistry(json::parseTokens(readFixture("tokens-sample.json")).value());
}

QList<Balance> fixtureBalances()
{
    return json::parseBalances(readFixture("balances-sample.json")).value();
}

Balance makeBalance(int tokenId, quint64 total, quint64 locked, quint64 deposit = 0, quint64 withdraw = 0)
{
    Balance balance;
    balance.accountId = 20533;
    balance.tokenId = tokenId;
    balance.total = Amount::fromUInt64(total);
    balance.locked = Amount::fromUInt64(locked);
    balance.pendingDeposit = Amount::fromUInt64(deposit);
    balance.pendingWithdraw = Amount::fromUInt64(withdraw);
    return balance;
}

QByteArray csvOf(const QList<BalanceRecord> &records, CsvWriter::Options options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeBalancesCsv(&buffer, records, options))
        qFatal("unexpected CSV failure");
    return buffer.data();
}

const QByteArray Header = "account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,pending_withdraw\r\n";

// Hostile data the service could send as a symbol.
const QString HostileSymbol = QStringLiteral("=HYPERLINK(\"x\")");

} // namespace

class TestBalanceExport : public QObject
{
    Q_OBJECT

private slots:
    void knownTokenInTokenUnits()
    {
        const BalanceRecord record = makeBalanceRecord(fixtureBalances().at(0), fixtureTokens(), AmountUnit::TokenUnits);
        QCOMPARE(record.accountId, 20533);
        QCOMPARE(record.tokenId, 0);
        QCOMPARE(record.symbol, QStringLiteral("ETH"));
        QCOMPARE(record.decimals, QStringLiteral("18"));
        QCOMPARE(record.total, QStringLiteral("0.87341"));
        QCOMPARE(record.locked, QStringLiteral("0.12"));
        QCOMPARE(record.available, QStringLiteral("0.75341"));
        QCOMPARE(record.pendingDeposit, QStringLiteral("0.25"));
        QCOMPARE(record.pendingWithdraw, QStringLiteral("0"));
        QVERIFY(record.knownToken);
        QVERIFY(!record.negativeAvailable);
    }

    void knownTokenInBaseUnits()
    {
        const BalanceRecord record = makeBalanceRecord(fixtureBalances().at(1), fixtureTokens(), AmountUnit::BaseUnits);
        QCOMPARE(record.symbol, QStringLiteral("LRC"));
        QCOMPARE(record.decimals, QStringLiteral("18"));
        QCOMPARE(record.total, QStringLiteral("15800250000000000000000"));
        QCOMPARE(record.available, QStringLiteral("15800250000000000000000"));
        QCOMPARE(record.pendingWithdraw, QStringLiteral("300000000000000000000"));
    }

    void unknownTokenStaysInBaseUnits()
    {
        for (const AmountUnit unit : {AmountUnit::TokenUnits, AmountUnit::BaseUnits}) {
            const BalanceRecord record = makeBalanceRecord(makeBalance(99, 5, 10, 7, 8), fixtureTokens(), unit);
            QVERIFY(!record.knownToken);
            QVERIFY(record.symbol.isEmpty());
            QVERIFY(record.decimals.isEmpty());
            QCOMPARE(record.total, QStringLiteral("5"));
            QCOMPARE(record.locked, QStringLiteral("10"));
            QCOMPARE(record.available, QStringLiteral("-5"));
            QCOMPARE(record.pendingDeposit, QStringLiteral("7"));
            QCOMPARE(record.pendingWithdraw, QStringLiteral("8"));
            QVERIFY(record.negativeAvailable);
        }
    }

    void negativeAvailableOfKnownToken()
    {
        const BalanceRecord record = makeBalanceRecord(makeBalance(3, 5, 10), fixtureTokens(), AmountUnit::TokenUnits);
        QCOMPARE(record.available, QStringLiteral("-0.000005"));
        QVERIFY(record.negativeAvailable);
    }

    void csvHeader()
    {
        QCOMPARE(balanceCsvHeader().join(QLatin1Char(',')),
                 QStringLiteral("account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,pending_withdraw"));
        QCOMPARE(balanceCsvHeader({BalanceColumn::Symbol, BalanceColumn::Available}),
                 QStringList({QStringLiteral("symbol"), QStringLiteral("available")}));
        QCOMPARE(allBalanceColumns().size(), balanceCsvHeader().size());
    }

    void csvCellKinds()
    {
        const BalanceRecord record = makeBalanceRecord(makeBalance(3, 5, 10), fixtureTokens(), AmountUnit::TokenUnits);
        const QList<CsvCell> cells = balanceCsvCells(record);
        QCOMPARE(cells.size(), 9);
        for (qsizetype i = 0; i < cells.size(); ++i)
            QCOMPARE(cells[i].kind, i == 2 ? CellKind::Text : CellKind::Number);
        QCOMPARE(cells[2].text, QStringLiteral("USDT"));
        QCOMPARE(cells[6].text, QStringLiteral("-0.000005"));
    }

    void csvOfFixture()
    {
        const QList<BalanceRecord> records = makeBalanceRecords(fixtureBalances(), fixtureTokens(), AmountUnit::TokenUnits);
        const QByteArray expected = Header
            + "20533,0,ETH,18,0.87341,0.12,0.75341,0.25,0\r\n"
              "20533,1,LRC,18,15800.25,0,15800.25,0,300\r\n"
              "20533,3,USDT,6,4.520013,0.020013,4.5,0,0\r\n"
              "20533,4,WBTC,8,0.00001,0,0.00001,0,0\r\n"
              "20533,6,USDC,6,0,0,0,9.99,0\r\n";
        QCOMPARE(csvOf(records), expected);
    }

    void csvOfFixtureInBaseUnits()
    {
        const QList<BalanceRecord> records = makeBalanceRecords(fixtureBalances(), fixtureTokens(), AmountUnit::BaseUnits);
        const QByteArray csv = csvOf(records);
        QVERIFY(csv.contains("\r\n20533,3,USDT,6,4520013,20013,4500000,0,0\r\n"));
    }

    void csvOfHostileAndUnknownRows()
    {
        QList<TokenInfo> tokens = json::parseTokens(readFixture("tokens-sample.json")).value();
        TokenInfo hostile;
        hostile.tokenId = 7;
        hostile.symbol = HostileSymbol;
        hostile.decimals = 2;
        tokens.append(hostile);
        TokenInfo multiline;
        multiline.tokenId = 8;
        multiline.symbol = QStringLiteral("-a,\"b\"\nc");
        multiline.decimals = 0;
        tokens.append(multiline);
        const TokenRegistry registry(tokens);

        const QList<BalanceRecord> records = makeBalanceRecords(
            {makeBalance(7, 150, 0), makeBalance(8, 1, 2), makeBalance(99, 5, 10), makeBalance(3, 5, 10)},
            registry, AmountUnit::TokenUnits);
        const QByteArray expected = Header
            + "20533,7,\"'=HYPERLINK(\"\"x\"\")\",2,1.5,0,1.5,0,0\r\n"
              "20533,8,\"'-a,\"\"b\"\"\nc\",0,1,2,-1,0,0\r\n"
              "20533,99,,,5,10,-5,0,0\r\n"
              "20533,3,USDT,6,0.000005,0.00001,-0.000005,0,0\r\n";
        QCOMPARE(csvOf(records), expected);
    }

    void csvOfEmptyListIsHeaderOnly()
    {
        QCOMPARE(csvOf({}), Header);
    }

    // balancesCsv (what the CLI prints) is byte for byte the records path: on the fixture, on
    // hostile and unknown rows, on nothing, and on many random rows in both units.
    void directCsvIsTheRecordsCsv()
    {
        QList<TokenInfo> tokens = json::parseTokens(readFixture("tokens-sample.json")).value();
        const QStringList symbols = {HostileSymbol, QStringLiteral("-a,\"b\"\nc"), QStringLiteral("+1"),
                                     QStringLiteral("@x"), QStringLiteral("\tTAB"), QStringLiteral("Ü;x"),
                                     QStringLiteral("中文"), QStringLiteral("a\rb")};
        for (int i = 0; i < symbols.size(); ++i) {
            TokenInfo token;
            token.tokenId = 100 + i;
            token.symbol = symbols.at(i);
            token.decimals = (i * 11) % (Amount::MaxDecimals + 1);
            tokens.append(token);
        }
        const TokenRegistry registry(tokens);

        QRandomGenerator random(20261130);
        auto amount = [&random] {
            QString digits = QString::number(random.bounded(10));
            for (int i = random.bounded(78); i > 0; --i)
                digits += QChar(u'0' + char16_t(random.bounded(10)));
            if (digits.size() > 1 && random.bounded(4) == 0)
                digits.replace(digits.size() - 3, 3, QStringLiteral("000"));
            return Amount::parse(digits).value_or(Amount::max());
        };
        QList<Balance> rows = fixtureBalances();
        for (int i = 0; i < 1200; ++i) {
            Balance balance;
            balance.accountId = random.bounded(4294967295LL);
            balance.tokenId = i % 3 == 0 ? 100 + random.bounded(int(symbols.size())) : random.bounded(200);
            balance.total = amount();
            balance.locked = i % 5 == 0 ? balance.total : amount();
            balance.pendingDeposit = i % 2 ? amount() : Amount();
            balance.pendingWithdraw = amount();
            rows.append(balance);
        }
        for (const AmountUnit unit : {AmountUnit::TokenUnits, AmountUnit::BaseUnits}) {
            QCOMPARE(balancesCsv({}, registry, unit), Header);
            QCOMPARE(balancesCsv(rows, registry, unit), csvOf(makeBalanceRecords(rows, registry, unit)));
            QCOMPARE(balancesCsv(rows, TokenRegistry(), unit), csvOf(makeBalanceRecords(rows, TokenRegistry(), unit)));
        }
    }

    // The general direct writer (File ▸ Export's CSV): chosen rows in a chosen order, any columns,
    // separator and mark, prices, values and changes from a provider. Byte for byte what the
    // records with addPrices() and addChanges() give through the CsvWriter.
    void directCsvWithLayoutIsTheRecordsCsv()
    {
        QList<TokenInfo> tokens = json::parseTokens(readFixture("tokens-sample.json")).value();
        const QStringList symbols = {HostileSymbol, QStringLiteral("-a,\"b\"\nc"), QStringLiteral("Ü;x\ty")};
        for (int i = 0; i < symbols.size(); ++i) {
            TokenInfo token;
            token.tokenId = 100 + i;
            token.symbol = symbols.at(i);
            token.decimals = 3 + i;
            tokens.append(token);
        }
        const TokenRegistry registry(tokens);
        const PriceTable fixturePrices = json::parsePrices(readFixture("prices-sample.json"), QStringLiteral("USD")).value();
        QList<Price> priceList = fixturePrices.prices();
        priceList.append(Price{HostileSymbol, *Decimal::parse(u"0.000123"), QDateTime()});
        priceList.append(Price{symbols.at(2), *Decimal::parse(u"12"), QDateTime()});
        const PriceTable prices(QStringLiteral("EUR"), priceList);

        QRandomGenerator random(1130);
        QList<Balance> balances = fixtureBalances();
        for (int i = 0; i < 300; ++i) {
            Balance balance = makeBalance(i % 4 == 0 ? 100 + random.bounded(int(symbols.size())) : random.bounded(120),
                                          random.generate64() >> random.bounded(64), random.generate64() >> 40,
                                          random.bounded(1000), random.bounded(3));
            balances.append(balance);
        }
        QHash<int, Amount> previous;
        for (int tokenId = 0; tokenId < 120; tokenId += 3)
            previous.insert(tokenId, Amount::fromUInt64(random.generate64() >> random.bounded(64)));
        // A subset in another order, as a sorted and filtered view gives it.
        QList<int> rows;
        for (int i = int(balances.size()) - 1; i >= 0; i -= 1 + random.bounded(3))
            rows.append(i);

        const BalanceRowExtrasProvider extras = [&](int index) {
            const Balance &balance = balances.at(index);
            const std::optional<TokenInfo> token = registry.find(balance.tokenId);
            BalanceRowExtras row;
            if (const std::optional<Price> price = token ? prices.priceOf(*token) : std::nullopt) {
                row.price = price->value;
                row.value = fiatValue(balance.total, token->decimals, price->value);
            }
            row.change = SignedAmount::difference(balance.total, previous.value(balance.tokenId));
            return row;
        };
        QList<BalanceColumn> columns = allBalanceColumns()
                + QList<BalanceColumn>{BalanceColumn::Price, BalanceColumn::Value, BalanceColumn::ChangeTotal,
                                       BalanceColumn::Label, BalanceColumn::FetchedAt};
        std::rotate(columns.begin(), columns.begin() + 4, columns.end());
        for (const AmountUnit unit : {AmountUnit::TokenUnits, AmountUnit::BaseUnits}) {
            QList<Balance> chosen;
            for (const int row : std::as_const(rows))
                chosen.append(balances.at(row));
            QList<BalanceRecord> records = makeBalanceRecords(chosen, registry, unit);
            addPrices(records, chosen, registry, prices);
            addChanges(records, chosen, registry, unit, previous);
            for (const CsvDelimiter delimiter : {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab}) {
                BalanceCsvLayout layout;
                layout.columns = columns;
                layout.unit = unit;
                layout.csv.delimiter = delimiter;
                layout.csv.byteOrderMark = delimiter == CsvDelimiter::Semicolon;
                layout.currency = QStringLiteral("EUR");
                QBuffer direct;
                direct.open(QIODevice::WriteOnly);
                QVERIFY(writeBalancesCsv(&direct, balances, registry, rows, layout, extras));
                QBuffer reference;
                reference.open(QIODevice::WriteOnly);
                QVERIFY(writeBalancesCsv(&reference, records, columns, layout.csv, nullptr, QStringLiteral("EUR")));
                QCOMPARE(direct.data(), reference.data());
                QVERIFY(direct.data().contains("'=HYPERLINK"));
                QVERIFY(direct.data().contains("price_eur"));
            }
        }
        // Without a provider the extra columns are empty, as records without addPrices() are.
        BalanceCsvLayout layout;
        layout.columns = {BalanceColumn::TokenId, BalanceColumn::Value, BalanceColumn::ChangeTotal};
        layout.currency = QStringLiteral("USD");
        QBuffer bare;
        bare.open(QIODevice::WriteOnly);
        QVERIFY(writeBalancesCsv(&bare, balances, registry, {0, 1}, layout));
        QCOMPARE(bare.data(), QByteArray("token_id,value_usd,change_total\r\n")
                         + QByteArray::number(balances.at(0).tokenId) + ",,\r\n"
                         + QByteArray::number(balances.at(1).tokenId) + ",,\r\n");
    }

    void directCsvWriteFailure()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(!writeBalancesCsv(&readOnly, fixtureBalances(), fixtureTokens(), {0}, BalanceCsvLayout(), {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void csvOptions()
    {
        const QList<BalanceRecord> records = makeBalanceRecords({makeBalance(3, 5, 10)}, fixtureTokens(), AmountUnit::TokenUnits);
        CsvWriter::Options options;
        options.delimiter = CsvDelimiter::Semicolon;
        options.byteOrderMark = true;
        QCOMPARE(csvOf(records, options),
                 QByteArray("\xEF\xBB\xBF"
                            "account_id;token_id;symbol;decimals;total;locked;available;pending_deposit;pending_withdraw\r\n"
                            "20533;3;USDT;6;0.000005;0.00001;-0.000005;0;0\r\n"));
    }

    void csvColumnSubset()
    {
        const QList<BalanceRecord> records = makeBalanceRecords({makeBalance(3, 5, 10)}, fixtureTokens(), AmountUnit::TokenUnits);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeBalancesCsv(&buffer, records, {BalanceColumn::Available, BalanceColumn::Symbol}, {}));
        QCOMPARE(buffer.data(), QByteArray("available,symbol\r\n-0.000005,USDT\r\n"));
    }

    void csvWriteFailure()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(!writeBalancesCsv(&buffer, {}, allBalanceColumns(), {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void jsonRoundTrip()
    {
        QList<TokenInfo> tokens = json::parseTokens(readFixture("tokens-sample.json")).value();
        TokenInfo hostile;
        hostile.tokenId = 7;
        hostile.symbol = QStringLiteral("q\"b\\s\n\x01") + QString::fromUtf8("Ω🙂");
        hostile.decimals = 2;
        tokens.append(hostile);
        const QList<BalanceRecord> records = makeBalanceRecords(
            {fixtureBalances().at(0), makeBalance(99, 5, 10), makeBalance(7, 150, 0)}, TokenRegistry(tokens),
            AmountUnit::TokenUnits);

        const QByteArray json = balancesToJson(records);
        QVERIFY(json.endsWith("]\n"));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 3);

        const QJsonObject eth = array.at(0).toObject();
        QCOMPARE(eth.keys().size(), 9);
        for (const QString &key : balanceCsvHeader())
            QVERIFY2(eth.contains(key), qPrintable(key));
        QVERIFY(eth.value(QLatin1String("account_id")).isDouble());
        QCOMPARE(eth.value(QLatin1String("account_id")).toInteger(), 20533);
        QCOMPARE(eth.value(QLatin1String("token_id")).toInteger(), 0);
        QCOMPARE(eth.value(QLatin1String("symbol")).toString(), QStringLiteral("ETH"));
        QVERIFY(eth.value(QLatin1String("decimals")).isDouble());
        QCOMPARE(eth.value(QLatin1String("decimals")).toInteger(), 18);
        QCOMPARE(eth.value(QLatin1String("total")).toString(), QStringLiteral("0.87341"));
        QCOMPARE(eth.value(QLatin1String("locked")).toString(), QStringLiteral("0.12"));
        QCOMPARE(eth.value(QLatin1String("available")).toString(), QStringLiteral("0.75341"));
        QCOMPARE(eth.value(QLatin1String("pending_deposit")).toString(), QStringLiteral("0.25"));
        QCOMPARE(eth.value(QLatin1String("pending_withdraw")).toString(), QStringLiteral("0"));

        const QJsonObject unknown = array.at(1).toObject();
        QVERIFY(unknown.value(QLatin1String("symbol")).isNull());
        QVERIFY(unknown.value(QLatin1String("decimals")).isNull());
        QCOMPARE(unknown.value(QLatin1String("token_id")).toInteger(), 99);
        QCOMPARE(unknown.value(QLatin1String("available")).toString(), QStringLiteral("-5"));

        const QJsonObject odd = array.at(2).toObject();
        QCOMPARE(odd.value(QLatin1String("symbol")).toString(), hostile.symbol);
        QCOMPARE(odd.value(QLatin1String("total")).toString(), QStringLiteral("1.5"));
    }

    void jsonKeysFollowColumnOrder()
    {
        const QList<BalanceRecord> records = makeBalanceRecords({makeBalance(3, 5, 10)}, fixtureTokens(), AmountUnit::TokenUnits);
        const QByteArray json = balancesToJson(records);
        qsizetype previous = -1;
        for (const QString &key : balanceCsvHeader()) {
            const qsizetype at = json.indexOf(QByteArray('"' + key.toUtf8() + "\":"));
            QVERIFY2(at > previous, qPrintable(key));
            previous = at;
        }
        QCOMPARE(json,
                 QByteArray("[\n"
                            "  {\n"
                            "    \"account_id\": 20533,\n"
                            "    \"token_id\": 3,\n"
                            "    \"symbol\": \"USDT\",\n"
                            "    \"decimals\": 6,\n"
                            "    \"total\": \"0.000005\",\n"
                            "    \"locked\": \"0.00001\",\n"
                            "    \"available\": \"-0.000005\",\n"
                            "    \"pending_deposit\": \"0\",\n"
                            "    \"pending_withdraw\": \"0\"\n"
                            "  }\n"
                            "]\n"));
    }

    void jsonColumnSubsetAndEmptyList()
    {
        QCOMPARE(balancesToJson({}), QByteArray("[]\n"));
        const QList<BalanceRecord> records = makeBalanceRecords({makeBalance(99, 1, 0), makeBalance(3, 1, 0)},
                                                                fixtureTokens(), AmountUnit::TokenUnits);
        const QJsonArray array = QJsonDocument::fromJson(
                                     balancesToJson(records, {BalanceColumn::TokenId, BalanceColumn::Total}))
                                     .array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().keys(), QStringList({QStringLiteral("token_id"), QStringLiteral("total")}));
        QCOMPARE(array.at(1).toObject().value(QLatin1String("total")).toString(), QStringLiteral("0.000001"));
    }

    void portfolioRecordsCarryLabels()
    {
        // Two accounts on one service: one record per account and token, lines by token id.
        PortfolioAccount alice;
        alice.bookmarkId = QStringLiteral("a");
        alice.label = QStringLiteral("Alice");
        alice.baseUrl = QUrl(QStringLiteral("https://api3.loopring.io"));
        alice.tokens = fixtureTokens();
        alice.balances = {makeBalance(3, 5, 0), makeBalance(0, 1000000000000000000ULL, 0)};
        PortfolioAccount bob = alice;
        bob.bookmarkId = QStringLiteral("b");
        bob.label = QStringLiteral("=cmd|' /C calc'!A0");
        Balance bobUsdt = makeBalance(3, 2500000, 0);
        bobUsdt.accountId = 777;
        Balance bobUnknown = makeBalance(99, 42, 0);
        bobUnknown.accountId = 777;
        bob.balances = {bobUsdt, bobUnknown};

        const Portfolio portfolio = Portfolio::aggregate({alice, bob});
        const QList<BalanceRecord> records = makePortfolioRecords(portfolio, AmountUnit::TokenUnits);
        QCOMPARE(records.size(), 4);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeBalancesCsv(&buffer, records, portfolioBalanceColumns(), {}));
        QCOMPARE(buffer.data(),
                 QByteArray("label,service,account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,pending_withdraw\r\n"
                            "Alice,https://api3.loopring.io,20533,0,ETH,18,1,0,1,0,0\r\n"
                            "Alice,https://api3.loopring.io,20533,3,USDT,6,0.000005,0,0.000005,0,0\r\n"
                            "'=cmd|' /C calc'!A0,https://api3.loopring.io,777,3,USDT,6,2.5,0,2.5,0,0\r\n"
                            "'=cmd|' /C calc'!A0,https://api3.loopring.io,777,99,,,42,0,42,0,0\r\n"));

        const QList<BalanceRecord> baseUnits = makePortfolioRecords(portfolio, AmountUnit::BaseUnits);
        QCOMPARE(baseUnits.at(2).total, QStringLiteral("2500000"));
        QCOMPARE(baseUnits.at(2).label, bob.label);
    }

    void labelColumn()
    {
        QCOMPARE(balanceColumnKey(BalanceColumn::Label), QStringLiteral("label"));
        QCOMPARE(balanceColumnKind(BalanceColumn::Label), CellKind::Text);
        QVERIFY(!allBalanceColumns().contains(BalanceColumn::Label));
        QCOMPARE(portfolioBalanceColumns().size(), allBalanceColumns().size() + 2);
        QCOMPARE(portfolioBalanceColumns().first(), BalanceColumn::Label);
        QCOMPARE(portfolioBalanceColumns().at(1), BalanceColumn::Service);
        QCOMPARE(balanceColumnKey(BalanceColumn::Service), QStringLiteral("service"));
        QCOMPARE(balanceColumnKind(BalanceColumn::Service), CellKind::Text);
        QVERIFY(!allBalanceColumns().contains(BalanceColumn::Service));

        // A single-account record has no label: the column is empty in CSV and "" in JSON.
        BalanceRecord record = makeBalanceRecord(makeBalance(3, 5, 0), fixtureTokens(), AmountUnit::TokenUnits);
        QCOMPARE(balanceColumnText(record, BalanceColumn::Label), QString());
        record.label = QStringLiteral("Cold \"wallet\"\n2");
        const QJsonArray array = QJsonDocument::fromJson(
                                     balancesToJson({record}, {BalanceColumn::Label, BalanceColumn::Total}))
                                     .array();
        QCOMPARE(array.at(0).toObject().keys(), QStringList({QStringLiteral("label"), QStringLiteral("total")}));
        QCOMPARE(array.at(0).toObject().value(QLatin1String("label")).toString(), record.label);
    }

    void jsonEscapesWhatMustNotReachATerminal()
    {
        // A label is the user's text, kept exactly; in JSON anything that could steer a terminal
        // or reorder text is a \u escape, so the bytes are inert and a reader gets the same string.
        BalanceRecord record = makeBalanceRecord(makeBalance(3, 5, 0), fixtureTokens(), AmountUnit::TokenUnits);
        record.label = QStringLiteral("\x1b]0;pwned\x07 \x1b[31m \u009b \u202eCRL \x7f");
        const QByteArray json = balancesToJson({record}, portfolioBalanceColumns());
        for (const char *raw : {"\x1b", "\x07", "\xc2\x9b", "\xe2\x80\xae", "\x7f"})
            QVERIFY2(!json.contains(raw), json.constData());
        QVERIFY(json.contains("\"label\": \"\\u001b]0;pwned\\u0007 \\u001b[31m \\u009b \\u202eCRL \\u007f\""));
        const QJsonArray array = QJsonDocument::fromJson(json).array();
        QCOMPARE(array.at(0).toObject().value(QLatin1String("label")).toString(), record.label);
    }

    void pricesFillPriceAndValueBySymbol()
    {
        // USDT (6 decimals) 2.5 at 1.0001 → 2.50025 → 2.50; WBTC 0.5 at "36500.00"; USDC has no
        // price in the sample; token 99 is unknown and has no symbol to be priced by.
        const QList<Balance> balances = {makeBalance(3, 2500000, 0), makeBalance(4, 50000000, 0),
                                         makeBalance(6, 5, 0), makeBalance(99, 7, 0)};
        QList<BalanceRecord> records = makeBalanceRecords(balances, fixtureTokens(), AmountUnit::TokenUnits);
        const PriceTable prices = json::parsePrices(readFixture("prices-sample.json"), QStringLiteral("USD")).value();
        addPrices(records, balances, fixtureTokens(), prices);
        QCOMPARE(records[0].price, QStringLiteral("1.0001"));
        QCOMPARE(records[0].value, QStringLiteral("2.50"));
        QCOMPARE(records[1].price, QStringLiteral("36500.00"));
        QCOMPARE(records[1].value, QStringLiteral("18250.00"));
        QVERIFY(records[2].price.isEmpty() && records[2].value.isEmpty());
        QVERIFY(records[3].price.isEmpty() && records[3].value.isEmpty());

        // The keys name the currency in lower case; the columns come where they are asked for.
        const QList<BalanceColumn> columns = allBalanceColumns() + QList{BalanceColumn::Price, BalanceColumn::Value};
        QCOMPARE(balanceCsvHeader(columns, QStringLiteral("CNY")).mid(9),
                 (QStringList{QStringLiteral("price_cny"), QStringLiteral("value_cny")}));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeBalancesCsv(&buffer, records, columns, {}, nullptr, QStringLiteral("USD")));
        QVERIFY(buffer.data().startsWith(QByteArray(Header.chopped(2) + ",price_usd,value_usd\r\n")));
        QVERIFY(buffer.data().contains("20533,3,USDT,6,2.5,0,2.5,0,0,1.0001,2.50\r\n"));
        QVERIFY(buffer.data().contains("20533,99,,,7,0,7,0,0,,\r\n"));

        const QJsonArray json = QJsonDocument::fromJson(balancesToJson(records, columns, QStringLiteral("USD"))).array();
        QCOMPARE(json.at(1).toObject().value(QLatin1String("value_usd")).toString(), QStringLiteral("18250.00"));
        QVERIFY(json.at(2).toObject().value(QLatin1String("price_usd")).isNull());
    }

    void changesCountFromThePreviousTotals()
    {
        const QList<Balance> balances = {makeBalance(3, 2500000, 0), makeBalance(0, 1, 0), makeBalance(99, 7, 0)};
        // USDT had 3.0, ETH was not there (counts from 0), token 99 had 10 base units.
        const QHash<int, Amount> previous = {{3, Amount::fromUInt64(3000000)}, {99, Amount::fromUInt64(10)}};
        QList<BalanceRecord> records = makeBalanceRecords(balances, fixtureTokens(), AmountUnit::TokenUnits);
        addChanges(records, balances, fixtureTokens(), AmountUnit::TokenUnits, previous);
        QCOMPARE(records[0].changeTotal, QStringLiteral("-0.5"));
        QCOMPARE(records[1].changeTotal, QStringLiteral("0.000000000000000001"));
        QCOMPARE(records[2].changeTotal, QStringLiteral("-3"));  // unknown token: base units
        QCOMPARE(balanceColumnKey(BalanceColumn::ChangeTotal), QStringLiteral("change_total"));

        QList<BalanceRecord> raw = makeBalanceRecords(balances, fixtureTokens(), AmountUnit::BaseUnits);
        addChanges(raw, balances, fixtureTokens(), AmountUnit::BaseUnits, previous);
        QCOMPARE(raw[0].changeTotal, QStringLiteral("-500000"));

        const QString table = balancesToTable(records, {BalanceColumn::ChangeTotal}, {});
        QVERIFY(table.section(QLatin1Char('\n'), 0, 0).endsWith(QLatin1String("CHANGE")));
        QVERIFY(table.section(QLatin1Char('\n'), 1, 1).endsWith(QLatin1String("-0.5")));
    }

    void tableAlignment()
    {
        const QList<BalanceRecord> records = makeBalanceRecords(
            {fixtureBalances().at(0), makeBalance(99, 5, 10)}, fixtureTokens(), AmountUnit::TokenUnits);
        const QString table = balancesToTable(records);
        const QString expected = QStringLiteral(
            "TOKEN    TOTAL  LOCKED  AVAILABLE  PENDING DEPOSIT  PENDING WITHDRAW\n"
            "ETH    0.87341    0.12    0.75341             0.25                 0\n"
            "#99          5      10         -5                0                 0\n");
        QCOMPARE(table, expected);

        // Every line has the same width and each amount ends where its header ends.
        const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            QCOMPARE(line.size(), lines.first().size());
    }

    void tableWithWideAmountsAndHostileSymbol()
    {
        // Symbols enter through the token list parser, which makes them printable for every view.
        const Result<QList<TokenInfo>> tokens =
            json::parseTokens("[{\"tokenId\": 1, \"symbol\": \"A\\nB\\u001b[2J\", \"decimals\": 0}]");
        QVERIFY(tokens.ok());
        const QList<BalanceRecord> records = makeBalanceRecords(
            {makeBalance(1, 123456789012345678ULL, 0)}, TokenRegistry(*tokens), AmountUnit::TokenUnits);
        const QString table = balancesToTable(records);
        QCOMPARE(table.count(QLatin1Char('\n')), 2);
        QVERIFY(!table.contains(QChar(0x1b)));
        const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("A\uFFFDB\uFFFD[2J")));
        QCOMPARE(lines.at(0).size(), lines.at(1).size());
        // The wide total pushes its header to the right.
        QVERIFY(lines.at(0).contains(QStringLiteral("             TOTAL")));
        QVERIFY(lines.at(1).contains(QStringLiteral("  123456789012345678  ")));
    }

    void tableOfNothing()
    {
        QCOMPARE(balancesToTable({}), QStringLiteral("No balances.\n"));
    }
};

QTEST_GUILESS_MAIN(TestBalanceExport)
#include "test_balanceexport.moc"
