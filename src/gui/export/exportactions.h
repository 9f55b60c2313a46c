#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QWidget;

namespace loopview {

class BalanceExporter;
class ExportDialog;
class MainWindow;
class PortfolioModel;

// Runs an export dialog; true when it was accepted. The default calls exec(); tests replace it to
// drive the dialog without a nested event loop.
using ExportDialogRunner = std::function<bool(ExportDialog &dialog)>;

// What export adds to the main window: File ▸ Export… (Ctrl+E) for the balances table and
// Edit ▸ Copy as CSV for the selected cells (also offered in the table's context menu). Both read
// the table through its proxy, so they write what the user sees. Owned by the window.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    explicit ExportActions(MainWindow *window);

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

    MainWindow *m_window;
    QAction *m_exportAction;
    QAction *m_copyCsvAction;
    ExportDialogRunner m_runner;
};

// File ▸ Export… for the portfolio: one row per account and token with the account's label.
// Returns true when a file was written. `runner` may be empty (exec()).
bool exportPortfolio(const PortfolioModel *model, QWidget *parent, const ExportDialogRunner &runner = {});

} // namespace loopview
