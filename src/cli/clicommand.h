#pragma once

#include "cliarguments.h"
#include "outputtarget.h"

#include "core/error.h"

#include <QObject>

namespace loopview {
class LoopringClient;
class TokenCache;
} // namespace loopview

namespace loopview::cli {

// What the balances and tokens commands share: a configured LoopringClient, the token cache, and
// the one way a command ends, with its output written (or one error line on stderr) and an exit
// status. finished() is emitted exactly once, always from the event loop.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    ~CliCommand() override;

    // Starts the work; call it from the running event loop.
    virtual void start() = 0;

public slots:
    // Ctrl+C: cancels the request in flight; the command then ends with ExitInterrupted.
    virtual void cancel() = 0;

signals:
    void finished(int exitCode);

protected:
    CliCommand(const CliOptions &options, const QString &apiKey, QObject *parent);

    const CliOptions &options() const { return m_options; }
    LoopringClient *client() const { return m_client; }
    // Null in demo mode, whose sample tokens must not replace a real service's cached list.
    TokenCache *tokenCache() const { return m_tokenCache.get(); }

    // Writes the finished output (stdout or --output) and ends with ExitOk, or ExitOutput when
    // the bytes cannot be written.
    void succeed(const QByteArray &output);
    // Prints "loopview-cli: <reason>" and ends with the error's exit status.
    void fail(const Error &error);

private:
    void finish(int exitCode);

    CliOptions m_options;
    LoopringClient *m_client;
    std::unique_ptr<TokenCache> m_tokenCache;
    bool m_finished = false;
};

} // namespace loopview::cli
