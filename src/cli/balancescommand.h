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
    // What one run asks for: the query, and the service it goes to with the key.
    struct Request {
        BalanceQuery query;
        ServiceEndpoint endpoint;
    };
    // The query typed out on the command line, to the service the options name.
    Result<Request> typedRequest() const;
    // `--bookmark LABEL`: the bookmark's query (with --tokens instead of its filter when given) and
    // its service.
    Result<Request> bookmarkRequest() const;
    // The request with its key, unless --demo: the bookmark's from the keyring (when there is one
    // and --api-key-file does not name another), else --api-key-file or LOOPVIEW_API_KEY.
    Result<Request> withApiKey(Request request, const Bookmark *bookmark) const;
    Result<QString> keyringKey(const Bookmark &bookmark) const;

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
