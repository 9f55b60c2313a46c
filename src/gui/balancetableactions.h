// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QList>
#include <QModelIndexList>
#include <QObject>

class QItemSelectionModel;
class QTableView;

namespace loopview {

class BalanceProxyModel;
class BalanceTableModel;

// What the balances table offers to copy, and what it is: the selected cells (or the current
// cell when nothing is selected) in the columns the user sees, in the order they arranged them.
// The window's Copy actions and export's Copy as CSV both read the table through this, so they
// always agree on what "the selection" is. The view shows `proxy`, whose source is `model`.
class BalanceTableActions : public QObject
{
    Q_OBJECT
public:
    BalanceTableActions(QTableView *view, BalanceTableModel *model, BalanceProxyModel *proxy, QObject *parent = nullptr);

    QTableView *view() const { return m_view; }
    BalanceTableModel *model() const { return m_model; }
    // What the table shows (filtered and sorted): export reads this so files match the screen.
    BalanceProxyModel *proxy() const { return m_proxy; }
    QItemSelectionModel *selectionModel() const;

    // The selected cells, or the current cell when none is selected; empty when there is neither.
    QModelIndexList cellsToCopy() const;
    bool hasCellsToCopy() const;
    bool hasCurrentCell() const;
    bool currentCellIsAmount() const;
    // The logical columns shown, in the order the user arranged them (tablecopy::visibleColumnOrder).
    QList<int> visibleColumnOrder() const;

public slots:
    // Tab-separated text on the clipboard, exact values (BalanceTableModel::ExportRole).
    void copySelection();
    void copyCurrentAmount();
    void copyCurrentRow();
    void copyCurrentTokenId();

signals:
    // The selection, the current cell or the rows changed: what can be copied may have too.
    void changed();

private:
    QTableView *m_view;
    BalanceTableModel *m_model;
    BalanceProxyModel *m_proxy;
};

} // namespace loopview
