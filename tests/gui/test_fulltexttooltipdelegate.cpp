// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/balancetablemodel.h"
#include "gui/fulltexttooltipdelegate.h"

#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHelpEvent>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace loopview;
using namespace loopview::testdata;

class TestFullTextToolTipDelegate : public QObject
{
    Q_OBJECT
private slots:
    void elidedCellShowsItsWholeText();
    void cellThatFitsKeepsTheModelsTooltip();

private:
    // What the view shows when the mouse rests on `index`: a real tooltip event to the viewport.
    static QString hoverToolTip(QTableView &view, const QModelIndex &index);
};

QString TestFullTextToolTipDelegate::hoverToolTip(QTableView &view, const QModelIndex &index)
{
    // A tooltip fades out after a moment: wait until the last one is gone.
    QToolTip::hideText();
    if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }))
        return QStringLiteral("(the previous tooltip stayed)");
    const QPoint at = view.visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.viewport(), &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

void TestFullTextToolTipDelegate::elidedCellShowsItsWholeText()
{
    BalanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A long symbol that looks like markup, and an unknown token's "Token #4".
    model.setBalances({balance(0, "1"), balance(4, "2")},
                      TokenRegistry({token(0, "<b>EXTRAORDINARILYLONGSYMBOL", "Ethereum", 18)}));
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new FullTextToolTipDelegate(&view));
    view.setColumnWidth(BalanceTableModel::TokenColumn, 30);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QString symbolTip = hoverToolTip(view, model.index(0, BalanceTableModel::TokenColumn));
    // The whole text, escaped (never read as markup), then the model's own tooltip.
    QVERIFY2(symbolTip.contains(QLatin1String("&lt;b&gt;EXTRAORDINARILYLONGSYMBOL")), qPrintable(symbolTip));
    QVERIFY(symbolTip.contains(QLatin1String("Ethereum")));
    QVERIFY(symbolTip.indexOf(QLatin1String("EXTRAORDINARILY")) < symbolTip.indexOf(QLatin1String("Ethereum")));

    const QString unknownTip = hoverToolTip(view, model.index(1, BalanceTableModel::TokenColumn));
    QVERIFY2(unknownTip.contains(QLatin1String("Token #4")), qPrintable(unknownTip));
    QVERIFY(unknownTip.contains(QLatin1String("does not know token ID 4")));
}

void TestFullTextToolTipDelegate::cellThatFitsKeepsTheModelsTooltip()
{
    BalanceTableModel model;
    model.setBalances({balance(0, "1")}, TokenRegistry({token(0, "ETH", "Ethereum", 18)}));
    QTableView view;
    view.setModel(&model);
    auto *delegate = new FullTextToolTipDelegate(&view);
    view.setItemDelegate(delegate);
    view.setColumnWidth(BalanceTableModel::TokenColumn, 200);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QModelIndex eth = model.index(0, BalanceTableModel::TokenColumn);
    QStyleOptionViewItem option;
    option.initFrom(view.viewport());
    option.rect = view.visualRect(eth);
    QCOMPARE(delegate->toolTipFor(option, eth), eth.data(Qt::ToolTipRole).toString());
    const QString tip = hoverToolTip(view, eth);
    QVERIFY2(tip.contains(QLatin1String("Ethereum")), qPrintable(tip));
    QVERIFY(!tip.contains(QLatin1String("ETH\n")) && !tip.contains(QLatin1String(">ETH")));
    // No tooltip at all where the model has none and nothing is cut.
    QCOMPARE(hoverToolTip(view, model.index(0, BalanceTableModel::LockedColumn)), QString());
}

QTEST_MAIN(TestFullTextToolTipDelegate)
#include "test_fulltexttooltipdelegate.moc"
