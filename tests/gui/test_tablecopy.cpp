// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/tablecopy.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTest>

using namespace loopview;

class TestTableCopy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void copiesRectangleAsTsv();
    void fillsHolesOfNonRectangularSelections();
    void followsColumnOrder();
    void copiesWholeRows();
    void sanitizesTabsAndNewlines();
    void visibleColumnOrderFollowsHeader();

private:
    QStandardItemModel m_model;
};

void TestTableCopy::init()
{
    m_model.clear();
    m_model.setRowCount(3);
    m_model.setColumnCount(3);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            auto *item = new QStandardItem(QStringLiteral("d%1%2").arg(row).arg(column));
            item->setData(QStringLiteral("x%1%2").arg(row).arg(column), Qt::UserRole);
            m_model.setItem(row, column, item);
        }
    }
}

void TestTableCopy::copiesRectangleAsTsv()
{
    // Selection order does not matter.
    const QModelIndexList indexes{m_model.index(1, 1), m_model.index(0, 0), m_model.index(0, 1), m_model.index(1, 0)};
    QCOMPARE(tablecopy::selectionToTsv(indexes, Qt::UserRole), QStringLiteral("x00\tx01\nx10\tx11\n"));
    QCOMPARE(tablecopy::selectionToTsv({}, Qt::UserRole), QString());
}

void TestTableCopy::fillsHolesOfNonRectangularSelections()
{
    const QModelIndexList indexes{m_model.index(0, 0), m_model.index(2, 2)};
    QCOMPARE(tablecopy::selectionToTsv(indexes, Qt::UserRole), QStringLiteral("x00\t\n\tx22\n"));
}

void TestTableCopy::followsColumnOrder()
{
    const QModelIndexList indexes{m_model.index(0, 0), m_model.index(0, 2)};
    QCOMPARE(tablecopy::selectionToTsv(indexes, Qt::UserRole, {2, 1, 0}), QStringLiteral("x02\tx00\n"));
}

void TestTableCopy::copiesWholeRows()
{
    QCOMPARE(tablecopy::rowToTsv(&m_model, 1, Qt::UserRole), QStringLiteral("x10\tx11\tx12\n"));
    QCOMPARE(tablecopy::rowToTsv(&m_model, 1, Qt::DisplayRole, {1, 0}), QStringLiteral("d11\td10\n"));
    QCOMPARE(tablecopy::rowToTsv(&m_model, 7, Qt::UserRole), QString());
}

void TestTableCopy::sanitizesTabsAndNewlines()
{
    m_model.item(0, 0)->setData(QStringLiteral("a\tb\nc\rd"), Qt::UserRole);
    QCOMPARE(tablecopy::selectionToTsv({m_model.index(0, 0)}, Qt::UserRole), QStringLiteral("a b c d\n"));
}

void TestTableCopy::visibleColumnOrderFollowsHeader()
{
    QStandardItemModel model(1, 4);
    QHeaderView header(Qt::Horizontal);
    header.setModel(&model);
    QCOMPARE(tablecopy::visibleColumnOrder(&header), (QList<int>{0, 1, 2, 3}));

    header.moveSection(3, 0);  // the user drags the last column to the front
    QCOMPARE(tablecopy::visibleColumnOrder(&header), (QList<int>{3, 0, 1, 2}));

    header.hideSection(1);
    QCOMPARE(tablecopy::visibleColumnOrder(&header), (QList<int>{3, 0, 2}));

    // The order feeds the copy functions: the row comes out as arranged on screen.
    QCOMPARE(tablecopy::rowToTsv(&m_model, 0, Qt::DisplayRole, QList<int>{2, 0}),
             QStringLiteral("d02\td00\n"));
}

// A QHeaderView is a widget: a QApplication is needed.
QTEST_MAIN(TestTableCopy)
#include "test_tablecopy.moc"
