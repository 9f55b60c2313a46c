// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "balancetablemodel.h"

#include "amountdisplay.h"
#include "balancessession.h"
#include "naturalorder.h"
#include "palettecolors.h"
#include "relativetime.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <limits>

namespace loopview {

namespace {

// The amount an amount column shows, signed because available can be negative.
SignedAmount amountOf(const Balance &balance, int column)
{
    switch (column) {
    case BalanceTableModel::TotalColumn: return SignedAmount(balance.total, false);
    case BalanceTableModel::LockedColumn: return SignedAmount(balance.locked, false);
    case BalanceTableModel::AvailableColumn: return balance.available();
    case BalanceTableModel::PendingDepositColumn: return SignedAmount(balance.pendingDeposit, false);
    case BalanceTableModel::PendingWithdrawColumn: return SignedAmount(balance.pendingWithdraw, false);
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

// Marks a row without a key (no price) among the order prefixes, below every real one.
constexpr qint64 NoOrderPrefix = std::numeric_limits<qint64>::min();

QString unknownTokenLabel(int tokenId)
{
    return BalanceTableModel::tr("Token #%1").arg(tokenId);
}

} // namespace

BalanceTableModel::BalanceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BalanceTableModel::setBalances(const QList<Balance> &balances, const TokenRegistry &tokens,
                                    const std::optional<PriceTable> &prices, const std::optional<BalanceChangeBase> &changes)
{
    beginResetModel();
    m_tokens = tokens;
    m_currency = prices ? prices->currency() : QString();
    m_pricesUpdatedAt = prices ? prices->oldestUpdate() : QDateTime();
    m_changesSince = changes ? changes->since : QDateTime();
    m_fiatTotal = FiatTotal();
    m_balances = balances;  // shared, unless tokens vanished below
    m_fetchedRows = balances.size();
    if (changes && changes->showVanished) {
        // A token held before and absent now is a row of zeros (in token id order), so the
        // change shows where it went.
        QSet<int> present;
        present.reserve(balances.size());
        for (const Balance &balance : balances)
            present.insert(balance.tokenId);
        QList<int> vanished;
        for (auto it = changes->totals.cbegin(); it != changes->totals.cend(); ++it) {
            if (!it.value().isZero() && !present.contains(it.key()))
                vanished.append(it.key());
        }
        std::sort(vanished.begin(), vanished.end());
        for (const int tokenId : std::as_const(vanished)) {
            Balance zero;
            zero.tokenId = tokenId;
            zero.accountId = balances.isEmpty() ? 0 : balances.constFirst().accountId;
            m_balances.append(zero);
        }
    }
    for (QList<qint64> &prefixes : m_orderPrefixes)
        prefixes = {};
    m_tokenSortKeys = {};
    m_rowTokens.clear();
    m_rowTokens.reserve(m_balances.size());
    m_valuations.clear();
    if (prices)
        m_valuations.reserve(m_balances.size());
    m_changes.clear();
    if (changes)
        m_changes.reserve(m_balances.size());
    for (const Balance &balance : std::as_const(m_balances)) {
        const std::optional<TokenInfo> token = m_tokens.find(balance.tokenId);
        m_rowTokens.append(rowToken(token));
        if (prices)
            m_valuations.append(valuate(balance, token, *prices));
        if (changes)
            m_changes.append(SignedAmount::difference(balance.total, changes->totals.value(balance.tokenId)));
    }
    updateMaxFractionDigits();
    endResetModel();
}

BalanceTableModel::RowToken BalanceTableModel::rowToken(const std::optional<TokenInfo> &token)
{
    RowToken row;
    if (!token)
        return row;
    row.known = true;
    // Decimals and precision are 0 … 77 (the parsers refuse others); the bounds only keep a token
    // made elsewhere from wrapping. A precision past every fraction digit rounds nothing either.
    row.decimals = qint8(qBound(0, token->decimals, Amount::MaxDecimals));
    row.precision = qint8(qBound(-1, token->precision, Amount::MaxDecimals));
    return row;
}

BalanceTableModel::Valuation BalanceTableModel::valuate(const Balance &balance, const std::optional<TokenInfo> &token,
                                                        const PriceTable &prices)
{
    Valuation valuation;
    // A token the list does not know has no symbol to be priced by.
    const std::optional<Price> price = token ? prices.priceOf(*token) : std::nullopt;
    if (!price) {
        m_fiatTotal.addUnpriced();
        return valuation;
    }
    valuation.price = price->value;
    valuation.value = fiatValue(balance.total, token->decimals, price->value);
    if (valuation.value)
        m_fiatTotal.add(*valuation.value);
    else
        m_fiatTotal.addOverflowed();
    return valuation;
}

// The widest fraction of each amount column, which every cell's decimal padding depends on. Only
// what a row could exceed is looked at: its digits are at most its decimals (or its precision when
// rounding), so once the widest reaches that bound the row is skipped without formatting anything.
void BalanceTableModel::updateMaxFractionDigits()
{
    m_maxFractionDigits.fill(0);
    for (int column = TotalColumn; column <= PendingWithdrawColumn; ++column) {
        int &widest = m_maxFractionDigits[size_t(column)];
        for (int row = 0; row < m_rowTokens.size(); ++row) {
            const int rounding = roundingDigits(row);
            const int bound = rounding < 0 ? m_rowTokens.at(row).decimals
                                           : qMin(int(m_rowTokens.at(row).decimals), rounding);
            if (bound > widest)
                widest = qMax(widest, shownFractionDigits(row, column));
        }
    }
}

void BalanceTableModel::setRoundToTokenPrecision(bool round)
{
    if (m_roundToPrecision == round)
        return;
    m_roundToPrecision = round;
    updateMaxFractionDigits();
    if (!m_balances.isEmpty())
        emit dataChanged(index(0, TotalColumn), index(rowCount() - 1, PendingWithdrawColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, DecimalPaddingRole});
}

// How many fraction digits the shown text keeps; -1 for all of them. A token the list does not
// know has no precision (and its amounts are raw base units anyway).
int BalanceTableModel::roundingDigits(int row) const
{
    const RowToken &token = m_rowTokens.at(row);
    if (!m_roundToPrecision || !token.known)
        return -1;
    return token.precision;
}

std::optional<TokenInfo> BalanceTableModel::tokenOf(int row) const
{
    if (!m_rowTokens.at(row).known)
        return std::nullopt;
    return m_tokens.find(m_balances.at(row).tokenId);
}

std::optional<Decimal> BalanceTableModel::price(int row) const
{
    return m_valuations.isEmpty() ? std::nullopt : m_valuations.at(row).price;
}

std::optional<Decimal> BalanceTableModel::value(int row) const
{
    return m_valuations.isEmpty() ? std::nullopt : m_valuations.at(row).value;
}

std::optional<SignedAmount> BalanceTableModel::change(int row) const
{
    if (m_changes.isEmpty())
        return std::nullopt;
    return m_changes.at(row);
}

// An amount cell as machine text: what makeBalanceRecord(…, AmountUnit::TokenUnits) writes (raw
// base units for an unknown token, which has decimals 0 here), so copy and CSV export agree.
QString BalanceTableModel::machineText(int row, int column) const
{
    return amountOf(m_balances.at(row), column).toDecimalString(m_rowTokens.at(row).decimals);
}

QString BalanceTableModel::displayText(int row, int column) const
{
    switch (column) {
    case TokenColumn:
        if (const std::optional<TokenInfo> token = tokenOf(row))
            return token->symbol;
        return unknownTokenLabel(m_balances.at(row).tokenId);
    case TokenIdColumn:
        return QString::number(m_balances.at(row).tokenId);
    case PriceColumn:
        if (const std::optional<Decimal> shown = price(row))
            return amountdisplay::groupMachineText(shown->toString());
        return {};
    case ValueColumn:
        if (const std::optional<Decimal> shown = value(row))
            return amountdisplay::groupMachineText(shown->toString());
        return {};
    case ChangeColumn:
        if (const std::optional<SignedAmount> shown = change(row)) {
            // A gain says "+" as a loss says "−": the sign carries it, the colour only repeats it.
            const QString text = amountdisplay::groupMachineText(exportText(row, ChangeColumn));
            return !shown->isZero() && !shown->isNegative() ? QLocale().positiveSign() + text : text;
        }
        return {};
    default:
        return amountdisplay::groupMachineText(
                amountdisplay::roundMachineText(machineText(row, column), roundingDigits(row)));
    }
}

// The fraction digits of an amount cell's shown text, counted without making it unless rounding
// changes it.
int BalanceTableModel::shownFractionDigits(int row, int column) const
{
    const int exact = amountOf(m_balances.at(row), column).magnitude().fractionDigits(m_rowTokens.at(row).decimals);
    const int rounding = roundingDigits(row);
    if (rounding < 0 || exact <= rounding)
        return exact;
    return amountdisplay::fractionDigits(amountdisplay::roundMachineText(machineText(row, column), rounding));
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
    if (!m_balances.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

bool BalanceTableModel::isAmountColumn(int column) const
{
    return column >= TotalColumn && column <= PendingWithdrawColumn;
}

bool BalanceTableModel::sortsByAmount(int column)
{
    return (column >= TotalColumn && column <= PendingWithdrawColumn) || column == PriceColumn
            || column == ValueColumn || column == ChangeColumn;
}

std::optional<ScaledAmount> BalanceTableModel::amountSortKey(int row, int column) const
{
    switch (column) {
    case PriceColumn:
        if (const std::optional<Decimal> shown = price(row))
            return ScaledAmount(shown->coefficient(), shown->scale());
        return std::nullopt;
    case ValueColumn:
        if (const std::optional<Decimal> shown = value(row))
            return ScaledAmount(shown->coefficient(), shown->scale());
        return std::nullopt;
    case ChangeColumn:
        if (const std::optional<SignedAmount> shown = change(row))
            return ScaledAmount(*shown, m_rowTokens.at(row).decimals);
        return std::nullopt;
    default:
        if (!isAmountColumn(column))
            return std::nullopt;
        return ScaledAmount(amountOf(m_balances.at(row), column), m_rowTokens.at(row).decimals);
    }
}

int BalanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_balances.size());
}

int BalanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BalanceTableModel::hasAmountSortKey(int row, int column) const
{
    return orderPrefixes(column).at(row) != NoOrderPrefix;
}

int BalanceTableModel::compareAmountSortKeys(int leftRow, int rightRow, int column) const
{
    const QList<qint64> &prefixes = orderPrefixes(column);
    const qint64 left = prefixes.at(leftRow);
    const qint64 right = prefixes.at(rightRow);
    if (left != right)
        return left < right ? -1 : 1;
    return amountSortKey(leftRow, column)->compare(*amountSortKey(rightRow, column));
}

int BalanceTableModel::compareTokenSortKeys(int leftRow, int rightRow) const
{
    if (m_tokenSortKeys.isEmpty()) {
        m_tokenSortKeys.reserve(m_balances.size());
        for (int row = 0; row < m_balances.size(); ++row)
            m_tokenSortKeys.append(tokenSortKey(row));
    }
    // The keys are case-folded already: compared unit by unit, they are in the proxy's
    // case-insensitive order (see naturalorder::compare).
    return naturalorder::compare(m_tokenSortKeys.at(leftRow), m_tokenSortKeys.at(rightRow), Qt::CaseSensitive);
}

// Every key of the column brought to the column's largest scale, so that prefixes compare like
// the keys; a negative key (available below zero) is its prefix negated.
const QList<qint64> &BalanceTableModel::orderPrefixes(int column) const
{
    QList<qint64> &prefixes = m_orderPrefixes[size_t(column)];
    if (!prefixes.isEmpty() || !sortsByAmount(column))
        return prefixes;
    int scale = 0;
    for (int row = 0; row < m_balances.size(); ++row) {
        if (const std::optional<ScaledAmount> key = amountSortKey(row, column))
            scale = qMax(scale, key->decimals());
    }
    prefixes.reserve(m_balances.size());
    for (int row = 0; row < m_balances.size(); ++row) {
        const std::optional<ScaledAmount> key = amountSortKey(row, column);
        if (!key) {
            prefixes.append(NoOrderPrefix);
            continue;
        }
        const qint64 prefix = qint64(key->value().magnitude().orderPrefix(key->decimals(), scale));
        prefixes.append(key->value().isNegative() ? -prefix : prefix);
    }
    return prefixes;
}

QVariant BalanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
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
        if (column != TokenColumn)
            return {};
        return m_balances.at(row).isAllZero() && (m_changes.isEmpty() || m_changes.at(row).isZero());
    case TokenIdRole:
        return m_balances.at(row).tokenId;
    case DecimalPaddingRole:
        return isAmountColumn(column) ? QVariant(decimalPadding(row, column)) : QVariant();
    default:
        return {};
    }
}

QString BalanceTableModel::filterText(int row) const
{
    const int tokenId = m_balances.at(row).tokenId;
    const std::optional<TokenInfo> token = tokenOf(row);
    QStringList parts{token ? token->symbol : unknownTokenLabel(tokenId)};
    if (token)
        parts.append(token->name);
    parts.append(QString::number(tokenId));
    return parts.join(QLatin1Char(' '));
}

QString BalanceTableModel::exportText(int row, int column) const
{
    const int tokenId = m_balances.at(row).tokenId;
    switch (column) {
    case TokenColumn:
        // Same convention as the CLI table: "#<id>" when the token list does not know the id.
        if (const std::optional<TokenInfo> token = tokenOf(row))
            return token->symbol;
        return QLatin1Char('#') + QString::number(tokenId);
    case TokenIdColumn:
        return QString::number(tokenId);
    case PriceColumn:
        if (const std::optional<Decimal> exported = price(row))
            return exported->toString();
        return {};
    case ValueColumn:
        if (const std::optional<Decimal> exported = value(row))
            return exported->toString();
        return {};
    case ChangeColumn:
        // Core's text, so the cell is byte for byte what `balances --changes` prints.
        if (const std::optional<SignedAmount> exported = change(row))
            return formatSignedAmount(*exported, tokenOf(row), AmountUnit::TokenUnits);
        return {};
    default:
        return machineText(row, column);
    }
}

QVariant BalanceTableModel::sortKey(int row, int column) const
{
    switch (column) {
    case TokenColumn:
        return tokenSortKey(row);
    case TokenIdColumn:
        return m_balances.at(row).tokenId;
    default:
        if (const std::optional<ScaledAmount> key = amountSortKey(row, column))
            return QVariant::fromValue(*key);
        return {};
    }
}

QString BalanceTableModel::tokenSortKey(int row) const
{
    // U+FFFF sorts unknown tokens after every symbol; the padded id keeps them in id order.
    if (const std::optional<TokenInfo> token = tokenOf(row))
        return token->symbol.toCaseFolded();
    return QString(QChar(0xFFFF)) + QString::number(m_balances.at(row).tokenId).rightJustified(10, QLatin1Char('0'));
}

QVariant BalanceTableModel::toolTip(int row, int column) const
{
    const QVariant note = toolTipNote(row, column);
    if (!isAmountColumn(column) || !m_rowTokens.at(row).known)
        return note;
    // A rounded cell always tells what it rounded.
    const QString exact = amountdisplay::groupMachineText(machineText(row, column));
    const QString shown = displayText(row, column);
    if (exact == shown)
        return note;
    const QString exactLine = tr("Exact value: %1 %2").arg(exact, displayText(row, TokenColumn));
    return note.isValid() ? QVariant(note.toString() + QLatin1Char('\n') + exactLine) : QVariant(exactLine);
}

QVariant BalanceTableModel::toolTipNote(int row, int column) const
{
    const Balance &balance = m_balances.at(row);
    const int tokenId = balance.tokenId;
    const std::optional<TokenInfo> token = tokenOf(row);
    if (!token) {
        const QString unknown = tr("The token list does not know token ID %1, so its amounts are shown "
                                   "in raw base units (its decimals are unknown).").arg(tokenId);
        if (column == TokenColumn)
            return unknown;
        // Raw base units can be too long for the column; the tooltip always has every digit.
        if (isAmountColumn(column))
            return QString(unknown + QLatin1Char('\n') + tr("Exact value: %1 base units").arg(displayText(row, column)));
        return {};
    }
    switch (column) {
    case TokenColumn:
        return tr("%1 — token ID %2").arg(token->name.isEmpty() ? token->symbol : token->name)
                .arg(tokenId);
    case AvailableColumn:
        if (balance.available().isNegative())
            return tr("The service reports more locked than total. Shown exactly as reported.");
        return {};
    case PendingDepositColumn:
        if (!balance.pendingDeposit.isZero())
            return tr("Pending deposit: not yet credited on L2");
        return {};
    case PendingWithdrawColumn:
        if (!balance.pendingWithdraw.isZero())
            return tr("Pending withdrawal: not yet arrived on L1");
        return {};
    case ChangeColumn:
        if (hasChanges() && isVanished(row))
            return tr("Not in this result: the account held this token at the previous fetch. The row goes with the next fetch.");
        return {};
    case PriceColumn:
    case ValueColumn:
        if (!hasPrices())
            return {};
        if (!price(row))
            return tr("The service has no %1 price for %2, so the token is left out of the total value.")
                    .arg(m_currency, token->symbol);
        if (!value(row))
            return tr("The value is too large to compute: the amount or the price is not plausible.");
        return {};
    default:
        return {};
    }
}

std::optional<palettecolors::Pending> BalanceTableModel::pendingKind(const Balance &balance, int column)
{
    if (column == PendingDepositColumn && !balance.pendingDeposit.isZero())
        return palettecolors::Pending::Deposit;
    if (column == PendingWithdrawColumn && !balance.pendingWithdraw.isZero())
        return palettecolors::Pending::Withdrawal;
    return std::nullopt;
}

int BalanceTableModel::pendingCount(palettecolors::Pending kind) const
{
    const int column = kind == palettecolors::Pending::Deposit ? PendingDepositColumn : PendingWithdrawColumn;
    return int(std::count_if(m_balances.cbegin(), m_balances.cend(),
                             [column](const Balance &balance) { return pendingKind(balance, column).has_value(); }));
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

QVariant BalanceTableModel::foreground(int row, int column) const
{
    // An unknown token's label is real content: normal text colour (italic says it is a stand-in).
    const QPalette palette = QGuiApplication::palette();
    const Balance &balance = m_balances.at(row);
    if (column == AvailableColumn && balance.available().isNegative())
        return palettecolors::negativeText(palette);
    if (m_stale)
        return palettecolors::staleText(palette);
    if (column == ChangeColumn) {
        if (const std::optional<SignedAmount> shown = change(row); shown && !shown->isZero())
            return shown->isNegative() ? palettecolors::negativeText(palette) : palettecolors::positiveText(palette);
    }
    if (const auto kind = pendingKind(balance, column))
        return palettecolors::pendingText(palette, *kind);
    return {};
}

QVariant BalanceTableModel::background(int row, int column) const
{
    if (const auto kind = pendingKind(m_balances.at(row), column))
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
    if (!pricesAreOld(now))
        return total;
    return total + BalancesSession::partSeparator() + tr("prices updated %1").arg(relativetime::describeAge(m_pricesUpdatedAt, now));
}

bool BalanceTableModel::pricesAreOld(const QDateTime &now) const
{
    constexpr qint64 OldAfterSeconds = 15 * 60;
    return m_pricesUpdatedAt.isValid() && m_pricesUpdatedAt.secsTo(now) > OldAfterSeconds;
}

QString BalanceTableModel::changeSummary(const QDateTime &now) const
{
    if (!hasChanges())
        return {};
    return tr("changes since %1").arg(relativetime::describeMoment(m_changesSince, now));
}

QVariant BalanceTableModel::font(int row, int column) const
{
    if (column == TokenColumn) {
        if (m_rowTokens.at(row).known)
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

int BalanceTableModel::decimalPadding(int row, int column) const
{
    return amountdisplay::decimalPadding(m_maxFractionDigits[size_t(column)], shownFractionDigits(row, column));
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
        case ChangeColumn: return tr("Change");
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
        case ChangeColumn: return tr("Total now minus the total at the previous recorded fetch of this account");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return alignmentFor(section);
    return {};
}

} // namespace loopview
