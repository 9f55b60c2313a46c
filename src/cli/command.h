// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "keyring.h"

#include "core/error.h"

#include <QProcessEnvironment>

namespace loopview::cli {

// What a command may reach besides its options: the environment (LOOPVIEW_API_KEY) and the
// keyring. Tests pass their own of both and run commands in-process.
struct CommandContext {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    KeyringFactory keyring = systemKeyring();
};

// One loopview-cli command: balances, nfts, tokens, history, bookmarks, and each bookmarks
// subcommand. It is made from its parsed options; execute() runs it to the end, with its output
// written or the one "loopview-cli: <reason>" line on stderr, and returns the exit status.
class Command
{
public:
    virtual ~Command();

    virtual int execute() = 0;

protected:
    Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    // Prints "loopview-cli: <reason>" and returns the error's exit status.
    static int reportError(const Error &error);
};

} // namespace loopview::cli
