// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/outputfile.h"

#include <QByteArray>
#include <QString>

namespace loopview::cli {

// stderr in the shape scripts can rely on: "loopview-cli: <reason>" for the one error line and
// "loopview-cli: warning: <text>" for warnings. A registered secret is masked and the line goes
// through printableText() as a last line of defence, so a lower layer quoting the API key or raw
// outside text can never print it.
class Console
{
public:
    static void setSecret(const QString &secret);

    static void error(const QString &reason);
    static void warning(const QString &text);

    // Writes bytes to stdout and flushes; false when stdout is gone (closed pipe, full disk).
    static bool writeStdout(const QByteArray &bytes);
    // The same for output made in blocks: each block goes out as it is made.
    static bool writeStdout(const BlockWriter &write);

private:
    static void writeStderrLine(const QString &line);
};

} // namespace loopview::cli
