#pragma once

#include "cliarguments.h"

#include "core/balanceexport.h"

#include <QByteArray>

namespace loopview::cli {

// The bytes `balances` prints: the shared CSV/JSON/table formats of core/balanceexport, so the
// CLI and the desktop export agree byte for byte. `extraColumns` (Price, Value, ChangeTotal) come
// after the standard ones; `currency` names the price columns.
QByteArray renderBalances(const QList<BalanceRecord> &records, OutputFormat format,
                          const QList<BalanceColumn> &extraColumns = {}, const QString &currency = {});

// Recorded snapshots (makeHistoryRecords()): fetched_at first, then the balance columns.
QByteArray renderHistory(const QList<BalanceRecord> &records, OutputFormat format);

} // namespace loopview::cli
