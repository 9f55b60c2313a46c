#include "historycommand.h"

#include "balancesoutput.h"
#include "console.h"
#include "exitcode.h"
#include "outputtarget.h"

#include "history/historystore.h"

#include <QFileInfo>

namespace loopview::cli {

namespace {

int reportError(const Error &error)
{
    Console::error(describeError(error));
    return exitCodeFor(error.kind);
}

} // namespace

int runHistoryCommand(const CliOptions &options)
{
    QList<Snapshot> snapshots;
    HistoryStore store;
    if (QFileInfo::exists(store.path())) {
        if (const Result<bool> opened = store.open(); !opened)
            return reportError(opened.error());
        Result<QList<Snapshot>> read = store.snapshots(historyAccountOf(*options.query));
        if (!read)
            return reportError(read.error());
        snapshots = std::move(read).value();
    }
    const QList<BalanceRecord> records = makeHistoryRecords(snapshots, AmountUnit::TokenUnits);
    return OutputTarget(options.outputPath).writeOrReport(renderHistory(records, options.format));
}

} // namespace loopview::cli
