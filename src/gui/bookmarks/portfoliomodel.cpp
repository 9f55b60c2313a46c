// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "portfoliomodel.h"

#include "core/printabletext.h"
#include "core/service.h"
#include "gui/amountdisplay.h"
#include "gui/balancessession.h"
#include "gui/palettecolors.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace loopview {

namespace {

// internalId 0 marks a token row; n > 0 marks a child of token row n − 1.
constexpr quintptr TokenRowId = 0;

bool isAmountColumn(int column)
{
    return column >= PortfolioModel::TotalColumn && column <= PortfolioModel::PendingWithdrawColumn;
}

} // namespace

PortfolioModel::PortfolioModel(QObject *parent) : QAbstractItemModel(parent) {}

void PortfolioModel::setPortfolio(const Portfolio &portfolio, const QHash<QString, PriceTable> &prices)
{
    beginResetModel();
    m_portfolio = portfolio;
    m_maxFractionDigits.fill(0);
    computeValues(prices);
    endResetModel();
    // After the reset, so the walk reads the new data through the model's own ExactTextRole.
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex line = index(row, 0);
        for (int child = -1; child < rowCount(line); ++child) {
            for (int column = TotalColumn; column <= PendingWithdrawColumn; ++column) {
                const QModelIndex cell = child < 0 ? index(row, column) : index(child, column, line);
                m_maxFractionDigits[size_t(column)] = qMax(m_maxFractionDigits[size_t(column)],
                        amountdisplay::fractionDigits(cell.data(ExactTextRole).toString()));
            }
        }
    }
}

void PortfolioModel::computeValues(const QHash<QString, PriceTable> &prices)
{
    m_values.clear();
    m_serviceValues.clear();
    m_accountValues.clear();
    QHash<QString, qsizetype> serviceIndex;  // serviceKey → m_serviceValues
    QHash<QString, qsizetype> accountIndex;  // bookmark id → m_accountValues
    m_values.reserve(m_portfolio.lines().size());
    for (const PortfolioLine &line : m_portfolio.lines()) {
        LineValues values;
        const QString service = serviceKey(line.baseUrl);
        const auto table = prices.constFind(service);
        if (table == prices.cend()) {
            values.shares.resize(line.shares.size());
            m_values.append(std::move(values));
            continue;
        }
        values.currency = table->currency();
        if (!serviceIndex.contains(service)) {
            serviceIndex.insert(service, m_serviceValues.size());
            m_serviceValues.append({line.baseUrl, table->currency(), FiatTotal()});
        }
        FiatTotal &serviceTotal = m_serviceValues[serviceIndex.value(service)].total;
        // A token the list does not know has no symbol to be priced by.
        const std::optional<Price> price = line.token ? table->priceOf(*line.token) : std::nullopt;
        if (price && !line.total.overflowed())
            values.value = fiatValue(line.total.value(), line.decimals(), price->value);
        if (!price)
            serviceTotal.addUnpriced();
        else if (values.value)
            serviceTotal.add(*values.value);
        else
            serviceTotal.addOverflowed();  // a sum or a product past 2^256: bad data, said as such

        for (const PortfolioShare &share : line.shares) {
            if (!accountIndex.contains(share.bookmarkId)) {
                accountIndex.insert(share.bookmarkId, m_accountValues.size());
                m_accountValues.append({share.bookmarkId, share.label, line.baseUrl, table->currency(), FiatTotal()});
            }
            FiatTotal &accountTotal = m_accountValues[accountIndex.value(share.bookmarkId)].total;
            const std::optional<Decimal> shareValue =
                    price ? fiatValue(share.balance.total, line.decimals(), price->value) : std::nullopt;
            if (!price)
                accountTotal.addUnpriced();
            else if (shareValue)
                accountTotal.add(*shareValue);
            else
                accountTotal.addOverflowed();
            values.shares.append(shareValue);
        }
        m_values.append(std::move(values));
    }
}

QString PortfolioModel::valueSummary() const
{
    const auto money = [](const FiatTotal &total, const QString &currency) {
        if (total.overflowed())
            return tr("too large to compute");
        //: An amount of money: %1 is the amount ("1,234.50"), %2 the currency code ("USD")
        return tr("%1 %2").arg(amountdisplay::groupMachineText(total.value().toString()), currency);
    };
    QStringList lines;
    for (const ServiceValue &service : m_serviceValues) {
        QString line = tr("Total value on %1: %2")
                               .arg(printableText(hostLabel(service.baseUrl), printable::Unlimited),
                                    money(service.total, service.currency));
        if (const int unpriced = service.total.unpricedCount())
            line += QLatin1Char(' ') + tr("(excl. %n tokens without a price)", nullptr, unpriced);
        lines.append(line);
    }
    QStringList accounts;
    for (const AccountValue &account : m_accountValues)
        accounts.append(tr("%1 %2").arg(printableText(account.label, printable::Unlimited), money(account.total, account.currency)));
    if (!accounts.isEmpty())
        //: Followed by each account's total value, separated by " · "
        lines.append(tr("Per account: %1").arg(accounts.join(BalancesSession::partSeparator())));
    return lines.join(QLatin1Char('\n'));
}

QVariant PortfolioModel::valueData(const QModelIndex &index, int role) const
{
    const bool tokenRow = index.internalId() == TokenRowId;
    const int lineRow = tokenRow ? index.row() : int(index.internalId() - 1);
    const LineValues &values = m_values.at(lineRow);
    const std::optional<Decimal> &value = tokenRow ? values.value : values.shares.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return value ? amountdisplay::groupMachineText(value->toString()) : QString();
    case ExactTextRole:
        return value ? value->toString() : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        fixed.setPointSizeF(QGuiApplication::font().pointSizeF());
        return fixed;
    }
    case Qt::ToolTipRole:
        if (!value && !values.currency.isEmpty())
            return tr("No %1 price for this token: it is left out of the totals.").arg(values.currency);
        return {};
    case OverflowRole:
        return false;
    default:
        return {};
    }
}

QModelIndex PortfolioModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TokenRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PortfolioModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TokenRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TokenRowId);
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_portfolio.lines().size());
    if (parent.internalId() != TokenRowId || parent.column() != 0)
        return 0;
    return int(m_portfolio.lines().at(parent.row()).shares.size());
}

int PortfolioModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.column() == ValueColumn && role != BookmarkIdRole)
        return valueData(index, role);
    if (isAmountColumn(index.column())) {
        if (const QVariant style = amountStyle(index, role); style.isValid())
            return style;
    }
    if (index.internalId() == TokenRowId)
        return lineData(m_portfolio.lines().at(index.row()), index.column(), role);
    const PortfolioLine &line = m_portfolio.lines().at(int(index.internalId() - 1));
    return shareData(line, line.shares.at(index.row()), index.column(), role);
}

// How an amount cell looks, the same as in the balances table: fixed-width digits with the
// decimal points lined up, and pending amounts in the pending colours.
QVariant PortfolioModel::amountStyle(const QModelIndex &index, int role) const
{
    const int column = index.column();
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        fixed.setPointSizeF(QGuiApplication::font().pointSizeF());
        return fixed;
    }
    case DecimalPaddingRole: {
        const QString exact = index.data(ExactTextRole).toString();
        if (exact.isEmpty())  // an overflowed sum: a word, not a number
            return 0;
        return amountdisplay::decimalPadding(m_maxFractionDigits[size_t(column)], amountdisplay::fractionDigits(exact));
    }
    case Qt::ForegroundRole:
    case Qt::BackgroundRole: {
        if (column != PendingDepositColumn && column != PendingWithdrawColumn)
            return {};
        const QString exact = index.data(ExactTextRole).toString();
        if (exact.isEmpty() || exact == QLatin1String("0"))
            return {};
        const auto kind = column == PendingDepositColumn ? palettecolors::Pending::Deposit
                                                         : palettecolors::Pending::Withdrawal;
        const QPalette palette = QGuiApplication::palette();
        return role == Qt::ForegroundRole ? palettecolors::pendingText(palette, kind)
                                          : palettecolors::pendingBackground(palette, kind);
    }
    default:
        return {};
    }
}

QVariant PortfolioModel::lineData(const PortfolioLine &line, int column, int role) const
{
    const ExactSum *sum = nullptr;
    switch (column) {
    case TotalColumn:
        sum = &line.total;
        break;
    case LockedColumn:
        sum = &line.locked;
        break;
    case PendingDepositColumn:
        sum = &line.pendingDeposit;
        break;
    case PendingWithdrawColumn:
        sum = &line.pendingWithdraw;
        break;
    default:
        break;
    }
    const bool availableOverflow =
        column == AvailableColumn && (line.total.overflowed() || line.locked.overflowed());
    const bool overflow = (sum && sum->overflowed()) || availableOverflow;

    if (role == OverflowRole)
        return overflow;
    if (overflow) {
        switch (role) {
        case Qt::DisplayRole:
            //: Shown instead of a sum that exceeds 2^256 − 1 (bad data from the service)
            return tr("overflow");
        case Qt::ToolTipRole:
            return tr("The sum exceeds the largest possible token amount; the service's data "
                      "cannot be right. See the accounts below for the individual amounts.");
        case ExactTextRole:
            return QString();
        }
        return {};
    }

    const int decimals = line.decimals();
    switch (role) {
    case Qt::DisplayRole:
        if (column == TokenColumn)
            return line.symbol();
        if (column == ServiceColumn)
            return printableText(hostLabel(line.baseUrl), printable::Unlimited);
        if (sum)
            return amountdisplay::format(sum->value(), decimals);
        if (column == AvailableColumn)
            return amountdisplay::format(SignedAmount::difference(line.total.value(), line.locked.value()), decimals);
        return {};
    case ExactTextRole:
        if (sum)
            return sum->value().toDecimalString(decimals);
        if (column == AvailableColumn)
            return SignedAmount::difference(line.total.value(), line.locked.value()).toDecimalString(decimals);
        return {};
    case Qt::ToolTipRole:
        if (column == TokenColumn) {
            QString tip = line.token ? tr("%1 (token %2)").arg(line.token->name).arg(line.tokenId)
                                     : tr("Unknown token %1: amounts in base units").arg(line.tokenId);
            return QString(tip + QLatin1Char('\n') + printableText(line.baseUrl.toDisplayString(), printable::Unlimited));
        }
        return {};
    }
    return {};
}

QVariant PortfolioModel::shareData(const PortfolioLine &line, const PortfolioShare &share, int column,
                                   int role) const
{
    if (role == BookmarkIdRole)
        return share.bookmarkId;
    if (role == OverflowRole)
        return false;
    const int decimals = line.decimals();
    const Balance &balance = share.balance;
    auto exact = [&](const Amount &amount) { return amount.toDecimalString(decimals); };
    auto shown = [&](const Amount &amount) { return amountdisplay::format(amount, decimals); };
    switch (role) {
    case Qt::DisplayRole:
    case ExactTextRole: {
        const bool display = role == Qt::DisplayRole;
        switch (column) {
        case TokenColumn:
            // The bookmark's label, from the user's file: shown printable, copied exact.
            return display ? printableText(share.label, printable::Unlimited) : share.label;
        case TotalColumn:
            return display ? shown(balance.total) : exact(balance.total);
        case AvailableColumn:
            return display ? amountdisplay::format(balance.available(), decimals)
                           : balance.available().toDecimalString(decimals);
        case LockedColumn:
            return display ? shown(balance.locked) : exact(balance.locked);
        case PendingDepositColumn:
            return display ? shown(balance.pendingDeposit) : exact(balance.pendingDeposit);
        case PendingWithdrawColumn:
            return display ? shown(balance.pendingWithdraw) : exact(balance.pendingWithdraw);
        case ServiceColumn:
            return display ? QVariant(printableText(hostLabel(line.baseUrl), printable::Unlimited)) : QVariant();
        }
        return {};
    }
    }
    return {};
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TokenColumn:
        return tr("Token / account");
    case TotalColumn:
        return tr("Total");
    case AvailableColumn:
        return tr("Available");
    case LockedColumn:
        return tr("Locked");
    case PendingDepositColumn:
        return tr("Pending deposit");
    case PendingWithdrawColumn:
        return tr("Pending withdrawal");
    case ServiceColumn:
        return tr("Service");
    case ValueColumn: {
        // The currency when every priced service gave the same one ("Value (USD)").
        QString currency;
        for (const ServiceValue &service : m_serviceValues) {
            if (!currency.isEmpty() && currency != service.currency)
                return tr("Value");
            currency = service.currency;
        }
        //: Column header; %1 is a currency code ("USD")
        return currency.isEmpty() ? tr("Value") : tr("Value (%1)").arg(currency);
    }
    }
    return {};
}

} // namespace loopview
