// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/amountdisplay.h"
#include "gui/balanceproxymodel.h"
#include "gui/balancetablemodel.h"
#include "gui/palettecolors.h"

#include "core/balanceexport.h"
#include "core/loopringjson.h"
#include "core/printabletext.h"

#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace loopview;
using namespace loopview::testdata;

class TestBalanceTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passesModelTester();
    void resetsOncePerUpdate();
    void displaysGroupedExactAmounts();
    void exportRoleMatchesBalanceRecord();
    void unknownTokenShowsIdAndBaseUnits();
    void negativeAvailableIsFlagged();
    void pendingCellsAreTinted();
    void amountsAreRightAlignedAndFixedWidth();
    void decimalPaddingAlignsPoints();
    void roundsToTokenPrecisionOnlyOnScreen();
    void roundingThatDropsDigitsNarrowsThePadding();
    void cellsAreMadeFromTheRecord();
    void staleDataIsMuted();
    void sortRoleIsExact();
    void headerHasTitlesAndTips();
    void hostileSymbolCannotImpersonate();
    void pricesFillPriceAndValueColumns();
    void totalValueLeavesUnpricedTokensOut();
    void oldPricesSayTheirAge();
    void sortingByValueIsExact();
    void proxySortsAmountsByTheirSortRole();
    void withoutPricesTheColumnsAreEmpty();
    void changesCountFromThePreviousSnapshot();
    void vanishedTokensAreZeroRowsWithANegativeChange();

private:
    QList<Balance> sampleBalances() const;
    static QList<Balance> variedBalances(TokenRegistry *tokens);
    static PriceTable samplePrices(const QDateTime &updatedAt);
};

void TestBalanceTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QList<Balance> TestBalanceTableModel::sampleBalances() const
{
    return {balance(0, "873410000000000000", "120000000000000000", "250000000000000000"),
            balance(1, "15800250000000000000000", "0", "0", "300000000000000000000"),
            balance(3, "4520013", "20013"),
            balance(4, "1000"),
            balance(6, "0", "0", "9990000")};
}

// 300 rows of tokens with 0 … 30 decimals and precisions of 0 … 8, amounts of 1 … 40 digits of
// which many end in zeros, some locked above their total, and every tenth token unknown.
QList<Balance> TestBalanceTableModel::variedBalances(TokenRegistry *tokens)
{
    QRandomGenerator random(12);
    auto digits = [&random] {
        QByteArray text = QByteArray::number(1 + random.bounded(9));
        for (int n = random.bounded(40); n > 0; --n)
            text += char('0' + random.bounded(10));
        for (int n = random.bounded(3) == 0 ? random.bounded(25) : 0; n > 0; --n)
            text += '0';
        return text;
    };
    QList<TokenInfo> known;
    QList<Balance> balances;
    for (int id = 0; id < 300; ++id) {
        if (id % 10 != 9) {
            TokenInfo info = token(id, "TK", "Token", random.bounded(31));
            info.symbol += QString::number(id);
            info.precision = random.bounded(9);
            known.append(info);
        }
        balances.append(balance(id, digits().constData(), random.bounded(4) == 0 ? digits().constData() : "0",
                                random.bounded(3) == 0 ? digits().constData() : "0", "0"));
    }
    *tokens = TokenRegistry(known);
    return balances;
}

void TestBalanceTableModel::passesModelTester()
{
    BalanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBalances(sampleBalances(), sampleTokens());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(BalanceTableModel::ColumnCount));
    model.setStale(true);
    model.setBalances({balance(77, "1")}, {});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestBalanceTableModel::resetsOncePerUpdate()
{
    BalanceTableModel model;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.setBalances(sampleBalances(), sampleTokens());
    model.setBalances(sampleBalances(), sampleTokens());
    QCOMPARE(resets.count(), 2);
    QCOMPARE(inserts.count(), 0);
}

void TestBalanceTableModel::displaysGroupedExactAmounts()
{
    BalanceTableModel model;
    model.setBalances(sampleBalances(), sampleTokens());
    auto display = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(display(0, BalanceTableModel::TokenColumn), QStringLiteral("ETH"));
    QCOMPARE(display(0, BalanceTableModel::TotalColumn), QStringLiteral("0.87341"));
    QCOMPARE(display(0, BalanceTableModel::LockedColumn), QStringLiteral("0.12"));
    QCOMPARE(display(0, BalanceTableModel::AvailableColumn), QStringLiteral("0.75341"));
    QCOMPARE(display(0, BalanceTableModel::PendingDepositColumn), QStringLiteral("0.25"));
    QCOMPARE(display(1, BalanceTableModel::TotalColumn), QStringLiteral("15,800.25"));
    QCOMPARE(display(1, BalanceTableModel::PendingWithdrawColumn), QStringLiteral("300"));
    QCOMPARE(display(2, BalanceTableModel::AvailableColumn), QStringLiteral("4.5"));
    QCOMPARE(display(3, BalanceTableModel::TotalColumn), QStringLiteral("0.00001"));
    QCOMPARE(display(3, BalanceTableModel::TokenIdColumn), QStringLiteral("4"));

    // Nothing is ever rounded, however many digits.
    TokenInfo wide = token(9, "WIDE", "Wide token", 18);
    model.setBalances({balance(9, "115792089237316195423570985008687907853269984665640564039457584007913129639935")},
                      TokenRegistry({wide}));
    QCOMPARE(display(0, BalanceTableModel::TotalColumn),
             QStringLiteral("115,792,089,237,316,195,423,570,985,008,687,907,853,269,984,665,640,564,039,457."
                            "584007913129639935"));
}

void TestBalanceTableModel::exportRoleMatchesBalanceRecord()
{
    BalanceTableModel model;
    const QList<Balance> balances = sampleBalances();
    model.setBalances(balances, sampleTokens());
    for (int row = 0; row < balances.size(); ++row) {
        const BalanceRecord record = makeBalanceRecord(balances[row], sampleTokens(), AmountUnit::TokenUnits);
        auto exported = [&](int column) { return model.index(row, column).data(BalanceTableModel::ExportRole).toString(); };
        QCOMPARE(exported(BalanceTableModel::TokenColumn), record.symbol);
        QCOMPARE(exported(BalanceTableModel::TotalColumn), record.total);
        QCOMPARE(exported(BalanceTableModel::LockedColumn), record.locked);
        QCOMPARE(exported(BalanceTableModel::AvailableColumn), record.available);
        QCOMPARE(exported(BalanceTableModel::PendingDepositColumn), record.pendingDeposit);
        QCOMPARE(exported(BalanceTableModel::PendingWithdrawColumn), record.pendingWithdraw);
        QCOMPARE(exported(BalanceTableModel::TokenIdColumn), QString::number(record.tokenId));
    }
    // Machine text: no grouping even where the display groups.
    QCOMPARE(model.index(1, BalanceTableModel::TotalColumn).data(BalanceTableModel::ExportRole).toString(),
             QStringLiteral("15800.25"));
}

void TestBalanceTableModel::unknownTokenShowsIdAndBaseUnits()
{
    BalanceTableModel model;
    model.setBalances({balance(77, "4206900000000000000000")}, sampleTokens());
    const QModelIndex token = model.index(0, BalanceTableModel::TokenColumn);
    QCOMPARE(token.data().toString(), QStringLiteral("Token #77"));
    QVERIFY(token.data(Qt::ToolTipRole).toString().contains(QLatin1String("does not know token ID 77")));
    // Real content, not a hint: never the placeholder colour (italic marks the stand-in label).
    QVERIFY(token.data(Qt::ForegroundRole).value<QColor>() != QGuiApplication::palette().color(QPalette::PlaceholderText));
    QVERIFY(token.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(token.data(BalanceTableModel::ExportRole).toString(), QStringLiteral("#77"));
    const QModelIndex total = model.index(0, BalanceTableModel::TotalColumn);
    QCOMPARE(total.data().toString(), QStringLiteral("4,206,900,000,000,000,000,000"));
    QCOMPARE(total.data(BalanceTableModel::ExportRole).toString(), QStringLiteral("4206900000000000000000"));
    QVERIFY(total.data(Qt::ToolTipRole).toString().contains(QLatin1String("base units")));
    QVERIFY(total.data(Qt::ToolTipRole).toString().contains(QLatin1String("Exact value: 4,206,900,000,000,000,000,000")));
}

void TestBalanceTableModel::negativeAvailableIsFlagged()
{
    BalanceTableModel model;
    model.setBalances({balance(3, "5000000", "7500000"), balance(1, "1")}, sampleTokens());
    const QModelIndex available = model.index(0, BalanceTableModel::AvailableColumn);
    QCOMPARE(available.data().toString(), QStringLiteral("-2.5"));
    QCOMPARE(available.data(BalanceTableModel::ExportRole).toString(), QStringLiteral("-2.5"));
    QCOMPARE(available.data(Qt::ForegroundRole).value<QColor>(),
             palettecolors::negativeText(QGuiApplication::palette()));
    QVERIFY(available.data(Qt::ToolTipRole).toString().contains(QLatin1String("more locked than total")));
    QVERIFY(!model.index(1, BalanceTableModel::AvailableColumn).data(Qt::ForegroundRole).isValid());
}

void TestBalanceTableModel::pendingCellsAreTinted()
{
    BalanceTableModel model;
    model.setBalances(sampleBalances(), sampleTokens());
    const QPalette palette = QGuiApplication::palette();
    const QModelIndex ethDeposit = model.index(0, BalanceTableModel::PendingDepositColumn);
    QCOMPARE(ethDeposit.data(Qt::BackgroundRole).value<QColor>(),
             palettecolors::pendingBackground(palette, palettecolors::Pending::Deposit));
    QCOMPARE(ethDeposit.data(Qt::ForegroundRole).value<QColor>(),
             palettecolors::pendingText(palette, palettecolors::Pending::Deposit));
    QCOMPARE(ethDeposit.data(Qt::ToolTipRole).toString(), QStringLiteral("Pending deposit: not yet credited on L2"));
    const QModelIndex lrcWithdraw = model.index(1, BalanceTableModel::PendingWithdrawColumn);
    QCOMPARE(lrcWithdraw.data(Qt::ForegroundRole).value<QColor>(),
             palettecolors::pendingText(palette, palettecolors::Pending::Withdrawal));
    QVERIFY(lrcWithdraw.data(Qt::ForegroundRole) != ethDeposit.data(Qt::ForegroundRole));
    QVERIFY(lrcWithdraw.data(Qt::BackgroundRole) != ethDeposit.data(Qt::BackgroundRole));
    QVERIFY(lrcWithdraw.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Pending withdrawal")));
    // The status bar's count: ETH and USDC have deposits pending, LRC a withdrawal.
    QCOMPARE(model.pendingCount(palettecolors::Pending::Deposit), 2);
    QCOMPARE(model.pendingCount(palettecolors::Pending::Withdrawal), 1);
    QVERIFY(model.pendingSummary().startsWith(QLatin1String("2 pending deposits")));
    model.setBalances({balance(4, "1000")}, sampleTokens());
    QCOMPARE(model.pendingSummary(), QString());
    // Zero pending amounts stay plain.
    QVERIFY(!model.index(0, BalanceTableModel::PendingWithdrawColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, BalanceTableModel::TotalColumn).data(Qt::BackgroundRole).isValid());
}

void TestBalanceTableModel::amountsAreRightAlignedAndFixedWidth()
{
    BalanceTableModel model;
    model.setBalances(sampleBalances(), sampleTokens());
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    for (int column = BalanceTableModel::TotalColumn; column < BalanceTableModel::ColumnCount; ++column)
        QCOMPARE(model.index(0, column).data(Qt::TextAlignmentRole).toInt(), right);
    QCOMPARE(model.index(0, BalanceTableModel::TokenColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignLeft | Qt::AlignVCenter));
    const QFont font = model.index(0, BalanceTableModel::TotalColumn).data(Qt::FontRole).value<QFont>();
    QCOMPARE(font.family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
}

void TestBalanceTableModel::decimalPaddingAlignsPoints()
{
    BalanceTableModel model;
    // Totals: 0.87341 (5 digits), 15800.25 (2), 4.520013 (6), 0.00001 (5), 0 (none).
    model.setBalances(sampleBalances(), sampleTokens());
    auto padding = [&](int row) {
        return model.index(row, BalanceTableModel::TotalColumn).data(BalanceTableModel::DecimalPaddingRole).toInt();
    };
    QCOMPARE(padding(0), 1);
    QCOMPARE(padding(1), 4);
    QCOMPARE(padding(2), 0);
    QCOMPARE(padding(4), 7);  // six digits and the point
    QVERIFY(!model.index(0, BalanceTableModel::TokenColumn).data(BalanceTableModel::DecimalPaddingRole).isValid());
}

void TestBalanceTableModel::roundsToTokenPrecisionOnlyOnScreen()
{
    BalanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TokenInfo eth = token(0, "ETH", "Ethereum", 18);
    eth.precision = 4;
    TokenInfo usdt = token(3, "USDT", "Tether USD", 6);
    usdt.precision = 2;
    const TokenRegistry tokens({eth, usdt});
    // 1.23456789 ETH, 2.005 USDT (a half: away from zero), an unknown token in base units.
    model.setBalances({balance(0, "1234567890000000000", "50000000000000"), balance(3, "2005000"), balance(77, "123456")},
                      tokens);
    const QModelIndex ethTotal = model.index(0, BalanceTableModel::TotalColumn);
    QCOMPARE(ethTotal.data().toString(), QStringLiteral("1.23456789"));  // exact by default
    QVERIFY(!model.roundsToTokenPrecision());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRoundToTokenPrecision(true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.constFirst().at(2).value<QList<int>>().contains(Qt::DisplayRole));
    QCOMPARE(ethTotal.data().toString(), QStringLiteral("1.2346"));
    QCOMPARE(model.index(0, BalanceTableModel::LockedColumn).data().toString(), QStringLiteral("0.0001"));  // 0.00005 → up
    QCOMPARE(model.index(1, BalanceTableModel::TotalColumn).data().toString(), QStringLiteral("2.01"));
    QCOMPARE(model.index(2, BalanceTableModel::TotalColumn).data().toString(), QStringLiteral("123,456"));
    // The exact value stays everywhere else: tooltip, copy/export and sorting.
    QVERIFY(ethTotal.data(Qt::ToolTipRole).toString().contains(QLatin1String("1.23456789")));
    QCOMPARE(ethTotal.data(BalanceTableModel::ExportRole).toString(), QStringLiteral("1.23456789"));
    QCOMPARE(ethTotal.data(BalanceTableModel::SortRole).value<ScaledAmount>(),
             ScaledAmount(amount("1234567890000000000"), 18));
    // Padding follows what is shown: four digits at most now.
    QCOMPARE(model.index(1, BalanceTableModel::TotalColumn).data(BalanceTableModel::DecimalPaddingRole).toInt(), 2);
    // An amount the rounding does not change has no "exact value" line.
    QVERIFY(!model.index(1, BalanceTableModel::PendingDepositColumn).data(Qt::ToolTipRole).isValid());

    model.setRoundToTokenPrecision(false);
    QCOMPARE(ethTotal.data().toString(), QStringLiteral("1.23456789"));
    // The option holds for the next result too.
    model.setRoundToTokenPrecision(true);
    model.setBalances({balance(0, "1000050000000000000")}, tokens);
    QCOMPARE(model.index(0, BalanceTableModel::TotalColumn).data().toString(), QStringLiteral("1.0001"));
}

void TestBalanceTableModel::roundingThatDropsDigitsNarrowsThePadding()
{
    // The widest fraction of a column is found without formatting rows that cannot beat it; a row
    // whose rounding carries ("0.0999" to 2 digits is "0.1") must still count what it shows.
    TokenInfo small = token(1, "SMALL", "Small", 4);
    small.precision = 2;
    TokenInfo round = token(2, "ROUND", "Round", 18);
    round.precision = 4;
    const TokenRegistry tokens({small, round});
    BalanceTableModel model;
    model.setBalances({balance(1, "999"), balance(2, "1500000000000000000")}, tokens);
    auto padding = [&model](int row) {
        return model.index(row, BalanceTableModel::TotalColumn).data(BalanceTableModel::DecimalPaddingRole).toInt();
    };
    QCOMPARE(model.index(0, BalanceTableModel::TotalColumn).data().toString(), QStringLiteral("0.0999"));
    QCOMPARE(padding(0), 0);
    QCOMPARE(padding(1), 3);  // "1.5" under "0.0999"
    model.setRoundToTokenPrecision(true);
    QCOMPARE(model.index(0, BalanceTableModel::TotalColumn).data().toString(), QStringLiteral("0.1"));
    QCOMPARE(padding(0), 0);
    QCOMPARE(padding(1), 0);
}

void TestBalanceTableModel::cellsAreMadeFromTheRecord()
{
    // Every amount cell, made when asked, is the export record's exact text, rounded only on screen
    // and then grouped; the padding lines it up with the widest fraction shown in its column.
    TokenRegistry tokens;
    const QList<Balance> balances = variedBalances(&tokens);
    BalanceTableModel model;
    model.setBalances(balances, tokens);
    const QList<int> amountColumns{BalanceTableModel::TotalColumn, BalanceTableModel::LockedColumn,
                                   BalanceTableModel::AvailableColumn, BalanceTableModel::PendingDepositColumn,
                                   BalanceTableModel::PendingWithdrawColumn};
    for (const bool round : {false, true}) {
        model.setRoundToTokenPrecision(round);
        for (const int column : amountColumns) {
            QList<int> digits;
            for (int row = 0; row < balances.size(); ++row) {
                const BalanceRecord record = makeBalanceRecord(balances.at(row), tokens, AmountUnit::TokenUnits);
                const QString exact = QStringList{record.total, record.locked, record.available, record.pendingDeposit,
                                                  record.pendingWithdraw}.at(column - BalanceTableModel::TotalColumn);
                const std::optional<TokenInfo> info = tokens.find(balances.at(row).tokenId);
                const QString shown = amountdisplay::roundMachineText(exact, round && info ? info->precision : -1);
                const QModelIndex cell = model.index(row, column);
                QCOMPARE(cell.data().toString(), amountdisplay::groupMachineText(shown));
                QCOMPARE(cell.data(BalanceTableModel::ExportRole).toString(), exact);
                digits.append(amountdisplay::fractionDigits(shown));
            }
            const int widest = *std::max_element(digits.cbegin(), digits.cend());
            for (int row = 0; row < balances.size(); ++row) {
                QCOMPARE(model.index(row, column).data(BalanceTableModel::DecimalPaddingRole).toInt(),
                         amountdisplay::decimalPadding(widest, digits.at(row)));
            }
        }
    }
}

void TestBalanceTableModel::staleDataIsMuted()
{
    BalanceTableModel model;
    model.setBalances(sampleBalances(), sampleTokens());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStale(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, BalanceTableModel::TotalColumn).data(Qt::ForegroundRole).value<QColor>(),
             palettecolors::staleText(QGuiApplication::palette()));
    model.setStale(true);
    QCOMPARE(changed.count(), 1);
    model.setStale(false);
    QVERIFY(!model.index(0, BalanceTableModel::TotalColumn).data(Qt::ForegroundRole).isValid());
}

void TestBalanceTableModel::sortRoleIsExact()
{
    BalanceTableModel model;
    model.setBalances(sampleBalances(), sampleTokens());
    const QVariant key = model.index(0, BalanceTableModel::TotalColumn).data(BalanceTableModel::SortRole);
    QCOMPARE(key.metaType(), QMetaType::fromType<ScaledAmount>());
    QVERIFY(key.value<ScaledAmount>() == ScaledAmount(amount("87341"), 5));
    QCOMPARE(model.index(0, BalanceTableModel::TokenIdColumn).data(BalanceTableModel::SortRole).toInt(), 0);
}

void TestBalanceTableModel::headerHasTitlesAndTips()
{
    BalanceTableModel model;
    const QStringList expected{QStringLiteral("Token"), QStringLiteral("Total"), QStringLiteral("Locked"),
                               QStringLiteral("Available"), QStringLiteral("Pending deposit"),
                               QStringLiteral("Pending withdrawal"), QStringLiteral("Token ID"),
                               QStringLiteral("Price"), QStringLiteral("Value"), QStringLiteral("Change")};
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
}

void TestBalanceTableModel::hostileSymbolCannotImpersonate()
{
    // Issue 9 item 6: a token list whose symbol is U+202E + "CRL" rendered as "LRC" in the table.
    // Symbols come into the table the only way they come into Loopview, through the token list
    // parser, and the cell and its tooltip show a visible marker instead of reordering the text.
    const Result<QList<TokenInfo>> tokens = json::parseTokens(
        "[{\"tokenId\": 1, \"symbol\": \"\\u202eCRL\", \"name\": \"\\u001b]0;pwned\\u0007Loopring\", \"decimals\": 18},"
        " {\"tokenId\": 2, \"symbol\": \"LRC\", \"name\": \"Loopring\", \"decimals\": 18}]");
    QVERIFY(tokens.ok());
    BalanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBalances({balance(1, "1"), balance(2, "2")}, TokenRegistry(*tokens));
    const QString R(QChar(0xFFFD));
    const QModelIndex spoof = model.index(0, BalanceTableModel::TokenColumn);
    QCOMPARE(spoof.data(Qt::DisplayRole).toString(), R + QStringLiteral("CRL"));
    QCOMPARE(model.index(1, BalanceTableModel::TokenColumn).data(Qt::DisplayRole).toString(), QStringLiteral("LRC"));
    const QString tip = spoof.data(Qt::ToolTipRole).toString();
    QVERIFY2(isPrintableText(tip), qPrintable(tip));
    QVERIFY(tip.startsWith(R + QStringLiteral("]0;pwned") + R + QStringLiteral("Loopring")));
    QCOMPARE(spoof.data(BalanceTableModel::ExportRole).toString(), R + QStringLiteral("CRL"));
}

PriceTable TestBalanceTableModel::samplePrices(const QDateTime &updatedAt)
{
    const auto price = [&updatedAt](const char *symbol, const char *value) {
        return Price{QString::fromLatin1(symbol), *Decimal::parse(QString::fromLatin1(value)), updatedAt};
    };
    // No price for WBTC and USDC.
    return PriceTable(QStringLiteral("USD"), {price("ETH", "3000.12"), price("LRC", "0.2530"), price("USDT", "1.0001")});
}

void TestBalanceTableModel::pricesFillPriceAndValueColumns()
{
    BalanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBalances(sampleBalances(), sampleTokens(), samplePrices(QDateTime::currentDateTimeUtc()));
    QCOMPARE(model.currency(), QStringLiteral("USD"));
    QCOMPARE(model.headerData(BalanceTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value (USD)"));
    QCOMPARE(model.headerData(BalanceTableModel::PriceColumn, Qt::Horizontal).toString(), QStringLiteral("Price (USD)"));

    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    // 0.87341 ETH × 3000.12 = 2620.3348092 → 2620.33; 15800.25 LRC × 0.2530 = 3997.46325 → 3997.46;
    // 4.520013 USDT × 1.0001 = 4.5204650013 → 4.52. The price keeps the service's digits.
    QCOMPARE(cell(0, BalanceTableModel::ValueColumn), QStringLiteral("2,620.33"));
    QCOMPARE(cell(0, BalanceTableModel::PriceColumn), QStringLiteral("3,000.12"));
    QCOMPARE(cell(1, BalanceTableModel::ValueColumn), QStringLiteral("3,997.46"));
    QCOMPARE(cell(1, BalanceTableModel::PriceColumn), QStringLiteral("0.2530"));
    QCOMPARE(cell(2, BalanceTableModel::ValueColumn), QStringLiteral("4.52"));
    // Machine text for copy: no grouping.
    QCOMPARE(cell(1, BalanceTableModel::ValueColumn, BalanceTableModel::ExportRole), QStringLiteral("3997.46"));
    QCOMPARE(cell(0, BalanceTableModel::PriceColumn, BalanceTableModel::ExportRole), QStringLiteral("3000.12"));
    // WBTC has no price: empty cells, and the tooltip says why.
    QVERIFY(cell(3, BalanceTableModel::ValueColumn).isEmpty());
    QVERIFY(cell(3, BalanceTableModel::PriceColumn).isEmpty());
    QVERIFY(cell(3, BalanceTableModel::ValueColumn, BalanceTableModel::ExportRole).isEmpty());
    QVERIFY(cell(3, BalanceTableModel::ValueColumn, Qt::ToolTipRole).contains(QStringLiteral("no USD price for WBTC")));
    QVERIFY(!model.index(3, BalanceTableModel::ValueColumn).data(BalanceTableModel::SortRole).isValid());
}

void TestBalanceTableModel::totalValueLeavesUnpricedTokensOut()
{
    BalanceTableModel model;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setBalances(sampleBalances(), sampleTokens(), samplePrices(now.addSecs(-180)));
    QCOMPARE(model.fiatTotal().value().toString(), QStringLiteral("6622.31"));
    QCOMPARE(model.fiatTotal().unpricedCount(), 2);
    QCOMPARE(model.fiatTotal().pricedCount(), 3);
    // Prices of a few minutes ago are the service's normal: their age is left to the tooltip.
    QCOMPARE(model.valueSummary(now), QStringLiteral("Total value: 6,622.31 USD (excl. 2 tokens without a price)"));
    // Every token priced: no exclusion note.
    model.setBalances({balance(0, "1000000000000000000")}, sampleTokens(), samplePrices(now));
    QCOMPARE(model.valueSummary(now), QStringLiteral("Total value: 3,000.12 USD"));
}

void TestBalanceTableModel::oldPricesSayTheirAge()
{
    BalanceTableModel model;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setBalances({balance(0, "1000000000000000000")}, sampleTokens(), samplePrices(now.addSecs(-15 * 60)));
    QVERIFY(!model.pricesAreOld(now));
    QCOMPARE(model.valueSummary(now), QStringLiteral("Total value: 3,000.12 USD"));
    // A second later they are old, and the line says so.
    QVERIFY(model.pricesAreOld(now.addSecs(1)));
    QCOMPARE(model.valueSummary(now.addSecs(2 * 3600)), QStringLiteral("Total value: 3,000.12 USD  ·  prices updated 2 h ago"));
}

void TestBalanceTableModel::sortingByValueIsExact()
{
    // Values a double cannot tell apart (10^20 + 1 and 10^20 + 2): the order must still be right.
    const TokenRegistry tokens({token(10, "AAA", "A", 0), token(11, "BBB", "B", 0), token(12, "CCC", "C", 0),
                                token(13, "NOP", "No price", 0)});
    const auto price = [](const char *symbol, const char *value) {
        return Price{QString::fromLatin1(symbol), *Decimal::parse(QString::fromLatin1(value)), QDateTime()};
    };
    BalanceTableModel model;
    model.setBalances({balance(10, "100000000000000000002"), balance(11, "100000000000000000001"),
                       balance(12, "3"), balance(13, "5")},
                      tokens, PriceTable(QStringLiteral("USD"), {price("AAA", "1"), price("BBB", "1"), price("CCC", "0.5")}));
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(BalanceTableModel::ValueColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, BalanceTableModel::TokenColumn).data().toString();
    // The token without a price sorts after every value.
    QCOMPARE(order, (QStringList{QStringLiteral("CCC"), QStringLiteral("BBB"), QStringLiteral("AAA"), QStringLiteral("NOP")}));
    QCOMPARE(proxy.index(2, BalanceTableModel::ValueColumn).data(BalanceTableModel::ExportRole).toString(),
             QStringLiteral("100000000000000000002.00"));
}

void TestBalanceTableModel::proxySortsAmountsByTheirSortRole()
{
    // The proxy reads amount keys from the model directly; the order must be SortRole's.
    TokenRegistry tokens;
    BalanceTableModel model;
    model.setBalances(variedBalances(&tokens), tokens);
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    for (int column = BalanceTableModel::TotalColumn; column <= BalanceTableModel::PendingWithdrawColumn; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const auto key = [&](int proxyRow) {
                    return proxy.index(proxyRow, column).data(BalanceTableModel::SortRole).value<ScaledAmount>();
                };
                QVERIFY2(order == Qt::AscendingOrder ? !(key(row) < key(row - 1)) : !(key(row - 1) < key(row)),
                         qPrintable(QStringLiteral("column %1, row %2").arg(column).arg(row)));
            }
        }
    }
}

void TestBalanceTableModel::withoutPricesTheColumnsAreEmpty()
{
    BalanceTableModel model;
    model.setBalances(sampleBalances(), sampleTokens(), samplePrices(QDateTime::currentDateTimeUtc()));
    model.setBalances(sampleBalances(), sampleTokens());
    QVERIFY(!model.hasPrices());
    QVERIFY(model.valueSummary().isEmpty());
    QCOMPARE(model.headerData(BalanceTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
    QVERIFY(model.index(0, BalanceTableModel::ValueColumn).data().toString().isEmpty());
    QVERIFY(!model.index(0, BalanceTableModel::ValueColumn).data(Qt::ToolTipRole).isValid());
}

void TestBalanceTableModel::changesCountFromThePreviousSnapshot()
{
    BalanceChangeBase base;
    base.since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    base.totals = {{0, amount("1000000000000000000")}, {1, amount("15800250000000000000000")}, {4, amount("500")}};
    BalanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBalances(sampleBalances(), sampleTokens(), std::nullopt, base);
    QVERIFY(model.hasChanges());
    QCOMPARE(model.changesSince(), base.since);
    QVERIFY(model.changeSummary().startsWith(QLatin1String("changes since ")));
    QCOMPARE(model.headerData(BalanceTableModel::ChangeColumn, Qt::Horizontal).toString(), QStringLiteral("Change"));

    const auto cell = [&model](int row, int role = Qt::DisplayRole) {
        return model.index(row, BalanceTableModel::ChangeColumn).data(role);
    };
    const QPalette palette = QGuiApplication::palette();
    // ETH 0.87341 − 1: a loss, with its sign, in the negative colour.
    QCOMPARE(cell(0).toString(), QStringLiteral("-0.12659"));
    QCOMPARE(cell(0, BalanceTableModel::ExportRole).toString(), QStringLiteral("-0.12659"));
    QCOMPARE(cell(0, Qt::ForegroundRole).value<QColor>(), palettecolors::negativeText(palette));
    // LRC unchanged: no sign, no colour.
    QCOMPARE(cell(1).toString(), QStringLiteral("0"));
    QVERIFY(!cell(1, Qt::ForegroundRole).isValid());
    // USDT was not in the previous snapshot: it counts from 0. A gain says "+".
    QCOMPARE(cell(2).toString(), QStringLiteral("+4.520013"));
    QCOMPARE(cell(2, BalanceTableModel::ExportRole).toString(), QStringLiteral("4.520013"));
    QCOMPARE(cell(2, Qt::ForegroundRole).value<QColor>(), palettecolors::positiveText(palette));
    // WBTC 1000 − 500 base units at 8 decimals.
    QCOMPARE(cell(3).toString(), QStringLiteral("+0.000005"));

    // Sorting by change is exact: losses first, ascending.
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(BalanceTableModel::ChangeColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, BalanceTableModel::TokenColumn).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("ETH"), QStringLiteral("LRC"), QStringLiteral("USDC"),
                                 QStringLiteral("WBTC"), QStringLiteral("USDT")}));

    // Without a base the column is empty and the summary says nothing.
    model.setBalances(sampleBalances(), sampleTokens());
    QVERIFY(!model.hasChanges());
    QVERIFY(model.changeSummary().isEmpty());
    QVERIFY(cell(0).toString().isEmpty());
}

void TestBalanceTableModel::vanishedTokensAreZeroRowsWithANegativeChange()
{
    BalanceChangeBase base;
    base.since = QDateTime::currentDateTimeUtc();
    // USDT (3) was held and is gone; token 99 was held at zero (nothing vanished there).
    base.totals = {{0, amount("873410000000000000")}, {3, amount("4520013")}, {99, amount("0")}};
    BalanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBalances({balance(0, "873410000000000000")}, sampleTokens(), std::nullopt, base);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex usdt = model.index(1, BalanceTableModel::TokenColumn);
    QCOMPARE(usdt.data().toString(), QStringLiteral("USDT"));
    QCOMPARE(model.index(1, BalanceTableModel::TotalColumn).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(1, BalanceTableModel::ChangeColumn).data().toString(), QStringLiteral("-4.520013"));
    QVERIFY(model.index(1, BalanceTableModel::ChangeColumn).data(Qt::ToolTipRole).toString().contains(
            QLatin1String("Not in this result")));
    // Not hidden as a zero balance: the point is to see where it went.
    QVERIFY(!usdt.data(BalanceTableModel::AllZeroRole).toBool());
    QCOMPARE(model.balances().at(1).accountId, qint64(20533));

    // A token filter's result is part of the account: nothing "vanished" from it.
    base.showVanished = false;
    model.setBalances({balance(0, "873410000000000000")}, sampleTokens(), std::nullopt, base);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestBalanceTableModel)
#include "test_balancetablemodel.moc"
