// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/bookmarks/portfoliomodel.h"

#include "core/printabletext.h"
#include "core/service.h"
#include "gui/palettecolors.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>
#include <QTest>

using namespace loopview;

namespace {

Balance balance(int tokenId, quint64 total, quint64 locked = 0, quint64 deposit = 0, quint64 withdraw = 0)
{
    Balance b;
    b.tokenId = tokenId;
    b.total = Amount::fromUInt64(total);
    b.locked = Amount::fromUInt64(locked);
    b.pendingDeposit = Amount::fromUInt64(deposit);
    b.pendingWithdraw = Amount::fromUInt64(withdraw);
    return b;
}

TokenRegistry usdtOnly()
{
    TokenInfo usdt;
    usdt.tokenId = 3;
    usdt.symbol = QStringLiteral("USDT");
    usdt.name = QStringLiteral("Tether USD");
    usdt.decimals = 6;
    return TokenRegistry({usdt});
}

const QUrl Service(QStringLiteral("https://api3.loopring.io"));

} // namespace

class TestPortfolioModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void treeOfTokensAndAccounts()
    {
        PortfolioModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        model.setPortfolio(Portfolio::aggregate({
            {QStringLiteral("a"), QStringLiteral("Alpha"), Service, usdtOnly(),
             {balance(3, 1500000, 500000, 2000000, 0), balance(9, 7)}},
            {QStringLiteral("b"), QStringLiteral("Beta"), Service, usdtOnly(),
             {balance(3, 250000, 0, 0, 1000000)}},
        }));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex usdt = model.index(0, PortfolioModel::TokenColumn);
        QCOMPARE(usdt.data().toString(), QStringLiteral("USDT"));
        QCOMPARE(model.index(0, PortfolioModel::TotalColumn).data(PortfolioModel::ExactTextRole).toString(),
                 QStringLiteral("1.75"));
        QCOMPARE(model.index(0, PortfolioModel::AvailableColumn).data(PortfolioModel::ExactTextRole).toString(),
                 QStringLiteral("1.25"));
        QCOMPARE(model.index(0, PortfolioModel::PendingDepositColumn).data(PortfolioModel::ExactTextRole).toString(),
                 QStringLiteral("2"));
        QCOMPARE(model.index(0, PortfolioModel::PendingWithdrawColumn).data(PortfolioModel::ExactTextRole).toString(),
                 QStringLiteral("1"));
        QVERIFY(!model.index(0, PortfolioModel::TotalColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, PortfolioModel::ServiceColumn).data().toString(), QStringLiteral("api3.loopring.io"));
        // Amounts line up like the balances table: right-aligned, in the fixed-width font.
        const QModelIndex total = model.index(0, PortfolioModel::TotalColumn);
        QCOMPARE(total.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(total.data(Qt::FontRole).value<QFont>().family(),
                 QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QVERIFY(!usdt.data(Qt::FontRole).isValid());

        QCOMPARE(model.rowCount(usdt), 2);
        const QModelIndex beta = model.index(1, PortfolioModel::TokenColumn, usdt);
        QCOMPARE(beta.data().toString(), QStringLiteral("Beta"));
        QCOMPARE(beta.data(PortfolioModel::BookmarkIdRole).toString(), QStringLiteral("b"));
        QCOMPARE(beta.parent(), usdt);
        QCOMPARE(model.index(1, PortfolioModel::TotalColumn, usdt).data(PortfolioModel::ExactTextRole).toString(),
                 QStringLiteral("0.25"));
        QCOMPARE(model.index(1, PortfolioModel::PendingWithdrawColumn, usdt).data(PortfolioModel::ExactTextRole).toString(),
                 QStringLiteral("1"));
        QCOMPARE(model.rowCount(model.index(0, PortfolioModel::TotalColumn)), 0); // children hang off column 0

        // Unknown token id: kept, shown by id, base units.
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("#9"));
        QCOMPARE(model.index(1, PortfolioModel::TotalColumn).data(PortfolioModel::ExactTextRole).toString(),
                 QStringLiteral("7"));

        model.setPortfolio(Portfolio());
        QCOMPARE(model.rowCount(), 0);
    }

    void amountsLineUpAndPendingStandsOut()
    {
        // The same look as the balances table: decimal points aligned, pending amounts in the
        // pending colours (deposits and withdrawals apart), zero pending amounts plain.
        PortfolioModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPortfolio(Portfolio::aggregate({
            {QStringLiteral("a"), QStringLiteral("Alpha"), Service, usdtOnly(),
             {balance(3, 1500000, 500000, 2000000, 0), balance(9, 7)}},
            {QStringLiteral("b"), QStringLiteral("Beta"), Service, usdtOnly(),
             {balance(3, 250000, 0, 0, 1000000)}},
        }));
        const QModelIndex usdt = model.index(0, PortfolioModel::TokenColumn);
        auto padding = [](const QModelIndex &index) { return index.data(PortfolioModel::DecimalPaddingRole).toInt(); };
        // Totals: USDT 1.75, Alpha 1.5, Beta 0.25, #9 7: two fraction digits at most.
        QCOMPARE(padding(model.index(0, PortfolioModel::TotalColumn)), 0);
        QCOMPARE(padding(model.index(0, PortfolioModel::TotalColumn, usdt)), 1);
        QCOMPARE(padding(model.index(1, PortfolioModel::TotalColumn, usdt)), 0);
        QCOMPARE(padding(model.index(1, PortfolioModel::TotalColumn)), 3);
        QCOMPARE(PortfolioModel::DecimalPaddingRole, int(amountdisplay::DecimalPaddingRole));

        const QPalette palette = QGuiApplication::palette();
        const QModelIndex deposit = model.index(0, PortfolioModel::PendingDepositColumn);
        const QModelIndex withdrawal = model.index(0, PortfolioModel::PendingWithdrawColumn);
        QCOMPARE(deposit.data(Qt::ForegroundRole).value<QColor>(),
                 palettecolors::pendingText(palette, palettecolors::Pending::Deposit));
        QCOMPARE(deposit.data(Qt::BackgroundRole).value<QColor>(),
                 palettecolors::pendingBackground(palette, palettecolors::Pending::Deposit));
        QCOMPARE(withdrawal.data(Qt::ForegroundRole).value<QColor>(),
                 palettecolors::pendingText(palette, palettecolors::Pending::Withdrawal));
        QCOMPARE(model.index(1, PortfolioModel::PendingWithdrawColumn, usdt).data(Qt::ForegroundRole).value<QColor>(),
                 palettecolors::pendingText(palette, palettecolors::Pending::Withdrawal));
        QVERIFY(!model.index(1, PortfolioModel::PendingDepositColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, PortfolioModel::PendingDepositColumn, usdt).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, PortfolioModel::TotalColumn).data(Qt::ForegroundRole).isValid());
    }

    void outsideTextIsShownInert()
    {
        // Labels come from the user's bookmarks file and the service URL with them: shown through
        // printableText(), copied exact. Symbols are printable already (the token list parser).
        PortfolioModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString label = QStringLiteral("\u202eCRL \x1b[31mred");
        const QUrl service(QStringLiteral("https://node.example/\u202eproxy"));
        model.setPortfolio(Portfolio::aggregate({{QStringLiteral("a"), label, service, usdtOnly(), {balance(3, 1)}}}));
        const QString R(QChar(0xFFFD));
        const QModelIndex line = model.index(0, PortfolioModel::TokenColumn);
        const QModelIndex share = model.index(0, PortfolioModel::TokenColumn, line);
        QCOMPARE(share.data().toString(), R + QStringLiteral("CRL ") + R + QStringLiteral("[31mred"));
        QCOMPARE(share.data(PortfolioModel::ExactTextRole).toString(), label);
        const QString tip = line.data(Qt::ToolTipRole).toString();
        QVERIFY2(isPrintableText(QString(tip).remove(QLatin1Char('\n'))), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("node.example/") + R + QStringLiteral("proxy")));
    }

    void overflowShownAsSuch()
    {
        PortfolioModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Balance huge = balance(3, 0);
        huge.total = Amount::max();
        model.setPortfolio(Portfolio::aggregate({
            {QStringLiteral("a"), QStringLiteral("A"), Service, usdtOnly(), {huge}},
            {QStringLiteral("b"), QStringLiteral("B"), Service, usdtOnly(), {balance(3, 1)}},
        }));
        const QModelIndex total = model.index(0, PortfolioModel::TotalColumn);
        QVERIFY(total.data(PortfolioModel::OverflowRole).toBool());
        QCOMPARE(total.data().toString(), QStringLiteral("overflow"));
        QVERIFY(total.data(PortfolioModel::ExactTextRole).toString().isEmpty());
        QVERIFY(!total.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(0, PortfolioModel::AvailableColumn).data(PortfolioModel::OverflowRole).toBool());
        QVERIFY(!model.index(0, PortfolioModel::LockedColumn).data(PortfolioModel::OverflowRole).toBool());
        // The accounts still show their own exact amounts.
        const QModelIndex first = model.index(0, PortfolioModel::TotalColumn, model.index(0, 0));
        QCOMPARE(first.data(PortfolioModel::ExactTextRole).toString(),
                 Amount::max().toDecimalString(6));
    }

    void valuesPerLineAccountAndService()
    {
        // Two services: api3 prices USDT in USD; the test service gave no prices. Token 9 is
        // unknown, so it has no symbol to be priced by.
        const QUrl other(QStringLiteral("https://uat2.loopring.io"));
        PortfolioModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QHash<QString, PriceTable> prices{
            {serviceKey(Service),
             PriceTable(QStringLiteral("USD"), {Price{QStringLiteral("USDT"), *Decimal::parse(u"1.0001"), QDateTime()}})}};
        model.setPortfolio(Portfolio::aggregate({
                               {QStringLiteral("a"), QStringLiteral("Alpha"), Service, usdtOnly(),
                                {balance(3, 1500000), balance(9, 7)}},
                               {QStringLiteral("b"), QStringLiteral("Beta"), Service, usdtOnly(), {balance(3, 250005)}},
                               {QStringLiteral("c"), QStringLiteral("Gamma"), other, usdtOnly(), {balance(3, 1000000)}},
                           }),
                           prices);
        QCOMPARE(model.headerData(PortfolioModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value (USD)"));
        // USDT on api3: 1.750005 × 1.0001 = 1.7501800005 → 1.75; Alpha 1.5 × 1.0001 = 1.50015 → 1.50;
        // Beta 0.250005 × 1.0001 = 0.2500300005 → 0.25.
        const QModelIndex usdt = model.index(0, 0);
        QCOMPARE(model.index(0, PortfolioModel::ValueColumn).data(PortfolioModel::ExactTextRole).toString(), QStringLiteral("1.75"));
        QCOMPARE(model.index(0, PortfolioModel::ValueColumn, usdt).data(PortfolioModel::ExactTextRole).toString(), QStringLiteral("1.50"));
        QCOMPARE(model.index(1, PortfolioModel::ValueColumn, usdt).data(PortfolioModel::ExactTextRole).toString(), QStringLiteral("0.25"));
        // The unknown token: empty, and said why.
        QVERIFY(model.index(1, PortfolioModel::ValueColumn).data().toString().isEmpty());
        QVERIFY(model.index(1, PortfolioModel::ValueColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("No USD price")));
        // The other service gave no prices: empty, without a tooltip.
        QVERIFY(model.index(2, PortfolioModel::ValueColumn).data().toString().isEmpty());
        QVERIFY(!model.index(2, PortfolioModel::ValueColumn).data(Qt::ToolTipRole).isValid());

        QCOMPARE(model.serviceValues().size(), 1);
        QCOMPARE(model.serviceValues().at(0).total.value().toString(), QStringLiteral("1.75"));
        QCOMPARE(model.serviceValues().at(0).total.unpricedCount(), 1);
        QCOMPARE(model.accountValues().size(), 2);
        QCOMPARE(model.accountValues().at(0).label, QStringLiteral("Alpha"));
        QCOMPARE(model.accountValues().at(0).total.value().toString(), QStringLiteral("1.50"));
        QCOMPARE(model.accountValues().at(0).total.unpricedCount(), 1);
        QCOMPARE(model.accountValues().at(1).total.value().toString(), QStringLiteral("0.25"));
        const QString summary = model.valueSummary();
        QVERIFY2(summary.startsWith(QLatin1String("Total value on api3.loopring.io: 1.75 USD (excl. 1 ")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Per account: Alpha 1.50 USD  ·  Beta 0.25 USD")), qPrintable(summary));

        // Without prices: no values, no summary.
        model.setPortfolio(model.portfolio());
        QVERIFY(model.valueSummary().isEmpty());
        QVERIFY(model.index(0, PortfolioModel::ValueColumn).data().toString().isEmpty());
        QCOMPARE(model.headerData(PortfolioModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
    }
};

QTEST_MAIN(TestPortfolioModel)
#include "test_portfoliomodel.moc"
