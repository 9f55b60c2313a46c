#include "mainwindow.h"
#include "paintprobe.h"
#include "bookmarks/bookmarksintegration.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTableView>
#include <QTranslator>

namespace {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/loopview-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Also the QSettings location: ~/.config/Loopview/Loopview.conf on Linux.
    QApplication::setOrganizationName(QStringLiteral("Loopview"));
    QApplication::setApplicationName(QStringLiteral("Loopview"));
    QApplication::setApplicationVersion(QStringLiteral(LOOPVIEW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("loopview"));
    QApplication::setWindowIcon(applicationIcon());

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("loopview"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Native desktop viewer for Loopring layer-2 balances"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
            QStringLiteral("demo"),
            QApplication::translate("main", "Start with the bundled demo data (no network, no API key)."));
    parser.addOption(demoOption);
    parser.process(app);

    loopview::MainWindow window;
    loopview::installBookmarks(&window);  // Bookmarks dock and menu, portfolio refresh
    window.show();
    loopview::PaintProbe::installIfRequested(&window, window.balancesView());  // benchmarks only
    // With nothing configured yet, open on the demo data (with its banner and "Leave Demo")
    // rather than on an empty table: a new user sees at once what Loopview shows.
    if (parser.isSet(demoOption) || window.isFirstStart())
        window.startDemo();
    return app.exec();
}
