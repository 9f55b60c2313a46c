// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// A page of NFTs comes from the network. The parser must return NFTs that every writer can print,
// or a Malformed error with a message; and paging must end whatever the pages say: the same body
// answered to every request ends the list or fails it by the second page. Never crash or hang.
#include "core/loopringjson.h"
#include "core/nftexport.h"
#include "core/nftpaging.h"

#include <QBuffer>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cstdint>
#include <cstdlib>

namespace {

// The account of the seed corpus (the demo account): other ids exercise the refusal.
constexpr qint64 Account = 83250;

void checkError(const loopview::Error &error)
{
    if (error.kind != loopview::ErrorKind::Malformed || error.message.isEmpty())
        std::abort();
}

bool isNormalisedId(const QString &id)
{
    if (id.size() != 66 || !id.startsWith(QLatin1String("0x")))
        return false;
    for (qsizetype i = 2; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

void checkPage(const loopview::NftPage &page)
{
    if (page.items.size() > page.totalNum)
        std::abort();
    QSet<int> seenSlots;
    for (const loopview::NftBalance &nft : page.items) {
        if (nft.accountId != Account || !isNormalisedId(nft.nftId.toString()) || nft.nftType.isEmpty()
            || seenSlots.contains(nft.tokenId))
            std::abort();
        seenSlots.insert(nft.tokenId);
    }

    const QList<loopview::NftRecord> records = loopview::makeNftRecords(page.items);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    if (!loopview::writeNftsCsv(&csv, records))
        std::abort();
    // The JSON writer must write JSON, one object per NFT, whatever the text it was given.
    const QJsonDocument json = QJsonDocument::fromJson(loopview::nftsToJson(records));
    if (!json.isArray() || json.array().size() != records.size())
        std::abort();
    (void)loopview::nftsToTable(records);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto page = loopview::json::parseNftPage(body, Account);
    if (page)
        checkPage(page.value());
    else
        checkError(page.error());

    // A service that answers this body to every request.
    loopview::NftPaging paging(Account);
    int requests = 0;
    while (!paging.isDone()) {
        if (++requests > 2)
            std::abort();
        if (const std::optional<loopview::Error> error = paging.addPageBody(body)) {
            checkError(*error);
            break;
        }
    }
    return 0;
}
