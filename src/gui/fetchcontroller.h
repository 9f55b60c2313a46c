// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/balance.h"
#include "core/balancequery.h"
#include "core/error.h"
#include "core/price.h"
#include "core/service.h"
#include "core/token.h"
#include "core/tokenfilter.h"
#include "core/tokencache.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

namespace loopview {

class ApiCall;
class LoopringClient;

// What the input form asks for. The key travels with the request to the client's balances call
// and, once the service has accepted it, to keyAccepted(); nothing keeps it after that.
struct FetchRequest {
    QUrl baseUrl;
    QString accountText;      // account id or 0x address, validated by the controller
    QString tokenFilterText;  // "0,1" or "ETH, LRC"; empty = all tokens
    QString apiKey;
    // The fiat currency to price the balances in ("USD", as parseCurrencyCode() gives it); empty
    // asks for no prices.
    QString currency;
    bool demo = false;        // answered by the bundled demo service, no network
};

// Which question a fetch asks: the service, the account and the token filter (the key does not
// change the answer). The window compares the question on screen with the one asked last, so it
// never shows one account's balances as another's.
struct BalancesQuestion {
    QUrl baseUrl;
    QString accountText;      // the id, or the checksummed address when the text is one
    QString tokenFilterText;  // as typed, trimmed; empty = all tokens
    bool demo = false;

    static BalancesQuestion of(const FetchRequest &request);
    // No token filter: the answer is the account, not a part of it (what a filter leaves out did
    // not vanish, and only a whole account is a snapshot of it).
    bool asksForWholeAccount() const { return tokenFilterText.isEmpty(); }
    // The request that asks this question again, with `apiKey` (a demo question needs none).
    FetchRequest request(const QString &apiKey) const;
    bool operator==(const BalancesQuestion &other) const;
    bool operator!=(const BalancesQuestion &other) const { return !(*this == other); }
};

// Where the token list used for a snapshot came from.
enum class TokenSource {
    Fresh,    // fetched just now
    Session,  // fetched earlier in this session for the same base URL
    Cache,    // the token endpoint failed; the on-disk cache was used
    None,     // the token endpoint failed and nothing was cached: amounts are base units
};

// One successful fetch: everything the window needs to render it.
struct BalanceSnapshot {
    QList<Balance> balances;
    TokenRegistry tokens;
    QUrl baseUrl;
    QString accountText;   // as queried: the id or the checksummed address
    QString tokenFilterText;  // as asked, trimmed; empty = all tokens
    QDateTime fetchedAt;   // UTC
    bool demo = false;
    TokenSource tokenSource = TokenSource::Fresh;
    QDateTime tokensFetchedAt;  // for TokenSource::Cache
    std::optional<Error> tokenError;  // why the token list was not fresh (Cache / None)
    // The prices in the request's currency, from the same service (without the key); nullopt
    // when none were asked for, there were no balances to price, or they could not be loaded.
    std::optional<PriceTable> prices;
    QString currency;                 // the request's, even when the prices failed
    std::optional<Error> priceError;  // why the prices could not be loaded

    BalancesQuestion question() const { return {baseUrl, accountText, tokenFilterText, demo}; }
    // The account id the rows belong to when the query named an address (the service resolved
    // it); nullopt for a query by id or when there are no rows to tell.
    std::optional<qint64> resolvedAccountId() const;
};

// Runs one fetch at a time: the token list (once per base URL and session, falling back to the
// on-disk TokenCache when the endpoint fails), then the balances, then (when the request names a
// currency) their prices, each parsed by the same strict parsers the CLI uses. Prices are extra:
// when they fail the balances are still the answer, with the reason in priceError. The window only renders the phases and outcomes this class reports.
class FetchController : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, LoadingTokens, LoadingBalances, LoadingPrices };
    Q_ENUM(Phase)

    explicit FetchController(QObject *parent = nullptr);
    ~FetchController() override;

    LoopringClient *client() const { return m_client; }
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Empty = the TokenCache default (QStandardPaths::CacheLocation).
    void setTokenCacheDirectory(const QString &directory);
    // The on-disk token lists, shared with the portfolio refresh so both fall back alike.
    TokenCache *tokenCache() { return &m_tokenCache; }

    Phase phase() const { return m_phase; }
    // The service of the latest fetch (running or finished): names the host in error messages.
    QUrl requestedBaseUrl() const { return m_request.baseUrl; }
    bool isBusy() const { return m_phase != Phase::Idle; }

    // The token list known for a base URL without asking the network: this session's, else the
    // on-disk cache (however old), else empty. Used for symbol completion before a fetch.
    TokenRegistry knownTokens(const QUrl &baseUrl) const;

public slots:
    // Starts a fetch, abandoning (without a cancelled() signal) any fetch still running.
    void fetch(const loopview::FetchRequest &request);
    // Cancels the running fetch; cancelled() follows. Does nothing when idle.
    void cancel();

signals:
    void phaseChanged(loopview::FetchController::Phase phase);
    void busyChanged(bool busy);
    void retrying(int attempt, int delayMs, int httpStatus, const QString &reason);
    void tokensChanged(const QUrl &baseUrl, const loopview::TokenRegistry &tokens);
    // The service answered a real (not demo) request sent with `apiKey`: the remembered-key policy
    // may keep it. Emitted just before succeeded().
    void keyAccepted(const QUrl &baseUrl, const QString &accountText, const QString &apiKey);
    void succeeded(const loopview::BalanceSnapshot &snapshot);
    void failed(const loopview::Error &error);
    void cancelled();

private:
    void setPhase(Phase phase);
    void startTokens();
    void onTokensFinished(ApiCall *call);
    void startBalances();
    // `askedAccountId` travels with the call: rows of another account are refused.
    void onBalancesFinished(ApiCall *call, std::optional<qint64> askedAccountId);
    void startPrices();
    void onPricesFinished(ApiCall *call);
    void succeed();
    void watch(ApiCall *call, std::function<void(ApiCall *)> handler);
    void abandonCall();
    void finishWithError(const Error &error);

    LoopringClient *m_client;
    TokenCache m_tokenCache;
    std::chrono::milliseconds m_timeout;
    QHash<QString, TokenRegistry> m_sessionTokens;  // normalised base URL → this session's list

    Phase m_phase = Phase::Idle;
    QPointer<ApiCall> m_call;
    FetchRequest m_request;      // the running fetch's, until it ends
    ServiceEndpoint m_endpoint;  // where the running fetch's calls go, with its key
    BalanceQuery m_query;        // the running fetch's account, parsed once
    TokenFilter m_tokenFilter;   // and its token filter, resolved once the token list is known
    BalanceSnapshot m_snapshot;  // filled as the phases complete
};

} // namespace loopview

Q_DECLARE_METATYPE(loopview::FetchRequest)
Q_DECLARE_METATYPE(loopview::BalanceSnapshot)
