// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"
#include "core/nft.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <optional>
#include <utility>

namespace loopview {

// The values of one request for a page of an account's NFTs: GET /api/v3/user/nft/balances
// ?accountId=…&offset=…&limit=… (with nonZero=true&metadata=true, which Loopview always asks for).
struct NftPageRequest {
    qint64 accountId = 0;
    int offset = 0;
    int limit = 50;
};

// Reads a whole NFT list from GET /api/v3/user/nft/balances, which answers at most 50 items a
// page with the list's size in totalNum. Pure bookkeeping: the caller sends the requests, one at a
// time, and this says what to ask next and checks that the pages add up to one list:
//
//     NftPaging paging(accountId);
//     while (!paging.isDone()) {
//         body = GET …?accountId=<accountId()>&offset=<nextOffset()>&limit=<limit()>&…
//         if (std::optional<Error> error = paging.addPageBody(body))
//             stop with *error;   // Malformed; the paging is not to be fed again
//         progress: receivedCount() of expectedCount()
//     }
//     QList<NftBalance> nfts = paging.takeItems();   // in the service's order
//
// A list read in pages can change between two requests, and a service can misbehave; none of that
// may loop forever or show an NFT twice. The first page's totalNum is the list's size. Every later
// page must repeat it, must not be empty before totalNum NFTs arrived, must not hold more than
// limit() items or go past totalNum, and must not list a token slot an earlier page had. Each of
// these is a Malformed error saying what happened and at which offset. Since every accepted page
// adds at least one NFT and the total cannot move, a list of N NFTs takes at most N pages (N/50 with
// the real service), and a list of 0 takes one.
class NftPaging
{
public:
    static constexpr int MaxPageSize = 50;  // what the service answers at most

    // pageSize is clamped to 1 … MaxPageSize (smaller pages are for tests).
    explicit NftPaging(qint64 accountId, int pageSize = MaxPageSize);

    // The values of the next request.
    qint64 accountId() const { return m_accountId; }
    int nextOffset() const { return int(m_received); }
    int limit() const { return m_pageSize; }
    NftPageRequest nextRequest() const { return {m_accountId, nextOffset(), m_pageSize}; }

    // True once a page arrived and the list is complete (totalNum NFTs, or none).
    bool isDone() const { return m_expected >= 0 && m_received == m_expected; }
    // totalNum from the first page; -1 before it arrived.
    qint64 expectedCount() const { return m_expected; }
    qsizetype receivedCount() const { return m_received; }
    int pagesReceived() const { return m_pages; }
    // How many pages the whole list takes: those received plus the rest at limit() a page (so
    // never fewer than pagesReceived(), at least 1); -1 before the first page.
    int expectedPages() const;

    // Parses the body that answered the request for nextOffset() (json::parseNftPage, checked
    // against accountId()) and adds its NFTs. nullopt when the page was taken; otherwise the
    // Malformed error, prefixed with the page's offset after the first page, and nothing changed.
    std::optional<Error> addPageBody(const QByteArray &body);
    // The same for a page already parsed.
    std::optional<Error> addPage(const NftPage &page);

    // Every NFT received so far, in the order the pages listed them. takeItems() moves them out
    // (the counts above stay as they were).
    const QList<NftBalance> &items() const { return m_items; }
    QList<NftBalance> takeItems() { return std::exchange(m_items, {}); }

private:
    Error pageError(QString field, const QString &message) const;

    qint64 m_accountId;
    int m_pageSize;
    qint64 m_expected = -1;
    int m_pages = 0;
    qsizetype m_received = 0;
    QList<NftBalance> m_items;
    QHash<int, qsizetype> m_offsetOfSlot;  // token id → the offset of the NFT that had it
};

} // namespace loopview
