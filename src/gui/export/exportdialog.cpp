// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "exportdialog.h"
#include "gui/appidentity.h"

#include "ui_exportdialog.h"

#include "balanceexporter.h"
#include "filedialog.h"

#include "gui/messagebar.h"

#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace loopview {

namespace {

constexpr int ColumnRole = Qt::UserRole + 1;

QString columnTitle(BalanceColumn column)
{
    switch (column) {
    case BalanceColumn::AccountId: return ExportDialog::tr("Account ID");
    case BalanceColumn::TokenId: return ExportDialog::tr("Token ID");
    case BalanceColumn::Symbol: return ExportDialog::tr("Symbol");
    case BalanceColumn::Decimals: return ExportDialog::tr("Decimals");
    case BalanceColumn::Total: return ExportDialog::tr("Total");
    case BalanceColumn::Locked: return ExportDialog::tr("Locked");
    case BalanceColumn::Available: return ExportDialog::tr("Available");
    case BalanceColumn::PendingDeposit: return ExportDialog::tr("Pending deposit");
    case BalanceColumn::PendingWithdraw: return ExportDialog::tr("Pending withdrawal");
    case BalanceColumn::Label: return ExportDialog::tr("Label");
    case BalanceColumn::Service: return ExportDialog::tr("Service");
    case BalanceColumn::Price: return ExportDialog::tr("Price");
    case BalanceColumn::Value: return ExportDialog::tr("Value");
    //: Export column: the change of the total since the last recorded snapshot.
    case BalanceColumn::ChangeTotal: return ExportDialog::tr("Change");
    //: Export column: when a recorded snapshot was taken.
    case BalanceColumn::FetchedAt: return ExportDialog::tr("Fetched at");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(const BalanceExporter &exporter, QWidget *parent, const QString &settingsKind)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_exporter(exporter)
    , m_messageBar(new MessageBar(this))
    , m_settingsKind(settingsKind)
    , m_suggestedBaseName(QStringLiteral("loopring-balances"))
{
    m_ui->setupUi(this);
    m_messageBar->setObjectName(QStringLiteral("exportMessageBar"));
    m_messageBar->setAccessibleName(tr("Export problem"));
    m_messageBar->hide();
    m_ui->messageLayout->addWidget(m_messageBar);

    //: Export file format; "CSV" and "JSON" are format names, keep them as they are.
    m_ui->formatCombo->addItem(tr("CSV (spreadsheets)"), int(ExportFormat::Csv));
    m_ui->formatCombo->addItem(tr("JSON (scripts)"), int(ExportFormat::Json));
    m_ui->delimiterCombo->addItem(tr("Comma ( , )"), int(CsvDelimiter::Comma));
    m_ui->delimiterCombo->addItem(tr("Semicolon ( ; ) for a decimal comma"), int(CsvDelimiter::Semicolon));
    m_ui->delimiterCombo->setItemData(1, tr("Spreadsheets in languages that write 1,5 expect semicolons"),
                                      Qt::ToolTipRole);
    m_ui->delimiterCombo->addItem(tr("Tab"), int(CsvDelimiter::Tab));

    const int shown = m_exporter.rowCount(ExportScope::VisibleRows);
    const int selected = m_exporter.rowCount(ExportScope::SelectedRows);
    const int all = m_exporter.rowCount(ExportScope::AllRows);
    m_ui->scopeVisibleRadio->setText(tr("Rows sho&wn in the table (%n)", nullptr, shown));
    m_ui->scopeSelectedRadio->setText(tr("Sele&cted rows (%n)", nullptr, selected));
    m_ui->scopeAllRadio->setText(m_exporter.hasView() ? tr("&All rows, including hidden ones (%n)", nullptr, all)
                                                       : tr("&All rows (%n)", nullptr, all));
    m_ui->scopeVisibleRadio->setEnabled(shown > 0);
    m_ui->scopeSelectedRadio->setEnabled(selected > 0);
    m_ui->scopeAllRadio->setEnabled(all > 0);
    // Without a table on screen (the portfolio) there is nothing "shown" or "selected" to offer.
    m_ui->scopeVisibleRadio->setVisible(m_exporter.hasView());
    m_ui->scopeSelectedRadio->setVisible(m_exporter.hasView());

    m_ui->columnList->setDragDropMode(QAbstractItemView::InternalMove);
    m_ui->columnList->setDefaultDropAction(Qt::MoveAction);
    m_ui->columnList->setToolTip(tr("Tick the columns to export; drag them or use Move Up and Move Down "
                                    "to change their order"));

    exportButton()->setText(tr("&Export…"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_ui->allColumnsButton, &QPushButton::clicked, this, [this] { setAllColumnsChecked(true); });
    connect(m_ui->noColumnsButton, &QPushButton::clicked, this, [this] { setAllColumnsChecked(false); });
    connect(m_ui->columnList, &QListWidget::itemChanged, this, &ExportDialog::updateControls);
    connect(m_ui->columnList, &QListWidget::currentRowChanged, this, &ExportDialog::updateMoveButtons);
    connect(m_ui->columnList->model(), &QAbstractItemModel::rowsMoved, this, &ExportDialog::updateMoveButtons);
    connect(m_ui->moveColumnUpButton, &QPushButton::clicked, this, [this] { moveCurrentColumn(-1); });
    connect(m_ui->moveColumnDownButton, &QPushButton::clicked, this, [this] { moveCurrentColumn(+1); });
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    for (QRadioButton *radio : {m_ui->scopeVisibleRadio, m_ui->scopeSelectedRadio, m_ui->scopeAllRadio})
        connect(radio, &QRadioButton::toggled, this, &ExportDialog::updateControls);

    setOptions(exportsettings::load(openAppSettings(), m_settingsKind, m_exporter.offeredColumns()));
}

ExportDialog::~ExportDialog() = default;

QPushButton *ExportDialog::exportButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

void ExportDialog::setSuggestedBaseName(const QString &baseName)
{
    m_suggestedBaseName = baseName;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    if (m_ui->scopeSelectedRadio->isChecked())
        options.scope = ExportScope::SelectedRows;
    else if (m_ui->scopeAllRadio->isChecked())
        options.scope = ExportScope::AllRows;
    else
        options.scope = ExportScope::VisibleRows;
    options.format = ExportFormat(m_ui->formatCombo->currentData().toInt());
    options.columns = checkedColumns();
    options.unit = m_ui->baseUnitsRadio->isChecked() ? AmountUnit::BaseUnits : AmountUnit::TokenUnits;
    options.csv.delimiter = CsvDelimiter(m_ui->delimiterCombo->currentData().toInt());
    options.csv.byteOrderMark = m_ui->byteOrderMarkCheck->isChecked();
    return options;
}

void ExportDialog::setOptions(const ExportOptions &options)
{
    ExportScope scope = m_exporter.hasView() ? options.scope : ExportScope::AllRows;
    if (m_exporter.rowCount(scope) == 0)
        scope = m_exporter.rowCount(ExportScope::VisibleRows) > 0 ? ExportScope::VisibleRows : ExportScope::AllRows;
    switch (scope) {
    case ExportScope::AllRows: m_ui->scopeAllRadio->setChecked(true); break;
    case ExportScope::VisibleRows: m_ui->scopeVisibleRadio->setChecked(true); break;
    case ExportScope::SelectedRows: m_ui->scopeSelectedRadio->setChecked(true); break;
    }
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(options.format)));
    m_ui->delimiterCombo->setCurrentIndex(m_ui->delimiterCombo->findData(int(options.csv.delimiter)));
    m_ui->byteOrderMarkCheck->setChecked(options.csv.byteOrderMark);
    (options.unit == AmountUnit::BaseUnits ? m_ui->baseUnitsRadio : m_ui->tokenUnitsRadio)->setChecked(true);
    fillColumnList(options.columns);
    updateMoveButtons();
    updateControls();
}

void ExportDialog::fillColumnList(const QList<BalanceColumn> &checkedColumns)
{
    // Checked columns first in their saved order, then the rest of what is offered, unchecked.
    QList<BalanceColumn> order;
    for (const BalanceColumn column : checkedColumns) {
        if (m_exporter.offeredColumns().contains(column) && !order.contains(column))
            order.append(column);
    }
    const qsizetype checkedCount = order.size();
    for (const BalanceColumn column : m_exporter.offeredColumns()) {
        if (!order.contains(column))
            order.append(column);
    }

    const QSignalBlocker blocker(m_ui->columnList);
    m_ui->columnList->clear();
    for (qsizetype i = 0; i < order.size(); ++i) {
        const BalanceColumn column = order.at(i);
        // The machine name is shown too: it is the header the file will have.
        auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(columnTitle(column), balanceColumnKey(column, m_exporter.currency())));
        item->setData(ColumnRole, int(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(i < checkedCount ? Qt::Checked : Qt::Unchecked);
        m_ui->columnList->addItem(item);
    }
}

QList<BalanceColumn> ExportDialog::checkedColumns() const
{
    QList<BalanceColumn> columns;
    for (int row = 0; row < m_ui->columnList->count(); ++row) {
        const QListWidgetItem *item = m_ui->columnList->item(row);
        if (item->checkState() == Qt::Checked)
            columns.append(BalanceColumn(item->data(ColumnRole).toInt()));
    }
    return columns;
}

void ExportDialog::moveCurrentColumn(int offset)
{
    // The keyboard's way to do what dragging does; the column keeps its tick and stays current.
    QListWidget *list = m_ui->columnList;
    const int row = list->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= list->count())
        return;
    {
        const QSignalBlocker blocker(list);
        list->insertItem(target, list->takeItem(row));
        list->setCurrentRow(target);
    }
    updateMoveButtons();
    updateControls();
}

void ExportDialog::updateMoveButtons()
{
    const int row = m_ui->columnList->currentRow();
    m_ui->moveColumnUpButton->setEnabled(row > 0);
    m_ui->moveColumnDownButton->setEnabled(row >= 0 && row < m_ui->columnList->count() - 1);
}

void ExportDialog::setAllColumnsChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_ui->columnList);
        for (int row = 0; row < m_ui->columnList->count(); ++row)
            m_ui->columnList->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    updateControls();
}

void ExportDialog::updateControls()
{
    const ExportOptions current = options();
    const bool csv = current.format == ExportFormat::Csv;
    m_ui->delimiterCombo->setEnabled(csv);
    m_ui->delimiterLabel->setEnabled(csv);
    m_ui->byteOrderMarkCheck->setEnabled(csv);

    const int rows = m_exporter.rowCount(current.scope);
    const int columns = int(current.columns.size());
    exportButton()->setEnabled(rows > 0 && columns > 0);
    if (columns == 0)
        m_ui->summaryLabel->setText(tr("Choose at least one column."));
    else if (rows == 0)
        m_ui->summaryLabel->setText(tr("There are no rows to export."));
    else
        //: Summary under the export choices, e.g. "Rows: 5 · Columns: 9"
        m_ui->summaryLabel->setText(tr("Rows: %1 · Columns: %2").arg(rows).arg(columns));
}

QString ExportDialog::proposedPath(ExportFormat format) const
{
    QString folder = exportsettings::lastFolder(openAppSettings());
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(m_suggestedBaseName + QLatin1Char('.') + exportFileSuffix(format));
}

void ExportDialog::accept()
{
    const ExportOptions chosen = options();
    if (chosen.columns.isEmpty() || m_exporter.rowCount(chosen.scope) == 0)
        return;

    const QString filter = chosen.format == ExportFormat::Json
            ? tr("JSON files (*.json)") + QLatin1String(";;") + tr("All files (*)")
            : tr("CSV files (*.csv)") + QLatin1String(";;") + tr("All files (*)");
    const QString path = FileDialog::getSaveFileName(this, tr("Export Balances"), proposedPath(chosen.format),
                                                     filter, exportFileSuffix(chosen.format));
    if (path.isEmpty())
        return;  // the file dialog was cancelled: back to the choices

    QString error;
    if (!m_exporter.writeFile(path, chosen, &error)) {
        m_messageBar->clearActions();
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The export was not saved. %1 An earlier file of that name, if any, is unchanged.")
                                          .arg(error));
        return;
    }

    m_messageBar->hide();
    m_savedPath = path;
    m_savedRowCount = m_exporter.rowCount(chosen.scope);
    QSettings settings = openAppSettings();
    exportsettings::save(settings, m_settingsKind, chosen, m_exporter.offeredColumns());
    exportsettings::saveLastFolder(settings, QFileInfo(path).absolutePath());
    QDialog::accept();
}

} // namespace loopview
