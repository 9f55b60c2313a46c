// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "exportoptions.h"

#include "core/balanceexport.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <functional>
#include <optional>

class QAbstractItemModel;
class QIODevice;
class QItemSelectionModel;
class QModelIndex;

namespace loopview {

class BalanceTableModel;

// Turns what a table shows into export records and writes them with the shared core writers
// (the CLI's CsvWriter and balancesToJson), so a GUI export and `loopview-cli balances` agree byte
// for byte. Values come from the exact records, never from display text.
//
// The exporter knows two models: the source model whose rows the record provider describes, and
// the model the view shows (a proxy chain on top of it). Visible and selected rows are read through
// the view model and mapped down to source rows, so the file has the view's rows in the view's
// order. No widgets: tests drive it with a model, a proxy and a QBuffer.
class BalanceExporter
{
public:
    // One record per source row, in source row order, with amounts in `unit`.
    using RecordProvider = std::function<QList<BalanceRecord>(AmountUnit unit)>;

    // The balances table: records come from the model's balances and token list, with its prices,
    // values and changes; columns map Token → symbol, Total → total, …, Token ID → token_id,
    // Price → price_<cur>, Value → value_<cur>, Change → change_total. Price and value are offered
    // when the model has prices, the change when it has changes (as the model is now: make the
    // exporter when the user asks). A CSV is written straight from the model's rows
    // (writeBalancesCsv() of the balances), the same bytes as its records would give.
    explicit BalanceExporter(const BalanceTableModel *model);
    // Any other flat table: `offeredColumns` are what the dialog lists, `columnMap` maps the
    // source model's columns to machine columns for "Copy as CSV".
    BalanceExporter(const QAbstractItemModel *sourceModel, RecordProvider provider,
                    QList<BalanceColumn> offeredColumns, QHash<int, BalanceColumn> columnMap = {});
    // Records without a table (the portfolio, one record per account and token): every scope but
    // "selected" means all records, in the provider's order.
    BalanceExporter(RecordProvider provider, QList<BalanceColumn> offeredColumns);

    // What the user sees. Without a view model, "visible" means every row in source order; without
    // a selection model, nothing is selected.
    void setView(const QAbstractItemModel *viewModel, const QItemSelectionModel *selection = nullptr);

    const QAbstractItemModel *sourceModel() const { return m_sourceModel; }
    // False for records without a table: "shown" and "selected" rows mean nothing then.
    bool hasView() const { return !m_viewModel.isNull(); }
    QList<BalanceColumn> offeredColumns() const { return m_offeredColumns; }
    // The currency of the price and value columns ("USD"), which their keys name; empty without.
    QString currency() const { return m_currency; }

    // Source rows in the order they are written.
    QList<int> sourceRows(ExportScope scope) const;
    int rowCount(ExportScope scope) const { return int(sourceRows(scope).size()); }

    QList<BalanceRecord> records(ExportScope scope, AmountUnit unit) const;

    // Writes the chosen rows, columns and format. False with *errorString set when the device
    // refuses the bytes; the caller decides what happens to a half-written device.
    bool write(QIODevice *device, const ExportOptions &options, QString *errorString = nullptr) const;
    // All or nothing for files: the bytes go to a QSaveFile that replaces `path` only when every
    // byte was written, so a full disk or a refused folder leaves any previous file exactly as it
    // was. A FIFO or character device is written in place, a folder is refused (core OutputFile).
    bool writeFile(const QString &path, const ExportOptions &options, QString *errorString = nullptr) const;

    // "Copy as CSV": the selected rows (or the current cell's row) with the selected columns in
    // `viewColumnOrder` (view column numbers, e.g. the header's visual order; empty = logical
    // order), comma-separated with a header, amounts in token units. Columns without a machine
    // column are left out. Empty when nothing is selected.
    QByteArray selectionToCsv(const QList<int> &viewColumnOrder = {}) const;

    // The machine column a source model column stands for, if any.
    std::optional<BalanceColumn> machineColumn(int sourceColumn) const;

    // The same steps on a ready list of records, for callers that have records already.
    // `currency` names the price and value columns.
    static bool writeRecords(QIODevice *device, const QList<BalanceRecord> &records, const ExportOptions &options,
                             QString *errorString = nullptr, const QString &currency = {});

private:
    int toSourceRow(const QModelIndex &index) const;
    int toSourceColumn(const QModelIndex &index) const;
    QModelIndex toSourceIndex(QModelIndex index) const;
    QList<int> selectedViewRows() const;
    bool writeModelCsv(QIODevice *device, const ExportOptions &options, QString *errorString) const;

    bool m_hasModel = false;
    QPointer<const QAbstractItemModel> m_sourceModel;
    RecordProvider m_provider;
    QList<BalanceColumn> m_offeredColumns;
    QHash<int, BalanceColumn> m_columnMap;
    QString m_currency;
    // Set for the balances table: its CSV is written from the model's rows, not from records.
    QPointer<const BalanceTableModel> m_balanceModel;
    QPointer<const QAbstractItemModel> m_viewModel;
    QPointer<const QItemSelectionModel> m_selection;
};

} // namespace loopview
