// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/balanceexport.h"
#include "core/csvwriter.h"

#include <QList>
#include <QString>

class QLocale;
class QSettings;

namespace loopview {

// Which rows an export writes.
enum class ExportScope {
    AllRows,      // every row of the model, filtered out or not, in the model's (the service's) order
    VisibleRows,  // what the table shows: after filter and sort, in the view's order
    SelectedRows, // rows with at least one selected cell, in the view's order
};

enum class ExportFormat { Csv, Json };

// Everything the export dialog asks. Plain data so the exporter and its tests need no widgets.
struct ExportOptions {
    ExportScope scope = ExportScope::VisibleRows;
    ExportFormat format = ExportFormat::Csv;
    QList<BalanceColumn> columns = allBalanceColumns();  // written in this order
    AmountUnit unit = AmountUnit::TokenUnits;
    CsvWriterOptions csv;  // delimiter and byte-order mark; ignored for JSON

    friend bool operator==(const ExportOptions &a, const ExportOptions &b)
    {
        return a.scope == b.scope && a.format == b.format && a.columns == b.columns && a.unit == b.unit
            && a.csv.delimiter == b.csv.delimiter && a.csv.byteOrderMark == b.csv.byteOrderMark;
    }
    friend bool operator!=(const ExportOptions &a, const ExportOptions &b) { return !(a == b); }
};

// "csv" or "json", without the dot.
QString exportFileSuffix(ExportFormat format);

// The separator offered until the user chose one: a semicolon where the locale's decimal
// separator is a comma, else a comma.
CsvDelimiter defaultCsvDelimiter(const QLocale &locale);

// The last choices, kept in QSettings under versioned keys "export/v1/<kind>/…", one set per kind
// of export ("balances", "portfolio") since they offer different columns. Values are stored as
// words ("semicolon", "base", column keys like "pending_deposit"), not enum numbers, so reordering
// an enum cannot silently change what a user saved; unknown words fall back to the defaults.
namespace exportsettings {

const QString BalancesKind = QStringLiteral("balances");
const QString PortfolioKind = QStringLiteral("portfolio");
const QString HistoryKind = QStringLiteral("history");

// `defaultColumns` (what the export offers, ticked) are used when nothing (recognisable) was
// saved. After a save, a default column that was neither chosen nor unticked (it was not offered
// then: the table had no prices) is added, ticked, after the saved ones.
ExportOptions load(const QSettings &settings, const QString &kind, const QList<BalanceColumn> &defaultColumns);
// `offeredColumns` are what the dialog listed: those left out of options.columns are remembered
// as unticked. Columns are saved as words ("pending_deposit"; "price" and "value" without the
// currency, so the choice holds in any currency).
void save(QSettings &settings, const QString &kind, const ExportOptions &options,
          const QList<BalanceColumn> &offeredColumns);

// The folder of the last successful export of any kind; empty when there was none.
QString lastFolder(const QSettings &settings);
void saveLastFolder(QSettings &settings, const QString &folder);

} // namespace exportsettings

} // namespace loopview
