// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"

#include <QString>

namespace loopview::cli {

// loopview-cli's exit statuses. They are a machine contract (scripts branch on them), documented
// in --help, the man page and the README; never renumber them.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,          // bad option, bad input, missing API key
    ExitServiceRefused = 3, // HTTP error status or a resultInfo error code
    ExitNetwork = 4,        // DNS, connect, TLS, timeout
    ExitMalformed = 5,      // the response could not be trusted
    ExitOutput = 6,         // the output file could not be written
    ExitInterrupted = 130,  // SIGINT, as shells report it
};

// The single place that turns an error kind into an exit status.
ExitCode exitCodeFor(ErrorKind kind);

// One line for stderr that carries everything a script or a person needs: for service errors the
// HTTP status and resultInfo code, for malformed responses the JSON field.
QString describeError(const Error &error);

} // namespace loopview::cli
