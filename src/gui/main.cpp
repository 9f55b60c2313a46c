// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "appidentity.h"
#include "commandline.h"
#include "mainwindow.h"
#include "paintprobe.h"
#include "preferences.h"
#include "uilanguage.h"
#include "bookmarks/bookmarksintegration.h"
#include "history/historyintegration.h"
#include "watch/watchintegration.h"

#include "core/outputfile.h"
#include "core/printabletext.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTableView>

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/loopview-%1.png").arg(size), QSize(size, size));
    return icon;
}

// The language to show: the one --lang names when Loopview ships it, else the one chosen in
// Preferences, else the system's. Needs the application identity (the settings' location).
QLocale chosenLocale(const loopview::CommandLine &commandLine)
{
    const QString requested = commandLine.language();
    if (!requested.isEmpty()) {
        const QString shipped = loopview::uilanguage::find(requested);
        if (!shipped.isEmpty())
            return QLocale(shipped);
        const QString warning = QStringLiteral("loopview: warning: there is no translation for --lang %1 (only %2); "
                                               "using the language chosen in Preferences or the system's\n")
                                    .arg(loopview::printableEcho(requested), loopview::uilanguage::codeList());
        std::fputs(warning.toLocal8Bit().constData(), stderr);
    }
    return loopview::uilanguage::localeFor(loopview::Preferences::load(QSettings()).language);
}

// Answers --version and --help (-v, -h) without QApplication, which needs a display and aborts
// without one: a QCoreApplication is enough to translate and print them.
int answerVersionOrHelp(int &argc, char **argv, const loopview::CommandLine &request)
{
    QCoreApplication app(argc, argv);
    loopview::setApplicationIdentity();
    loopview::uilanguage::installTranslators(app, chosenLocale(request));
    // Built again now that the translators are installed: the option descriptions are read
    // when the options are created. --version wins over --help, as in QCommandLineParser.
    const loopview::CommandLine translated;
    const QString text = request.versionRequested() ? loopview::CommandLine::versionText() + QLatin1Char('\n')
                                                    : translated.helpText();
    const bool written = std::printf("%s", text.toLocal8Bit().constData()) >= 0 && std::fflush(stdout) == 0;
    return written ? EXIT_SUCCESS : EXIT_FAILURE;
}

} // namespace

int main(int argc, char *argv[])
{
    // Read before QApplication exists: --help and --version must work without a display, and
    // --lang decides which catalogues are installed. Qt's own options are still among these.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    loopview::CommandLine request;
    request.parse(arguments);
    if (request.versionRequested() || request.helpRequested())
        return answerVersionOrHelp(argc, argv, request);

    QApplication app(argc, argv);
    loopview::setApplicationIdentity();
    // The window exports files and may write to a FIFO the user picked: past `ulimit -f`, or
    // when that FIFO's reader goes away, the write must fail with a message in the export
    // dialog, not end the application without a word.
    loopview::OutputFile::ignoreFileSizeLimitSignal();
    std::signal(SIGPIPE, SIG_IGN);
    QApplication::setWindowIcon(applicationIcon());
    loopview::uilanguage::installTranslators(app, chosenLocale(request));

    // What QApplication left of the arguments: an unknown option is reported here (exit 1).
    loopview::CommandLine commandLine;
    commandLine.process(app);

    loopview::MainWindow window;
    loopview::BookmarksIntegration *bookmarks = loopview::installBookmarks(&window);  // dock, menu, portfolio
    loopview::HistoryIntegration::install(&window);                                   // View ▸ History
    loopview::WatchIntegration::install(&window, bookmarks);                          // View ▸ Watch for Changes
    window.show();
    loopview::PaintProbe::installIfRequested(&window, window.balancesView());  // benchmarks only
    // With nothing configured yet, open on the demo data (with its banner and "Leave Demo")
    // rather than on an empty table: a new user sees at once what Loopview shows.
    if (commandLine.demoRequested() || window.isFirstStart())
        window.startDemo();
    else
        window.resumeLastQuery();  // the last recorded snapshot at once, refreshed when a key is remembered
    return app.exec();
}
