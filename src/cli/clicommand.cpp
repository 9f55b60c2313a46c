#include "clicommand.h"

#include "console.h"
#include "exitcode.h"

#include "core/tokencache.h"
#include "net/loopringclient.h"

#include <QDir>
#include <QStandardPaths>

namespace loopview::cli {

CliCommand::CliCommand(const CliOptions &options, const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new LoopringClient(this))
{
    // Already validated by CliArguments; setBaseUrl checks again and cannot disagree.
    m_client->setBaseUrl(options.baseUrl);
    m_client->setTimeout(options.timeout);
    m_client->setDemoMode(options.demo);
    if (!apiKey.isEmpty())
        m_client->setApiKey(apiKey);
    if (!options.demo)
        m_tokenCache = std::make_unique<TokenCache>();
}

CliCommand::~CliCommand() = default;

void CliCommand::succeed(const QByteArray &output)
{
    if (m_finished)
        return;
    if (const std::optional<Error> error = OutputTarget(m_options.outputPath).write(output)) {
        fail(*error);
        return;
    }
    finish(ExitOk);
}

void CliCommand::fail(const Error &error)
{
    if (m_finished)
        return;
    Console::error(describeError(error));
    finish(exitCodeFor(error.kind));
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued so that a command finishing inside start() still reaches a running event loop.
    QMetaObject::invokeMethod(
        this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}

} // namespace loopview::cli
