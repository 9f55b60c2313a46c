// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "cliapplication.h"

#include "balancescommand.h"
#include "bookmarkscommand.h"
#include "cliarguments.h"
#include "console.h"
#include "exitcode.h"
#include "historycommand.h"
#include "nftscommand.h"
#include "outputtarget.h"
#include "tokenscommand.h"

namespace loopview::cli {

CliApplication::CliApplication(CommandContext context)
    : m_context(std::move(context))
{
}

int CliApplication::run(const QStringList &arguments) const
{
    // `bookmarks` has options and subcommands of its own, so it must come first.
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("bookmarks"))
        return BookmarksCommand(arguments, m_context).execute();

    const Result<CliOptions> parsed = CliArguments::parse(arguments);
    if (!parsed) {
        Console::error(describeError(parsed.error()));
        return exitCodeFor(parsed.error().kind);
    }
    const CliOptions &options = parsed.value();
    switch (options.command) {
    case CommandKind::Help:
        return OutputTarget().writeOrReport(CliArguments::helpText().toUtf8());
    case CommandKind::Version:
        return OutputTarget().writeOrReport((CliArguments::versionText() + QLatin1Char('\n')).toUtf8());
    case CommandKind::Balances:
        return BalancesCommand(options, m_context).execute();
    case CommandKind::Nfts:
        return NftsCommand(options, m_context).execute();
    case CommandKind::Tokens:
        return TokensCommand(options).execute();
    case CommandKind::History:
        return HistoryCommand(options).execute();
    }
    return ExitUsage;
}

} // namespace loopview::cli
