// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// listoutput: --format picks core's writer for the list, byte for byte.
#include "cli/listoutput.h"

#include "core/tokenexport.h"

#include <QBuffer>
#include <QTest>

using namespace loopview;
using namespace loopview::cli;

namespace {

QList<BalanceRecord> sampleRecords()
{
    BalanceRecord record;
    record.accountId = 20533;
    record.tokenId = 0;
    record.symbol = QStringLiteral("ETH");
    record.decimals = QStringLiteral("18");
    record.knownToken = true;
    record.total = QStringLiteral("1.5");
    record.locked = QStringLiteral("0");
    record.available = QStringLiteral("1.5");
    record.pendingDeposit = QStringLiteral("0");
    record.pendingWithdraw = QStringLiteral("0");
    return {record};
}

QList<TokenInfo> sampleTokens()
{
    TokenInfo token;
    token.tokenId = 1;
    token.symbol = QStringLiteral("LRC");
    token.name = QStringLiteral("Loopring");
    token.decimals = 18;
    token.address = QStringLiteral("0xbbbbca6a901c926f240b89eacb641d8aec7aeafd");
    return {token};
}

template<typename Write>
QByteArray csvOf(Write write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(&buffer);
    return buffer.data();
}

} // namespace

class TestListOutput : public QObject
{
    Q_OBJECT

private slots:
    void balancesInEachFormat()
    {
        const QList<BalanceRecord> records = sampleRecords();
        QCOMPARE(renderBalances(records, OutputFormat::Csv),
                 csvOf([&](QIODevice *device) { writeBalancesCsv(device, records); }));
        QCOMPARE(renderBalances(records, OutputFormat::Json), balancesToJson(records));
        QCOMPARE(renderBalances(records, OutputFormat::Table), balancesToTable(records).toUtf8());
        QVERIFY(renderBalances(records, OutputFormat::Csv).startsWith("account_id,"));
        QVERIFY(renderBalances(records, OutputFormat::Table).startsWith("TOKEN"));
    }

    void tokensInEachFormat()
    {
        const QList<TokenInfo> tokens = sampleTokens();
        QCOMPARE(renderTokens(tokens, OutputFormat::Csv), csvOf([&](QIODevice *device) { writeTokensCsv(device, tokens); }));
        QCOMPARE(renderTokens(tokens, OutputFormat::Json), tokensToJson(tokens));
        QCOMPARE(renderTokens(tokens, OutputFormat::Table), tokensToTable(tokens).toUtf8());
        QVERIFY(renderTokens(tokens, OutputFormat::Csv).startsWith("token_id,"));
        QCOMPARE(renderTokens({}, OutputFormat::Table), QByteArray("No tokens.\n"));
        QCOMPARE(renderTokens({}, OutputFormat::Json), QByteArray("[]\n"));
    }
};

QTEST_GUILESS_MAIN(TestListOutput)
#include "test_listoutput.moc"
