#include "console.h"

#include "core/error.h"

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
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const bool written = out.write(bytes) == bytes.size();
    return written && out.flush();
}

void Console::writeStderrLine(const QString &line)
{
    const QString text = redactSecret(line, registeredSecret(), QStringLiteral("***"));
    // The line is an argument, never the format: outside text cannot smuggle in conversions.
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace loopview::cli
