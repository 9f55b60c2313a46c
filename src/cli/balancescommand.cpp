#include "balancescommand.h"

#include "balancesoutput.h"
#include "console.h"
#include "exitcode.h"
#include "tokenlistloader.h"

#include "core/balanceexport.h"
#include "core/loopringjson.h"
#include "net/loopringclient.h"


namespace loopview::cli {

BalancesCommand::BalancesCommand(const CliOptions &options, const QString &apiKey, QObject *parent)
    : CliCommand(options, apiKey, parent)
{
}

void BalancesCommand::start()
{
    // Both requests at once: neither needs the other's answer, and the token list (megabytes on
    // mainnet) would otherwise hold the balances back by its whole transfer. The output waits for
    // both, so it and every error are what they were when the two ran one after the other.
    m_tokenLoader = new TokenListLoader(client(), tokenCache(), this);
    connect(m_tokenLoader, &TokenListLoader::finished, this, &BalancesCommand::onTokensLoaded);
    m_tokenLoader->start();

    m_balancesCall = client()->getBalances(*options().query);
    m_balancesCall->setParent(this);
    connect(m_balancesCall, &ApiCall::finished, this, &BalancesCommand::onBalancesFinished);
    if (m_balancesCall->isFinished())
        QMetaObject::invokeMethod(this, &BalancesCommand::onBalancesFinished, Qt::QueuedConnection);
}

void BalancesCommand::cancel()
{
    if (m_tokenLoader)
        m_tokenLoader->cancel();
    if (m_balancesCall && !m_balancesCall->isFinished())
        m_balancesCall->cancel();
}

void BalancesCommand::onTokensLoaded()
{
    const TokenListLoader *loader = m_tokenLoader;
    m_tokenLoader->deleteLater();
    m_tokenLoader = nullptr;
    m_tokensArrived = true;

    if (const std::optional<Error> &error = loader->error()) {
        if (error->kind == ErrorKind::Cancelled) {
            m_tokensCancelled = *error;
            finishWhenBothArrived();
            return;
        }
        // One unreachable endpoint must not hide the balances: show them unscaled instead.
        m_warnings << tr("could not load the token list (%1); amounts are shown in base units "
                         "with empty symbols")
                          .arg(describeError(*error));
    }
    m_warnings << loader->warnings();
    m_registry = TokenRegistry(loader->tokens());
    finishWhenBothArrived();
}

void BalancesCommand::onBalancesFinished()
{
    if (!m_balancesCall || m_balancesArrived)
        return;
    m_balancesArrived = true;
    finishWhenBothArrived();
}

void BalancesCommand::finishWhenBothArrived()
{
    if (!m_tokensArrived || !m_balancesArrived)
        return;
    // An interrupt while the token list was loading ends the command as it did before the
    // balances were asked for at the same time.
    if (m_tokensCancelled) {
        fail(*m_tokensCancelled);
        return;
    }
    ApiCall *call = m_balancesCall;
    m_balancesCall = nullptr;
    call->deleteLater();

    if (!call->succeeded()) {
        fail(call->error());
        return;
    }
    Result<QList<Balance>> balances = json::parseBalances(call->body(), options().query->accountId());
    if (!balances) {
        fail(balances.error());
        return;
    }

    // Printed only now: when the balances fail too, their error is the one line that matters.
    for (const QString &warning : std::as_const(m_warnings))
        Console::warning(warning);

    const AmountUnit unit = options().raw ? AmountUnit::BaseUnits : AmountUnit::TokenUnits;
    const QList<BalanceRecord> records = makeBalanceRecords(balances.value(), m_registry, unit);
    succeed(renderBalances(records, options().format));
}

} // namespace loopview::cli
