// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "outputtarget.h"

#include "console.h"
#include "exitcode.h"

#include "core/outputfile.h"
#include "core/printabletext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace loopview::cli {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::cli::OutputTarget)
};

// True when `path` is the file standard output is open on (same device and inode).
bool namesStandardOutput(const QString &path)
{
    struct stat named = {};
    struct stat out = {};
    return ::stat(QFile::encodeName(path).constData(), &named) == 0 && ::fstat(STDOUT_FILENO, &out) == 0
        && named.st_dev == out.st_dev && named.st_ino == out.st_ino;
}

} // namespace

OutputTarget::OutputTarget(QString path)
    : m_path(path == QLatin1String("-") ? QString() : std::move(path))
    , m_stdout(m_path.isEmpty() || namesStandardOutput(m_path))
{
}

std::optional<Error> OutputTarget::write(const QByteArray &bytes) const
{
    return write([&bytes](QIODevice *device) { return writeFully(device, bytes); });
}

std::optional<Error> OutputTarget::write(const BlockWriter &write) const
{
    if (isStdout()) {
        if (!Console::writeStdout(write))
            return Error::io(Text::tr("cannot write to standard output"));
        return std::nullopt;
    }

    OutputFile file(m_path);
    if (const std::optional<QString> reason = file.writeWith(write)) {
        const QString name = printableText(QDir::toNativeSeparators(m_path), printable::EchoLength);
        return Error::io(Text::tr("cannot write %1: %2").arg(name, *reason));
    }
    return std::nullopt;
}

int OutputTarget::writeOrReport(const QByteArray &bytes) const
{
    if (const std::optional<Error> error = write(bytes)) {
        Console::error(describeError(*error));
        return exitCodeFor(error->kind);
    }
    return ExitOk;
}

} // namespace loopview::cli
