// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "command.h"

#include <QStringList>

namespace loopview::cli {

// loopview-cli from its arguments to its exit status: `bookmarks …` goes to BookmarksCommand,
// anything else is read by CliArguments and runs as --help, --version, BalancesCommand,
// TokensCommand or HistoryCommand. main() only creates the application object and calls run().
class CliApplication
{
public:
    explicit CliApplication(CommandContext context = {});

    // `arguments` as QCoreApplication::arguments() returns them (the program name first). Needs a
    // QCoreApplication; returns once the command has ended.
    int run(const QStringList &arguments) const;

private:
    CommandContext m_context;
};

} // namespace loopview::cli
