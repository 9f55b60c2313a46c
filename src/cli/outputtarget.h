// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"
#include "core/outputfile.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace loopview::cli {

// Where a command's finished output goes: standard output, or a path given on the command line
// (--output FILE, bookmarks export FILE). A path is written as core's OutputFile decides: a new or
// regular file is replaced atomically (a failed write leaves the previous file untouched), a
// FIFO, pipe or character device is written straight through, anything else is refused.
//
// A path that names standard output itself (/dev/stdout, /proc/self/fd/1) is standard output:
// `--output /dev/stdout >> log` appends like `>> log` does instead of replacing the log.
class OutputTarget
{
public:
    // Empty or "-" = standard output.
    explicit OutputTarget(QString path = {});

    bool isStdout() const { return m_stdout; }
    QString path() const { return m_path; }

    // An Io error (exit status 6) naming the file (or standard output) and the reason when the
    // bytes could not be written.
    std::optional<Error> write(const QByteArray &bytes) const;
    // The same for output made in blocks: a long CSV is never held whole in memory.
    std::optional<Error> write(const BlockWriter &write) const;

    // write(), and on failure the one "loopview-cli: cannot write …" line on stderr. Returns the
    // exit status: ExitOk, or ExitOutput.
    int writeOrReport(const QByteArray &bytes) const;

private:
    QString m_path;
    bool m_stdout = true;
};

} // namespace loopview::cli
