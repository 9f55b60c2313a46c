// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/portfolio.h"
#include "gui/amountdisplay.h"

#include <QAbstractItemModel>

#include <array>

namespace loopview {

// The portfolio as a tree: one row per token (summed over the accounts that hold it) with one
// child row per account. Amounts are exact, scaled by the token's decimals; a column whose sum
// overflowed says so instead of showing a number. Rows are in the portfolio's order (service,
// then token id); the data is replaced as a whole by setPortfolio().
class PortfolioModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        TokenColumn,  // symbol on token rows, bookmark label on account rows
        TotalColumn,
        AvailableColumn,
        LockedColumn,
        PendingDepositColumn,
        PendingWithdrawColumn,
        ServiceColumn,
        ColumnCount
    };
    enum Role {
        ExactTextRole = Qt::UserRole + 1,  // machine text ("1.5", "-2"), empty on overflow
        OverflowRole,                      // bool: this cell's sum overflowed
        BookmarkIdRole,                    // account rows
        // Amount columns: digit-wide spaces that line up the decimal points (AmountDelegate).
        DecimalPaddingRole = amountdisplay::DecimalPaddingRole,
    };

    explicit PortfolioModel(QObject *parent = nullptr);

    void setPortfolio(const Portfolio &portfolio);
    const Portfolio &portfolio() const { return m_portfolio; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant lineData(const PortfolioLine &line, int column, int role) const;
    QVariant shareData(const PortfolioLine &line, const PortfolioShare &share, int column, int role) const;
    QVariant amountStyle(const QModelIndex &index, int role) const;

    Portfolio m_portfolio;
    // Per column, the most fraction digits any row shows: what the decimal padding aligns to.
    std::array<int, ColumnCount> m_maxFractionDigits{};
};

} // namespace loopview
