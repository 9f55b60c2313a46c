// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "historycommand.h"

#include "listoutput.h"
#include "outputtarget.h"

#include "history/historystore.h"

#include <QFileInfo>

namespace loopview::cli {

HistoryCommand::HistoryCommand(const CliOptions &options)
    : m_options(options)
{
}

int HistoryCommand::execute()
{
    QList<Snapshot> snapshots;
    HistoryStore store;
    if (QFileInfo::exists(store.path())) {
        if (const Result<bool> opened = store.open(); !opened)
            return reportError(opened.error());
        Result<QList<Snapshot>> read = store.snapshots(historyAccountOf(m_options.baseUrl, *m_options.query));
        if (!read)
            return reportError(read.error());
        snapshots = std::move(read).value();
    }
    const QList<BalanceRecord> records = makeHistoryRecords(snapshots, AmountUnit::TokenUnits);
    return OutputTarget(m_options.outputPath).writeOrReport(renderHistory(records, m_options.format));
}

} // namespace loopview::cli
