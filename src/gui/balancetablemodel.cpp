// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "balancetablemodel.h"

#include "amountdisplay.h"
#include "palettecolors.h"
#include "relativetime.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace loopview {

namespace {

QString recordAmount(const BalanceRecord &record, int column)
{
    switch (column) {
    case BalanceTableModel::TotalColumn: return record.total;
    case BalanceTableModel::LockedColumn: return record.locked;
    case BalanceTableModel::AvailableColumn: return record.available;
    case BalanceTableModel::PendingDepositColumn: return record.pendingDeposit;
    case BalanceTableModel::PendingWithdrawColumn: return record.pendingWithdraw;
    default: return {};
    }
}

// Numbers right-aligned so digits of equal weight line up; the symbol reads left to right.
// An int, not QVariant<Qt::Alignment>: every view and delegate understands that.
QVariant alignmentFor(int column)
{
    const Qt::Alignment alignment = column == BalanceTableModel::TokenColumn
            ? Qt::AlignLeft | Qt::AlignVCenter
            : Qt::AlignRight | Qt::AlignVCenter;
    return int(alignment);
}

QString unknownTokenLabel(int tokenId)
{
    return BalanceTableModel::tr("Token #%1").arg(tokenId);
}

} // namespace

BalanceTableModel::BalanceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BalanceTableModel::setBalances(const QList<Balance> &balances, const TokenRegistry &tokens,
                                    const std::optional<PriceTable> &prices)
{
    beginResetModel();
    m_tokens = tokens;
    m_currency = prices ? prices->currency() : QString();
    m_pricesUpdatedAt = prices ? prices->oldestUpdate() : QDateTime();
    m_fiatTotal = FiatTotal();
    m_rows.clear();
    m_rows.reserve(balances.size());
    for (const Balance &balance : balances)
        m_rows.append(makeRow(balance, prices));
    updateMaxFractionDigits();
    endResetModel();
}

void BalanceTableModel::updateMaxFractionDigits()
{
    m_maxFractionDigits.fill(0);
    for (const Row &row : std::as_const(m_rows)) {
        for (int column = 0; column < ColumnCount; ++column)
            m_maxFractionDigits[size_t(column)] =
                    qMax(m_maxFractionDigits[size_t(column)], row.fractionDigits[size_t(column)]);
    }
}

void BalanceTableModel::setRoundToTokenPrecision(bool round)
{
    if (m_roundToPrecision == round)
        return;
    m_roundToPrecision = round;
    for (Row &row : m_rows)
        formatAmounts(row);
    updateMaxFractionDigits();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TotalColumn), index(rowCount() - 1, PendingWithdrawColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, DecimalPaddingRole});
}

// How many fraction digits the shown text keeps; -1 for all of them. A token the list does not
// know has no precision (and its amounts are raw base units anyway).
int BalanceTableModel::shownFractionDigits(const Row &row) const
{
    if (!m_roundToPrecision || !row.token)
        return -1;
    return row.token->precision;
}

void BalanceTableModel::formatAmounts(Row &row) const
{
    const int digits = shownFractionDigits(row);
    for (int column = TotalColumn; column <= PendingWithdrawColumn; ++column) {
        const QString shown = amountdisplay::roundMachineText(recordAmount(row.record, column), digits);
        row.display[size_t(column)] = amountdisplay::groupMachineText(shown);
        row.fractionDigits[size_t(column)] = amountdisplay::fractionDigits(shown);
    }
}

void BalanceTableModel::clear()
{
    setBalances({}, {});
}

void BalanceTableModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

bool BalanceTableModel::isAmountColumn(int column) const
{
    return column >= TotalColumn && column <= PendingWithdrawColumn;
}

QList<Balance> BalanceTableModel::balances() const
{
    QList<Balance> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows)
        result.append(row.balance);
    return result;
}

BalanceTableModel::Row BalanceTableModel::makeRow(const Balance &balance, const std::optional<PriceTable> &prices)
{
    Row row;
    row.balance = balance;
    row.token = m_tokens.find(balance.tokenId);
    // The export record is the single source of the exact machine text, so what the table copies
    // is byte for byte what the CSV export writes.
    row.record = makeBalanceRecord(balance, m_tokens, AmountUnit::TokenUnits);

    row.display[TokenColumn] = row.token ? row.token->symbol : unknownTokenLabel(balance.tokenId);
    row.display[TokenIdColumn] = QString::number(balance.tokenId);
    formatAmounts(row);

    if (!prices)
        return row;
    // A token the list does not know has no symbol to be priced by.
    const std::optional<Price> price = row.token ? prices->priceOf(*row.token) : std::nullopt;
    if (!price) {
        m_fiatTotal.addUnpriced();
        return row;
    }
    row.price = price->value;
    row.record.price = price->value.toString();
    row.display[PriceColumn] = amountdisplay::groupMachineText(row.record.price);
    row.value = fiatValue(balance.total, row.token->decimals, price->value);
    if (row.value) {
        row.record.value = row.value->toString();
        row.display[ValueColumn] = amountdisplay::groupMachineText(row.record.value);
        m_fiatTotal.add(*row.value);
    } else {
        m_fiatTotal.addOverflowed();
    }
    return row;
}

int BalanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BalanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BalanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return row.display[size_t(column)];
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return alignmentFor(column);
    case Qt::FontRole:
        return font(row, column);
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::BackgroundRole:
        return background(row, column);
    case SortRole:
        return sortKey(row, column);
    case ExportRole:
        return exportText(row, column);
    case FilterTextRole:
        if (column != TokenColumn)
            return {};
        return filterText(row);
    case AllZeroRole:
        return column == TokenColumn ? QVariant(row.balance.isAllZero()) : QVariant();
    case TokenIdRole:
        return row.balance.tokenId;
    case DecimalPaddingRole:
        return isAmountColumn(column) ? QVariant(decimalPadding(row, column)) : QVariant();
    default:
        return {};
    }
}

QString BalanceTableModel::filterText(const Row &row) const
{
    QStringList parts{row.display[TokenColumn]};
    if (row.token)
        parts.append(row.token->name);
    parts.append(QString::number(row.balance.tokenId));
    return parts.join(QLatin1Char(' '));
}

QString BalanceTableModel::exportText(const Row &row, int column) const
{
    switch (column) {
    case TokenColumn:
        // Same convention as the CLI table: "#<id>" when the token list does not know the id.
        return row.token ? row.record.symbol : QLatin1Char('#') + QString::number(row.balance.tokenId);
    case TokenIdColumn:
        return QString::number(row.balance.tokenId);
    case PriceColumn:
        return row.record.price;
    case ValueColumn:
        return row.record.value;
    default:
        return recordAmount(row.record, column);
    }
}

QVariant BalanceTableModel::sortKey(const Row &row, int column) const
{
    const int decimals = row.token ? row.token->decimals : 0;
    switch (column) {
    case TokenColumn:
        // U+FFFF sorts unknown tokens after every symbol; the padded id keeps them in id order.
        return row.token ? row.token->symbol.toCaseFolded()
                         : QString(QChar(0xFFFF)) + QString::number(row.balance.tokenId).rightJustified(10, QLatin1Char('0'));
    case TotalColumn: return QVariant::fromValue(ScaledAmount(row.balance.total, decimals));
    case LockedColumn: return QVariant::fromValue(ScaledAmount(row.balance.locked, decimals));
    case AvailableColumn: return QVariant::fromValue(ScaledAmount(row.balance.available(), decimals));
    case PendingDepositColumn: return QVariant::fromValue(ScaledAmount(row.balance.pendingDeposit, decimals));
    case PendingWithdrawColumn: return QVariant::fromValue(ScaledAmount(row.balance.pendingWithdraw, decimals));
    case TokenIdColumn: return row.balance.tokenId;
    case PriceColumn:
        return row.price ? QVariant::fromValue(ScaledAmount(row.price->coefficient(), row.price->scale())) : QVariant();
    case ValueColumn:
        return row.value ? QVariant::fromValue(ScaledAmount(row.value->coefficient(), row.value->scale())) : QVariant();
    default: return {};
    }
}

QVariant BalanceTableModel::toolTip(const Row &row, int column) const
{
    const QVariant note = toolTipNote(row, column);
    if (!isAmountColumn(column) || !row.token)
        return note;
    // A rounded cell always tells what it rounded.
    const QString exact = amountdisplay::groupMachineText(recordAmount(row.record, column));
    if (exact == row.display[size_t(column)])
        return note;
    const QString exactLine = tr("Exact value: %1 %2").arg(exact, row.display[TokenColumn]);
    return note.isValid() ? QVariant(note.toString() + QLatin1Char('\n') + exactLine) : QVariant(exactLine);
}

QVariant BalanceTableModel::toolTipNote(const Row &row, int column) const
{
    const int tokenId = row.balance.tokenId;
    if (!row.token) {
        const QString unknown = tr("The token list does not know token ID %1, so its amounts are shown "
                                   "in raw base units (its decimals are unknown).").arg(tokenId);
        if (column == TokenColumn)
            return unknown;
        // Raw base units can be too long for the column; the tooltip always has every digit.
        if (isAmountColumn(column))
            return QString(unknown + QLatin1Char('\n') + tr("Exact value: %1 base units").arg(row.display[size_t(column)]));
        return {};
    }
    switch (column) {
    case TokenColumn:
        return tr("%1 — token ID %2").arg(row.token->name.isEmpty() ? row.token->symbol : row.token->name)
                .arg(tokenId);
    case AvailableColumn:
        if (row.balance.available().isNegative())
            return tr("The service reports more locked than total. Shown exactly as reported.");
        return {};
    case PendingDepositColumn:
        if (!row.balance.pendingDeposit.isZero())
            return tr("Pending deposit: not yet credited on L2");
        return {};
    case PendingWithdrawColumn:
        if (!row.balance.pendingWithdraw.isZero())
            return tr("Pending withdrawal: not yet arrived on L1");
        return {};
    case PriceColumn:
    case ValueColumn:
        if (!hasPrices())
            return {};
        if (!row.price)
            return tr("The service has no %1 price for %2, so the token is left out of the total value.")
                    .arg(m_currency, row.token->symbol);
        if (!row.value)
            return tr("The value is too large to compute: the amount or the price is not plausible.");
        return {};
    default:
        return {};
    }
}

std::optional<palettecolors::Pending> BalanceTableModel::pendingKind(const Row &row, int column)
{
    if (column == PendingDepositColumn && !row.balance.pendingDeposit.isZero())
        return palettecolors::Pending::Deposit;
    if (column == PendingWithdrawColumn && !row.balance.pendingWithdraw.isZero())
        return palettecolors::Pending::Withdrawal;
    return std::nullopt;
}

int BalanceTableModel::pendingCount(palettecolors::Pending kind) const
{
    const int column = kind == palettecolors::Pending::Deposit ? PendingDepositColumn : PendingWithdrawColumn;
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [column](const Row &row) { return pendingKind(row, column).has_value(); }));
}

QString BalanceTableModel::pendingSummary() const
{
    QStringList parts;
    if (const int deposits = pendingCount(palettecolors::Pending::Deposit))
        parts.append(tr("%n pending deposits", nullptr, deposits));
    if (const int withdrawals = pendingCount(palettecolors::Pending::Withdrawal))
        parts.append(tr("%n pending withdrawals", nullptr, withdrawals));
    //: Separator between "2 pending deposits" and "1 pending withdrawal"
    return parts.join(tr(", "));
}

QVariant BalanceTableModel::foreground(const Row &row, int column) const
{
    // An unknown token's label is real content: normal text colour (italic says it is a stand-in).
    const QPalette palette = QGuiApplication::palette();
    if (column == AvailableColumn && row.balance.available().isNegative())
        return palettecolors::negativeText(palette);
    if (m_stale)
        return palettecolors::staleText(palette);
    if (const auto kind = pendingKind(row, column))
        return palettecolors::pendingText(palette, *kind);
    return {};
}

QVariant BalanceTableModel::background(const Row &row, int column) const
{
    if (const auto kind = pendingKind(row, column))
        return palettecolors::pendingBackground(QGuiApplication::palette(), *kind);
    return {};
}

QString BalanceTableModel::valueSummary(const QDateTime &now) const
{
    if (!hasPrices())
        return {};
    QString total;
    if (m_fiatTotal.overflowed()) {
        total = tr("Total value: too large to compute");
    } else {
        //: %1 is the amount ("1,234.50"), %2 the currency code ("USD")
        total = tr("Total value: %1 %2").arg(amountdisplay::groupMachineText(m_fiatTotal.value().toString()), m_currency);
    }
    if (const int unpriced = m_fiatTotal.unpricedCount())
        total += QLatin1Char(' ') + tr("(excl. %n tokens without a price)", nullptr, unpriced);
    if (!m_pricesUpdatedAt.isValid())
        return total;
    //: Separator between the parts of the status line
    return total + tr("  ·  ") + tr("prices updated %1").arg(relativetime::describeAge(m_pricesUpdatedAt, now));
}

QVariant BalanceTableModel::font(const Row &row, int column) const
{
    if (column == TokenColumn) {
        if (row.token)
            return {};
        QFont italic = QGuiApplication::font();
        italic.setItalic(true);
        return italic;
    }
    // Fixed-width digits so amounts line up digit by digit (Qt 6.4 has no tabular-figures switch).
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(QGuiApplication::font().pointSizeF());
    return fixed;
}

int BalanceTableModel::decimalPadding(const Row &row, int column) const
{
    return amountdisplay::decimalPadding(m_maxFractionDigits[size_t(column)], row.fractionDigits[size_t(column)]);
}

QVariant BalanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);

    if (role == Qt::DisplayRole) {
        switch (section) {
        case TokenColumn: return tr("Token");
        case TotalColumn: return tr("Total");
        case LockedColumn: return tr("Locked");
        case AvailableColumn: return tr("Available");
        case PendingDepositColumn: return tr("Pending deposit");
        case PendingWithdrawColumn: return tr("Pending withdrawal");
        case TokenIdColumn: return tr("Token ID");
        //: Column header; %1 is a currency code ("USD")
        case PriceColumn: return m_currency.isEmpty() ? tr("Price") : tr("Price (%1)").arg(m_currency);
        //: Column header; %1 is a currency code ("USD")
        case ValueColumn: return m_currency.isEmpty() ? tr("Value") : tr("Value (%1)").arg(m_currency);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TokenColumn: return tr("Token symbol; hover a cell for its name and ID");
        case TotalColumn: return tr("Everything the account holds on L2, in token units");
        case LockedColumn: return tr("Part of the total reserved by open orders or pending withdrawals");
        case AvailableColumn: return tr("Total minus locked: what the account can use now");
        case PendingDepositColumn: return tr("Deposits from L1 not yet credited on L2");
        case PendingWithdrawColumn: return tr("Withdrawals not yet arrived on L1");
        case TokenIdColumn: return tr("Loopring's numeric token ID");
        case PriceColumn: return tr("The price of one token, as the service sends it; empty when it has none");
        case ValueColumn: return tr("Total × price, exact, rounded to cents; empty without a price");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return alignmentFor(section);
    return {};
}

} // namespace loopview
