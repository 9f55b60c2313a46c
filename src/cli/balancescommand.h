#pragma once

#include "clicommand.h"

#include "core/balance.h"
#include "core/price.h"
#include "core/token.h"

#include <QPointer>

namespace loopview {
class ApiCall;
} // namespace loopview

namespace loopview::cli {

class TokenListLoader;

// `loopview-cli balances`: the token list (service, else cache, else none) and the balances,
// fetched at the same time → parser → with --currency the prices (a failure is a warning, the
// columns stay empty) → one record per row in the service's order → the chosen format on stdout
// or --output.
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
    // Once both have arrived: the prices next, or the output, or the one error that matters.
    void finishWhenBothArrived();
    void onPricesFinished();
    // Prints the warnings and the balances: the end of every successful run.
    void printBalances(const std::optional<PriceTable> &prices);

    TokenListLoader *m_tokenLoader = nullptr;
    QPointer<ApiCall> m_balancesCall;
    QPointer<ApiCall> m_pricesCall;
    bool m_tokensArrived = false;
    bool m_balancesArrived = false;
    TokenRegistry m_registry;
    std::optional<Error> m_tokensCancelled;
    QList<Balance> m_balances;
    QStringList m_warnings;  // about the token list, printed once the balances are in
};

} // namespace loopview::cli
