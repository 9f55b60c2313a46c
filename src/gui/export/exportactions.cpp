// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "exportactions.h"

#include "balanceexporter.h"
#include "exportdialog.h"

#include "gui/balanceproxymodel.h"
#include "gui/balancessession.h"
#include "gui/balancetableactions.h"
#include "gui/balancetablemodel.h"
#include "gui/tablecopy.h"

#include "core/balanceexport.h"

#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

namespace loopview {

namespace {

constexpr int StatusMessageMs = 8000;

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

bool execExportDialog(ExportDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted;
}

ExportActions::ExportActions(QMainWindow *host, BalanceTableActions *table, const BalancesSession *session)
    : QObject(host)
    , m_host(host)
    , m_table(table)
    , m_session(session)
    , m_exportAction(new QAction(tr("&Export…"), host))
    , m_copyCsvAction(new QAction(tr("Copy as CS&V"), host))
    , m_runner(execExportDialog)
{
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save the balances as a CSV or JSON file"));
    m_copyCsvAction->setObjectName(QStringLiteral("actionCopyCsv"));
    m_copyCsvAction->setToolTip(tr("Copy the selected cells as CSV with a header row and exact values"));
    // Shortcuts of menu actions only work when the action belongs to a widget of the window.
    host->addAction(m_exportAction);
    host->addAction(m_copyCsvAction);

    if (auto *file = host->menuBar()->findChild<QMenu *>(QStringLiteral("menuFile")))
        insertBeforeFirstSeparator(file, m_exportAction);
    if (auto *edit = host->menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit")))
        insertAfter(edit, QStringLiteral("actionCopy"), m_copyCsvAction);

    connect(m_exportAction, &QAction::triggered, this, &ExportActions::exportBalances);
    connect(m_copyCsvAction, &QAction::triggered, this, &ExportActions::copySelectionAsCsv);

    connect(table, &BalanceTableActions::changed, this, &ExportActions::updateActions);
    updateActions();
}

BalanceExporter ExportActions::makeExporter() const
{
    BalanceExporter exporter(m_table->model());
    exporter.setView(m_table->proxy(), m_table->selectionModel());
    return exporter;
}

void ExportActions::updateActions()
{
    const bool hasRows = m_table->model()->rowCount() > 0;
    m_exportAction->setEnabled(hasRows);
    m_copyCsvAction->setEnabled(hasRows && m_table->hasCellsToCopy());
}

QString ExportActions::suggestedBaseName() const
{
    const std::optional<BalanceSnapshot> &snapshot = m_session->snapshot();
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
    if (m_table->model()->rowCount() == 0)
        return;
    const BalanceExporter exporter = makeExporter();
    ExportDialog dialog(exporter, m_host, exportsettings::BalancesKind);
    dialog.setSuggestedBaseName(suggestedBaseName());
    if (!m_runner(dialog))
        return;
    //: Status bar after File ▸ Export…; %1 is the file, %2 the number of rows written
    m_host->statusBar()->showMessage(tr("Exported to %1 (rows: %2)")
                                               .arg(QDir::toNativeSeparators(dialog.savedPath()))
                                               .arg(dialog.savedRowCount()),
                                       StatusMessageMs);
}

void ExportActions::copySelectionAsCsv()
{
    const QByteArray csv = makeExporter().selectionToCsv(m_table->visibleColumnOrder());
    if (csv.isEmpty())
        return;
    tablecopy::setCsvOnClipboard(csv);
}

} // namespace loopview
