// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "portfolioexport.h"

#include "portfoliomodel.h"

#include "core/balanceexport.h"
#include "gui/export/balanceexporter.h"
#include "gui/export/exportdialog.h"

#include <QDate>

namespace loopview {

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
    return runner ? runner(dialog) : execExportDialog(dialog);
}

} // namespace loopview
