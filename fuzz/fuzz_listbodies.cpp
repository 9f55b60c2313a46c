// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The simdjson path for the token list and balances against the precise QJsonDocument parsers:
// whenever the fast path answers, the precise parser must accept the same bytes and give the same
// rows, field for field. A body the fast path reads differently, or accepts where the precise
// parser refuses it, aborts.
#include "core/listbodyfastpath.h"
#include "core/loopringjson.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

namespace {

bool sameText(const QString &a, const QString &b)
{
    return a == b && a.isNull() == b.isNull();
}

bool same(const loopview::TokenInfo &a, const loopview::TokenInfo &b)
{
    return a.tokenId == b.tokenId && sameText(a.symbol, b.symbol) && sameText(a.name, b.name)
        && sameText(a.address, b.address) && a.decimals == b.decimals && a.precision == b.precision
        && a.enabled == b.enabled;
}

bool same(const loopview::Balance &a, const loopview::Balance &b)
{
    return a.accountId == b.accountId && a.tokenId == b.tokenId && a.total == b.total && a.locked == b.locked
        && a.pendingWithdraw == b.pendingWithdraw && a.pendingDeposit == b.pendingDeposit;
}

template <typename Row>
void check(const std::optional<QList<Row>> &fast, const loopview::Result<QList<Row>> &precise)
{
    if (!fast)
        return;
    if (!precise || precise.value().size() != fast->size())
        std::abort();
    for (qsizetype i = 0; i < fast->size(); ++i) {
        if (!same(fast->at(i), precise.value().at(i)))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace loopview::json;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    check(fastpath::parseTokens(body), precise::parseTokens(body));
    check(fastpath::parseBalances(body, std::nullopt), precise::parseBalances(body, std::nullopt));
    // The same bytes when the request named an account: the first row's, or another one.
    for (const qint64 asked : {qint64(7), qint64(20533)})
        check(fastpath::parseBalances(body, asked), precise::parseBalances(body, asked));
    return 0;
}
