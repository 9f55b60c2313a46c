// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "exportoptions.h"

#include <QLocale>
#include <QSettings>

namespace loopview {

namespace {

// Per kind: "export/v1/balances/scope". The folder is shared by every kind.
QString key(const QString &kind, QLatin1String name)
{
    return QLatin1String("export/v1/") + kind + QLatin1Char('/') + name;
}

const QString FolderKey = QStringLiteral("export/v1/folder");

QString scopeName(ExportScope scope)
{
    switch (scope) {
    case ExportScope::AllRows: return QStringLiteral("all");
    case ExportScope::VisibleRows: return QStringLiteral("visible");
    case ExportScope::SelectedRows: return QStringLiteral("selected");
    }
    return QStringLiteral("visible");
}

ExportScope scopeFromName(const QString &name, ExportScope fallback)
{
    for (const ExportScope scope : {ExportScope::AllRows, ExportScope::VisibleRows, ExportScope::SelectedRows}) {
        if (name == scopeName(scope))
            return scope;
    }
    return fallback;
}

QString delimiterName(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Comma: return QStringLiteral("comma");
    case CsvDelimiter::Semicolon: return QStringLiteral("semicolon");
    case CsvDelimiter::Tab: return QStringLiteral("tab");
    }
    return QStringLiteral("comma");
}

// Every column the exporter knows, including those only some exports offer (label, service,
// price, value, change, time).
QList<BalanceColumn> knownColumns()
{
    return allBalanceColumns()
            + QList<BalanceColumn>{BalanceColumn::Label, BalanceColumn::Service, BalanceColumn::Price,
                                   BalanceColumn::Value, BalanceColumn::ChangeTotal, BalanceColumn::FetchedAt};
}

// A column's word in the settings: its machine key, but without a currency for price and value
// ("price"), so a choice made for USD holds for CNY too.
QString columnWord(BalanceColumn column)
{
    switch (column) {
    case BalanceColumn::Price: return QStringLiteral("price");
    case BalanceColumn::Value: return QStringLiteral("value");
    default: return balanceColumnKey(column);
    }
}

QList<BalanceColumn> columnsFromWords(const QStringList &words)
{
    QList<BalanceColumn> columns;
    for (const QString &word : words) {
        for (const BalanceColumn column : knownColumns()) {
            if (word == columnWord(column) && !columns.contains(column))
                columns.append(column);
        }
    }
    return columns;
}

QStringList wordsOf(const QList<BalanceColumn> &columns)
{
    QStringList words;
    for (const BalanceColumn column : columns)
        words.append(columnWord(column));
    return words;
}

} // namespace

QString exportFileSuffix(ExportFormat format)
{
    return format == ExportFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

CsvDelimiter defaultCsvDelimiter(const QLocale &locale)
{
    // A spreadsheet in a locale that writes 1,5 reads commas as decimal separators, so a
    // comma-separated file would land in one column (or split its numbers).
    return locale.decimalPoint() == QLatin1String(",") ? CsvDelimiter::Semicolon : CsvDelimiter::Comma;
}

namespace exportsettings {

ExportOptions load(const QSettings &settings, const QString &kind, const QList<BalanceColumn> &defaultColumns)
{
    ExportOptions options;
    options.columns = defaultColumns;
    options.scope = scopeFromName(settings.value(key(kind, QLatin1String("scope"))).toString(), options.scope);
    options.format = settings.value(key(kind, QLatin1String("format"))).toString() == QLatin1String("json")
            ? ExportFormat::Json
            : ExportFormat::Csv;
    options.unit = settings.value(key(kind, QLatin1String("unit"))).toString() == QLatin1String("base")
            ? AmountUnit::BaseUnits
            : AmountUnit::TokenUnits;
    options.csv.delimiter = csvDelimiterFromName(settings.value(key(kind, QLatin1String("delimiter"))).toString())
                                    .value_or(defaultCsvDelimiter(QLocale()));
    options.csv.byteOrderMark = settings.value(key(kind, QLatin1String("byteOrderMark")), false).toBool();

    const QString columnsKey = key(kind, QLatin1String("columns"));
    if (settings.contains(columnsKey)) {
        QList<BalanceColumn> columns = columnsFromWords(settings.value(columnsKey).toStringList());
        // Nothing recognisable (an older or hand-edited file) is not a reason to export nothing.
        if (!columns.isEmpty()) {
            // A default column the user never saw (not offered then, like the prices of a table
            // fetched without them) is added ticked; one they unticked stays unticked. Settings
            // saved before unticked columns were kept list none: every column those exports
            // offered was the user's choice, and only price, value and change are new.
            const QString excludedKey = key(kind, QLatin1String("excludedColumns"));
            const bool keptUnticked = settings.contains(excludedKey);
            const QList<BalanceColumn> excluded = columnsFromWords(settings.value(excludedKey).toStringList());
            for (const BalanceColumn column : defaultColumns) {
                const bool neverOffered = keptUnticked
                        ? !excluded.contains(column)
                        : column == BalanceColumn::Price || column == BalanceColumn::Value
                                || column == BalanceColumn::ChangeTotal;
                if (!columns.contains(column) && neverOffered)
                    columns.append(column);
            }
            options.columns = columns;
        }
    }
    return options;
}

void save(QSettings &settings, const QString &kind, const ExportOptions &options,
          const QList<BalanceColumn> &offeredColumns)
{
    settings.setValue(key(kind, QLatin1String("scope")), scopeName(options.scope));
    settings.setValue(key(kind, QLatin1String("format")), exportFileSuffix(options.format));
    settings.setValue(key(kind, QLatin1String("unit")),
                      options.unit == AmountUnit::BaseUnits ? QStringLiteral("base") : QStringLiteral("token"));
    settings.setValue(key(kind, QLatin1String("delimiter")), delimiterName(options.csv.delimiter));
    settings.setValue(key(kind, QLatin1String("byteOrderMark")), options.csv.byteOrderMark);
    settings.setValue(key(kind, QLatin1String("columns")), wordsOf(options.columns));
    // Added to what was excluded before, so a column unticked while it was offered stays unticked
    // through exports that do not offer it; ticking it again takes it out.
    QList<BalanceColumn> excluded =
            columnsFromWords(settings.value(key(kind, QLatin1String("excludedColumns"))).toStringList());
    for (const BalanceColumn column : offeredColumns) {
        if (!options.columns.contains(column) && !excluded.contains(column))
            excluded.append(column);
    }
    excluded.removeIf([&](BalanceColumn column) { return options.columns.contains(column); });
    settings.setValue(key(kind, QLatin1String("excludedColumns")), wordsOf(excluded));
}

QString lastFolder(const QSettings &settings)
{
    return settings.value(FolderKey).toString();
}

void saveLastFolder(QSettings &settings, const QString &folder)
{
    settings.setValue(FolderKey, folder);
}

} // namespace exportsettings

} // namespace loopview
