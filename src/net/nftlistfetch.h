// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/address.h"
#include "core/error.h"
#include "core/nft.h"
#include "core/nftpaging.h"
#include "core/service.h"
#include "net/requestpacer.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>
#include <variant>

namespace loopview {

class ApiCall;
class LoopringClient;

// Reads an account's whole NFT list: one LoopringClient::getNftPage() call after the other, each
// page checked and added by NftPaging, until the service's totalNum NFTs have arrived. Pages go
// out one at a time and at most RequestsPerSecond start in any second (the service documents
// about 5 requests a second and answers 429 beyond), with the client's transport, limits, retries
// and error mapping on each. The first failing page ends the fetch with its error: a list missing
// pages is never passed off as the account's NFTs. The endpoint is asked by account id only: an
// account given by its L1 address is first looked up with getAccount() (no key sent).
//
// One object per fetch, like ApiCall: finished() is emitted exactly once, never from inside
// start(), on success, on the first error, or on cancel() (with a Cancelled error). The endpoint,
// with its API key, belongs to this fetch and is dropped when it finishes.
class NftListFetch : public QObject
{
    Q_OBJECT
public:
    static constexpr double DefaultRequestsPerSecond = 5.0;

    using Account = std::variant<qint64, Address>;  // as in BalanceQuery

    NftListFetch(LoopringClient *client, Account account, ServiceEndpoint endpoint, QObject *parent = nullptr);
    ~NftListFetch() override;

    // Before start(): smaller pages than the service's 50 (tests of the paging) and the pace
    // (<= 0: none, for tests).
    void setPageSize(int pageSize);
    void setRequestsPerSecond(double requestsPerSecond);

    // Reads the first page only, of one NFT: enough for totalCount(), the size of the whole list
    // (the portfolio counts each account's NFTs this way). Before start().
    void setCountOnly(bool countOnly);

    // Asks for the first page. Once; later calls do nothing.
    void start();

    const Account &account() const { return m_account; }
    // The account id the pages are asked for; nullopt while an address is being looked up.
    std::optional<qint64> accountId() const;
    int pagesReceived() const { return m_paging ? m_paging->pagesReceived() : 0; }
    // -1 until the first page said how long the list is.
    int expectedPages() const { return m_paging ? m_paging->expectedPages() : -1; }
    // How many NFTs the whole list has (the service's totalNum); -1 until the first page came.
    qint64 totalCount() const { return m_paging ? m_paging->expectedCount() : -1; }

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    // Only meaningful when finished and not succeeded(); otherwise a placeholder Input error.
    const Error &error() const;
    // After success: every NFT of the account, in the service's order (with setCountOnly(), the
    // first one at most).
    const QList<NftBalance> &nfts() const { return m_nfts; }

public slots:
    // Stops the page in flight or the wait before the next one, and finishes with
    // Error::cancelled(). No-op once finished.
    void cancel();

signals:
    // After each page: how many have arrived, of how many the list takes (NftPaging::expectedPages).
    void progress(int pagesReceived, int expectedPages);
    // A page is being retried (rate limit, brief outage): see ApiCall::retrying.
    void retrying(int attempt, int delayMs, int httpStatus, const QString &reason);
    void finished();

private:
    void lookUpAccount(const Address &owner);
    void onAccountFinished();
    void startPaging(qint64 accountId);
    void requestNextPage();
    void onPageFinished();
    // Makes `call` this fetch's call in flight, reporting to `onFinished`.
    void watch(ApiCall *call, void (NftListFetch::*onFinished)());
    ApiCall *takeCall();
    void finish(std::optional<Error> error);

    QPointer<LoopringClient> m_client;
    ServiceEndpoint m_endpoint;
    Account m_account;
    int m_pageSize = NftPaging::MaxPageSize;
    std::optional<NftPaging> m_paging;  // once the account id is known
    RequestPacer m_pacer;
    QPointer<ApiCall> m_call;  // the account look-up or the page in flight
    bool m_countOnly = false;
    bool m_started = false;
    bool m_finished = false;
    std::optional<Error> m_error;
    QList<NftBalance> m_nfts;
};

} // namespace loopview
