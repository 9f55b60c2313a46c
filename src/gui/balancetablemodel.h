// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/balance.h"
#include "core/balanceexport.h"
#include "core/decimal.h"
#include "core/fiatvalue.h"
#include "core/price.h"
#include "core/token.h"
#include "amountdisplay.h"
#include "palettecolors.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <array>
#include <optional>

namespace loopview {

// The balances of one account as table rows. Rows are replaced as a whole (one model reset per
// fetch) rather than trickled in, so views never show half a response. Every amount is formatted
// once, exactly, when the balances arrive; data() only hands out the prepared values.
class BalanceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TokenColumn,
        TotalColumn,
        LockedColumn,
        AvailableColumn,
        PendingDepositColumn,
        PendingWithdrawColumn,
        TokenIdColumn,
        // With prices (setBalances' PriceTable): the token's price and total × price, in the
        // table's currency. Last, so layouts saved before they existed keep their columns.
        PriceColumn,
        ValueColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Exact sort key: a ScaledAmount for amount, price and value columns (none for a token
        // without a price), the token id for the id column and a case-folded symbol (unknown
        // tokens last) for the token column.
        SortRole = Qt::UserRole + 1,
        // The cell as machine text: what copy puts on the clipboard and export writes. Amounts are
        // the same strings makeBalanceRecord(…, AmountUnit::TokenUnits) produces.
        ExportRole,
        // Column 0 only: symbol, name and id, for the filter box.
        FilterTextRole,
        // Column 0 only: true when every amount of the row is zero.
        AllZeroRole,
        TokenIdRole,
        // Amount columns: how many digit-wide spaces to append so decimal points line up.
        DecimalPaddingRole = amountdisplay::DecimalPaddingRole,
    };

    explicit BalanceTableModel(QObject *parent = nullptr);

    // `prices`, when given, fill the Price and Value columns: each row's value is computed once
    // here (fiatValue()), and so is the total.
    void setBalances(const QList<Balance> &balances, const TokenRegistry &tokens,
                     const std::optional<PriceTable> &prices = std::nullopt);
    void clear();

    // The prices' currency ("USD"); empty when the balances came without prices.
    QString currency() const { return m_currency; }
    bool hasPrices() const { return !m_currency.isEmpty(); }
    // The sum of every row's value, and how many rows had no price (not just the shown rows: the
    // account's worth does not change with the filter).
    const FiatTotal &fiatTotal() const { return m_fiatTotal; }
    // When the oldest price was updated by the service; invalid without prices.
    QDateTime pricesUpdatedAt() const { return m_pricesUpdatedAt; }
    // The status bar's words for the total: "Total value: 1,234.50 USD (excl. 2 tokens without a
    // price) · prices updated 3 min ago"; empty without prices.
    QString valueSummary(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Stale data stays visible after a failed refresh but is drawn in a muted colour.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    // Shows amounts rounded to the token list's display precision (half away from zero, on the
    // decimal digits). Only DisplayRole changes: the tooltip gives the exact value, and sorting,
    // copy and export (SortRole, ExportRole) always use it. Off by default: exact is the default.
    void setRoundToTokenPrecision(bool round);
    bool roundsToTokenPrecision() const { return m_roundToPrecision; }

    bool isAmountColumn(int column) const;
    // Rows with a pending deposit (or withdrawal), and the status bar's words for them:
    // "2 pending deposits, 1 pending withdrawal"; empty when nothing is pending.
    int pendingCount(palettecolors::Pending kind) const;
    QString pendingSummary() const;
    QList<Balance> balances() const;
    const TokenRegistry &tokens() const { return m_tokens; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Balance balance;
        std::optional<TokenInfo> token;
        BalanceRecord record;
        std::optional<Decimal> price;  // nullopt: no price, or no prices at all
        std::optional<Decimal> value;  // nullopt also when the product overflowed
        std::array<QString, ColumnCount> display;
        std::array<int, ColumnCount> fractionDigits{};
    };

    Row makeRow(const Balance &balance, const std::optional<PriceTable> &prices);
    void formatAmounts(Row &row) const;
    void updateMaxFractionDigits();
    int shownFractionDigits(const Row &row) const;
    QString exportText(const Row &row, int column) const;
    QString filterText(const Row &row) const;
    QVariant sortKey(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVariant toolTipNote(const Row &row, int column) const;
    QVariant foreground(const Row &row, int column) const;
    QVariant background(const Row &row, int column) const;
    QVariant font(const Row &row, int column) const;
    int decimalPadding(const Row &row, int column) const;
    static std::optional<palettecolors::Pending> pendingKind(const Row &row, int column);

    QList<Row> m_rows;
    TokenRegistry m_tokens;
    std::array<int, ColumnCount> m_maxFractionDigits{};
    bool m_stale = false;
    bool m_roundToPrecision = false;
    QString m_currency;
    FiatTotal m_fiatTotal;
    QDateTime m_pricesUpdatedAt;
};

} // namespace loopview
