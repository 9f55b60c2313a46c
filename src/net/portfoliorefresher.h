// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/bookmark.h"
#include "core/error.h"
#include "core/portfolio.h"
#include "core/price.h"
#include "core/service.h"
#include "core/token.h"
#include "net/requestpacer.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

namespace loopview {

class ApiCall;
class LoopringClient;
class NftListFetch;
class TokenCache;

// "Refresh all": fetches the balances of every bookmark with a bounded number of requests in
// flight and a client-side rate limit, reporting each bookmark's progress as it goes. A failing
// account does not stop the others. The token list of each service is fetched once per refresh
// (unless supplied) so the portfolio can show symbols and scale amounts, and so are its prices
// when the refresh names a currency.
class PortfolioRefresher : public QObject
{
    Q_OBJECT
public:
    enum class Status { Queued, Running, Done, Failed, Cancelled };
    Q_ENUM(Status)

    static constexpr int DefaultMaxInFlight = 2;
    static constexpr double DefaultRequestsPerSecond = 5.0;

    // Resolves a bookmark's API key asynchronously (e.g. from the keyring); call `deliver` once,
    // with an empty string when the bookmark has no key of its own.
    using KeyProvider =
        std::function<void(const Bookmark &bookmark, std::function<void(const QString &key)> deliver)>;

    explicit PortfolioRefresher(QObject *parent = nullptr);
    ~PortfolioRefresher() override;

    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    void setRequestsPerSecond(double requestsPerSecond);
    RequestPacer &pacer() { return m_pacer; }

    void setKeyProvider(KeyProvider provider) { m_keyProvider = std::move(provider); }
    // How long each attempt of a request may take (DefaultRequestTimeout unless set).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // The client every request goes through (tests shorten its retry delays).
    LoopringClient *client() const { return m_client; }
    // The token cache the window uses (FetchController::tokenCache()): a fresh list is stored in
    // it, and a service whose list cannot be fetched falls back to its cached copy, however old.
    // Null (the default) neither reads nor writes any file.
    void setTokenCache(TokenCache *cache) { m_tokenCache = cache; }

    // Starts a refresh of `bookmarks` (replacing any previous results). A refresh already running
    // is cancelled first. `defaultApiKey` (the key typed for this session) is sent for bookmarks
    // without a key of their own; it is kept only while this refresh runs. `currency` (a code as
    // parseCurrencyCode() gives it) asks each service for its prices too; empty asks for none.
    void start(const QList<Bookmark> &bookmarks, const QString &defaultApiKey = QString(),
               const QString &currency = QString());
    void cancel();
    bool isRunning() const { return m_running; }

    // Per bookmark, valid from start() on.
    Status status(const QString &bookmarkId) const;
    std::optional<Error> error(const QString &bookmarkId) const;
    QList<Balance> balances(const QString &bookmarkId) const;
    // How many NFTs the account holds, counted after its balances arrived (one request of one
    // NFT: the service's totalNum); nullopt until then, or when the count failed (nftError()).
    // A failed count never fails the bookmark: its balances are good.
    std::optional<qint64> nftCount(const QString &bookmarkId) const;
    std::optional<Error> nftError(const QString &bookmarkId) const;

    int totalCount() const { return int(m_order.size()); }
    int finishedCount() const;  // done + failed + cancelled

    // The accounts fetched so far, summed per token.
    Portfolio portfolio() const;
    // The token list used for a service (empty when it could not be fetched).
    TokenRegistry tokens(const QUrl &baseUrl) const;
    // The prices each service gave this refresh, by serviceKey(); a service whose prices failed
    // (or a refresh without a currency) has none.
    QHash<QString, PriceTable> prices() const { return m_prices; }

signals:
    void statusChanged(const QString &bookmarkId, loopview::PortfolioRefresher::Status status);
    void bookmarkFailed(const QString &bookmarkId, const loopview::Error &error);
    // The NFT count of a bookmark arrived or failed (nftCount(), nftError()).
    void nftCountChanged(const QString &bookmarkId);
    void progressChanged(int finished, int total);
    // The token list of a service could not be fetched and none is cached: balances are shown
    // with token ids.
    void tokensFailed(const QUrl &baseUrl, const loopview::Error &error);
    // The prices of a service could not be fetched: its values stay empty.
    void pricesFailed(const QUrl &baseUrl, const loopview::Error &error);
    // Every bookmark is done, failed or cancelled.
    void finished();

private:
    struct Entry {
        Bookmark bookmark;
        Status status = Status::Queued;
        std::optional<Error> error;
        QList<Balance> balances;
        QPointer<ApiCall> call;
        std::optional<qint64> nftCount;
        std::optional<Error> nftError;
        QPointer<NftListFetch> nftFetch;
    };
    struct Job {
        enum class Kind { Tokens, Prices, Balances } kind = Kind::Balances;
        QString bookmarkId;  // Balances
        QString serviceKey;  // Tokens, Prices
    };

    ServiceEndpoint endpointFor(const QUrl &baseUrl, const QString &apiKey) const;
    void pump();
    void runJob(const Job &job, quint64 generation);
    void startBalances(const QString &bookmarkId, const QString &key, quint64 generation);
    void startTokens(const QString &serviceKey, quint64 generation);
    // After the balances: the account's NFT count, with the same key; ends the bookmark's job.
    void countNfts(const QString &bookmarkId, const QString &key, quint64 generation);
    void startPrices(const QString &serviceKey, quint64 generation);
    void jobDone(quint64 generation);
    void setStatus(Entry &entry, Status status);
    void finishEntry(Entry &entry, std::optional<Error> error);
    void checkFinished();

    int m_maxInFlight = DefaultMaxInFlight;
    RequestPacer m_pacer;
    KeyProvider m_keyProvider;
    std::chrono::milliseconds m_timeout = DefaultRequestTimeout;
    QString m_defaultApiKey;  // the running refresh's
    QString m_currency;       // the running refresh's; empty = no prices

    LoopringClient *m_client;
    QHash<QString, QUrl> m_serviceUrls;
    QHash<QString, TokenRegistry> m_tokens;  // fetched or cached, by service key
    TokenCache *m_tokenCache = nullptr;
    QHash<QString, PriceTable> m_prices;     // by service key
    QList<QPointer<ApiCall>> m_serviceCalls;  // token list and price calls, cancelled with the refresh

    QStringList m_order;  // bookmark ids in the order given
    QHash<QString, Entry> m_entries;
    QQueue<Job> m_queue;
    int m_inFlight = 0;
    bool m_running = false;
    quint64 m_generation = 0;  // late callbacks from a cancelled refresh are ignored
};

} // namespace loopview
