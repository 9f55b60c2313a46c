// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"

#include <QProcessEnvironment>
#include <QString>

namespace loopview::cli {

// Where loopview-cli gets the API key: a file named by --api-key-file, else LOOPVIEW_API_KEY.
// There is deliberately no option taking the key itself: command lines end up in shell history
// and in `ps` output for every user on the machine.
class ApiKeySource
{
public:
    static constexpr const char *EnvironmentVariable = "LOOPVIEW_API_KEY";

    // The key with surrounding whitespace (a file's trailing newline) trimmed and checked by
    // validateApiKey(), or an Input error that names LOOPVIEW_API_KEY / the file. Error messages
    // never contain the key. A key file that group or others may read gets a warning on stderr
    // (like ssh's for a private key) and is used all the same.
    static Result<QString> resolve(const QString &keyFile, const QProcessEnvironment &environment);

private:
    static Result<QString> readFile(const QString &path);
};

} // namespace loopview::cli
