// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "gui/fetchcontroller.h"
#include "gui/whosedata.h"

#include "core/error.h"
#include "core/nft.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <optional>

namespace loopview {

class LoopringClient;
class NftListFetch;

// One account's NFT list as fetched: whose it is, from where and when.
struct NftSnapshot {
    QList<NftBalance> nfts;
    QUrl baseUrl;
    QString accountText;  // as queried: the id or the checksummed address
    qint64 accountId = 0; // the account the pages were asked for
    QDateTime fetchedAt;  // UTC
    bool demo = false;

    // The question the list answers: the balances' without a token filter (NFTs have none).
    BalancesQuestion question() const { return {baseUrl, accountText, QString(), demo}; }
    // The account id the service resolved the queried address to; nullopt for a queried id.
    std::optional<qint64> resolvedAccountId() const;
    // The NFT question a balances request asks (its token filter does not apply to NFTs).
    static BalancesQuestion questionOf(const FetchRequest &request);
};

// The window's NFTs without the widgets, as BalancesSession is for the token balances: the list on
// screen and whose it is, whether it is stale (the last refresh of the same account failed, the
// list stays) or another account's (WhoseData, the balances' rules), or the demo's, what the
// running fetch is doing ("page 2 of 3"), and the sentences that say so. It runs
// one NftListFetch at a time on the window's LoopringClient, for the query the balances answer.
class NftSession : public QObject
{
    Q_OBJECT
public:
    explicit NftSession(LoopringClient *client, QObject *parent = nullptr);
    ~NftSession() override;

    // Tests: no pacing between pages (NftListFetch::setRequestsPerSecond).
    void setRequestsPerSecond(double requestsPerSecond) { m_requestsPerSecond = requestsPerSecond; }

    const std::optional<NftSnapshot> &snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_snapshot.has_value(); }
    // The list is shown but the last refresh of the same account failed: it is older than it looks.
    bool isStale() const { return m_whose.isStale(); }
    // The question of the latest fetch, running or finished; nullopt before the first one.
    const std::optional<BalancesQuestion> &askedQuestion() const { return m_whose.askedQuestion(); }
    // The list shown is another account's (or service's) than the latest fetch asked for, which is
    // still loading, failed or was cancelled.
    bool showsAnotherQuestion() const { return m_whose.showsAnotherQuestion(); }
    bool isDemo() const { return m_snapshot.has_value() && m_snapshot->demo; }
    bool isBusy() const { return !m_fetch.isNull(); }
    // Of the running fetch: pages received, and the pages the list takes (-1 until the first came).
    int pagesReceived() const { return m_pagesReceived; }
    int expectedPages() const { return m_expectedPages; }
    // "Loading NFTs…", then "Loading NFTs: page 2 of 3…"; empty when idle.
    QString busyText() const;

    // What the NFT view's status line says: what is loading, whose NFTs are shown, how many of them
    // the filter lets through and how old they are; after a failure with nothing shown, what failed.
    QString statusText(int shownRows, int totalRows, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QString statusToolTip() const;
    // Whose NFTs are on screen: "NFTs of account 20533 on api3.loopring.io"; empty for none.
    QString shownText() const;
    // When the list shown is not the answer to the latest fetch: "Showing account A on host:
    // account B on host could not be fetched" (or loads, or was cancelled); nullopt when it is.
    std::optional<QString> otherQuestionNotice() const;

public slots:
    // Fetches the NFTs of the request's account (validated as the balances are) from its service,
    // with its key, abandoning a fetch still running. The shown list stays until the answer.
    // `timeout` is per request, as for the balances.
    void fetch(const loopview::FetchRequest &request, std::chrono::milliseconds timeout = DefaultRequestTimeout);
    // The bundled demo NFTs, through the same fetch, parser and model. `baseUrl` is the service
    // the demo stands in for, as for BalancesSession::startDemo().
    void startDemo(const QUrl &baseUrl);
    void cancel();
    // Clears the shown list if it is the demo's (cancelling a demo fetch); true if it did.
    bool leaveDemo();

signals:
    void busyChanged(bool busy);
    void snapshotChanged(const loopview::NftSnapshot &snapshot);
    void snapshotCleared();
    // `message` is the sentence for people (errortext::describe). The list, if any, stays: stale
    // when it is the same account's, otherwise otherQuestionNotice() says whose it is.
    void failed(const loopview::Error &error, const QString &message);
    void cancelled();
    // A page waits for a retry (rate limit, brief outage): `message` says so and for how long.
    void retrying(const QString &message);
    void statusChanged();

private:
    void onFetchFinished();
    void fail(const Error &error);
    void abandonFetch();
    // The shown list's account in words ("account 20533 on api3.loopring.io"); empty for none.
    QString describeShown() const;

    QPointer<LoopringClient> m_client;
    double m_requestsPerSecond;
    QPointer<NftListFetch> m_fetch;
    FetchRequest m_request;  // the running fetch's, without its key
    std::chrono::milliseconds m_timeout = DefaultRequestTimeout;
    int m_pagesReceived = 0;
    int m_expectedPages = -1;

    std::optional<NftSnapshot> m_snapshot;
    // Which question the list answers, the latest fetch's and how it ended: the balances' rules.
    WhoseData m_whose;
    QTimer m_ageTimer;  // keeps "updated 2 min ago" true
};

} // namespace loopview

Q_DECLARE_METATYPE(loopview::NftSnapshot)
