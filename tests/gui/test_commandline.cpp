// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The desktop app's command line: CommandLine in-process, and the real loopview binary answering
// --version and --help in an environment without any display (no DISPLAY, no WAYLAND_DISPLAY, no
// QT_QPA_PLATFORM), where creating QApplication aborts the process.

#include "gui/commandline.h"
#include "core/printabletext.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using loopview::CommandLine;

namespace {

struct AppRun {
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of a terminal without a graphical session; the language is pinned so the
// texts are predictable.
QProcessEnvironment displaylessEnvironment(const QString &language = QStringLiteral("C"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), language);
    env.insert(QStringLiteral("LANG"), language);
    return env;
}

AppRun runApp(const QStringList &arguments, const QProcessEnvironment &env = displaylessEnvironment())
{
    AppRun run;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LOOPVIEW_APP_PATH), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.finished = true;
    run.exitStatus = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The program's arguments after its name.
QStringList programArguments(const QStringList &options)
{
    return QStringList{QStringLiteral("loopview")} + options;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void readsItsOwnOptions_data();
    void readsItsOwnOptions();
    void qtOptionsDoNotSpellShortOptions();
    void helpListsTheDemoOption();
    void readsTheLanguage_data();
    void readsTheLanguage();

    void versionWorksWithoutDisplay_data();
    void versionWorksWithoutDisplay();
    void helpWorksWithoutDisplay();
    void helpIsTranslatedWithoutDisplay();
    void languageOptionChoosesTheCatalogue();
    void unknownLanguageIsWarnedAbout();
    void savedLanguageChoosesTheCatalogue();
    void unknownOptionIsReportedOnceQtStarted();
    void unknownOptionIsEchoedInert();
};

void TestCommandLine::readsItsOwnOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("help");
    QTest::addColumn<bool>("version");
    QTest::addColumn<bool>("demo");

    QTest::newRow("nothing") << QStringList() << false << false << false;
    QTest::newRow("--demo") << QStringList{QStringLiteral("--demo")} << false << false << true;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << true << false << false;
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << true << false << false;
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << false << true << false;
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << false << true << false;
    // Qt's own options are still there before QApplication takes them: they do not hide ours.
    QTest::newRow("-platform xcb --version")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("--version")}
            << false << true << false;
    QTest::newRow("-style Fusion --demo")
            << QStringList{QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("--demo")}
            << false << false << true;
}

void TestCommandLine::readsItsOwnOptions()
{
    QFETCH(QStringList, arguments);
    CommandLine commandLine;
    commandLine.parse(programArguments(arguments));
    QTEST(commandLine.helpRequested(), "help");
    QTEST(commandLine.versionRequested(), "version");
    QTEST(commandLine.demoRequested(), "demo");
}

void TestCommandLine::qtOptionsDoNotSpellShortOptions()
{
    // Read as compacted short options, -reverse holds a 'v' and -stylesheet an 'h'.
    CommandLine commandLine;
    commandLine.parse(programArguments({QStringLiteral("-reverse"), QStringLiteral("-stylesheet"),
                                        QStringLiteral("style.qss")}));
    QVERIFY(!commandLine.versionRequested());
    QVERIFY(!commandLine.helpRequested());
}

void TestCommandLine::helpListsTheDemoOption()
{
    CommandLine commandLine;
    commandLine.parse(programArguments({}));
    const QString help = commandLine.helpText();
    QVERIFY2(help.contains(QLatin1String("--demo")), qPrintable(help));
    QVERIFY2(help.contains(QLatin1String("--version")), qPrintable(help));
}

void TestCommandLine::readsTheLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("--lang zh_CN") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} << QStringLiteral("zh_CN");
    QTest::newRow("--lang=de") << QStringList{QStringLiteral("--lang=de")} << QStringLiteral("de");
    QTest::newRow("-platform xcb --lang de --demo")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("--lang"),
                           QStringLiteral("de"), QStringLiteral("--demo")}
            << QStringLiteral("de");
}

void TestCommandLine::readsTheLanguage()
{
    QFETCH(QStringList, arguments);
    CommandLine commandLine;
    commandLine.parse(programArguments(arguments));
    QTEST(commandLine.language(), "language");
}

void TestCommandLine::versionWorksWithoutDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--version") << QStringLiteral("--version");
    QTest::newRow("-v") << QStringLiteral("-v");
}

void TestCommandLine::versionWorksWithoutDisplay()
{
    QFETCH(QString, option);
    const AppRun run = runApp({option});
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);  // not the abort of a QApplication without display
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("Loopview " LOOPVIEW_VERSION "\n"));
    QCOMPARE(run.err, QString());
}

void TestCommandLine::helpWorksWithoutDisplay()
{
    const AppRun run = runApp({QStringLiteral("--help")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Usage: ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("--demo")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Start with the bundled demo data")), qPrintable(run.out));
    QCOMPARE(run.err, QString());
}

void TestCommandLine::helpIsTranslatedWithoutDisplay()
{
    // The catalogues are installed before the help is built, display or not.
    const AppRun run = runApp({QStringLiteral("--help")}, displaylessEnvironment(QStringLiteral("de_DE.UTF-8")));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Mit den mitgelieferten Demodaten starten")), qPrintable(run.out));
}

void TestCommandLine::languageOptionChoosesTheCatalogue()
{
    // --lang beats the system's language (German here) and a language chosen in Preferences.
    QTemporaryDir config;
    QProcessEnvironment env = displaylessEnvironment(QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const AppRun run = runApp({QStringLiteral("--lang"), QStringLiteral("zh-CN"), QStringLiteral("--help")}, env);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("以自带的演示数据启动")), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCommandLine::unknownLanguageIsWarnedAbout()
{
    QTemporaryDir config;
    QProcessEnvironment env = displaylessEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const AppRun run = runApp({QStringLiteral("--lang"), QStringLiteral("xx\x1b[31m"), QStringLiteral("--help")}, env);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Start with the bundled demo data")), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(QLatin1String("loopview: warning: there is no translation for --lang")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("de, en, zh_CN")), qPrintable(run.err));
    QVERIFY2(loopview::isPrintableText(run.err.trimmed()), qPrintable(run.err));
}

void TestCommandLine::savedLanguageChoosesTheCatalogue()
{
    // The language chosen in Preferences is used at the next start, whatever the system's.
    QTemporaryDir config;
    {
        QSettings settings(config.filePath(QStringLiteral("Loopview/Loopview.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/v1/language"), QStringLiteral("de"));
    }
    QProcessEnvironment env = displaylessEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const AppRun run = runApp({QStringLiteral("--help")}, env);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Mit den mitgelieferten Demodaten starten")), qPrintable(run.out));
}

void TestCommandLine::unknownOptionIsReportedOnceQtStarted()
{
    // With a platform (here offscreen) QApplication starts, takes -platform, and the rest is read
    // strictly: an unknown option is an error, not silently ignored.
    const AppRun run = runApp({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--no-such-option")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("no-such-option")), qPrintable(run.err));
}

void TestCommandLine::unknownOptionIsEchoedInert()
{
    // Issue 9 item 5: QCommandLineParser printed the unknown option as typed, so an argument could
    // retitle or recolour the terminal. The name is echoed printable and cut like any value.
    const QString hostile = QStringLiteral("--\x1b]0;pwned\x07\x1b[31m\u202e") + QString(200, QLatin1Char('x'));
    const AppRun run = runApp({QStringLiteral("-platform"), QStringLiteral("offscreen"), hostile});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    // (Qt may warn on other lines first, e.g. about XDG_RUNTIME_DIR; none of them echo arguments.)
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty() && lines.constLast().contains(QStringLiteral("]0;pwned")), qPrintable(run.err));
    for (const QString &line : lines)
        QVERIFY2(loopview::isPrintableText(line), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QString(loopview::printable::EchoLength + 1, QLatin1Char('x'))), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
