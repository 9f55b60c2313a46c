#include "balanceproxymodel.h"

#include "amountdisplay.h"
#include "balancetablemodel.h"

namespace loopview {

BalanceProxyModel::BalanceProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(BalanceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
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
    const QVariant leftKey = left.data(sortRole());
    const QVariant rightKey = right.data(sortRole());
    if (leftKey.metaType() == QMetaType::fromType<ScaledAmount>()
            && rightKey.metaType() == QMetaType::fromType<ScaledAmount>())
        return leftKey.value<ScaledAmount>() < rightKey.value<ScaledAmount>();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace loopview
