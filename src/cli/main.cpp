// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// loopview-cli: Loopring layer-2 balances and token lists on the command line. Everything but
// the application object lives in the loopview_cli library (CliApplication and the commands).

#include "cliapplication.h"

#include "core/outputfile.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loopview-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOPVIEW_VERSION));
    // Past `ulimit -f`, a write must fail (and say so, exit 6) rather than kill us silently.
    loopview::OutputFile::ignoreFileSizeLimitSignal();
    // The command, and with it the network stack, is gone when run() returns: while the
    // application object still exists, as Qt 6.4's network thread needs for its TLS clean-up
    // (otherwise it prints a spurious "QObject::connect(QObject, Unknown)", a second stderr line).
    return loopview::cli::CliApplication().run(QCoreApplication::arguments());
}
