// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "exportoptions.h"

#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class ExportDialog;
}

namespace loopview {

class BalanceExporter;
class MessageBar;

// File ▸ Export…: rows (shown / selected / all), columns (checkable, drag or Move Up/Down to
// reorder), amount unit, CSV separator (by default a semicolon where the locale writes a decimal
// comma) and byte-order mark, or JSON. Export asks for a file through FileDialog
// (a seam tests answer) and writes it with BalanceExporter; a failed write keeps the dialog open
// with the reason, so the user can pick another place. The last choices and folder are kept in
// QSettings ("export/v1/…") and offered next time.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `exporter` must outlive the dialog. `settingsKind` names the remembered choices
    // (exportsettings::BalancesKind, PortfolioKind or HistoryKind).
    explicit ExportDialog(const BalanceExporter &exporter, QWidget *parent = nullptr,
                          const QString &settingsKind = exportsettings::BalancesKind);
    ~ExportDialog() override;

    ExportOptions options() const;
    // Columns the exporter does not offer are dropped; a scope with no rows falls back to the
    // rows shown.
    void setOptions(const ExportOptions &options);

    // The file name offered, without folder or suffix (e.g. "loopring-20533-balances-2024-05-01").
    void setSuggestedBaseName(const QString &baseName);

    // After a successful export: where the file went and how many rows it holds.
    QString savedPath() const { return m_savedPath; }
    int savedRowCount() const { return m_savedRowCount; }

    QPushButton *exportButton() const;
    MessageBar *messageBar() const { return m_messageBar; }

public slots:
    void accept() override;

private:
    void fillColumnList(const QList<BalanceColumn> &checkedColumns);
    QList<BalanceColumn> checkedColumns() const;
    void setAllColumnsChecked(bool checked);
    void moveCurrentColumn(int offset);
    void updateMoveButtons();
    void updateControls();
    QString proposedPath(ExportFormat format) const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    const BalanceExporter &m_exporter;
    MessageBar *m_messageBar;
    QString m_settingsKind;
    QString m_suggestedBaseName;
    QString m_savedPath;
    int m_savedRowCount = 0;
};

} // namespace loopview
