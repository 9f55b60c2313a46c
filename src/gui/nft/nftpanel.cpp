// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "nftpanel.h"

#include "nftsession.h"
#include "nfttablemodel.h"
#include "nftthumbnails.h"

#include "gui/accessibleparts.h"
#include "gui/appidentity.h"
#include "gui/balanceproxymodel.h"
#include "gui/export/filedialog.h"
#include "gui/messagebar.h"
#include "gui/palettecolors.h"
#include "gui/tablecopy.h"

#include "core/outputfile.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace loopview {

NftPanel::NftPanel(NftSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new NftTableModel(this))
    , m_proxy(new BalanceProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_messageBar = new MessageBar(this);
    m_messageBar->hide();

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter by collection, name, NFT ID or token ID"));
    m_filterEdit->setAccessibleName(tr("Filter NFTs"));
    auto *filterLabel = new QLabel(tr("Fi&lter:"), this);
    filterLabel->setBuddy(m_filterEdit);

    m_exportButton = new QToolButton(this);
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(filterLabel);
    toolRow->addWidget(m_filterEdit, 1);
    toolRow->addWidget(m_exportButton);

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();
    palettecolors::applyWarningNoticeStyle(m_noticeLabel);  // as the balances' stale line

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // the service's order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("NFTs"));
    m_thumbnails = new NftThumbnails(m_session, m_model, m_view, this);

    m_emptyPage = new QWidget(this);
    m_emptyTitle = new QLabel(m_emptyPage);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyHint = new QLabel(m_emptyPage);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyPage);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("NFT pages loaded"));
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->hide();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(toolRow);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_stack, 1);
    layout->addLayout(statusRow);

    setupActions();
    accessibleparts::nameClearButton(m_filterEdit);
    accessibleparts::nameCornerButton(m_view);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &BalanceProxyModel::setFilterText);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &NftPanel::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &NftPanel::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NftPanel::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &NftPanel::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NftPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NftPanel::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, &NftPanel::showContextMenu);
    connect(m_cancelButton, &QPushButton::clicked, m_session, &NftSession::cancel);

    connect(m_session, &NftSession::snapshotChanged, this, &NftPanel::onSnapshotChanged);
    connect(m_session, &NftSession::snapshotCleared, this, [this] {
        m_model->clear();
        m_messageBar->hide();
        updateContent();
        updateWhoseData();
    });
    connect(m_session, &NftSession::failed, this, [this](const Error &, const QString &message) { onFailed(message); });
    connect(m_session, &NftSession::retrying, this, [this](const QString &message) {
        m_messageBar->clearActions();
        m_messageBar->showMessage(MessageBar::Kind::Warning, message);
    });
    connect(m_session, &NftSession::cancelled, this, [this] {
        m_messageBar->clearActions();
        m_messageBar->showMessage(MessageBar::Kind::Information, tr("Loading the NFTs was cancelled."));
    });
    connect(m_session, &NftSession::busyChanged, this, &NftPanel::onBusyChanged);
    connect(m_session, &NftSession::statusChanged, this, [this] {
        updateProgress();
        updateContent();
        updateStatus();
        updateWhoseData();
    });

    if (const std::optional<NftSnapshot> &snapshot = m_session->snapshot())
        onSnapshotChanged(*snapshot);
    updateContent();
    updateStatus();
    updateActions();
    updateWhoseData();
}

NftPanel::~NftPanel() = default;

void NftPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        palettecolors::applyWarningNoticeStyle(m_noticeLabel);
}

void NftPanel::setupActions()
{
    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected cells with exact values and full NFT IDs"));
    connect(m_copyAction, &QAction::triggered, this, &NftPanel::copySelection);
    m_view->addAction(m_copyAction);

    m_copyCsvAction = new QAction(tr("Copy as CS&V"), this);
    m_copyCsvAction->setToolTip(tr("Copy the selected cells as CSV with a header row, exact values and full NFT IDs"));
    connect(m_copyCsvAction, &QAction::triggered, this, &NftPanel::copySelectionAsCsv);
    m_view->addAction(m_copyCsvAction);

    m_copyNftIdAction = new QAction(tr("Copy NFT &ID"), this);
    m_copyNftIdAction->setToolTip(tr("Copy the full 256-bit ID of the NFT in the current row"));
    connect(m_copyNftIdAction, &QAction::triggered, this, &NftPanel::copyCurrentNftId);
    m_view->addAction(m_copyNftIdAction);

    m_exportCsvAction = new QAction(tr("Export as C&SV…"), this);
    connect(m_exportCsvAction, &QAction::triggered, this, [this] { exportShown(ExportFormat::Csv); });
    m_exportJsonAction = new QAction(tr("Export as &JSON…"), this);
    connect(m_exportJsonAction, &QAction::triggered, this, [this] { exportShown(ExportFormat::Json); });
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(m_exportCsvAction);
    exportMenu->addAction(m_exportJsonAction);
    m_exportButton->setMenu(exportMenu);

    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelAction, &QAction::triggered, m_session, &NftSession::cancel);
    addAction(m_cancelAction);
}

QString NftPanel::statusText() const
{
    return m_statusLabel->text();
}

void NftPanel::onSnapshotChanged(const NftSnapshot &snapshot)
{
    m_model->setNfts(snapshot.nfts);
    m_messageBar->hide();
    if (!m_columnsSized && !snapshot.nfts.isEmpty()) {
        // First list: size the columns to their content once; afterwards the user's widths win.
        m_view->resizeColumnsToContents();
        m_columnsSized = true;
    }
    updateContent();
    updateStatus();
    updateActions();
    updateWhoseData();
}

void NftPanel::onFailed(const QString &message)
{
    // The last good list stays, muted: the notice and the status line say whose it is and since when.
    m_messageBar->clearActions();
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
    updateContent();
    updateStatus();
    updateWhoseData();
}

void NftPanel::updateWhoseData()
{
    // Rows that are not the answer to the latest fetch, or an answer the last refresh could not
    // renew, are greyed and say so above the table: the balances' rules.
    const std::optional<QString> other = m_session->otherQuestionNotice();
    const bool stale = m_session->isStale();
    m_model->setStale(stale || other.has_value());
    const QString shown = m_session->shownText();
    QString notice;
    if (other)
        notice = *other;
    else if (stale)
        //: %1 is "NFTs of account 20533 on host"
        notice = tr("%1: the last refresh failed; these are the last NFTs that arrived").arg(shown);
    m_noticeLabel->setText(notice);
    m_noticeLabel->setAccessibleName(notice);
    m_noticeLabel->setVisible(!notice.isEmpty() && m_model->rowCount() > 0);

    // A screen reader hears whose NFTs the table holds, and whether they are current, with its name.
    QString tableName = tr("NFTs");
    if (!notice.isEmpty())
        tableName = tr("NFTs table: %1").arg(notice);
    else if (!shown.isEmpty())
        tableName = tr("NFTs table: %1").arg(shown);
    m_view->setAccessibleName(tableName);
}

void NftPanel::onBusyChanged(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelAction->setEnabled(busy);
    if (busy)
        m_messageBar->hide();
    updateProgress();
    updateContent();
    updateStatus();
}

void NftPanel::updateProgress()
{
    if (!m_session->isBusy())
        return;
    // Pages, once the first one said how many there are; a busy indicator until then.
    const std::optional<int> expected = m_session->expectedPages() > 0 ? std::optional<int>(m_session->expectedPages())
                                                                          : std::nullopt;
    m_progress->setRange(0, expected.value_or(0));
    if (expected)
        m_progress->setValue(m_session->pagesReceived());
}

void NftPanel::updateContent()
{
    const bool hasRows = m_session->hasSnapshot() && m_model->rowCount() > 0;
    m_stack->setCurrentWidget(hasRows ? static_cast<QWidget *>(m_view) : m_emptyPage);
    m_filterEdit->setEnabled(hasRows);
    if (hasRows)
        return;
    if (m_session->isBusy()) {
        m_emptyTitle->setText(m_session->busyText());
        m_emptyHint->setText(tr("Press Esc to cancel."));
    } else if (const std::optional<NftSnapshot> &snapshot = m_session->snapshot()) {
        m_emptyTitle->setText(tr("No NFTs"));
        m_emptyHint->setText(tr("The service reports no NFTs for account %1.").arg(snapshot->accountText));
    } else {
        m_emptyTitle->setText(tr("No NFTs shown"));
        m_emptyHint->setText(tr("Fetch an account to see the NFTs it holds on Loopring."));
    }
}

void NftPanel::updateStatus()
{
    m_statusLabel->setText(m_session->statusText(m_proxy->rowCount(), m_proxy->sourceRowCount()));
    m_statusLabel->setToolTip(m_session->statusToolTip());
    updateActions();
}

void NftPanel::updateActions()
{
    const bool hasRows = m_proxy->rowCount() > 0;
    const QItemSelectionModel *selection = m_view->selectionModel();
    m_copyAction->setEnabled(hasRows && !tablecopy::cellsToCopy(selection).isEmpty());
    m_copyCsvAction->setEnabled(m_copyAction->isEnabled());
    m_copyNftIdAction->setEnabled(hasRows && selection->currentIndex().isValid());
    m_exportCsvAction->setEnabled(hasRows);
    m_exportJsonAction->setEnabled(hasRows);
    m_exportButton->setEnabled(hasRows);
    m_cancelAction->setEnabled(m_session->isBusy());
}

void NftPanel::showContextMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addAction(m_copyCsvAction);
    menu.addAction(m_copyNftIdAction);
    menu.addSeparator();
    menu.addAction(m_exportCsvAction);
    menu.addAction(m_exportJsonAction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void NftPanel::copySelection()
{
    const QModelIndexList cells = tablecopy::cellsToCopy(m_view->selectionModel());
    if (cells.isEmpty())
        return;
    const QString text = tablecopy::selectionToTsv(cells, NftTableModel::ExportRole,
                                                   tablecopy::visibleColumnOrder(m_view->horizontalHeader()));
    QApplication::clipboard()->setText(text);
}

void NftPanel::copySelectionAsCsv()
{
    const QModelIndexList cells = tablecopy::cellsToCopy(m_view->selectionModel());
    // Sets, as BalanceExporter::selectionToCsv() keeps them: Select All of a long list gives
    // rows × columns cells, and a list lookup per cell would make copying it quadratic.
    QSet<int> rowSet;
    QSet<int> columns;
    for (const QModelIndex &cell : cells) {
        rowSet.insert(cell.row());
        columns.insert(cell.column());
    }
    // The columns in the order the header shows them, the rows in the table's order.
    QList<NftColumn> machineColumns;
    for (const int column : tablecopy::visibleColumnOrder(m_view->horizontalHeader())) {
        const NftColumn machine = NftTableModel::machineColumn(column);
        if (columns.contains(column) && !machineColumns.contains(machine))
            machineColumns.append(machine);
    }
    if (machineColumns.isEmpty())
        return;
    QList<int> rows(rowSet.cbegin(), rowSet.cend());
    std::sort(rows.begin(), rows.end());
    QList<NftRecord> records;
    records.reserve(rows.size());
    for (const int row : std::as_const(rows))
        records.append(m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));

    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    writeNftsCsv(&buffer, records, machineColumns);
    tablecopy::setCsvOnClipboard(csv);
}

void NftPanel::copyCurrentNftId()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    QApplication::clipboard()->setText(current.data(NftTableModel::NftIdRole).toString());
}

QList<NftRecord> NftPanel::shownRecords() const
{
    QList<NftRecord> records;
    records.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        records.append(m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return records;
}

QString NftPanel::suggestedBaseName() const
{
    const std::optional<NftSnapshot> &snapshot = m_session->snapshot();
    QStringList parts{QStringLiteral("loopring")};
    QDate date = QDate::currentDate();
    if (snapshot) {
        parts.append(snapshot->demo ? QStringLiteral("demo") : QString::number(snapshot->accountId));
        date = snapshot->fetchedAt.toLocalTime().date();
    }
    parts.append(QStringLiteral("nfts"));
    parts.append(date.toString(Qt::ISODate));
    return parts.join(QLatin1Char('-'));
}

void NftPanel::exportShown(ExportFormat format)
{
    if (m_proxy->rowCount() == 0)
        return;
    QString folder = exportsettings::lastFolder(openAppSettings());
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suffix = exportFileSuffix(format);
    const QString filter = (format == ExportFormat::Json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"))
        + QLatin1String(";;") + tr("All files (*)");
    const QString path = FileDialog::getSaveFileName(this, tr("Export NFTs"),
                                                     QDir(folder).filePath(suggestedBaseName() + QLatin1Char('.') + suffix),
                                                     filter, suffix);
    if (path.isEmpty())
        return;
    if (exportShownTo(path, format)) {
        QSettings settings = openAppSettings();
        exportsettings::saveLastFolder(settings, QFileInfo(path).absolutePath());
    }
}

bool NftPanel::exportShownTo(const QString &path, ExportFormat format)
{
    const QList<NftRecord> records = shownRecords();
    QByteArray bytes;
    if (format == ExportFormat::Json) {
        bytes = nftsToJson(records);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        writeNftsCsv(&buffer, records);
    }
    // A regular file is replaced atomically; a FIFO or device the user picked is written in place.
    OutputFile file(path);
    file.setWaitForReader(false);  // the window's event loop must not wait for a FIFO's reader
    if (const std::optional<QString> error = file.writeAll(bytes)) {
        m_messageBar->clearActions();
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The NFTs were not exported to “%1”: %2. An earlier file of that name, if any, "
                                     "is unchanged.")
                                      .arg(QDir::toNativeSeparators(path), *error));
        return false;
    }
    m_messageBar->clearActions();
    //: %n is the number of NFTs written, %1 the file.
    m_messageBar->showMessage(MessageBar::Kind::Positive,
                              tr("Exported %n NFT(s) to “%1”.", nullptr, int(records.size()))
                                  .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace loopview
