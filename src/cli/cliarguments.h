// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/balancequery.h"
#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <optional>

namespace loopview::cli {

enum class CommandKind { Help, Version, Balances, Tokens, History, Nfts };
enum class OutputFormat { Table, Csv, Json };

// Everything the command line asked for, already validated: commands only run it.
struct CliOptions {
    CommandKind command = CommandKind::Help;
    QUrl baseUrl;                        // validated: https, or http on loopback
    std::optional<BalanceQuery> query;   // balances without --bookmark; nfts and history: the account
    QString bookmark;                    // balances --bookmark LABEL (label or id); empty = none
    std::optional<QList<int>> tokenIds;  // balances --tokens, when given
    OutputFormat format = OutputFormat::Table;
    bool raw = false;                    // amounts in base units instead of token units
    bool demo = false;                   // bundled sample data, no network, no key
    QString outputPath;                  // empty = stdout
    std::chrono::milliseconds timeout = DefaultRequestTimeout;
    QString apiKeyFile;                  // empty = LOOPVIEW_API_KEY
    QString currency;                    // balances: add price and value in this code ("USD"); empty = none
    bool record = false;                 // balances: store the fetched snapshot in the history
    bool changes = false;                // balances: add change_total against the last recorded snapshot
};

// Parses loopview-cli's command line with QCommandLineParser. Every problem is an Input error
// (exit status 2) whose message is one line naming the option at fault.
class CliArguments
{
public:
    // `arguments` includes the program name, as QCoreApplication::arguments() returns it.
    static Result<CliOptions> parse(const QStringList &arguments);
    // Usage, options, environment and exit codes: what --help prints.
    static QString helpText();
    // "loopview-cli <version>"
    static QString versionText();
};

} // namespace loopview::cli
