// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QMainWindow;
class QWidget;

namespace loopview {

class BalanceExporter;
class BalanceTableActions;
class BalancesSession;
class ExportDialog;

// Runs an export dialog; true when it was accepted. The default calls exec(); tests replace it to
// drive the dialog without a nested event loop.
using ExportDialogRunner = std::function<bool(ExportDialog &dialog)>;
// The default runner: exec(), true when accepted.
bool execExportDialog(ExportDialog &dialog);

// What export adds to a main window: File ▸ Export… (Ctrl+E) for the balances table and
// Edit ▸ Copy as CSV for the selected cells (also offered in the table's context menu). Both read
// the table through `table` (its proxy and its selection, the same as the window's Copy), so they
// write what the user sees; `session` names the file after the data shown. The actions go into
// the `host` window's File and Edit menus (objects "menuFile", "menuEdit"), which owns them.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(QMainWindow *host, BalanceTableActions *table, const BalancesSession *session);

    QAction *exportAction() const { return m_exportAction; }
    QAction *copyCsvAction() const { return m_copyCsvAction; }

    void setDialogRunner(ExportDialogRunner runner) { m_runner = std::move(runner); }

    // "loopring-20533-balances-2024-05-01": account and fetch date of what is shown.
    QString suggestedBaseName() const;

public slots:
    void exportBalances();
    void copySelectionAsCsv();
    void updateActions();

private:
    BalanceExporter makeExporter() const;

    QMainWindow *m_host;
    BalanceTableActions *m_table;
    const BalancesSession *m_session;
    QAction *m_exportAction;
    QAction *m_copyCsvAction;
    ExportDialogRunner m_runner;
};

} // namespace loopview
