// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "balancetableactions.h"

#include "balanceproxymodel.h"
#include "balancetablemodel.h"
#include "tablecopy.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace loopview {

BalanceTableActions::BalanceTableActions(QTableView *view, BalanceTableModel *model, BalanceProxyModel *proxy,
                                         QObject *parent)
    : QObject(parent), m_view(view), m_model(model), m_proxy(proxy)
{
    // The view's selection model is its own from setModel() on; it must be set before this.
    Q_ASSERT(view->model() == proxy);
    const QItemSelectionModel *selection = view->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &BalanceTableActions::changed);
    connect(selection, &QItemSelectionModel::currentChanged, this, &BalanceTableActions::changed);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &BalanceTableActions::changed);
    connect(proxy, &QAbstractItemModel::modelReset, this, &BalanceTableActions::changed);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &BalanceTableActions::changed);
}

QItemSelectionModel *BalanceTableActions::selectionModel() const
{
    return m_view->selectionModel();
}

QModelIndexList BalanceTableActions::cellsToCopy() const
{
    return tablecopy::cellsToCopy(selectionModel());
}

bool BalanceTableActions::hasCellsToCopy() const
{
    return selectionModel()->hasSelection() || selectionModel()->currentIndex().isValid();
}

bool BalanceTableActions::hasCurrentCell() const
{
    return m_view->currentIndex().isValid();
}

bool BalanceTableActions::currentCellIsAmount() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_model->isAmountColumn(current.column());
}

QList<int> BalanceTableActions::visibleColumnOrder() const
{
    return tablecopy::visibleColumnOrder(m_view->horizontalHeader());
}

void BalanceTableActions::copySelection()
{
    const QString text = tablecopy::selectionToTsv(cellsToCopy(), BalanceTableModel::ExportRole, visibleColumnOrder());
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void BalanceTableActions::copyCurrentAmount()
{
    if (!currentCellIsAmount())
        return;
    QGuiApplication::clipboard()->setText(m_view->currentIndex().data(BalanceTableModel::ExportRole).toString());
}

void BalanceTableActions::copyCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QGuiApplication::clipboard()->setText(
            tablecopy::rowToTsv(m_proxy, current.row(), BalanceTableModel::ExportRole, visibleColumnOrder()));
}

void BalanceTableActions::copyCurrentTokenId()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QGuiApplication::clipboard()->setText(current.data(BalanceTableModel::TokenIdRole).toString());
}

} // namespace loopview
