// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "servicecommand.h"

#include "core/balance.h"
#include "core/balancequery.h"
#include "core/price.h"
#include "core/token.h"

#include <QPointer>

namespace loopview {
class ApiCall;
struct Bookmark;
} // namespace loopview

namespace loopview::cli {

class TokenListLoader;

// `loopview-cli balances`: the query (typed out, or a bookmark's through Bookmark::toQuery()) and
// the API key → the token list (service, else cache, else none) and the balances, fetched at the
// same time → parser → with --currency the prices (a failure is a warning, the columns stay empty)
// → one record per row in the service's order → the chosen format on stdout or --output.
class BalancesCommand : public ServiceCommand
{
    Q_OBJECT
public:
    BalancesCommand(const CliOptions &options, const CommandContext &context, QObject *parent = nullptr);

    // Resolves the bookmark and the key first: their errors end the command before any request.
    int execute() override;

protected:
    void start() override;
    void cancel() override;

private:
    // `--bookmark LABEL`: the bookmark's query (with --tokens instead of its filter when given), its
    // service and its key from the keyring, unless --api-key-file or --demo makes the key someone
    // else's.
    Result<BalanceQuery> bookmarkQuery(QUrl *baseUrl, QString *keyringKey) const;
    Result<QString> keyringKey(const Bookmark &bookmark) const;
    // The key for a query that is not --demo: the bookmark's, else --api-key-file or
    // LOOPVIEW_API_KEY.
    Result<QString> apiKey(const QString &keyringKey) const;

    void onTokensLoaded();
    void onBalancesFinished();
    // Once both have arrived: the prices next, or the output, or the one error that matters.
    void finishWhenBothArrived();
    void onPricesFinished();
    // Prints the warnings and the balances: the end of every successful run.
    void printBalances(const std::optional<PriceTable> &prices);

    CommandContext m_context;
    BalanceQuery m_query;
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
