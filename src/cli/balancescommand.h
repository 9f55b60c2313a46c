#pragma once

#include "clicommand.h"

#include "core/token.h"

#include <QPointer>

namespace loopview {
class ApiCall;
} // namespace loopview

namespace loopview::cli {

class TokenListLoader;

// `loopview-cli balances`: token list (service, else cache, else none) → balances → parser →
// one record per row in the service's order → the chosen format on stdout or --output.
class BalancesCommand : public CliCommand
{
    Q_OBJECT
public:
    BalancesCommand(const CliOptions &options, const QString &apiKey, QObject *parent = nullptr);

    void start() override;

public slots:
    void cancel() override;

private:
    void onTokensLoaded();
    void onBalancesFinished();

    TokenListLoader *m_tokenLoader = nullptr;
    QPointer<ApiCall> m_balancesCall;
    TokenRegistry m_registry;
    QStringList m_warnings;  // about the token list, printed once the balances are in
};

} // namespace loopview::cli
