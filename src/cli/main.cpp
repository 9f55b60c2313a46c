// loopview-cli: Loopring layer-2 balances and token lists on the command line.
// Parsing and validation happen before the event loop starts; the commands then run on
// QCoreApplication's loop (no blocking waits) and end it with their exit status.

#include "apikeysource.h"
#include "balancescommand.h"
#include "bookmarkscommand.h"
#include "cliarguments.h"
#include "console.h"
#include "exitcode.h"
#include "historycommand.h"
#include "interruptwatcher.h"
#include "outputtarget.h"
#include "tokenscommand.h"

#include "core/outputfile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

using namespace loopview;
using namespace loopview::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loopview-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOPVIEW_VERSION));
    // Past `ulimit -f`, a write must fail (and say so, exit 6) rather than kill us silently.
    OutputFile::ignoreFileSizeLimitSignal();

    // `bookmarks …` runs on its own; `balances --bookmark LABEL` becomes the bookmark's options.
    if (const std::optional<int> status = runBookmarksCommandIfRequested(
                QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment()))
        return *status;
    const Result<BookmarkSelection> bookmark = applyBookmarkOption(QCoreApplication::arguments());
    if (!bookmark) {
        Console::error(describeError(bookmark.error()));
        return exitCodeFor(bookmark.error().kind);
    }

    const Result<CliOptions> parsed = CliArguments::parse(bookmark->arguments);
    if (!parsed) {
        Console::error(describeError(parsed.error()));
        return exitCodeFor(parsed.error().kind);
    }
    const CliOptions &options = parsed.value();

    switch (options.command) {
    case CommandKind::Help:
        return OutputTarget().writeOrReport(CliArguments::helpText().toUtf8());
    case CommandKind::Version:
        return OutputTarget().writeOrReport((CliArguments::versionText() + QLatin1Char('\n')).toUtf8());
    case CommandKind::History:
        return runHistoryCommand(options);
    case CommandKind::Balances:
    case CommandKind::Tokens:
        break;
    }

    CliCommand *command = nullptr;
    if (options.command == CommandKind::Balances) {
        QString apiKey;
        if (!options.demo) {
            // A bookmark's key from the keyring; else --api-key-file or LOOPVIEW_API_KEY.
            Result<QString> key = !bookmark->apiKey.isEmpty()
                ? Result<QString>(bookmark->apiKey)
                : ApiKeySource::resolve(options.apiKeyFile, QProcessEnvironment::systemEnvironment());
            if (!key) {
                Console::error(describeError(key.error()));
                return exitCodeFor(key.error().kind);
            }
            apiKey = key.value();
            Console::setSecret(apiKey);
        }
        command = new BalancesCommand(options, apiKey, &app);
    } else {
        command = new TokensCommand(options, &app);
    }

    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, command, &CliCommand::cancel);
    QObject::connect(command, &CliCommand::finished, &app, [](int exitCode) {
        QCoreApplication::exit(exitCode);
    });
    QMetaObject::invokeMethod(command, &CliCommand::start, Qt::QueuedConnection);
    const int exitCode = app.exec();
    // Tear the network stack down while the application object still exists: Qt 6.4's network
    // thread otherwise finishes its TLS clean-up after it is gone and prints a spurious
    // "QObject::connect(QObject, Unknown)" warning, a second stderr line the contract forbids.
    delete command;
    return exitCode;
}
