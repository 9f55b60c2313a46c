// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "balanceexporter.h"

#include "core/outputfile.h"
#include "gui/balancetablemodel.h"
#include "gui/tablecopy.h"

#include <QAbstractProxyModel>
#include <QBuffer>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QSet>
#include <algorithm>

namespace loopview {

namespace {

struct ExporterText {
    Q_DECLARE_TR_FUNCTIONS(loopview::BalanceExporter)
};

// Qt's error strings have no final stop; ours are sentences.
QString sentence(const QString &text)
{
    if (text.isEmpty() || text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!')))
        return text;
    return text + QLatin1Char('.');
}

// The table's columns that have a machine column. Price, value and change only when the model
// has them: without prices there is no currency to name their keys after.
QHash<int, BalanceColumn> balanceTableColumns(const BalanceTableModel *model)
{
    QHash<int, BalanceColumn> columns = {
        {BalanceTableModel::TokenColumn, BalanceColumn::Symbol},
        {BalanceTableModel::TotalColumn, BalanceColumn::Total},
        {BalanceTableModel::LockedColumn, BalanceColumn::Locked},
        {BalanceTableModel::AvailableColumn, BalanceColumn::Available},
        {BalanceTableModel::PendingDepositColumn, BalanceColumn::PendingDeposit},
        {BalanceTableModel::PendingWithdrawColumn, BalanceColumn::PendingWithdraw},
        {BalanceTableModel::TokenIdColumn, BalanceColumn::TokenId},
    };
    if (model && model->hasPrices()) {
        columns.insert(BalanceTableModel::PriceColumn, BalanceColumn::Price);
        columns.insert(BalanceTableModel::ValueColumn, BalanceColumn::Value);
    }
    if (model && model->hasChanges())
        columns.insert(BalanceTableModel::ChangeColumn, BalanceColumn::ChangeTotal);
    return columns;
}

// The CLI's order: the amounts, then price_<cur>,value_<cur>, then change_total.
QList<BalanceColumn> balanceTableOffered(const BalanceTableModel *model)
{
    QList<BalanceColumn> columns = allBalanceColumns();
    if (model && model->hasPrices())
        columns << BalanceColumn::Price << BalanceColumn::Value;
    if (model && model->hasChanges())
        columns << BalanceColumn::ChangeTotal;
    return columns;
}

BalanceRowExtras rowExtras(const BalanceTableModel &model, int row)
{
    return {model.price(row), model.value(row), model.change(row)};
}

// The model's rows as records, row i describing row i: makeBalanceRecords() of its balances, with
// its exact prices, values and changes as text, the way addPrices() and addChanges() write them.
QList<BalanceRecord> balanceTableRecords(const BalanceTableModel *model, AmountUnit unit)
{
    if (!model)
        return {};
    const QList<Balance> balances = model->balances();
    QList<BalanceRecord> records = makeBalanceRecords(balances, model->tokens(), unit);
    for (int row = 0; row < records.size(); ++row) {
        const BalanceRowExtras extras = rowExtras(*model, row);
        BalanceRecord &record = records[row];
        if (extras.price)
            record.price = extras.price->toString();
        if (extras.value)
            record.value = extras.value->toString();
        if (extras.change)
            record.changeTotal = formatSignedAmount(*extras.change, model->tokens().find(balances.at(row).tokenId), unit);
    }
    return records;
}

} // namespace

BalanceExporter::BalanceExporter(const BalanceTableModel *model)
    : BalanceExporter(
              model, [model](AmountUnit unit) { return balanceTableRecords(model, unit); },
              balanceTableOffered(model), balanceTableColumns(model))
{
    m_currency = model ? model->currency() : QString();
    m_balanceModel = model;
}

BalanceExporter::BalanceExporter(const QAbstractItemModel *sourceModel, RecordProvider provider,
                                 QList<BalanceColumn> offeredColumns, QHash<int, BalanceColumn> columnMap)
    : m_hasModel(true)
    , m_sourceModel(sourceModel)
    , m_provider(std::move(provider))
    , m_offeredColumns(std::move(offeredColumns))
    , m_columnMap(std::move(columnMap))
{
}

BalanceExporter::BalanceExporter(RecordProvider provider, QList<BalanceColumn> offeredColumns)
    : m_provider(std::move(provider))
    , m_offeredColumns(std::move(offeredColumns))
{
}

void BalanceExporter::setView(const QAbstractItemModel *viewModel, const QItemSelectionModel *selection)
{
    m_viewModel = viewModel;
    m_selection = selection;
}

QModelIndex BalanceExporter::toSourceIndex(QModelIndex index) const
{
    // Down the proxy chain (a view may stack more than one proxy) until the source model.
    while (index.isValid() && index.model() != m_sourceModel) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
        if (!proxy)
            return {};
        index = proxy->mapToSource(index);
    }
    return index;
}

int BalanceExporter::toSourceRow(const QModelIndex &index) const
{
    const QModelIndex source = toSourceIndex(index);
    return source.isValid() ? source.row() : -1;
}

int BalanceExporter::toSourceColumn(const QModelIndex &index) const
{
    const QModelIndex source = toSourceIndex(index);
    return source.isValid() ? source.column() : -1;
}

QList<int> BalanceExporter::selectedViewRows() const
{
    if (!m_selection || !m_viewModel)
        return {};
    QSet<int> rows;
    const QModelIndexList indexes = m_selection->selectedIndexes();
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == m_viewModel)
            rows.insert(index.row());
    }
    QList<int> ordered(rows.cbegin(), rows.cend());
    std::sort(ordered.begin(), ordered.end());
    return ordered;
}

QList<int> BalanceExporter::sourceRows(ExportScope scope) const
{
    QList<int> rows;
    if (!m_hasModel) {
        if (scope == ExportScope::SelectedRows || !m_provider)
            return rows;
        const qsizetype count = m_provider(AmountUnit::BaseUnits).size();
        for (int row = 0; row < count; ++row)
            rows.append(row);
        return rows;
    }
    if (!m_sourceModel)
        return rows;

    if (scope == ExportScope::AllRows || (scope == ExportScope::VisibleRows && !m_viewModel)) {
        for (int row = 0; row < m_sourceModel->rowCount(); ++row)
            rows.append(row);
        return rows;
    }

    const QList<int> viewRows = [&] {
        if (scope == ExportScope::SelectedRows)
            return selectedViewRows();
        QList<int> all;
        for (int row = 0; row < m_viewModel->rowCount(); ++row)
            all.append(row);
        return all;
    }();
    for (const int viewRow : viewRows) {
        const int sourceRow = toSourceRow(m_viewModel->index(viewRow, 0));
        if (sourceRow >= 0)
            rows.append(sourceRow);
    }
    return rows;
}

QList<BalanceRecord> BalanceExporter::records(ExportScope scope, AmountUnit unit) const
{
    if (!m_provider)
        return {};
    const QList<BalanceRecord> all = m_provider(unit);
    QList<BalanceRecord> chosen;
    for (const int row : sourceRows(scope)) {
        if (row < all.size())
            chosen.append(all.at(row));
    }
    return chosen;
}

std::optional<BalanceColumn> BalanceExporter::machineColumn(int sourceColumn) const
{
    const auto found = m_columnMap.constFind(sourceColumn);
    if (found == m_columnMap.constEnd())
        return std::nullopt;
    return *found;
}

bool BalanceExporter::write(QIODevice *device, const ExportOptions &options, QString *errorString) const
{
    if (m_balanceModel && options.format == ExportFormat::Csv)
        return writeModelCsv(device, options, errorString);
    return writeRecords(device, records(options.scope, options.unit), options, errorString, m_currency);
}

bool BalanceExporter::writeModelCsv(QIODevice *device, const ExportOptions &options, QString *errorString) const
{
    const BalanceTableModel *model = m_balanceModel;
    BalanceCsvLayout layout;
    layout.columns = options.columns;
    layout.unit = options.unit;
    layout.csv = options.csv;
    layout.currency = m_currency;
    // The model's source rows are its balances in order: row i is balances().at(i).
    return writeBalancesCsv(device, model->balances(), model->tokens(), sourceRows(options.scope), layout,
                            [model](int row) { return rowExtras(*model, row); }, errorString);
}

QByteArray BalanceExporter::selectionToCsv(const QList<int> &viewColumnOrder) const
{
    if (!m_selection || !m_viewModel)
        return {};

    const QModelIndexList indexes = tablecopy::cellsToCopy(m_selection);

    QSet<int> viewRows;
    QSet<int> viewColumns;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (!index.isValid() || index.model() != m_viewModel)
            continue;
        viewRows.insert(index.row());
        viewColumns.insert(index.column());
    }
    if (viewRows.isEmpty())
        return {};

    QList<int> columnOrder = viewColumnOrder;
    if (columnOrder.isEmpty()) {
        for (int column = 0; column < m_viewModel->columnCount(); ++column)
            columnOrder.append(column);
    }
    ExportOptions options;
    options.columns.clear();
    for (const int viewColumn : std::as_const(columnOrder)) {
        if (!viewColumns.contains(viewColumn))
            continue;
        const std::optional<BalanceColumn> column = machineColumn(toSourceColumn(m_viewModel->index(0, viewColumn)));
        if (column && !options.columns.contains(*column))
            options.columns.append(*column);
    }
    if (options.columns.isEmpty())
        return {};

    QList<int> orderedRows(viewRows.cbegin(), viewRows.cend());
    std::sort(orderedRows.begin(), orderedRows.end());
    const QList<BalanceRecord> all = m_provider ? m_provider(options.unit) : QList<BalanceRecord>();
    QList<BalanceRecord> chosen;
    for (const int viewRow : std::as_const(orderedRows)) {
        const int sourceRow = toSourceRow(m_viewModel->index(viewRow, 0));
        if (sourceRow >= 0 && sourceRow < all.size())
            chosen.append(all.at(sourceRow));
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Memory does not refuse writes; there is no error to report.
    writeRecords(&buffer, chosen, options, nullptr, m_currency);
    return bytes;
}

bool BalanceExporter::writeRecords(QIODevice *device, const QList<BalanceRecord> &records,
                                   const ExportOptions &options, QString *errorString, const QString &currency)
{
    if (options.format == ExportFormat::Csv)
        return writeBalancesCsv(device, records, options.columns, options.csv, errorString, currency);

    const QByteArray json = balancesToJson(records, options.columns, currency);
    if (!device || !device->isWritable()) {
        if (errorString)
            *errorString = ExporterText::tr("The output is not open for writing.");
        return false;
    }
    if (device->write(json) != json.size()) {
        if (errorString) {
            const QString reason = device->errorString();
            *errorString = reason.isEmpty() ? ExporterText::tr("Writing the JSON output failed.")
                                            : ExporterText::tr("Writing the JSON output failed: %1").arg(reason);
        }
        return false;
    }
    return true;
}

bool BalanceExporter::writeFile(const QString &path, const ExportOptions &options, QString *errorString) const
{
    // A regular file is replaced atomically; a FIFO or device the user picked is written in place.
    OutputFile file(path);
    file.setWaitForReader(false);  // the window's event loop must not wait for a FIFO's reader
    if (!file.open()) {
        if (errorString)
            *errorString = ExporterText::tr("Could not create “%1”: %2").arg(path, sentence(file.errorString()));
        return false;
    }
    if (!write(file.device(), options)) {
        // A short write (full disk, file size limit) leaves the device with Qt's generic
        // "Unknown error" (the text any fresh device has): name the likely cause instead.
        const QFileDevice *device = file.device();
        const bool generic = device->error() == QFileDevice::NoError || device->errorString() == QBuffer().errorString();
        const QString reason = generic ? ExporterText::tr("Not every byte could be written; the disk may be full.")
                                       : sentence(file.errorString());
        file.cancel();
        if (errorString)
            *errorString = ExporterText::tr("Could not write “%1”: %2").arg(path, reason);
        return false;
    }
    // commit() flushes the last buffered bytes, so a full disk may only show up here.
    if (!file.commit()) {
        if (errorString)
            *errorString = ExporterText::tr("Could not save “%1”: %2").arg(path, sentence(file.errorString()));
        return false;
    }
    return true;
}

} // namespace loopview
