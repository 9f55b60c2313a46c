// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "apikeysource.h"

#include "console.h"

#include "core/apikey.h"
#include "core/printabletext.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace loopview::cli {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::cli::ApiKeySource)
};

// A key file is one short line; anything much larger is not a key file and is not read whole.
constexpr qint64 MaxKeyFileBytes = 4096;

// Like ssh with a private key: a key file other users can read is said out loud, but used. (The
// check is on the open file, so it is the file that was read; a pipe such as <(pass show key) is
// nobody else's to read.)
void warnIfReadableByOthers(const QFile &file)
{
    struct stat info = {};
    if (::fstat(file.handle(), &info) != 0 || !S_ISREG(info.st_mode) || (info.st_mode & (S_IRGRP | S_IROTH)) == 0)
        return;
    const QString path = printableEcho(file.fileName());
    Console::warning(Text::tr("API key file %1 can be read by other users (permissions %2); make it private "
                              "with: chmod 600 %1")
                               .arg(path, QString::number(info.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'))));
}

} // namespace

Result<QString> ApiKeySource::resolve(const QString &keyFile, const QProcessEnvironment &environment)
{
    if (!keyFile.isEmpty())
        return readFile(keyFile);

    const QString variable = QLatin1String(EnvironmentVariable);
    const QString key = environment.value(variable).trimmed();
    if (key.isEmpty()) {
        return Error::input(Text::tr("no API key: set %1 or use --api-key-file FILE (not needed with --demo)")
                                      .arg(variable));
    }
    return validateApiKey(key, variable);
}

Result<QString> ApiKeySource::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::input(Text::tr("cannot read API key file %1: %2 (or set %3 instead)")
                                      .arg(printableEcho(path), file.errorString(), QLatin1String(EnvironmentVariable)));
    }
    warnIfReadableByOthers(file);
    const QByteArray bytes = file.read(MaxKeyFileBytes + 1);
    if (bytes.size() > MaxKeyFileBytes)
        return Error::input(Text::tr("API key file %1 is too large to be a key file").arg(printableEcho(path)));

    const QString key = QString::fromUtf8(bytes).trimmed();
    if (key.isEmpty()) {
        return Error::input(Text::tr("API key file %1 is empty (or set %2 instead)")
                                      .arg(printableEcho(path), QLatin1String(EnvironmentVariable)));
    }
    return validateApiKey(key, Text::tr("the API key file %1").arg(printableEcho(path)));
}

} // namespace loopview::cli
