// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/export/balanceexporter.h"

#include "gui/balanceproxymodel.h"
#include "gui/balancetablemodel.h"

#include "core/portfolio.h"

#include "csvtestparser.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif
#include <sys/stat.h>

using namespace loopview;
using namespace loopview::testdata;

namespace {

const QByteArray Header =
        "account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,pending_withdraw\r\n";

// The fixture's shape plus a token the list does not know (id 99, locked > total).
QList<Balance> sampleBalances()
{
    return {
        balance(0, "873410000000000000", "120000000000000000", "250000000000000000"),
        balance(1, "15800250000000000000000", "0", "0", "300000000000000000000"),
        balance(3, "4520013", "20013"),
        balance(4, "1000"),
        balance(6, "0", "0", "9990000"),
        balance(99, "5", "10"),
    };
}

// Prices for ETH, LRC, USDT, WBTC and DAI; none for USDC (id 6), and the unknown token 99 has no
// symbol to be priced by.
PriceTable samplePrices()
{
    const auto price = [](const char *symbol, const char *value) {
        return Price{QString::fromLatin1(symbol), *Decimal::parse(QString::fromLatin1(value)), QDateTime()};
    };
    return PriceTable(QStringLiteral("USD"), {price("ETH", "3000.10"), price("LRC", "0.2530"), price("USDT", "1.0001"),
                                              price("WBTC", "97000"), price("DAI", "1")});
}

// sampleTokens() and DAI (id 2), which the previous snapshot held and the new result lacks.
TokenRegistry tokensWithDai()
{
    QList<TokenInfo> tokens = sampleTokens().tokens();
    tokens.append(token(2, "DAI", "Dai", 18));
    return TokenRegistry(tokens);
}

// The previous snapshot: 1 ETH, the same LRC, 500 base units of WBTC, 2.5 DAI.
BalanceChangeBase sampleChangeBase()
{
    BalanceChangeBase base;
    base.since = QDateTime::fromMSecsSinceEpoch(1764403200000, QTimeZone::utc());
    base.totals = {{0, *Amount::parse(u"1000000000000000000")},
                   {1, *Amount::parse(u"15800250000000000000000")},
                   {4, *Amount::parse(u"500")},
                   {2, *Amount::parse(u"2500000000000000000")}};
    return base;
}

QByteArray writeToBuffer(const BalanceExporter &exporter, const ExportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exporter.write(&buffer, options, &error))
        qFatal("unexpected export failure: %s", qPrintable(error));
    return buffer.data();
}

ExportOptions optionsFor(ExportScope scope)
{
    ExportOptions options;
    options.scope = scope;
    return options;
}

// One column of a parsed CSV (header row skipped).
QStringList csvColumn(const QByteArray &csv, int column, QChar delimiter = QLatin1Char(','))
{
    const std::optional<QList<QStringList>> rows = csvtest::parse(QString::fromUtf8(csv), delimiter);
    if (!rows)
        qFatal("export is not valid RFC 4180");
    QStringList values;
    for (qsizetype i = 1; i < rows->size(); ++i)
        values.append(rows->at(i).value(column));
    return values;
}

// A device that takes `capacity` bytes and then refuses, like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity) : m_capacity(capacity) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_written + size > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot prepare %s", qPrintable(path));
}

} // namespace

class TestBalanceExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void allRowsMatchTheCliBytes();
    void visibleRowsFollowFilterAndSort();
    void visibleRowsGolden();
    void selectedRowsInViewOrder();
    void columnChoiceAndOrder();
    void tokenVersusBaseUnits();
    void semicolonWithByteOrderMark();
    void tabDelimiter();
    void json();
    void hostileSymbolsRoundTrip_data();
    void hostileSymbolsRoundTrip();
    void copySelectionAsCsv();
    void copyFallsBackToCurrentCell();
    void failingDeviceReportsError();
    void writeFileReplacesPreviousFile();
    void pathInMissingFolderFailsCleanly();
    void pathThatIsAFolderFailsCleanly();
    void fifoIsWrittenIntoNeverReplaced();
    void fullDiskLeavesPreviousFileUntouched();
    void portfolioExport();
    void pricesValuesAndChangesAsTheCliWritesThem_data();
    void pricesValuesAndChangesAsTheCliWritesThem();
    void withoutPricesOrChangesNoSuchColumns();
    void pricesValuesAndChangesInJson();
    void copyAsCsvWithPriceValueAndChange();
    void csvStraightFromRowsEqualsRecords_data();
    void csvStraightFromRowsEqualsRecords();

private:
    BalanceTableModel m_model;
    BalanceProxyModel m_proxy;
};

void TestBalanceExporter::init()
{
    m_proxy.setSourceModel(&m_model);
    m_proxy.setFilterText(QString());
    m_proxy.setHideZeroBalances(false);
    m_proxy.sort(-1);
    m_model.setBalances(sampleBalances(), sampleTokens());
}

void TestBalanceExporter::allRowsMatchTheCliBytes()
{
    // Filter and sort must not matter for "all rows": it is the CLI's output for the same data.
    QAbstractItemModelTester tester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy.setHideZeroBalances(true);
    m_proxy.sort(BalanceTableModel::TotalColumn, Qt::DescendingOrder);
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy);

    const QByteArray csv = writeToBuffer(exporter, optionsFor(ExportScope::AllRows));
    QBuffer cli;
    cli.open(QIODevice::WriteOnly);
    QVERIFY(writeBalancesCsv(&cli, makeBalanceRecords(sampleBalances(), sampleTokens(), AmountUnit::TokenUnits)));
    QCOMPARE(csv, cli.data());
    QCOMPARE(csv, Header
                 + "20533,0,ETH,18,0.87341,0.12,0.75341,0.25,0\r\n"
                   "20533,1,LRC,18,15800.25,0,15800.25,0,300\r\n"
                   "20533,3,USDT,6,4.520013,0.020013,4.5,0,0\r\n"
                   "20533,4,WBTC,8,0.00001,0,0.00001,0,0\r\n"
                   "20533,6,USDC,6,0,0,0,9.99,0\r\n"
                   "20533,99,,,5,10,-5,0,0\r\n");
    QCOMPARE(exporter.rowCount(ExportScope::AllRows), 6);
}

void TestBalanceExporter::visibleRowsFollowFilterAndSort()
{
    // Whatever order the proxy settles on, the file lists the rows exactly as the view does.
    QAbstractItemModelTester tester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model.setBalances(sampleBalances() << balance(2, "0"), sampleTokens());  // id 2: all zero
    m_proxy.setHideZeroBalances(true);
    m_proxy.sort(BalanceTableModel::AvailableColumn, Qt::DescendingOrder);
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy);

    QStringList shownIds;
    for (int row = 0; row < m_proxy.rowCount(); ++row)
        shownIds.append(m_proxy.index(row, 0).data(BalanceTableModel::TokenIdRole).toString());
    QCOMPARE(shownIds.size(), 6);
    QVERIFY(!shownIds.contains(QStringLiteral("2")));
    const QByteArray csv = writeToBuffer(exporter, optionsFor(ExportScope::VisibleRows));
    QCOMPARE(csvColumn(csv, 1), shownIds);
    QCOMPARE(exporter.rowCount(ExportScope::VisibleRows), m_proxy.rowCount());

    // And every exported amount is the exact text the view's cells hold for copying.
    const QStringList available = csvColumn(csv, 6);
    for (int row = 0; row < m_proxy.rowCount(); ++row)
        QCOMPARE(available.at(row),
                 m_proxy.index(row, BalanceTableModel::AvailableColumn).data(BalanceTableModel::ExportRole).toString());
}

void TestBalanceExporter::visibleRowsGolden()
{
    // Filter "u" keeps USDT and USDC (symbols) and nothing else; token id descending is a plain
    // integer sort, so the expected bytes do not depend on amount ordering rules.
    m_proxy.setFilterText(QStringLiteral("usd"));
    m_proxy.sort(BalanceTableModel::TokenIdColumn, Qt::DescendingOrder);
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy);
    QCOMPARE(writeToBuffer(exporter, optionsFor(ExportScope::VisibleRows)),
             Header
                     + "20533,6,USDC,6,0,0,0,9.99,0\r\n"
                       "20533,3,USDT,6,4.520013,0.020013,4.5,0,0\r\n");

    // Without a view model "visible" is every row in model order.
    BalanceExporter unviewed(&m_model);
    QCOMPARE(unviewed.sourceRows(ExportScope::VisibleRows), QList<int>({0, 1, 2, 3, 4, 5}));
}

void TestBalanceExporter::selectedRowsInViewOrder()
{
    m_proxy.sort(BalanceTableModel::TokenIdColumn, Qt::DescendingOrder);  // 99, 6, 4, 3, 1, 0
    QItemSelectionModel selection(&m_proxy);
    // Cells in different columns; row 4 (LRC) twice. Order of selecting does not matter.
    selection.select(m_proxy.index(4, BalanceTableModel::TotalColumn), QItemSelectionModel::Select);
    selection.select(m_proxy.index(0, BalanceTableModel::TokenColumn), QItemSelectionModel::Select);
    selection.select(m_proxy.index(4, BalanceTableModel::LockedColumn), QItemSelectionModel::Select);
    selection.select(m_proxy.index(2, BalanceTableModel::TokenIdColumn), QItemSelectionModel::Select);
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, &selection);

    QCOMPARE(exporter.rowCount(ExportScope::SelectedRows), 3);
    QCOMPARE(writeToBuffer(exporter, optionsFor(ExportScope::SelectedRows)),
             Header
                     + "20533,99,,,5,10,-5,0,0\r\n"
                       "20533,4,WBTC,8,0.00001,0,0.00001,0,0\r\n"
                       "20533,1,LRC,18,15800.25,0,15800.25,0,300\r\n");

    // A row hidden by the filter after it was selected is no longer in the view: not exported.
    m_proxy.setFilterText(QStringLiteral("LRC"));
    QCOMPARE(exporter.sourceRows(ExportScope::SelectedRows), QList<int>({1}));

    selection.clear();
    QCOMPARE(exporter.rowCount(ExportScope::SelectedRows), 0);
    QCOMPARE(writeToBuffer(exporter, optionsFor(ExportScope::SelectedRows)), Header);
}

void TestBalanceExporter::columnChoiceAndOrder()
{
    BalanceExporter exporter(&m_model);
    ExportOptions options = optionsFor(ExportScope::AllRows);
    options.columns = {BalanceColumn::Available, BalanceColumn::Symbol, BalanceColumn::TokenId};
    const QByteArray csv = writeToBuffer(exporter, options);
    QCOMPARE(csv, QByteArray("available,symbol,token_id\r\n"
                             "0.75341,ETH,0\r\n"
                             "15800.25,LRC,1\r\n"
                             "4.5,USDT,3\r\n"
                             "0.00001,WBTC,4\r\n"
                             "0,USDC,6\r\n"
                             "-5,,99\r\n"));
    QCOMPARE(exporter.offeredColumns(), allBalanceColumns());
}

void TestBalanceExporter::tokenVersusBaseUnits()
{
    BalanceExporter exporter(&m_model);
    ExportOptions options = optionsFor(ExportScope::AllRows);
    options.columns = {BalanceColumn::Symbol, BalanceColumn::Total, BalanceColumn::Locked, BalanceColumn::Available};
    options.unit = AmountUnit::BaseUnits;
    QCOMPARE(writeToBuffer(exporter, options),
             QByteArray("symbol,total,locked,available\r\n"
                        "ETH,873410000000000000,120000000000000000,753410000000000000\r\n"
                        "LRC,15800250000000000000000,0,15800250000000000000000\r\n"
                        "USDT,4520013,20013,4500000\r\n"
                        "WBTC,1000,0,1000\r\n"
                        "USDC,0,0,0\r\n"
                        ",5,10,-5\r\n"));
    options.unit = AmountUnit::TokenUnits;
    QCOMPARE(csvColumn(writeToBuffer(exporter, options), 1),
             QStringList({QStringLiteral("0.87341"), QStringLiteral("15800.25"), QStringLiteral("4.520013"),
                          QStringLiteral("0.00001"), QStringLiteral("0"), QStringLiteral("5")}));
}

void TestBalanceExporter::semicolonWithByteOrderMark()
{
    m_model.setBalances({balance(3, "4520013", "20013"), balance(99, "5", "10")}, sampleTokens());
    BalanceExporter exporter(&m_model);
    ExportOptions options = optionsFor(ExportScope::AllRows);
    options.csv.delimiter = CsvDelimiter::Semicolon;
    options.csv.byteOrderMark = true;
    QCOMPARE(writeToBuffer(exporter, options),
             QByteArray("\xEF\xBB\xBF"
                        "account_id;token_id;symbol;decimals;total;locked;available;pending_deposit;pending_withdraw\r\n"
                        "20533;3;USDT;6;4.520013;0.020013;4.5;0;0\r\n"
                        "20533;99;;;5;10;-5;0;0\r\n"));
}

void TestBalanceExporter::tabDelimiter()
{
    m_model.setBalances({balance(3, "4520013", "20013")}, sampleTokens());
    BalanceExporter exporter(&m_model);
    ExportOptions options = optionsFor(ExportScope::AllRows);
    options.columns = {BalanceColumn::Symbol, BalanceColumn::Available};
    options.csv.delimiter = CsvDelimiter::Tab;
    QCOMPARE(writeToBuffer(exporter, options), QByteArray("symbol\tavailable\r\nUSDT\t4.5\r\n"));
}

void TestBalanceExporter::json()
{
    m_proxy.sort(BalanceTableModel::TokenIdColumn, Qt::DescendingOrder);
    m_proxy.setFilterText(QStringLiteral("9"));  // token id 99 only (no symbol or name has a 9)
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy);
    ExportOptions options = optionsFor(ExportScope::VisibleRows);
    options.format = ExportFormat::Json;
    options.columns = {BalanceColumn::TokenId, BalanceColumn::Symbol, BalanceColumn::Available};
    QCOMPARE(writeToBuffer(exporter, options),
             QByteArray("[\n"
                        "  {\n"
                        "    \"token_id\": 99,\n"
                        "    \"symbol\": null,\n"
                        "    \"available\": \"-5\"\n"
                        "  }\n"
                        "]\n"));

    // All rows in base units: valid JSON, amounts are exact strings, keys in column order.
    options.scope = ExportScope::AllRows;
    options.unit = AmountUnit::BaseUnits;
    options.columns = allBalanceColumns();
    const QByteArray json = writeToBuffer(exporter, options);
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(json, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 6);
    QCOMPARE(array.at(1).toObject().value(QLatin1String("total")).toString(),
             QStringLiteral("15800250000000000000000"));
    QCOMPARE(array.at(1).toObject().value(QLatin1String("symbol")).toString(), QStringLiteral("LRC"));
    QVERIFY(json.indexOf("\"account_id\"") < json.indexOf("\"pending_withdraw\""));
}

void TestBalanceExporter::hostileSymbolsRoundTrip_data()
{
    QTest::addColumn<QString>("delimiterName");
    for (const char *name : {"comma", "semicolon", "tab"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestBalanceExporter::hostileSymbolsRoundTrip()
{
    QFETCH(QString, delimiterName);
    const CsvDelimiter delimiter = *csvDelimiterFromName(delimiterName);
    // Symbols come from the service: anything is possible. Each must survive a real CSV reader
    // intact, and anything a spreadsheet would evaluate must arrive as inert text.
    const QStringList symbols = {
        QStringLiteral("say \"hi\""),       QStringLiteral("a,b;c\td"),
        QStringLiteral("two\nlines"),       QStringLiteral("cr\rlf\r\n"),
        QStringLiteral("=1+2"),             QStringLiteral("+SUM(A1:A2)"),
        QStringLiteral("-2+3"),             QStringLiteral("@cmd"),
        QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
        QStringLiteral("\tTAB"),            QStringLiteral("\rCR"),
        QString::fromUtf8("Ωmega🙂"),      QStringLiteral("plain"),
    };
    QList<TokenInfo> tokens;
    QList<Balance> balances;
    for (int i = 0; i < symbols.size(); ++i) {
        TokenInfo info;
        info.tokenId = 100 + i;
        info.symbol = symbols.at(i);
        info.decimals = 2;
        tokens.append(info);
        balances.append(balance(100 + i, "12345", "12346"));  // available -0.01
    }
    m_model.setBalances(balances, TokenRegistry(tokens));
    BalanceExporter exporter(&m_model);
    ExportOptions options = optionsFor(ExportScope::AllRows);
    options.csv.delimiter = delimiter;

    const QByteArray csv = writeToBuffer(exporter, options);
    const std::optional<QList<QStringList>> rows = csvtest::parse(QString::fromUtf8(csv), csvDelimiterChar(delimiter));
    QVERIFY2(rows.has_value(), csv.constData());
    QCOMPARE(rows->size(), symbols.size() + 1);
    QCOMPARE(rows->at(0), balanceCsvHeader());
    for (int i = 0; i < symbols.size(); ++i) {
        const QStringList &row = rows->at(i + 1);
        QCOMPARE(row.size(), 9);
        const QString &symbol = symbols.at(i);
        const QChar first = symbol.front();
        const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
                || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
        QCOMPARE(row.at(2), formula ? QLatin1Char('\'') + symbol : symbol);
        QCOMPARE(row.at(1), QString::number(100 + i));
        QCOMPARE(row.at(4), QStringLiteral("123.45"));
        // Our own negative numbers are not "formulas": they stay numbers.
        QCOMPARE(row.at(6), QStringLiteral("-0.01"));
    }
}

void TestBalanceExporter::copySelectionAsCsv()
{
    TokenInfo hostile = token(7, "x", "x", 0);
    hostile.symbol = QStringLiteral("=cmd,\"1\"");
    QList<TokenInfo> tokens = sampleTokens().tokens();
    tokens.append(hostile);
    m_model.setBalances({balance(0, "1000000000000000000"), balance(7, "3"), balance(3, "2500000")},
                        TokenRegistry(tokens));
    m_proxy.sort(BalanceTableModel::TokenIdColumn, Qt::DescendingOrder);  // 7, 3, 0
    QItemSelectionModel selection(&m_proxy);
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, &selection);
    QVERIFY(exporter.selectionToCsv().isEmpty());

    // Rows 0 and 2 (ids 7 and 0), columns Total and Token; the header shows Total before Token.
    selection.select(m_proxy.index(2, BalanceTableModel::TokenColumn), QItemSelectionModel::Select);
    selection.select(m_proxy.index(0, BalanceTableModel::TotalColumn), QItemSelectionModel::Select);
    const QList<int> visualOrder = {BalanceTableModel::TotalColumn, BalanceTableModel::TokenIdColumn,
                                    BalanceTableModel::TokenColumn, BalanceTableModel::LockedColumn};
    QCOMPARE(exporter.selectionToCsv(visualOrder),
             QByteArray("total,symbol\r\n"
                        "3,\"'=cmd,\"\"1\"\"\"\r\n"
                        "1,ETH\r\n"));
    // Logical order when none is given.
    QCOMPARE(exporter.selectionToCsv(), QByteArray("symbol,total\r\n\"'=cmd,\"\"1\"\"\",3\r\nETH,1\r\n"));
}

void TestBalanceExporter::copyFallsBackToCurrentCell()
{
    QItemSelectionModel selection(&m_proxy);
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, &selection);
    selection.setCurrentIndex(m_proxy.index(1, BalanceTableModel::PendingWithdrawColumn), QItemSelectionModel::NoUpdate);
    QCOMPARE(exporter.selectionToCsv(), QByteArray("pending_withdraw\r\n300\r\n"));
}

void TestBalanceExporter::failingDeviceReportsError()
{
    BalanceExporter exporter(&m_model);
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
        FullDevice device(100);
        ExportOptions options = optionsFor(ExportScope::AllRows);
        options.format = format;
        QString error;
        QVERIFY(!exporter.write(&device, options, &error));
        QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
    }
    QBuffer closed;
    QString error;
    QVERIFY(!exporter.write(&closed, optionsFor(ExportScope::AllRows), &error));
    QVERIFY(!error.isEmpty());
}

void TestBalanceExporter::writeFileReplacesPreviousFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("balances.csv"));
    writeFile(path, "previous export that is longer than the new one, so a leftover tail would show\n"
                    "and more\nand more\nand more\nand more\nand more\nand more\nand more\n");
    m_model.setBalances({balance(3, "4520013", "20013")}, sampleTokens());
    BalanceExporter exporter(&m_model);
    ExportOptions options = optionsFor(ExportScope::AllRows);
    options.columns = {BalanceColumn::Symbol, BalanceColumn::Total};
    QString error;
    QVERIFY2(exporter.writeFile(path, options, &error), qPrintable(error));
    QCOMPARE(readFile(path), QByteArray("symbol,total\r\nUSDT,4.520013\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("balances.csv")}));
}

void TestBalanceExporter::pathInMissingFolderFailsCleanly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/balances.csv"));
    BalanceExporter exporter(&m_model);
    QString error;
    QVERIFY(!exporter.writeFile(path, optionsFor(ExportScope::AllRows), &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

void TestBalanceExporter::pathThatIsAFolderFailsCleanly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.csv"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.csv")));
    writeFile(dir.filePath(QStringLiteral("taken.csv/inside.txt")), "keep me");
    BalanceExporter exporter(&m_model);
    QString error;
    QVERIFY(!exporter.writeFile(path, optionsFor(ExportScope::AllRows), &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(readFile(dir.filePath(QStringLiteral("taken.csv/inside.txt"))), QByteArray("keep me"));
    // No temporary file left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("taken.csv")}));
}

void TestBalanceExporter::fifoIsWrittenIntoNeverReplaced()
{
    // A FIFO picked in the dialog must survive the export. With no program reading it, the
    // window says so at once instead of waiting (its event loop must keep running).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("balances.pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    BalanceExporter exporter(&m_model);
    QString error;
    QVERIFY(!exporter.writeFile(path, optionsFor(ExportScope::AllRows), &error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("FIFO")), qPrintable(error));
    struct stat info = {};
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System),
             QStringList({QStringLiteral("balances.pipe")}));
}

void TestBalanceExporter::fullDiskLeavesPreviousFileUntouched()
{
#ifdef Q_OS_LINUX
    // A real failing write: the file size limit makes write(2) fail with EFBIG part-way, as a
    // full disk would. (Permissions cannot be used: the tests may run as root.)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("balances.csv"));
    const QByteArray previous = "the previous export\r\n";
    writeFile(path, previous);

    QList<Balance> many;
    for (int i = 0; i < 400; ++i)
        many.append(balance(i, "123456789012345678901234567890", "1"));
    m_model.setBalances(many, TokenRegistry());
    BalanceExporter exporter(&m_model);

    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit oldLimit{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &oldLimit), 0);
    rlimit small = oldLimit;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool written = exporter.writeFile(path, optionsFor(ExportScope::AllRows), &error);
    setrlimit(RLIMIT_FSIZE, &oldLimit);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!written);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("disk may be full")), qPrintable(error));
    QCOMPARE(readFile(path), previous);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("balances.csv")}));

    // The same export without the limit works, so it was the limit that failed it.
    QVERIFY2(exporter.writeFile(path, optionsFor(ExportScope::AllRows), &error), qPrintable(error));
    QVERIFY(readFile(path).size() > 4096);
#else
    QSKIP("needs RLIMIT_FSIZE");
#endif
}

void TestBalanceExporter::portfolioExport()
{
    PortfolioAccount cold;
    cold.bookmarkId = QStringLiteral("1");
    cold.label = QStringLiteral("Cold, \"main\"");
    cold.baseUrl = QUrl(QStringLiteral("https://api3.loopring.io"));
    cold.tokens = sampleTokens();
    cold.balances = {balance(1, "2000000000000000000"), balance(3, "1500000")};
    PortfolioAccount hot = cold;
    hot.bookmarkId = QStringLiteral("2");
    hot.label = QStringLiteral("@hot");
    Balance hotLrc = balance(1, "500000000000000000");
    hotLrc.accountId = 4242;
    hot.balances = {hotLrc};
    const Portfolio portfolio = Portfolio::aggregate({cold, hot});

    BalanceExporter exporter([&](AmountUnit unit) { return makePortfolioRecords(portfolio, unit); },
                             portfolioBalanceColumns());
    QCOMPARE(exporter.offeredColumns(), portfolioBalanceColumns());
    QCOMPARE(exporter.rowCount(ExportScope::AllRows), 3);
    QCOMPARE(exporter.rowCount(ExportScope::VisibleRows), 3);
    QCOMPARE(exporter.rowCount(ExportScope::SelectedRows), 0);

    ExportOptions options = optionsFor(ExportScope::AllRows);
    options.columns = {BalanceColumn::Label, BalanceColumn::AccountId, BalanceColumn::Symbol, BalanceColumn::Total};
    QCOMPARE(writeToBuffer(exporter, options),
             QByteArray("label,account_id,symbol,total\r\n"
                        "\"Cold, \"\"main\"\"\",20533,LRC,2\r\n"
                        "'@hot,4242,LRC,0.5\r\n"
                        "\"Cold, \"\"main\"\"\",20533,USDT,1.5\r\n"));
}

void TestBalanceExporter::pricesValuesAndChangesAsTheCliWritesThem_data()
{
    QTest::addColumn<AmountUnit>("unit");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray header = "account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,"
                              "pending_withdraw,price_usd,value_usd,change_total\r\n";
    // Value = total × price rounded to cents; no price (USDC, the unknown 99): both empty. DAI
    // vanished: a zero row whose change is what it held.
    QTest::newRow("token units") << AmountUnit::TokenUnits
                                 << header + "20533,0,ETH,18,0.87341,0.12,0.75341,0.25,0,3000.10,2620.32,-0.12659\r\n"
                                             "20533,1,LRC,18,15800.25,0,15800.25,0,300,0.2530,3997.46,0\r\n"
                                             "20533,3,USDT,6,4.520013,0.020013,4.5,0,0,1.0001,4.52,4.520013\r\n"
                                             "20533,4,WBTC,8,0.00001,0,0.00001,0,0,97000,0.97,0.000005\r\n"
                                             "20533,6,USDC,6,0,0,0,9.99,0,,,0\r\n"
                                             "20533,99,,,5,10,-5,0,0,,,5\r\n"
                                             "20533,2,DAI,18,0,0,0,0,0,1,0.00,-2.5\r\n";
    // Base units change the amounts and the change, never the price or the value.
    QTest::newRow("base units")
            << AmountUnit::BaseUnits
            << header + "20533,0,ETH,18,873410000000000000,120000000000000000,753410000000000000,250000000000000000,0,"
                        "3000.10,2620.32,-126590000000000000\r\n"
                        "20533,1,LRC,18,15800250000000000000000,0,15800250000000000000000,0,300000000000000000000,"
                        "0.2530,3997.46,0\r\n"
                        "20533,3,USDT,6,4520013,20013,4500000,0,0,1.0001,4.52,4520013\r\n"
                        "20533,4,WBTC,8,1000,0,1000,0,0,97000,0.97,500\r\n"
                        "20533,6,USDC,6,0,0,0,9990000,0,,,0\r\n"
                        "20533,99,,,5,10,-5,0,0,,,5\r\n"
                        "20533,2,DAI,18,0,0,0,0,0,1,0.00,-2500000000000000000\r\n";
}

void TestBalanceExporter::pricesValuesAndChangesAsTheCliWritesThem()
{
    QFETCH(AmountUnit, unit);
    QFETCH(QByteArray, expected);
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TokenRegistry tokens = tokensWithDai();
    const BalanceChangeBase base = sampleChangeBase();
    m_model.setBalances(sampleBalances(), tokens, samplePrices(), base);
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy);
    QCOMPARE(exporter.currency(), QStringLiteral("USD"));
    // The CLI's columns in the CLI's order, all of them offered.
    const QList<BalanceColumn> columns = allBalanceColumns()
            + QList<BalanceColumn>{BalanceColumn::Price, BalanceColumn::Value, BalanceColumn::ChangeTotal};
    QCOMPARE(exporter.offeredColumns(), columns);

    ExportOptions options = optionsFor(ExportScope::AllRows);
    options.columns = columns;
    options.unit = unit;
    const QByteArray csv = writeToBuffer(exporter, options);
    QCOMPARE(csv, expected);

    // What `loopview-cli balances --currency USD --changes` writes for the same balances: the core's
    // records with addPrices() and addChanges() (the model's rows include the vanished DAI).
    const QList<Balance> rows = m_model.balances();
    QList<BalanceRecord> records = makeBalanceRecords(rows, tokens, unit);
    addPrices(records, rows, tokens, samplePrices());
    addChanges(records, rows, tokens, unit, base.totals);
    QBuffer cli;
    cli.open(QIODevice::WriteOnly);
    QVERIFY(writeBalancesCsv(&cli, records, columns, {}, nullptr, QStringLiteral("USD")));
    QCOMPARE(csv, cli.data());
}

void TestBalanceExporter::withoutPricesOrChangesNoSuchColumns()
{
    // No prices: no currency to name price_<cur> after, so neither column is offered; no previous
    // snapshot: no change_total. The file is the one without them, byte for byte.
    BalanceExporter plain(&m_model);
    QCOMPARE(plain.offeredColumns(), allBalanceColumns());
    QVERIFY(plain.currency().isEmpty());

    m_model.setBalances(sampleBalances(), sampleTokens(), samplePrices());
    BalanceExporter priced(&m_model);
    const QList<BalanceColumn> pricedColumns = {BalanceColumn::Price, BalanceColumn::Value};
    QCOMPARE(priced.offeredColumns(), allBalanceColumns() + pricedColumns);

    m_model.setBalances(sampleBalances(), sampleTokens(), std::nullopt, sampleChangeBase());
    BalanceExporter changed(&m_model);
    const QList<BalanceColumn> changeColumn = {BalanceColumn::ChangeTotal};
    QCOMPARE(changed.offeredColumns(), allBalanceColumns() + changeColumn);

    // Prices in a currency that has none of these tokens: the columns are there, empty.
    m_model.setBalances(sampleBalances(), sampleTokens(), PriceTable(QStringLiteral("CNY"), {}));
    BalanceExporter unpriced(&m_model);
    ExportOptions options = optionsFor(ExportScope::AllRows);
    options.columns = {BalanceColumn::Symbol, BalanceColumn::Price, BalanceColumn::Value};
    QCOMPARE(writeToBuffer(unpriced, options),
             QByteArray("symbol,price_cny,value_cny\r\nETH,,\r\nLRC,,\r\nUSDT,,\r\nWBTC,,\r\nUSDC,,\r\n,,\r\n"));
}

void TestBalanceExporter::pricesValuesAndChangesInJson()
{
    m_model.setBalances(sampleBalances(), tokensWithDai(), samplePrices(), sampleChangeBase());
    BalanceExporter exporter(&m_model);
    ExportOptions options = optionsFor(ExportScope::AllRows);
    options.format = ExportFormat::Json;
    options.columns = {BalanceColumn::TokenId, BalanceColumn::Price, BalanceColumn::Value, BalanceColumn::ChangeTotal};
    const QByteArray json = writeToBuffer(exporter, options);
    // Keys in column order, as the CLI's --format json names them.
    QVERIFY2(json.contains("    \"token_id\": 0,\n    \"price_usd\": \"3000.10\",\n    \"value_usd\": \"2620.32\",\n"
                           "    \"change_total\": \"-0.12659\"\n"),
             json.constData());
    const QJsonArray rows = QJsonDocument::fromJson(json).array();
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows.at(0).toObject().keys(),
             QStringList({QStringLiteral("change_total"), QStringLiteral("price_usd"), QStringLiteral("token_id"),
                          QStringLiteral("value_usd")}));
    // Exact decimal text, never a number a reader would take through floating point.
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("price_usd")).toString(), QStringLiteral("0.2530"));
    // No price (USDC): null, as the CLI writes it; its change is still there.
    const QJsonObject usdc = rows.at(4).toObject();
    QVERIFY(usdc.value(QLatin1String("price_usd")).isNull());
    QVERIFY(usdc.value(QLatin1String("value_usd")).isNull());
    QCOMPARE(usdc.value(QLatin1String("change_total")).toString(), QStringLiteral("0"));
    QCOMPARE(rows.at(6).toObject().value(QLatin1String("change_total")).toString(), QStringLiteral("-2.5"));
}

void TestBalanceExporter::copyAsCsvWithPriceValueAndChange()
{
    TokenInfo hostile = token(7, "x", "x", 0);
    hostile.symbol = QStringLiteral("=cmd");
    QList<TokenInfo> tokens = tokensWithDai().tokens();
    tokens.append(hostile);
    // LRC, DAI and WBTC vanished since the previous snapshot: zero rows, negative changes.
    m_model.setBalances({balance(0, "2000000000000000000"), balance(7, "3"), balance(6, "1000000")},
                        TokenRegistry(tokens), samplePrices(), sampleChangeBase());
    QItemSelectionModel selection(&m_proxy);
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, &selection);
    QCOMPARE(m_proxy.rowCount(), 6);
    for (int row = 0; row < m_proxy.rowCount(); ++row) {
        for (const int column : {BalanceTableModel::TokenColumn, BalanceTableModel::PriceColumn,
                                 BalanceTableModel::ValueColumn, BalanceTableModel::ChangeColumn})
            selection.select(m_proxy.index(row, column), QItemSelectionModel::Select);
    }
    // The columns in the order the user arranged them; the formula guard still applies.
    const QList<int> visualOrder = {BalanceTableModel::ChangeColumn, BalanceTableModel::TokenColumn,
                                    BalanceTableModel::ValueColumn, BalanceTableModel::PriceColumn};
    QCOMPARE(exporter.selectionToCsv(visualOrder),
             QByteArray("change_total,symbol,value_usd,price_usd\r\n"
                        "1,ETH,6000.20,3000.10\r\n"
                        "3,'=cmd,,\r\n"
                        "1,USDC,,\r\n"
                        "-15800.25,LRC,0.00,0.2530\r\n"
                        "-2.5,DAI,0.00,1\r\n"
                        "-0.000005,WBTC,0.00,97000\r\n"));
}

void TestBalanceExporter::csvStraightFromRowsEqualsRecords_data()
{
    QTest::addColumn<ExportScope>("scope");
    QTest::addColumn<AmountUnit>("unit");
    QTest::addColumn<CsvDelimiter>("delimiter");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<QList<BalanceColumn>>("columns");
    const QList<BalanceColumn> every = allBalanceColumns()
            + QList<BalanceColumn>{BalanceColumn::Price, BalanceColumn::Value, BalanceColumn::ChangeTotal};
    QList<BalanceColumn> reversed = every;
    std::reverse(reversed.begin(), reversed.end());
    const QList<BalanceColumn> few = {BalanceColumn::ChangeTotal, BalanceColumn::Symbol, BalanceColumn::Available};
    for (const ExportScope scope : {ExportScope::AllRows, ExportScope::VisibleRows, ExportScope::SelectedRows}) {
        for (const AmountUnit unit : {AmountUnit::TokenUnits, AmountUnit::BaseUnits}) {
            for (const CsvDelimiter delimiter : {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab}) {
                const QByteArray name = QByteArray::number(int(scope)) + '-' + QByteArray::number(int(unit)) + '-'
                        + QByteArray::number(int(delimiter));
                QTest::newRow(QByteArray(name + "-every").constData()) << scope << unit << delimiter << false << every;
                QTest::newRow(QByteArray(name + "-reversed-bom").constData()) << scope << unit << delimiter << true << reversed;
                QTest::newRow(QByteArray(name + "-few").constData()) << scope << unit << delimiter << false << few;
            }
        }
    }
}

void TestBalanceExporter::csvStraightFromRowsEqualsRecords()
{
    // File ▸ Export writes a CSV straight from the model's rows; the records path (makeBalanceRecords
    // and the CsvWriter, what it used before and what JSON still uses) is the reference: the bytes
    // must be the same for any rows, columns, unit, separator and mark.
    QFETCH(ExportScope, scope);
    QFETCH(AmountUnit, unit);
    QFETCH(CsvDelimiter, delimiter);
    QFETCH(bool, byteOrderMark);
    QFETCH(QList<BalanceColumn>, columns);

    // Symbols that need quotes or the formula guard in every separator, tokens with and without a
    // price, an unknown token, negative availables, a vanished token and one whose value is zero.
    QList<TokenInfo> tokens = tokensWithDai().tokens();
    const QStringList hostile = {QStringLiteral("a,b;c\td"), QStringLiteral("=1+2"), QStringLiteral("say \"hi\""),
                                 QStringLiteral("-2+3"), QString::fromUtf8("Ωmega🙂"), QStringLiteral("two\nlines")};
    QList<Balance> balances = sampleBalances();
    QList<Price> prices = samplePrices().prices();
    for (int i = 0; i < hostile.size(); ++i) {
        TokenInfo info = token(200 + i, "x", "x", i * 5);
        info.symbol = hostile.at(i);
        tokens.append(info);
        balances.append(balance(200 + i, i % 2 ? "123456789" : "0", "123456790", "7"));
        if (i % 3 != 2)
            prices.append(Price{hostile.at(i), *Decimal::parse(QStringLiteral("0.0%1").arg(i + 1)), QDateTime()});
    }
    balances.append(balance(150, "42"));  // unknown to the list
    m_model.setBalances(balances, TokenRegistry(tokens), PriceTable(QStringLiteral("EUR"), prices),
                        sampleChangeBase());
    m_proxy.sort(BalanceTableModel::ValueColumn, Qt::DescendingOrder);
    m_proxy.setHideZeroBalances(true);
    QItemSelectionModel selection(&m_proxy);
    for (const int row : {0, 3, 4, 7})
        selection.select(m_proxy.index(row, 1), QItemSelectionModel::Select);
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, &selection);

    ExportOptions options;
    options.scope = scope;
    options.unit = unit;
    options.csv.delimiter = delimiter;
    options.csv.byteOrderMark = byteOrderMark;
    options.columns = columns;
    QBuffer reference;
    reference.open(QIODevice::WriteOnly);
    QVERIFY(BalanceExporter::writeRecords(&reference, exporter.records(scope, unit), options, nullptr,
                                          exporter.currency()));
    const QByteArray csv = writeToBuffer(exporter, options);
    QCOMPARE(csv, reference.data());
    // Not vacuous: the rows, the guard and the currency are there.
    QCOMPARE(csv.count("\r\n"), exporter.rowCount(scope) + 1);
    if (columns.contains(BalanceColumn::Symbol) && scope == ExportScope::AllRows)
        QVERIFY(csv.contains("'=1+2"));
    if (columns.contains(BalanceColumn::Price))
        QVERIFY(csv.contains("price_eur"));
}

QTEST_MAIN(TestBalanceExporter)
#include "test_balanceexporter.moc"
