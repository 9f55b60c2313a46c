// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "servicecommand.h"

#include "exitcode.h"
#include "interruptwatcher.h"

#include "core/outputfile.h"
#include "core/tokencache.h"
#include "net/loopringclient.h"

#include <QEventLoop>

namespace loopview::cli {

ServiceCommand::ServiceCommand(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new LoopringClient(this))
    // Without a key: a command that sends one (balances) resolves it in execute().
    , m_endpoint{options.baseUrl, options.timeout, QString(), options.demo}
{
    if (!options.demo)
        m_tokenCache = std::make_unique<TokenCache>();
}

ServiceCommand::~ServiceCommand() = default;

int ServiceCommand::execute()
{
    QEventLoop loop;
    int exitCode = ExitOk;
    InterruptWatcher interrupts;
    connect(&interrupts, &InterruptWatcher::interrupted, this, &ServiceCommand::cancel);
    connect(this, &ServiceCommand::finished, &loop, [&loop, &exitCode](int code) {
        exitCode = code;
        loop.quit();
    });
    QMetaObject::invokeMethod(this, &ServiceCommand::start, Qt::QueuedConnection);
    loop.exec();
    return exitCode;
}

void ServiceCommand::succeed(const QByteArray &output)
{
    succeed([&output](QIODevice *device) { return writeFully(device, output); });
}

void ServiceCommand::succeed(const BlockWriter &writeOutput)
{
    if (m_finished)
        return;
    if (const std::optional<Error> error = OutputTarget(m_options.outputPath).write(writeOutput)) {
        fail(*error);
        return;
    }
    finish(ExitOk);
}

void ServiceCommand::fail(const Error &error)
{
    if (m_finished)
        return;
    reportError(error);
    finish(exitCodeFor(error.kind));
}

void ServiceCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued so that a command finishing inside start() still reaches a running event loop.
    QMetaObject::invokeMethod(
        this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}

} // namespace loopview::cli
