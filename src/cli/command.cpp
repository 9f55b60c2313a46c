// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "command.h"

#include "console.h"
#include "exitcode.h"

namespace loopview::cli {

Command::~Command() = default;

int Command::reportError(const Error &error)
{
    Console::error(describeError(error));
    return exitCodeFor(error.kind);
}

} // namespace loopview::cli
