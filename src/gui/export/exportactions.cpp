#include "exportactions.h"

#include "balanceexporter.h"
#include "exportdialog.h"

#include "gui/balanceproxymodel.h"
#include "gui/balancetablemodel.h"
#include "gui/bookmarks/portfoliomodel.h"
#include "gui/mainwindow.h"
#include "gui/tablecopy.h"

#include "core/balanceexport.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>

namespace loopview {

namespace {

constexpr int StatusMessageMs = 8000;

bool execDialog(ExportDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted;
}

// Inserts `action` right after the action named `afterName`, or at the end.
void insertAfter(QMenu *menu, const QString &afterName, QAction *action)
{
    const QList<QAction *> actions = menu->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions.at(i)->objectName() == afterName) {
            menu->insertAction(actions.value(i + 1), action);  // null = append
            return;
        }
    }
    menu->addAction(action);
}

// Before the first separator (File: after the data actions, before Quit), or at the end.
void insertBeforeFirstSeparator(QMenu *menu, QAction *action)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *candidate : actions) {
        if (candidate->isSeparator()) {
            menu->insertAction(candidate, action);
            return;
        }
    }
    menu->addAction(action);
}

} // namespace

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_exportAction(new QAction(tr("&Export…"), window))
    , m_copyCsvAction(new QAction(tr("Copy as CS&V"), window))
    , m_runner(execDialog)
{
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save the balances as a CSV or JSON file"));
    m_copyCsvAction->setObjectName(QStringLiteral("actionCopyCsv"));
    m_copyCsvAction->setToolTip(tr("Copy the selected cells as CSV with a header row and exact values"));
    // Shortcuts of menu actions only work when the action belongs to a widget of the window.
    window->addAction(m_exportAction);
    window->addAction(m_copyCsvAction);

    if (QMenu *file = window->fileMenu())
        insertBeforeFirstSeparator(file, m_exportAction);
    if (auto *edit = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit")))
        insertAfter(edit, QStringLiteral("actionCopy"), m_copyCsvAction);

    connect(m_exportAction, &QAction::triggered, this, &ExportActions::exportBalances);
    connect(m_copyCsvAction, &QAction::triggered, this, &ExportActions::copySelectionAsCsv);

    const BalanceProxyModel *proxy = window->balanceProxy();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &ExportActions::updateActions);
    connect(proxy, &QAbstractItemModel::modelReset, this, &ExportActions::updateActions);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &ExportActions::updateActions);
    const QItemSelectionModel *selection = window->balancesView()->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &ExportActions::updateActions);
    connect(selection, &QItemSelectionModel::currentChanged, this, &ExportActions::updateActions);
    updateActions();
}

BalanceExporter ExportActions::makeExporter() const
{
    BalanceExporter exporter(m_window->balanceModel());
    exporter.setView(m_window->balanceProxy(), m_window->balancesView()->selectionModel());
    return exporter;
}

void ExportActions::updateActions()
{
    const bool hasRows = m_window->balanceModel()->rowCount() > 0;
    const QItemSelectionModel *selection = m_window->balancesView()->selectionModel();
    m_exportAction->setEnabled(hasRows);
    m_copyCsvAction->setEnabled(hasRows && (selection->hasSelection() || selection->currentIndex().isValid()));
}

QString ExportActions::suggestedBaseName() const
{
    const std::optional<BalanceSnapshot> snapshot = m_window->currentSnapshot();
    QString account;
    QDate date = QDate::currentDate();
    if (snapshot) {
        if (snapshot->demo)
            account = QStringLiteral("demo");
        else if (!snapshot->balances.isEmpty())
            account = QString::number(snapshot->balances.constFirst().accountId);
        if (snapshot->fetchedAt.isValid())
            date = snapshot->fetchedAt.toLocalTime().date();
    }
    QStringList parts{QStringLiteral("loopring")};
    if (!account.isEmpty())
        parts.append(account);
    parts.append(QStringLiteral("balances"));
    parts.append(date.toString(Qt::ISODate));
    return parts.join(QLatin1Char('-'));
}

void ExportActions::exportBalances()
{
    if (m_window->balanceModel()->rowCount() == 0)
        return;
    const BalanceExporter exporter = makeExporter();
    ExportDialog dialog(exporter, m_window, exportsettings::BalancesKind);
    dialog.setSuggestedBaseName(suggestedBaseName());
    if (!m_runner(dialog))
        return;
    //: Status bar after File ▸ Export…; %1 is the file, %2 the number of rows written
    m_window->statusBar()->showMessage(tr("Exported to %1 (rows: %2)")
                                               .arg(QDir::toNativeSeparators(dialog.savedPath()))
                                               .arg(dialog.savedRowCount()),
                                       StatusMessageMs);
}

void ExportActions::copySelectionAsCsv()
{
    const QByteArray csv = makeExporter().selectionToCsv(
        tablecopy::visibleColumnOrder(m_window->balancesView()->horizontalHeader()));
    if (csv.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(csv));
    // Spreadsheets that know the type take it as CSV rather than guessing from plain text.
    mime->setData(QStringLiteral("text/csv"), csv);
    QGuiApplication::clipboard()->setMimeData(mime);
}

bool exportPortfolio(const PortfolioModel *model, QWidget *parent, const ExportDialogRunner &runner)
{
    // An empty portfolio still gets the dialog: it says there is nothing to export yet.
    if (!model)
        return false;
    const BalanceExporter exporter(
            [model](AmountUnit unit) { return makePortfolioRecords(model->portfolio(), unit); },
            portfolioBalanceColumns());
    ExportDialog dialog(exporter, parent, exportsettings::PortfolioKind);
    dialog.setWindowTitle(ExportDialog::tr("Export Portfolio"));
    dialog.setSuggestedBaseName(QStringLiteral("loopring-portfolio-") + QDate::currentDate().toString(Qt::ISODate));
    return runner ? runner(dialog) : execDialog(dialog);
}

} // namespace loopview
