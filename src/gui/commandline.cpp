#include "commandline.h"

#include <QCoreApplication>

namespace loopview {

namespace {

// The context "main" is the one these strings had when main() declared the options; the
// catalogues keep their translations under it.
QString translate(const char *text)
{
    return QCoreApplication::translate("main", text);
}

} // namespace

CommandLine::CommandLine()
    : m_help(m_parser.addHelpOption()),
      m_version(m_parser.addVersionOption()),
      m_demo(QStringLiteral("demo"),
             translate("Start with the bundled demo data (no network, no API key)."))
{
    m_parser.setApplicationDescription(translate("Native desktop viewer for Loopring layer-2 balances"));
    m_parser.addOption(m_demo);
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
    m_parser.process(app);
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

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::versionText()
{
    return QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
}

} // namespace loopview
