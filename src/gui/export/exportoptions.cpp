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

// Every column the exporter knows, including those only some exports offer (label, service).
QList<BalanceColumn> knownColumns()
{
    QList<BalanceColumn> columns = allBalanceColumns();
    columns.append(BalanceColumn::Label);
    columns.append(BalanceColumn::Service);
    return columns;
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
        QList<BalanceColumn> columns;
        const QStringList keys = settings.value(columnsKey).toStringList();
        for (const QString &name : keys) {
            for (const BalanceColumn column : knownColumns()) {
                if (name == balanceColumnKey(column) && !columns.contains(column))
                    columns.append(column);
            }
        }
        // Nothing recognisable (an older or hand-edited file) is not a reason to export nothing.
        if (!columns.isEmpty())
            options.columns = columns;
    }
    return options;
}

void save(QSettings &settings, const QString &kind, const ExportOptions &options)
{
    settings.setValue(key(kind, QLatin1String("scope")), scopeName(options.scope));
    settings.setValue(key(kind, QLatin1String("format")), exportFileSuffix(options.format));
    settings.setValue(key(kind, QLatin1String("unit")),
                      options.unit == AmountUnit::BaseUnits ? QStringLiteral("base") : QStringLiteral("token"));
    settings.setValue(key(kind, QLatin1String("delimiter")), delimiterName(options.csv.delimiter));
    settings.setValue(key(kind, QLatin1String("byteOrderMark")), options.csv.byteOrderMark);
    settings.setValue(key(kind, QLatin1String("columns")), balanceCsvHeader(options.columns));
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
