// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/amountdelegate.h"
#include "gui/balanceproxymodel.h"
#include "gui/balancetablemodel.h"
#include "gui/balancetableview.h"

#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QTest>

using namespace loopview;
using namespace loopview::testdata;

namespace {

const char *const Huge = "4206900000000000000000000000000000000";  // 4.2 quintillion ETH

// The window's table as MainWindow builds it: model, proxy, amount delegate, sorting.
struct Table {
    BalanceTableModel model;
    BalanceProxyModel proxy;
    BalanceTableView view;
    QAbstractItemModelTester sourceTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};

    explicit Table(QSize size = QSize(1024, 400))
    {
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        auto *delegate = new AmountDelegate(&view);
        for (int column = BalanceTableModel::TotalColumn; column <= BalanceTableModel::PendingWithdrawColumn; ++column)
            view.setItemDelegateForColumn(column, delegate);
        view.setSortingEnabled(true);
        view.sortByColumn(BalanceTableModel::TokenColumn, Qt::AscendingOrder);
        view.resize(size);
        view.show();
    }
    QHeaderView *header() { return view.horizontalHeader(); }
    int width(int column) { return header()->sectionSize(column); }
};

// Width the text of every cell needs in its font, with the delegate's padding: the independent
// check that nothing is cut off.
int widestText(const QTableView &view, int column)
{
    const QAbstractItemModel *model = view.model();
    int widest = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const QFont font = index.data(Qt::FontRole).isValid() ? index.data(Qt::FontRole).value<QFont>() : view.font();
        const QString text = index.data().toString()
                + QString(index.data(BalanceTableModel::DecimalPaddingRole).toInt(), QChar(0x2007));
        widest = qMax(widest, QFontMetrics(font).horizontalAdvance(text));
    }
    return widest;
}

QAction *menuAction(QMenu &menu, const QString &text)
{
    for (QAction *action : menu.actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestBalanceTableView : public QObject
{
    Q_OBJECT
private slots:
    void fitsEachNewResult();
    void amountColumnsNeverCutDigits();
    void handSizedColumnsStayUntilReset();
    void tokenColumnStaysInViewWhenScrollingSideways();
    void coveredCellsScrollOutFromUnderTheTokenColumn();
    void tokenColumnStaysFirst();
    void frozenHeaderSortsTheTable();
    void headerMenuShowsAndHidesColumns();
    void resetLayoutRestoresOrderAndVisibility();
    void layoutSurvivesSaveAndRestore();
    void refusesLayoutItDidNotSave();
};

void TestBalanceTableView::fitsEachNewResult()
{
    Table table;
    table.model.setBalances({balance(0, Huge, Huge), balance(3, "5")}, sampleTokens());
    const int wide = table.width(BalanceTableModel::TotalColumn);
    QVERIFY(wide > widestText(table.view, BalanceTableModel::TotalColumn));

    // A small account next: the columns shrink to it, so a 3-token account needs no scrolling.
    table.model.setBalances({balance(3, "5"), balance(4, "12")}, sampleTokens());
    QVERIFY2(table.width(BalanceTableModel::TotalColumn) < wide,
             qPrintable(QStringLiteral("%1 >= %2").arg(table.width(BalanceTableModel::TotalColumn)).arg(wide)));
    QVERIFY(table.width(BalanceTableModel::TotalColumn) > widestText(table.view, BalanceTableModel::TotalColumn));
    QVERIFY(table.width(BalanceTableModel::TotalColumn) >= table.header()->sectionSizeHint(BalanceTableModel::TotalColumn));
    QCOMPARE(table.view.horizontalScrollBar()->maximum(), 0);
}

void TestBalanceTableView::amountColumnsNeverCutDigits()
{
    Table table;
    // Rows the filter hides when the data arrives, and a column the user narrowed, still fit
    // once the rows come into view.
    table.proxy.setFilterText(QStringLiteral("USDT"));
    table.model.setBalances({balance(0, Huge, Huge, Huge, Huge), balance(3, "5")}, sampleTokens());
    table.header()->resizeSection(BalanceTableModel::LockedColumn, table.header()->minimumSectionSize());
    QVERIFY(table.view.isUserSized(BalanceTableModel::LockedColumn));
    table.proxy.setFilterText(QString());
    QCOMPARE(table.proxy.rowCount(), 2);
    for (int column = BalanceTableModel::TotalColumn; column <= BalanceTableModel::PendingWithdrawColumn; ++column) {
        QVERIFY2(table.width(column) > widestText(table.view, column), qPrintable(QString::number(column)));
        const QAbstractItemView *itemView = &table.view;
        QVERIFY(table.width(column) >= itemView->sizeHintForColumn(column));
    }
}

void TestBalanceTableView::handSizedColumnsStayUntilReset()
{
    Table table;
    table.model.setBalances({balance(0, "1"), balance(3, "5")}, sampleTokens());
    QVERIFY(!table.view.isUserSized(BalanceTableModel::LockedColumn));
    table.header()->resizeSection(BalanceTableModel::LockedColumn, 500);
    table.header()->resizeSection(BalanceTableModel::TokenIdColumn, 300);
    QVERIFY(table.view.isUserSized(BalanceTableModel::LockedColumn));

    table.model.setBalances({balance(4, "2")}, sampleTokens());
    QCOMPARE(table.width(BalanceTableModel::LockedColumn), 500);
    QCOMPARE(table.width(BalanceTableModel::TokenIdColumn), 300);
    // Hiding and showing is not resizing.
    table.view.setColumnHidden(BalanceTableModel::TotalColumn, true);
    table.view.setColumnHidden(BalanceTableModel::TotalColumn, false);
    QVERIFY(!table.view.isUserSized(BalanceTableModel::TotalColumn));

    table.view.resetLayout();
    QVERIFY(!table.view.isUserSized(BalanceTableModel::LockedColumn));
    QVERIFY(table.width(BalanceTableModel::LockedColumn) < 500);
    QVERIFY(table.width(BalanceTableModel::TokenIdColumn) < 300);
}

void TestBalanceTableView::tokenColumnStaysInViewWhenScrollingSideways()
{
    Table table(QSize(420, 300));
    table.model.setBalances({balance(0, Huge, Huge, Huge, Huge), balance(1, "7"), balance(3, "5")}, sampleTokens());
    QScrollBar *sideways = table.view.horizontalScrollBar();
    QVERIFY(sideways->maximum() > 0);
    sideways->setValue(sideways->maximum());

    QTableView *frozen = table.view.frozenColumnView();
    QVERIFY(frozen->isVisible());
    QCOMPARE(frozen->geometry().left(), table.view.viewport()->geometry().left());
    QCOMPARE(frozen->width(), table.width(BalanceTableModel::TokenColumn));
    QCOMPARE(frozen->columnWidth(BalanceTableModel::TokenColumn), table.width(BalanceTableModel::TokenColumn));
    for (int column = 0; column < BalanceTableModel::ColumnCount; ++column)
        QCOMPARE(frozen->isColumnHidden(column), column != BalanceTableModel::TokenColumn);

    // What lies at the left edge is the Token cell, in the frozen view and for the table itself.
    const QPoint leftEdge(2, table.view.rowViewportPosition(1) + 2);
    const QModelIndex underFrozen = frozen->indexAt(leftEdge);
    QCOMPARE(underFrozen.column(), int(BalanceTableModel::TokenColumn));
    QCOMPARE(underFrozen.data().toString(), table.proxy.index(1, BalanceTableModel::TokenColumn).data().toString());
    QCOMPARE(table.view.indexAt(leftEdge), table.proxy.index(1, BalanceTableModel::TokenColumn));

    // Both scroll together vertically and share the selection.
    QCOMPARE(frozen->selectionModel(), table.view.selectionModel());
    table.view.verticalScrollBar()->setValue(table.view.verticalScrollBar()->maximum());
    QCOMPARE(frozen->verticalScrollBar()->value(), table.view.verticalScrollBar()->value());

    // A hidden Token column takes the frozen view with it.
    table.view.setColumnHidden(BalanceTableModel::TokenColumn, true);
    QVERIFY(!frozen->isVisible() || table.view.indexAt(leftEdge).column() != BalanceTableModel::TokenColumn);
}

void TestBalanceTableView::coveredCellsScrollOutFromUnderTheTokenColumn()
{
    Table table(QSize(420, 300));
    table.model.setBalances({balance(0, Huge, Huge, Huge, Huge), balance(3, "5")}, sampleTokens());
    QScrollBar *sideways = table.view.horizontalScrollBar();
    sideways->setValue(sideways->maximum());
    const QModelIndex total = table.proxy.index(0, BalanceTableModel::TotalColumn);
    QVERIFY(table.view.visualRect(total).left() < table.width(BalanceTableModel::TokenColumn));

    table.view.setCurrentIndex(total);  // what the arrow keys do
    QCOMPARE(table.view.visualRect(total).left(), table.width(BalanceTableModel::TokenColumn));

    // The Token cell itself is always in view: choosing it does not scroll the others.
    sideways->setValue(sideways->maximum());
    table.view.setCurrentIndex(table.proxy.index(1, BalanceTableModel::TokenColumn));
    QCOMPARE(sideways->value(), sideways->maximum());
}

void TestBalanceTableView::tokenColumnStaysFirst()
{
    Table table;
    table.model.setBalances({balance(0, "1")}, sampleTokens());
    table.header()->moveSection(0, 3);
    QCOMPARE(table.header()->visualIndex(BalanceTableModel::TokenColumn), 0);
    // Other columns still move.
    table.header()->moveSection(table.header()->visualIndex(BalanceTableModel::TokenIdColumn), 1);
    QCOMPARE(table.header()->visualIndex(BalanceTableModel::TokenIdColumn), 1);
    QCOMPARE(table.header()->visualIndex(BalanceTableModel::TokenColumn), 0);
}

void TestBalanceTableView::frozenHeaderSortsTheTable()
{
    Table table;
    table.model.setBalances({balance(0, "1"), balance(1, "2"), balance(3, "3")}, sampleTokens());
    QHeaderView *frozenHeader = table.view.frozenColumnView()->horizontalHeader();
    const QPoint tokenHeader(frozenHeader->sectionViewportPosition(0) + 5, frozenHeader->height() / 2);

    QTest::mouseClick(frozenHeader->viewport(), Qt::LeftButton, {}, tokenHeader);
    QCOMPARE(table.header()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(table.proxy.index(0, BalanceTableModel::TokenColumn).data().toString(), QStringLiteral("USDT"));
    QCOMPARE(frozenHeader->sortIndicatorOrder(), Qt::DescendingOrder);

    table.view.sortByColumn(BalanceTableModel::TotalColumn, Qt::DescendingOrder);
    QTest::mouseClick(frozenHeader->viewport(), Qt::LeftButton, {}, tokenHeader);
    QCOMPARE(table.header()->sortIndicatorSection(), int(BalanceTableModel::TokenColumn));
    QCOMPARE(table.header()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(table.proxy.index(0, BalanceTableModel::TokenColumn).data().toString(), QStringLiteral("ETH"));
}

void TestBalanceTableView::headerMenuShowsAndHidesColumns()
{
    Table table;
    table.model.setBalances({balance(0, "1")}, sampleTokens());
    {
        auto menu = table.view.createHeaderMenu();
        QAction *locked = menuAction(*menu, QStringLiteral("Locked"));
        QVERIFY(locked);
        QVERIFY(locked->isCheckable() && locked->isChecked());
        locked->trigger();
    }
    QVERIFY(table.view.isColumnHidden(BalanceTableModel::LockedColumn));

    // Down to one column: its entry cannot be unchecked, or the header would be gone.
    for (int column = 0; column < BalanceTableModel::ColumnCount - 1; ++column)
        table.view.setColumnHidden(column, true);
    {
        auto menu = table.view.createHeaderMenu();
        QAction *last = menuAction(*menu, QStringLiteral("Change"));
        QVERIFY(last && last->isChecked());
        QVERIFY(!last->isEnabled());
        QAction *token = menuAction(*menu, QStringLiteral("Token"));
        QVERIFY(token && !token->isChecked() && token->isEnabled());
        token->trigger();
    }
    QVERIFY(!table.view.isColumnHidden(BalanceTableModel::TokenColumn));
    QVERIFY(table.view.frozenColumnView()->isVisible());
}

void TestBalanceTableView::resetLayoutRestoresOrderAndVisibility()
{
    Table table;
    table.model.setBalances({balance(0, "1")}, sampleTokens());
    table.header()->moveSection(table.header()->visualIndex(BalanceTableModel::TokenIdColumn), 1);
    table.view.setColumnHidden(BalanceTableModel::PendingDepositColumn, true);
    table.header()->resizeSection(BalanceTableModel::TotalColumn, 600);

    auto menu = table.view.createHeaderMenu();
    QAction *reset = menuAction(*menu, QStringLiteral("Reset layout"));
    QVERIFY(reset);
    reset->trigger();
    for (int column = 0; column < BalanceTableModel::ColumnCount; ++column) {
        QCOMPARE(table.header()->visualIndex(column), column);
        QVERIFY(!table.view.isColumnHidden(column));
        QVERIFY(!table.view.isUserSized(column));
    }
    QVERIFY(table.width(BalanceTableModel::TotalColumn) < 600);
}

void TestBalanceTableView::layoutSurvivesSaveAndRestore()
{
    QByteArray saved;
    {
        Table table;
        table.model.setBalances({balance(0, "1")}, sampleTokens());
        table.view.setColumnHidden(BalanceTableModel::LockedColumn, true);
        table.header()->resizeSection(BalanceTableModel::TotalColumn, 333);
        table.view.sortByColumn(BalanceTableModel::TokenIdColumn, Qt::DescendingOrder);
        saved = table.view.saveLayout();
    }
    Table table;
    QVERIFY(table.view.restoreLayout(saved));
    table.model.setBalances({balance(0, "1"), balance(3, "2")}, sampleTokens());
    QVERIFY(table.view.isColumnHidden(BalanceTableModel::LockedColumn));
    QVERIFY(table.view.isUserSized(BalanceTableModel::TotalColumn));
    QVERIFY(!table.view.isUserSized(BalanceTableModel::AvailableColumn));
    QCOMPARE(table.width(BalanceTableModel::TotalColumn), 333);
    QCOMPARE(table.header()->sortIndicatorSection(), int(BalanceTableModel::TokenIdColumn));
    QCOMPARE(table.proxy.index(0, BalanceTableModel::TokenIdColumn).data().toString(), QStringLiteral("3"));
}

void TestBalanceTableView::refusesLayoutItDidNotSave()
{
    Table table;
    const QByteArray before = table.view.saveLayout();
    QVERIFY(!table.view.restoreLayout(QByteArray()));
    QVERIFY(!table.view.restoreLayout(table.header()->saveState()));  // the old format: a bare header
    QVERIFY(!table.view.restoreLayout(before.left(before.size() / 2)));
    QCOMPARE(table.view.saveLayout(), before);
}

QTEST_MAIN(TestBalanceTableView)
#include "test_balancetableview.moc"
