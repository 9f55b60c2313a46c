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
#include <QHash>
#include <QList>
#include <array>
#include <optional>

namespace loopview {

// What the Change column counts from: the account's previous snapshot (the history's
// totalsByToken()) and when it was fetched.
struct BalanceChangeBase {
    QDateTime since;
    QHash<int, Amount> totals;
    // Tokens it held that the new result lacks appear as zero rows with a negative change;
    // not when the new result is a token filter's part of the account.
    bool showVanished = true;
};

// The balances of one account as table rows. Rows are replaced as a whole (one model reset per
// fetch) rather than trickled in, so views never show half a response. Rows are kept as values
// (the balances themselves, shared with the caller's list, and a few bytes of their token's
// scale); a cell's text is made, exactly, when a view asks for it, which it does for the rows it
// shows. A whale account of 100,000 rows costs a few bytes per row beyond its balances.
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
        // With a BalanceChangeBase: total now − total in the previous snapshot, signed.
        ChangeColumn,
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
        // Column 0 only: true when every amount of the row is zero and it did not change (a token
        // that vanished since the previous snapshot is not hidden as a zero balance).
        AllZeroRole,
        TokenIdRole,
        // Amount columns: how many digit-wide spaces to append so decimal points line up.
        DecimalPaddingRole = amountdisplay::DecimalPaddingRole,
    };

    explicit BalanceTableModel(QObject *parent = nullptr);

    // `prices`, when given, fill the Price and Value columns: each row's value is computed once
    // here (fiatValue()), and so is the total.
    // `changes`, when given, fill the Change column, each row's change computed here too.
    void setBalances(const QList<Balance> &balances, const TokenRegistry &tokens,
                     const std::optional<PriceTable> &prices = std::nullopt,
                     const std::optional<BalanceChangeBase> &changes = std::nullopt);
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
    // price)", and " · prices updated 3 hours ago" only once the prices are old enough to matter
    // (pricesAreOld()); empty without prices.
    QString valueSummary(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // More than a quarter of an hour behind `now`: the service's prices move every few minutes,
    // so older ones are worth saying in the status bar and not only in its tooltip.
    bool pricesAreOld(const QDateTime &now) const;
    // When the previous snapshot the changes count from was fetched; invalid without changes.
    QDateTime changesSince() const { return m_changesSince; }
    bool hasChanges() const { return m_changesSince.isValid(); }
    // "changes since 14:02"; empty without changes.
    QString changeSummary(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

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
    // Every row's balance in row order (tokens that vanished since the previous snapshot last, as
    // zero balances), and the token list they were shown with.
    QList<Balance> balances() const { return m_balances; }
    const TokenRegistry &tokens() const { return m_tokens; }
    // A row's price and value in currency(), and its change since the previous snapshot, exact:
    // what the Price, Value and Change columns show. nullopt without prices (or changes), for a
    // token without a price, and for a value too large to compute.
    std::optional<Decimal> price(int row) const;
    std::optional<Decimal> value(int row) const;
    std::optional<SignedAmount> change(int row) const;

    // The columns whose SortRole is a ScaledAmount: the amounts, the price, the value and the change.
    static bool sortsByAmount(int column);
    // SortRole of such a column without a QVariant; nullopt where SortRole is invalid (no price).
    std::optional<ScaledAmount> amountSortKey(int row, int column) const;
    // For the proxy, which compares some 1.7 million pairs to sort 100,000 rows: whether a row has
    // that key, and the exact order of two rows that both have one (<0, 0, >0, as their
    // amountSortKey() compare). Mostly one integer comparison: each row's key is reduced to an
    // Amount::orderPrefix once per column, at the first sort by it.
    bool hasAmountSortKey(int row, int column) const;
    int compareAmountSortKeys(int leftRow, int rightRow, int column) const;
    // The same for the Token column: the order of two rows' SortRole keys as the proxy orders
    // them (naturally, case-insensitively), from each row's key case-folded once, at the first
    // sort by the column, rather than a QVariant and a case-folded string per comparison.
    int compareTokenSortKeys(int leftRow, int rightRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What every cell of a row needs of its token, in three bytes: the symbol and name are looked
    // up in m_tokens only for the cells that show them.
    struct RowToken {
        qint8 decimals = 0;    // the amounts' scale; 0 for an unknown token (raw base units)
        qint8 precision = -1;  // the list's display precision; -1 for an unknown token
        bool known = false;
    };
    // A row's price and value; only kept when the balances came with prices.
    struct Valuation {
        std::optional<Decimal> price;  // nullopt: the service has no price for the token
        std::optional<Decimal> value;  // nullopt also when the product overflowed
    };

    static RowToken rowToken(const std::optional<TokenInfo> &token);
    Valuation valuate(const Balance &balance, const std::optional<TokenInfo> &token, const PriceTable &prices);
    void updateMaxFractionDigits();
    int roundingDigits(int row) const;
    std::optional<TokenInfo> tokenOf(int row) const;
    // Held in the previous snapshot, absent from this result: a row of zeros.
    bool isVanished(int row) const { return row >= m_fetchedRows; }
    QString machineText(int row, int column) const;
    QString displayText(int row, int column) const;
    int shownFractionDigits(int row, int column) const;
    QString exportText(int row, int column) const;
    QString filterText(int row) const;
    QVariant sortKey(int row, int column) const;
    QString tokenSortKey(int row) const;
    QVariant toolTip(int row, int column) const;
    QVariant toolTipNote(int row, int column) const;
    QVariant foreground(int row, int column) const;
    QVariant background(int row, int column) const;
    QVariant font(int row, int column) const;
    int decimalPadding(int row, int column) const;
    static std::optional<palettecolors::Pending> pendingKind(const Balance &balance, int column);
    const QList<qint64> &orderPrefixes(int column) const;

    QList<Balance> m_balances;  // shared with the list setBalances() was given
    QList<RowToken> m_rowTokens;
    QList<Valuation> m_valuations;  // empty without prices
    // Per amount column, each row's signed order prefix (see orderPrefixes()); made at the first
    // sort by the column, dropped at the next reset.
    mutable std::array<QList<qint64>, ColumnCount> m_orderPrefixes;
    // Each row's Token column SortRole key; made at the first sort by the column, dropped at the
    // next reset.
    mutable QList<QString> m_tokenSortKeys;
    QList<SignedAmount> m_changes;  // empty without changes
    qsizetype m_fetchedRows = 0;    // rows from the result; the vanished ones follow
    TokenRegistry m_tokens;
    std::array<int, ColumnCount> m_maxFractionDigits{};
    bool m_stale = false;
    bool m_roundToPrecision = false;
    QString m_currency;
    FiatTotal m_fiatTotal;
    QDateTime m_pricesUpdatedAt;
    QDateTime m_changesSince;
};

} // namespace loopview
