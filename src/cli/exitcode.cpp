// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "exitcode.h"

#include <QCoreApplication>

namespace loopview::cli {

ExitCode exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Input:
        return ExitUsage;
    case ErrorKind::Service:
        return ExitServiceRefused;
    case ErrorKind::Network:
        return ExitNetwork;
    case ErrorKind::Malformed:
        return ExitMalformed;
    case ErrorKind::Io:
        return ExitOutput;
    case ErrorKind::Cancelled:
        return ExitInterrupted;
    }
    return ExitUsage;
}

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::cli::ExitCode)
};

// stderr gets exactly one line per error, whatever the service put in its message.
QString singleLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.trimmed();
}

} // namespace

QString describeError(const Error &error)
{
    QString reason = singleLine(error.message);
    if (reason.isEmpty())
        reason = Text::tr("unknown error");

    // The lower layers usually mention these already; add only what is missing so scripts can
    // rely on finding them without the line repeating itself.
    QStringList details;
    if (error.kind == ErrorKind::Service) {
        const QString status = QString::number(error.httpStatus);
        if (error.httpStatus != 0 && !reason.contains(status))
            details << Text::tr("HTTP %1").arg(status);
        const QString code = QString::number(error.apiCode);
        if (error.apiCode != 0 && !reason.contains(code))
            details << Text::tr("code %1").arg(code);
    }
    if (error.kind == ErrorKind::Malformed && !error.field.isEmpty() && !reason.contains(error.field))
        details << Text::tr("field %1").arg(error.field);

    if (!details.isEmpty())
        reason += QLatin1String(" (") + details.join(QLatin1String(", ")) + QLatin1Char(')');
    return reason;
}

} // namespace loopview::cli
