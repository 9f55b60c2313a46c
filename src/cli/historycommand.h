#pragma once

#include "cliarguments.h"

namespace loopview::cli {

// `loopview-cli history`: the snapshots `balances --record` stored for one account
// on one service, one row per snapshot and token, oldest first, in the chosen format on stdout or
// --output. It reads the history database only: no request, no key, no event loop. A database
// that does not exist yet is an empty history, and reading does not create it. Returns the exit
// status, after printing the output or the one error line.
int runHistoryCommand(const CliOptions &options);

} // namespace loopview::cli
