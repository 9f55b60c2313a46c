// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace loopview {

class BalanceTableModel;

// What the table shows of the balances: filtered by the search box and the "hide zero balances"
// switch, sorted on the model's exact SortRole (never on display text, which would put "10" before
// "9" and cannot compare amounts of different decimals). Symbols sort naturally: T2 < T10 < T100.
class BalanceProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BalanceProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    bool hidesZeroBalances() const { return m_hideZero; }

    int sourceRowCount() const;

    void setSourceModel(QAbstractItemModel *model) override;

public slots:
    // Matches symbol, name or token id, case-insensitively; surrounding spaces are ignored.
    void setFilterText(const QString &text);
    void setHideZeroBalances(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The source when it is a BalanceTableModel, whose amount keys are compared without QVariants.
    QPointer<const BalanceTableModel> m_balances;
    QString m_filterText;
    bool m_hideZero = false;
};

} // namespace loopview
