// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/fiatvalue.h"
#include "core/portfolio.h"
#include "core/price.h"
#include "gui/amountdisplay.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <optional>

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
        // With prices: total × price of the line, or of the account's share, to cents.
        ValueColumn,
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

    // `prices` by serviceKey(): each line is priced by its own service's list. Every value and
    // total is computed here, once per result (fiatValue()); data() only reads them.
    void setPortfolio(const Portfolio &portfolio, const QHash<QString, PriceTable> &prices = {});
    const Portfolio &portfolio() const { return m_portfolio; }

    // The grand total of one service in one currency (values of different services or currencies
    // are never added), and one account's total.
    struct ServiceValue {
        QUrl baseUrl;
        QString currency;
        FiatTotal total;  // its unpricedCount() is the tokens without a price
    };
    struct AccountValue {
        QString bookmarkId;
        QString label;
        QUrl baseUrl;
        QString currency;
        FiatTotal total;
    };
    const QList<ServiceValue> &serviceValues() const { return m_serviceValues; }
    const QList<AccountValue> &accountValues() const { return m_accountValues; }
    // For people: "Total value on api3.loopring.io: 1,234.50 USD (excl. 2 tokens without a
    // price)", a line per service, then "Per account: Cold wallet 1,000.00 USD · …". Empty
    // without prices.
    QString valueSummary() const;

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
    QVariant valueData(const QModelIndex &index, int role) const;
    void computeValues(const QHash<QString, PriceTable> &prices);

    Portfolio m_portfolio;
    // Per line: its value, and its shares' values, in the order of lines() and shares; nullopt
    // without a price. `currency` empty: the line's service gave no prices at all.
    struct LineValues {
        QString currency;
        std::optional<Decimal> value;
        QList<std::optional<Decimal>> shares;
    };
    QList<LineValues> m_values;
    QList<ServiceValue> m_serviceValues;
    QList<AccountValue> m_accountValues;
    // Per column, the most fraction digits any row shows: what the decimal padding aligns to.
    std::array<int, ColumnCount> m_maxFractionDigits{};
};

} // namespace loopview
