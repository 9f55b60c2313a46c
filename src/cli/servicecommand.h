// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "cliarguments.h"
#include "command.h"
#include "outputtarget.h"

#include "core/error.h"
#include "core/service.h"

#include <QObject>

#include <memory>

namespace loopview {
class LoopringClient;
class TokenCache;
} // namespace loopview

namespace loopview::cli {

// What the commands that ask the service (balances, nfts, tokens) share: a LoopringClient and the
// endpoint its requests go to, the token cache, an event loop that Ctrl+C interrupts, and the one
// way such a command ends, with its output written (or one error line on stderr) and an exit status.
class ServiceCommand : public QObject, public Command
{
    Q_OBJECT
public:
    ~ServiceCommand() override;

    // Runs start() on an event loop until the command has finished; Ctrl+C calls cancel().
    int execute() override;

protected:
    ServiceCommand(const CliOptions &options, QObject *parent);

    // Starts the work; called from the running event loop. It ends with succeed() or fail().
    virtual void start() = 0;
    // Ctrl+C: cancels the request in flight; the command then ends with ExitInterrupted.
    virtual void cancel() = 0;

    const CliOptions &options() const { return m_options; }
    LoopringClient *client() const { return m_client; }
    // Where this command's requests go, with the key when it has one.
    const ServiceEndpoint &endpoint() const { return m_endpoint; }
    // Before execute() starts the work: a bookmark names its own service and key.
    void setEndpoint(const ServiceEndpoint &endpoint) { m_endpoint = endpoint; }
    // Null in demo mode, whose sample tokens must not replace a real service's cached list.
    TokenCache *tokenCache() const { return m_tokenCache.get(); }

    // Writes the finished output (stdout or --output) and ends with ExitOk, or ExitOutput when
    // the bytes cannot be written.
    void succeed(const QByteArray &output);
    // The same for output made in blocks as it is written (see OutputTarget).
    void succeed(const BlockWriter &writeOutput);
    // Prints "loopview-cli: <reason>" and ends with the error's exit status.
    void fail(const Error &error);

signals:
    // Emitted exactly once, always from the event loop.
    void finished(int exitCode);

private:
    void finish(int exitCode);

    CliOptions m_options;
    LoopringClient *m_client;
    ServiceEndpoint m_endpoint;
    std::unique_ptr<TokenCache> m_tokenCache;
    bool m_finished = false;
};

} // namespace loopview::cli
