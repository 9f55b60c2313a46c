// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "balanceproxymodel.h"

#include "amountdisplay.h"
#include "balancetablemodel.h"
#include "naturalorder.h"

namespace loopview {

namespace {

// A cell without a key (a token without a price in the Value column) stays below the others in
// either order: the largest values first should not start with the unpriced tokens.
bool keyedFirst(bool leftHasKey, Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? leftHasKey : !leftHasKey;
}

} // namespace

BalanceProxyModel::BalanceProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(BalanceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void BalanceProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_balances = qobject_cast<const BalanceTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

int BalanceProxyModel::sourceRowCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

void BalanceProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateRowsFilter();
}

void BalanceProxyModel::setHideZeroBalances(bool hide)
{
    if (hide == m_hideZero)
        return;
    m_hideZero = hide;
    invalidateRowsFilter();
}

bool BalanceProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex tokenIndex = sourceModel()->index(sourceRow, BalanceTableModel::TokenColumn, sourceParent);
    if (m_hideZero && tokenIndex.data(BalanceTableModel::AllZeroRole).toBool())
        return false;
    if (m_filterText.isEmpty())
        return true;
    return tokenIndex.data(BalanceTableModel::FilterTextRole).toString().contains(m_filterText, Qt::CaseInsensitive);
}

bool BalanceProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The same order as the SortRole keys below (symbols, ScaledAmounts), read straight from the
    // model's rows: sorting 100,000 rows compares some 1.7 million pairs, and a QVariant per key
    // (and for symbols, a case-folded string) was most of it.
    if (m_balances && sortRole() == BalanceTableModel::SortRole) {
        const int column = left.column();
        if (column == BalanceTableModel::TokenColumn)
            return m_balances->compareTokenSortKeys(left.row(), right.row()) < 0;
        if (BalanceTableModel::sortsByAmount(column)) {
            const bool leftHasKey = m_balances->hasAmountSortKey(left.row(), column);
            if (leftHasKey != m_balances->hasAmountSortKey(right.row(), column))
                return keyedFirst(leftHasKey, sortOrder());
            return leftHasKey && m_balances->compareAmountSortKeys(left.row(), right.row(), column) < 0;
        }
    }
    const QVariant leftKey = left.data(sortRole());
    const QVariant rightKey = right.data(sortRole());
    if (leftKey.isValid() != rightKey.isValid())
        return keyedFirst(leftKey.isValid(), sortOrder());
    if (leftKey.metaType() == QMetaType::fromType<ScaledAmount>()
            && rightKey.metaType() == QMetaType::fromType<ScaledAmount>())
        return leftKey.value<ScaledAmount>() < rightKey.value<ScaledAmount>();
    if (leftKey.metaType() == QMetaType::fromType<QString>() && rightKey.metaType() == QMetaType::fromType<QString>())
        return naturalorder::compare(leftKey.toString(), rightKey.toString(), Qt::CaseInsensitive) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace loopview
