// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/balanceexport.h"

#include "core/fiatvalue.h"
#include "core/portfolio.h"
#include "core/tabulartext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <charconv>
#include <numeric>


namespace loopview {

namespace {

QString formatAmount(const Amount &amount, const std::optional<TokenInfo> &token, AmountUnit unit)
{
    if (token && unit == AmountUnit::TokenUnits)
        return amount.toDecimalString(token->decimals);
    return amount.toString();
}


QString jsonValue(const BalanceRecord &record, BalanceColumn column)
{
    switch (column) {
    case BalanceColumn::AccountId: return QString::number(record.accountId);
    case BalanceColumn::TokenId: return QString::number(record.tokenId);
    case BalanceColumn::Symbol:
        return record.knownToken ? jsonStringLiteral(record.symbol) : QStringLiteral("null");
    case BalanceColumn::Label:
        return jsonStringLiteral(record.label);
    case BalanceColumn::Service:
        return jsonStringLiteral(record.service);
    case BalanceColumn::Decimals: {
        // Re-rendered from the integer so the output is valid JSON whatever the record holds.
        bool isNumber = false;
        const int decimals = record.decimals.toInt(&isNumber);
        return record.knownToken && isNumber ? QString::number(decimals) : QStringLiteral("null");
    }
    case BalanceColumn::Total:
    case BalanceColumn::Locked:
    case BalanceColumn::Available:
    case BalanceColumn::PendingDeposit:
    case BalanceColumn::PendingWithdraw:
        return jsonStringLiteral(balanceColumnText(record, column));
    case BalanceColumn::Price:
    case BalanceColumn::Value:
    case BalanceColumn::ChangeTotal:
    case BalanceColumn::FetchedAt: {
        const QString text = balanceColumnText(record, column);
        return text.isEmpty() ? QStringLiteral("null") : jsonStringLiteral(text);
    }
    }
    return QStringLiteral("null");
}

// The table is for people, so its words are translated; lupdate needs a class context to see them.
struct TableText {
    Q_DECLARE_TR_FUNCTIONS(loopview::BalanceTable)
};

} // namespace

QString formatSignedAmount(const SignedAmount &amount, const std::optional<TokenInfo> &token,
                           AmountUnit unit)
{
    if (token && unit == AmountUnit::TokenUnits)
        return amount.toDecimalString(token->decimals);
    return amount.toString();
}

BalanceRecord makeBalanceRecord(const Balance &balance, const TokenRegistry &tokens, AmountUnit unit)
{
    const std::optional<TokenInfo> token = tokens.find(balance.tokenId);
    const SignedAmount available = balance.available();

    BalanceRecord record;
    record.accountId = balance.accountId;
    record.tokenId = balance.tokenId;
    record.knownToken = token.has_value();
    if (token) {
        record.symbol = token->symbol;
        record.decimals = QString::number(token->decimals);
    }
    record.total = formatAmount(balance.total, token, unit);
    record.locked = formatAmount(balance.locked, token, unit);
    record.available = formatSignedAmount(available, token, unit);
    record.pendingDeposit = formatAmount(balance.pendingDeposit, token, unit);
    record.pendingWithdraw = formatAmount(balance.pendingWithdraw, token, unit);
    record.negativeAvailable = available.isNegative();
    return record;
}

QList<BalanceRecord> makeBalanceRecords(const QList<Balance> &balances, const TokenRegistry &tokens,
                                        AmountUnit unit)
{
    QList<BalanceRecord> records;
    records.reserve(balances.size());
    for (const Balance &balance : balances)
        records.append(makeBalanceRecord(balance, tokens, unit));
    return records;
}

void addPrices(QList<BalanceRecord> &records, const QList<Balance> &balances, const TokenRegistry &tokens,
               const PriceTable &prices)
{
    for (qsizetype i = 0; i < records.size() && i < balances.size(); ++i) {
        const std::optional<TokenInfo> token = tokens.find(balances.at(i).tokenId);
        const std::optional<Price> price = token ? prices.priceOf(*token) : std::nullopt;
        if (!price)
            continue;
        records[i].price = price->value.toString();
        // Empty only if the product does not fit, which bounded prices and amounts rule out.
        if (const std::optional<Decimal> value = fiatValue(balances.at(i).total, token->decimals, price->value))
            records[i].value = value->toString();
    }
}

void addChanges(QList<BalanceRecord> &records, const QList<Balance> &balances, const TokenRegistry &tokens,
                AmountUnit unit, const QHash<int, Amount> &previousTotals)
{
    for (qsizetype i = 0; i < records.size() && i < balances.size(); ++i) {
        const Balance &balance = balances.at(i);
        const SignedAmount change = SignedAmount::difference(balance.total, previousTotals.value(balance.tokenId));
        records[i].changeTotal = formatSignedAmount(change, tokens.find(balance.tokenId), unit);
    }
}

QList<BalanceColumn> allBalanceColumns()
{
    return {BalanceColumn::AccountId, BalanceColumn::TokenId,   BalanceColumn::Symbol,
            BalanceColumn::Decimals,  BalanceColumn::Total,     BalanceColumn::Locked,
            BalanceColumn::Available, BalanceColumn::PendingDeposit, BalanceColumn::PendingWithdraw};
}

QList<BalanceColumn> portfolioBalanceColumns()
{
    return QList<BalanceColumn>{BalanceColumn::Label, BalanceColumn::Service} + allBalanceColumns();
}

QList<BalanceRecord> makePortfolioRecords(const Portfolio &portfolio, AmountUnit unit)
{
    QList<BalanceRecord> records;
    for (const PortfolioLine &line : portfolio.lines()) {
        // The line's token is the one any account's token list knew; every share is scaled by it.
        const TokenRegistry tokens(line.token ? QList<TokenInfo>{*line.token} : QList<TokenInfo>{});
        for (const PortfolioShare &share : line.shares) {
            BalanceRecord record = makeBalanceRecord(share.balance, tokens, unit);
            record.label = share.label;
            record.service = line.baseUrl.toString();
            records.append(std::move(record));
        }
    }
    return records;
}

QString balanceColumnKey(BalanceColumn column, const QString &currency)
{
    switch (column) {
    case BalanceColumn::Price: return QStringLiteral("price_") + currency.toLower();
    case BalanceColumn::Value: return QStringLiteral("value_") + currency.toLower();
    case BalanceColumn::ChangeTotal: return QStringLiteral("change_total");
    case BalanceColumn::FetchedAt: return QStringLiteral("fetched_at");
    case BalanceColumn::AccountId: return QStringLiteral("account_id");
    case BalanceColumn::TokenId: return QStringLiteral("token_id");
    case BalanceColumn::Symbol: return QStringLiteral("symbol");
    case BalanceColumn::Decimals: return QStringLiteral("decimals");
    case BalanceColumn::Total: return QStringLiteral("total");
    case BalanceColumn::Locked: return QStringLiteral("locked");
    case BalanceColumn::Available: return QStringLiteral("available");
    case BalanceColumn::PendingDeposit: return QStringLiteral("pending_deposit");
    case BalanceColumn::PendingWithdraw: return QStringLiteral("pending_withdraw");
    case BalanceColumn::Label: return QStringLiteral("label");
    case BalanceColumn::Service: return QStringLiteral("service");
    }
    return {};
}

QString balanceColumnText(const BalanceRecord &record, BalanceColumn column)
{
    switch (column) {
    case BalanceColumn::AccountId: return QString::number(record.accountId);
    case BalanceColumn::TokenId: return QString::number(record.tokenId);
    case BalanceColumn::Symbol: return record.symbol;
    case BalanceColumn::Decimals: return record.decimals;
    case BalanceColumn::Total: return record.total;
    case BalanceColumn::Locked: return record.locked;
    case BalanceColumn::Available: return record.available;
    case BalanceColumn::PendingDeposit: return record.pendingDeposit;
    case BalanceColumn::PendingWithdraw: return record.pendingWithdraw;
    case BalanceColumn::Label: return record.label;
    case BalanceColumn::Service: return record.service;
    case BalanceColumn::Price: return record.price;
    case BalanceColumn::Value: return record.value;
    case BalanceColumn::ChangeTotal: return record.changeTotal;
    case BalanceColumn::FetchedAt: return record.fetchedAt;
    }
    return {};
}

CellKind balanceColumnKind(BalanceColumn column)
{
    switch (column) {
    case BalanceColumn::Symbol:
    case BalanceColumn::Label:
    case BalanceColumn::Service:
        return CellKind::Text;
    default:
        return CellKind::Number;
    }
}

QStringList balanceCsvHeader()
{
    return balanceCsvHeader(allBalanceColumns());
}

QStringList balanceCsvHeader(const QList<BalanceColumn> &columns, const QString &currency)
{
    QStringList header;
    header.reserve(columns.size());
    for (const BalanceColumn column : columns)
        header.append(balanceColumnKey(column, currency));
    return header;
}

QList<CsvCell> balanceCsvCells(const BalanceRecord &record)
{
    return balanceCsvCells(record, allBalanceColumns());
}

QList<CsvCell> balanceCsvCells(const BalanceRecord &record, const QList<BalanceColumn> &columns)
{
    QList<CsvCell> cells;
    cells.reserve(columns.size());
    for (const BalanceColumn column : columns)
        cells.append(CsvCell{balanceColumnText(record, column), balanceColumnKind(column)});
    return cells;
}

bool writeBalancesCsv(QIODevice *device, const QList<BalanceRecord> &records, CsvWriter::Options options)
{
    return writeBalancesCsv(device, records, allBalanceColumns(), options);
}

bool writeBalancesCsv(QIODevice *device, const QList<BalanceRecord> &records,
                      const QList<BalanceColumn> &columns, CsvWriter::Options options,
                      QString *errorString, const QString &currency)
{
    return writeCsvRows(device, balanceCsvHeader(columns, currency), records.size(),
                        [&](qsizetype row) { return balanceCsvCells(records.at(row), columns); },
                        options, errorString);
}

namespace {

// How many rows writeBalancesCsv() encodes before it hands them to the device: enough that the
// device sees few writes (about 200 for 100,000 rows), few enough that a block stays small (about
// 70 KB), since the CLI streams its output and never holds it all.
constexpr qsizetype CsvBlockRows = 512;

// QByteArray::number() without the temporary array it returns.
template <typename Integer>
void appendInteger(QByteArray &out, Integer value)
{
    char digits[24];
    const std::to_chars_result written = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, written.ptr - digits);
}

// One cell of a balance's row as writeBalancesCsv(records) would write its record's text.
void appendBalanceCell(QByteArray &out, const Balance &balance, const std::optional<TokenInfo> &token,
                       int decimals, BalanceColumn column, const BalanceRowExtras &extras, QChar delimiter)
{
    // Amounts and changes are plain decimals ("-5", "0.25"), which the writer copies as they are.
    switch (column) {
    case BalanceColumn::AccountId: appendInteger(out, balance.accountId); return;
    case BalanceColumn::TokenId: appendInteger(out, balance.tokenId); return;
    case BalanceColumn::Symbol:
        // The one text cell: guarded and quoted by the writer's own rule.
        if (token)
            out += CsvWriter::encodeCell(CsvCell::textCell(token->symbol), delimiter).toUtf8();
        return;
    case BalanceColumn::Decimals:
        if (token)
            appendInteger(out, token->decimals);
        return;
    case BalanceColumn::Total: balance.total.appendDecimalString(out, decimals); return;
    case BalanceColumn::Locked: balance.locked.appendDecimalString(out, decimals); return;
    case BalanceColumn::Available: balance.available().appendDecimalString(out, decimals); return;
    case BalanceColumn::PendingDeposit: balance.pendingDeposit.appendDecimalString(out, decimals); return;
    case BalanceColumn::PendingWithdraw: balance.pendingWithdraw.appendDecimalString(out, decimals); return;
    case BalanceColumn::Price:
    case BalanceColumn::Value:
        // Decimal::toString() is a plain number too; the writer's rule still decides, as for a record.
        if (const std::optional<Decimal> &fiat = column == BalanceColumn::Price ? extras.price : extras.value)
            out += CsvWriter::encodeCell(CsvCell::numberCell(fiat->toString()), delimiter).toUtf8();
        return;
    case BalanceColumn::ChangeTotal:
        if (extras.change)
            extras.change->appendDecimalString(out, decimals);
        return;
    case BalanceColumn::Label:
    case BalanceColumn::Service:
    case BalanceColumn::FetchedAt:
        return;  // not a balance's: empty, as in makeBalanceRecord()'s record
    }
}

} // namespace

bool writeBalancesCsv(QIODevice *device, const QList<Balance> &balances, const TokenRegistry &tokens,
                      const QList<int> &rows, const BalanceCsvLayout &layout,
                      const BalanceRowExtrasProvider &extras, QString *errorString)
{
    const QList<BalanceColumn> &columns = layout.columns;
    const bool needsExtras = extras
            && (columns.contains(BalanceColumn::Price) || columns.contains(BalanceColumn::Value)
                || columns.contains(BalanceColumn::ChangeTotal));
    const QChar delimiter = csvDelimiterChar(layout.csv.delimiter);
    const char delimiterByte = char(delimiter.unicode());

    // The header and the byte-order mark through the writer itself, so the two paths cannot
    // drift apart there; the rows as bytes made here.
    CsvWriter writer(device, layout.csv);
    writer.writeHeader(balanceCsvHeader(columns, layout.currency));
    QByteArray block;
    block.reserve(qMin(rows.size(), CsvBlockRows) * (16 + 16 * columns.size()));
    for (qsizetype i = 0; i < rows.size() && writer.ok(); ++i) {
        const Balance &balance = balances.at(rows.at(i));
        const std::optional<TokenInfo> token = tokens.find(balance.tokenId);
        // What formatAmount() does: scaled for a known token in token units, else base units,
        // which appendDecimalString(…, 0) writes the same way as toString().
        const int decimals = token && layout.unit == AmountUnit::TokenUnits ? token->decimals : 0;
        const BalanceRowExtras rowExtras = needsExtras ? extras(rows.at(i)) : BalanceRowExtras();
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c > 0)
                block += delimiterByte;
            appendBalanceCell(block, balance, token, decimals, columns.at(c), rowExtras, delimiter);
        }
        block += "\r\n";
        if ((i + 1) % CsvBlockRows == 0 || i + 1 == rows.size()) {
            writer.writeEncodedLines(block);
            block.resize(0);  // keeps its capacity for the next block
        }
    }
    if (!writer.ok() && errorString)
        *errorString = writer.errorString();
    return writer.ok();
}

bool writeBalancesCsv(QIODevice *device, const QList<Balance> &balances, const TokenRegistry &tokens, AmountUnit unit)
{
    QList<int> rows(balances.size());
    std::iota(rows.begin(), rows.end(), 0);
    BalanceCsvLayout layout;
    layout.unit = unit;
    return writeBalancesCsv(device, balances, tokens, rows, layout);
}

QByteArray balancesCsv(const QList<Balance> &balances, const TokenRegistry &tokens, AmountUnit unit)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    writeBalancesCsv(&buffer, balances, tokens, unit);  // memory does not refuse writes
    return out;
}

QByteArray balancesToJson(const QList<BalanceRecord> &records)
{
    return balancesToJson(records, allBalanceColumns());
}

QByteArray balancesToJson(const QList<BalanceRecord> &records, const QList<BalanceColumn> &columns,
                          const QString &currency)
{
    // Labels are the user's own text, kept exactly; jsonObjectArray escapes what could reach a
    // terminal raw.
    return jsonObjectArray(balanceCsvHeader(columns, currency), records.size(), [&](qsizetype row, qsizetype column) {
        return jsonValue(records.at(row), columns.at(column));
    });
}

QString balancesToTable(const QList<BalanceRecord> &records)
{
    return balancesToTable(records, {}, {});
}

QString balancesToTable(const QList<BalanceRecord> &records, const QList<BalanceColumn> &extraColumns,
                        const QString &currency)
{
    if (records.isEmpty())
        return TableText::tr("No balances.") + QLatin1Char('\n');

    const bool withTime = extraColumns.contains(BalanceColumn::FetchedAt);
    //: Column headers of the balance table printed by loopview-cli.
    QStringList header = {
        TableText::tr("TOKEN"),     TableText::tr("TOTAL"),           TableText::tr("LOCKED"),
        TableText::tr("AVAILABLE"), TableText::tr("PENDING DEPOSIT"), TableText::tr("PENDING WITHDRAW"),
    };
    QList<BalanceColumn> extras;
    for (const BalanceColumn column : {BalanceColumn::Price, BalanceColumn::Value, BalanceColumn::ChangeTotal}) {
        if (!extraColumns.contains(column))
            continue;
        extras.append(column);
        //: Column headers of loopview-cli's balance table; %1 is a currency code such as USD.
        if (column == BalanceColumn::Price)
            header.append(TableText::tr("PRICE %1").arg(currency));
        else if (column == BalanceColumn::Value)
            header.append(TableText::tr("VALUE %1").arg(currency));
        else
            //: Column header: the change of the total since the last recorded snapshot.
            header.append(TableText::tr("CHANGE"));
    }
    QList<QStringList> rows;
    rows.reserve(records.size() + 1);
    rows.append(header);
    for (const BalanceRecord &record : records) {
        const QString token = record.knownToken ? record.symbol
                                                : QLatin1Char('#') + QString::number(record.tokenId);
        QStringList row = {token, record.total, record.locked, record.available, record.pendingDeposit,
                           record.pendingWithdraw};
        for (const BalanceColumn column : std::as_const(extras))
            row.append(balanceColumnText(record, column));
        if (withTime)
            row.prepend(record.fetchedAt);
        rows.append(row);
    }
    if (withTime) {
        //: Column header of loopview-cli's history table: when each snapshot was taken.
        rows.first().prepend(TableText::tr("FETCHED AT (UTC)"));
    }
    using A = TextAlignment;
    QList<TextAlignment> alignments(rows.constFirst().size(), A::Right);
    alignments[0] = A::Left;
    if (withTime)
        alignments[1] = A::Left;
    return alignedTextTable(rows, alignments);
}

} // namespace loopview
