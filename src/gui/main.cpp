#include "appidentity.h"
#include "commandline.h"
#include "mainwindow.h"
#include "paintprobe.h"
#include "bookmarks/bookmarksintegration.h"

#include "core/outputfile.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTableView>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/loopview-%1.png").arg(size), QSize(size, size));
    return icon;
}

// Qt's own strings (dialog buttons, --help) and Loopview's, in the user's language. The
// translators belong to the application object and go with it.
void installTranslations(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("loopview"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

// Answers --version and --help (-v, -h) without QApplication, which needs a display and aborts
// without one: a QCoreApplication is enough to translate and print them. Returns the exit status
// when one of them was asked for.
std::optional<int> answerVersionOrHelp(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    loopview::CommandLine request;
    request.parse(arguments);
    if (!request.versionRequested() && !request.helpRequested())
        return std::nullopt;

    QCoreApplication app(argc, argv);
    loopview::setApplicationIdentity();
    installTranslations(app);
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
    if (const std::optional<int> status = answerVersionOrHelp(argc, argv))
        return *status;

    QApplication app(argc, argv);
    loopview::setApplicationIdentity();
    // The window exports files and may write to a FIFO the user picked: past `ulimit -f`, or
    // when that FIFO's reader goes away, the write must fail with a message in the export
    // dialog, not end the application without a word.
    loopview::OutputFile::ignoreFileSizeLimitSignal();
    std::signal(SIGPIPE, SIG_IGN);
    QApplication::setWindowIcon(applicationIcon());
    installTranslations(app);

    // What QApplication left of the arguments: an unknown option is reported here (exit 1).
    loopview::CommandLine commandLine;
    commandLine.process(app);

    loopview::MainWindow window;
    loopview::installBookmarks(&window);  // Bookmarks dock and menu, portfolio refresh
    window.show();
    loopview::PaintProbe::installIfRequested(&window, window.balancesView());  // benchmarks only
    // With nothing configured yet, open on the demo data (with its banner and "Leave Demo")
    // rather than on an empty table: a new user sees at once what Loopview shows.
    if (commandLine.demoRequested() || window.isFirstStart())
        window.startDemo();
    return app.exec();
}
