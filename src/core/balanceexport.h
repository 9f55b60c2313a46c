// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/balance.h"
#include "core/csvwriter.h"
#include "core/decimal.h"
#include "core/price.h"
#include "core/token.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QIODevice;

namespace loopview {
class Portfolio;
}

// The machine formats of a balance list (CSV, JSON) and the plain-text table, shared by the CLI
// and the GUI export so both produce the same bytes for the same balances.
namespace loopview {

enum class AmountUnit {
    TokenUnits,  // scaled by the token's decimals: "1.5"
    BaseUnits,   // the service's integers: "1500000000000000000"
};

// One balance with its amounts already formatted as exported: exact decimal strings, '.'
// separator, no grouping, trailing zeros trimmed.
struct BalanceRecord {
    qint64 accountId = 0;
    int tokenId = 0;
    QString symbol;    // empty for an unknown token
    QString decimals;  // empty for an unknown token
    QString total;
    QString locked;
    QString available;  // total − locked; may be negative ("-5")
    QString pendingDeposit;
    QString pendingWithdraw;
    bool knownToken = false;
    bool negativeAvailable = false;
    QString label;    // the bookmark's label in a portfolio export; empty otherwise
    QString service;  // the base URL in a portfolio export (ids are per service); empty otherwise
    // With prices (addPrices()): the token's price as the service sent it, and total × price
    // rounded to cents. Empty when the token has no price.
    QString price;
    QString value;
    // With changes (addChanges()): total − the total of the previous snapshot, in the unit of
    // `total`; empty when there is no previous snapshot.
    QString changeTotal;
    // In a history export: when the snapshot was taken, ISO 8601 UTC ("2026-11-30T08:00:00.000Z").
    QString fetchedAt;
};

// Unknown tokens keep their amounts in base units whatever `unit` says: without decimals there is
// no honest way to scale them, and the empty decimals column tells readers which rows those are.
BalanceRecord makeBalanceRecord(const Balance &balance, const TokenRegistry &tokens, AmountUnit unit);
QList<BalanceRecord> makeBalanceRecords(const QList<Balance> &balances, const TokenRegistry &tokens,
                                        AmountUnit unit);

// Fills price and value of each record from `prices`, by the symbol the token list gave its token.
// `records` are makeBalanceRecords(balances, tokens, …), in the same order. Unknown tokens have no
// symbol to look a price up by and stay empty.
void addPrices(QList<BalanceRecord> &records, const QList<Balance> &balances, const TokenRegistry &tokens,
               const PriceTable &prices);

// Fills changeTotal of each record: its total minus `previousTotals` of its token (a token absent
// from them counts from 0), formatted like the total (token units unless `unit` or an unknown
// token says base units).
void addChanges(QList<BalanceRecord> &records, const QList<Balance> &balances, const TokenRegistry &tokens,
                AmountUnit unit, const QHash<int, Amount> &previousTotals);
// A signed amount (available, a change) as the records write it: in token units scaled by the
// token's decimals, or in base units for an unknown token or with AmountUnit::BaseUnits ("-0.5").
QString formatSignedAmount(const SignedAmount &amount, const std::optional<TokenInfo> &token, AmountUnit unit);

// The exported columns, in their default order. An export dialog can offer a subset or another
// order; every function below has an overload taking the column list.
enum class BalanceColumn {
    AccountId,
    TokenId,
    Symbol,
    Decimals,
    Total,
    Locked,
    Available,
    PendingDeposit,
    PendingWithdraw,
    // The user's name for the account (portfolio exports). Not part of allBalanceColumns(), so
    // the single-account CSV keeps its header; portfolioBalanceColumns() puts it first.
    Label,
    // The service (base URL) a portfolio row came from: account and token ids are only unique
    // per service, so a portfolio spanning mainnet and test needs it to be read back correctly.
    Service,
    // The price and value in a currency (price_usd, value_usd): the key names the currency, so
    // every function that writes keys takes it. Not part of allBalanceColumns().
    Price,
    Value,
    // total − the previous snapshot's total (change_total). Not part of allBalanceColumns().
    ChangeTotal,
    // When a recorded snapshot was taken (fetched_at), first in a history export.
    FetchedAt,
};

QList<BalanceColumn> allBalanceColumns();
// label, service, then allBalanceColumns(): one row per account and token of a portfolio.
QList<BalanceColumn> portfolioBalanceColumns();

// One record per account share of every portfolio line, in the portfolio's line order (service,
// then token id) and within a line in account order. Each record carries its account's label.
QList<BalanceRecord> makePortfolioRecords(const Portfolio &portfolio, AmountUnit unit);

// The machine key of a column: the CSV header name and JSON key ("pending_deposit"). The price
// and value keys end in the currency code, in lower case ("price_usd"); `currency` is that code.
QString balanceColumnKey(BalanceColumn column, const QString &currency = {});
// The column's value in a record, as written to CSV (empty for an unknown token's symbol/decimals).
QString balanceColumnText(const BalanceRecord &record, BalanceColumn column);
// Symbol (text from the service), Label (typed by the user) and Service are formula-guarded text in CSV;
// every other column is a number.
CellKind balanceColumnKind(BalanceColumn column);

// account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,pending_withdraw
QStringList balanceCsvHeader();
QStringList balanceCsvHeader(const QList<BalanceColumn> &columns, const QString &currency = {});

QList<CsvCell> balanceCsvCells(const BalanceRecord &record);
QList<CsvCell> balanceCsvCells(const BalanceRecord &record, const QList<BalanceColumn> &columns);

// Header then one row per record. False when the device write fails; *errorString then says why.
bool writeBalancesCsv(QIODevice *device, const QList<BalanceRecord> &records,
                      CsvWriter::Options options = {});
bool writeBalancesCsv(QIODevice *device, const QList<BalanceRecord> &records,
                      const QList<BalanceColumn> &columns, CsvWriter::Options options,
                      QString *errorString = nullptr, const QString &currency = {});

// What a balance row has beyond its own amounts: its price and value in the export's currency
// and its change since the previous snapshot, as addPrices() and addChanges() would fill its
// record (fiatValue(), SignedAmount::difference()). nullopt leaves the cell empty.
struct BalanceRowExtras {
    std::optional<Decimal> price;
    std::optional<Decimal> value;
    std::optional<SignedAmount> change;
};
// The extras of balances[index]; called once per written row, only when a column needs them.
using BalanceRowExtrasProvider = std::function<BalanceRowExtras(int index)>;

// How a CSV of balances is laid out: the writeBalancesCsv() parameters besides the rows.
struct BalanceCsvLayout {
    QList<BalanceColumn> columns = allBalanceColumns();
    AmountUnit unit = AmountUnit::TokenUnits;
    CsvWriterOptions csv;
    QString currency;  // names the price and value columns ("price_usd")
};

// The bytes writeBalancesCsv(device, records, layout.columns, layout.csv, …, layout.currency)
// writes for the records of balances[rows[0]], balances[rows[1]], … (makeBalanceRecord() in
// layout.unit, with `extras` as addPrices()/addChanges() would put them), made straight from the
// balances: no record, cell or line strings on the way. A 100,000-row export spent most of its
// time on those. Label, Service and FetchedAt, which balances do not have, are empty. Written in
// blocks of rows; false with *errorString set when the device refuses them.
bool writeBalancesCsv(QIODevice *device, const QList<Balance> &balances, const TokenRegistry &tokens,
                      const QList<int> &rows, const BalanceCsvLayout &layout,
                      const BalanceRowExtrasProvider &extras = {}, QString *errorString = nullptr);
// Every balance in order with the default layout in `unit`: what the CLI prints, written to
// `device` a block of rows at a time (false when the device refuses them), or as bytes.
bool writeBalancesCsv(QIODevice *device, const QList<Balance> &balances, const TokenRegistry &tokens, AmountUnit unit);
QByteArray balancesCsv(const QList<Balance> &balances, const TokenRegistry &tokens, AmountUnit unit);

// A JSON array of objects keyed like the CSV header, keys in column order. account_id, token_id
// and decimals are numbers (decimals and symbol null for an unknown token); amounts, prices, values
// and changes are strings so no reader is tempted through floating point (null when empty). Indented, UTF-8, trailing newline. Characters that
// printableText() would replace are written as \uXXXX escapes (escapeUnprintableInJson).
QByteArray balancesToJson(const QList<BalanceRecord> &records);
QByteArray balancesToJson(const QList<BalanceRecord> &records, const QList<BalanceColumn> &columns,
                          const QString &currency = {});

// Aligned columns for a terminal: TOKEN (symbol, or "#<id>" for an unknown token) left-aligned,
// amounts right-aligned, two spaces between columns, "\n" line ends. Symbols are printable already
// (json::parseTokens neutralises them where they enter), so none can move the cursor or break the
// layout. An empty list gives the single line "No balances.". Headers are translated: this is for
// people, not machines.
QString balancesToTable(const QList<BalanceRecord> &records);
// The same with more columns: FetchedAt first ("FETCHED AT (UTC)"), and after the amounts any of
// Price, Value and ChangeTotal, in that order (headed "PRICE USD", "VALUE USD", "CHANGE").
QString balancesToTable(const QList<BalanceRecord> &records, const QList<BalanceColumn> &extraColumns,
                        const QString &currency);

} // namespace loopview
