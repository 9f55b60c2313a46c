// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

class QCoreApplication;

namespace loopview {

// The desktop app's command line: --demo, --lang, --help, --version, and Qt's own options (-platform,
// -style, -reverse, …), which QApplication takes out of the arguments when it starts.
//
// It is read twice. parse() runs before QApplication exists, only to answer --help and
// --version: those must work in a terminal without a display (over ssh, in a script, in a
// package check), where QApplication aborts. Qt's options are still among the arguments then, so
// parse() does not judge unknown options. process() reads the arguments QApplication left and
// reports anything unknown, as QCommandLineParser::process() does.
class CommandLine
{
public:
    CommandLine();

    void parse(const QStringList &arguments);
    void process(const QCoreApplication &app);

    bool helpRequested() const;
    bool versionRequested() const;
    bool demoRequested() const;
    // The language --lang asked for, as given ("zh_CN"); empty without --lang.
    QString language() const;

    // The help in the language of the installed translators; needs a QCoreApplication (the
    // usage line names the program as it was started).
    QString helpText() const;
    // "Loopview 0.1.0", the line --version prints.
    static QString versionText();

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_demo;
    QCommandLineOption m_language;
};

} // namespace loopview
