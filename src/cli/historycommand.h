// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "cliarguments.h"
#include "command.h"

namespace loopview::cli {

// `loopview-cli history`: the snapshots `balances --record` stored for one account on one service,
// one row per snapshot and token, oldest first, in the chosen format on stdout or --output. It
// reads the history database only: no request, no key, no event loop. A database that does not
// exist yet is an empty history, and reading does not create it.
class HistoryCommand : public Command
{
public:
    explicit HistoryCommand(const CliOptions &options);

    int execute() override;

private:
    CliOptions m_options;
};

} // namespace loopview::cli
