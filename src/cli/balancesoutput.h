#pragma once

#include "cliarguments.h"

#include "core/balanceexport.h"

#include <QByteArray>

namespace loopview::cli {

// The bytes `balances` prints: the shared CSV/JSON/table formats of core/balanceexport, so the
// CLI and the desktop export agree byte for byte.
QByteArray renderBalances(const QList<BalanceRecord> &records, OutputFormat format);

} // namespace loopview::cli
