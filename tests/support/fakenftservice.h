// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "fakeloopringserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace loopview::test {

// GET /api/v3/user/nft/balances as the real service answers it, for the fake server: the query's
// account, offset and limit pick a page of at most 50 items out of one list, with the list's size
// as totalNum. nonZero=true leaves out NFTs whose total is "0" (and totalNum counts only the rest);
// without metadata=true the items carry no metadata. A request without X-API-KEY, without a
// usable accountId, or with a negative offset or a limit below 1 gets the service's 400 resultInfo.
// Each item is answered with the accountId that was asked for, so one list serves any account.
class FakeNftService
{
public:
    static constexpr int MaxPageSize = 50;
    static QString path() { return QStringLiteral("/api/v3/user/nft/balances"); }

    explicit FakeNftService(QList<QJsonObject> items);
    // The items of a page body ({"totalNum": …, "data": [ … ]}), e.g. resources/demo/nfts.json or
    // a fixture: that page becomes the whole list.
    static FakeNftService fromPageBody(const QByteArray &body);
    // `count` distinct NFTs in token slots 32768, 32769, …, each with a normalised id, amounts and
    // a name ("NFT #i"): lists of any length for paging tests.
    static FakeNftService generated(int count);

    qsizetype size() const { return m_items.size(); }
    const QList<QJsonObject> &items() const { return m_items; }

    // The answer to one request (pure: tests of the fake call it directly).
    FakeResponse respond(const RecordedRequest &request) const;
    // Routes path() on `server` to respond() for every later request.
    void install(FakeLoopringServer &server) const;

private:
    QList<QJsonObject> m_items;
};

} // namespace loopview::test
