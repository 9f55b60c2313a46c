// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "commandline.h"

#include "uilanguage.h"

#include "core/printabletext.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::CommandLine)
};

} // namespace

CommandLine::CommandLine()
    : m_help(m_parser.addHelpOption()),
      m_version(m_parser.addVersionOption()),
      m_demo(QStringLiteral("demo"),
             Text::tr("Start with the bundled demo data (no network, no API key).")),
      m_language(QStringLiteral("lang"),
                 //: %1 lists the language codes, e.g. "de, en, zh_CN"
                 Text::tr("Show Loopview in this language (%1) instead of the system's "
                          "or the one chosen in Preferences.")
                     .arg(uilanguage::codeList()),
                 //: The value of --lang in the help: --lang <language>
                 Text::tr("language"))
{
    m_parser.setApplicationDescription(
        Text::tr("Native desktop viewer for Loopring layer-2 balances"));
    m_parser.addOption(m_demo);
    m_parser.addOption(m_language);
    // Qt's own options are single-dash words (-platform, -reverse, -stylesheet). Read as
    // compacted short options they would spell -v or -h: "-reverse" would ask for the version.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void CommandLine::parse(const QStringList &arguments)
{
    // The result only says whether unknown options were seen; before QApplication has taken its
    // own out, that is expected. The options this parser knows are recorded either way.
    (void)m_parser.parse(arguments);
}

void CommandLine::process(const QCoreApplication &app)
{
    // Not QCommandLineParser::process(): it would print an unknown option as typed, terminal
    // escapes and all. The same line, with the option echoed printable, and the same exit status.
    if (!m_parser.parse(app.arguments())) {
        const QString line = QCoreApplication::applicationName() + QLatin1String(": ")
            + commandLineError(m_parser) + QLatin1Char('\n');
        std::fputs(line.toLocal8Bit().constData(), stderr);
        std::exit(EXIT_FAILURE);
    }
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(m_help);
}

bool CommandLine::versionRequested() const
{
    return m_parser.isSet(m_version);
}

bool CommandLine::demoRequested() const
{
    return m_parser.isSet(m_demo);
}

QString CommandLine::language() const
{
    return m_parser.value(m_language);
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::versionText()
{
    return QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
}

} // namespace loopview
