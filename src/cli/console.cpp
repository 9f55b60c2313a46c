// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "console.h"

#include "core/error.h"
#include "core/printabletext.h"

#include <QFile>

#include <cstdio>

namespace loopview::cli {

namespace {

QString &registeredSecret()
{
    static QString secret;
    return secret;
}

} // namespace

void Console::setSecret(const QString &secret)
{
    registeredSecret() = secret;
}

void Console::error(const QString &reason)
{
    writeStderrLine(QLatin1String("loopview-cli: ") + reason);
}

void Console::warning(const QString &text)
{
    writeStderrLine(QLatin1String("loopview-cli: warning: ") + text);
}

bool Console::writeStdout(const QByteArray &bytes)
{
    return writeStdout([&bytes](QIODevice *out) { return writeFully(out, bytes); });
}

bool Console::writeStdout(const BlockWriter &write)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    return write(&out) && out.flush();
}

void Console::writeStderrLine(const QString &line)
{
    // Outside text is made printable where it is quoted into a message (with the length cap that
    // suits it); the whole line is checked once more here, the terminal's last line of defence,
    // like the key scrub before it.
    const QString text = printableText(redactSecret(line, registeredSecret(), QStringLiteral("***")),
                                       printable::Unlimited);
    // The line is an argument, never the format: outside text cannot smuggle in conversions.
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace loopview::cli
