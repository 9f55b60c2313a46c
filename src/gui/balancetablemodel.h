// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/balance.h"
#include "core/balanceexport.h"
#include "core/token.h"
#include "amountdisplay.h"
#include "palettecolors.h"

#include <QAbstractTableModel>
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
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Exact sort key: a ScaledAmount for amount columns, the token id for the id column and a
        // case-folded symbol (unknown tokens last) for the token column.
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

    void setBalances(const QList<Balance> &balances, const TokenRegistry &tokens);
    void clear();

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
        std::array<QString, ColumnCount> display;
        std::array<int, ColumnCount> fractionDigits{};
    };

    Row makeRow(const Balance &balance) const;
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
};

} // namespace loopview
