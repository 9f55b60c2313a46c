// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

// Small builders shared by the GUI tests: balances and token lists without JSON.

#include "core/balance.h"
#include "core/nft.h"
#include "core/token.h"

#include <QString>

namespace loopview::testdata {

inline Amount amount(const char *digits)
{
    return *Amount::parse(QString::fromLatin1(digits));
}

inline Balance balance(int tokenId, const char *total, const char *locked = "0", const char *deposit = "0",
                       const char *withdraw = "0")
{
    Balance b;
    b.accountId = 20533;
    b.tokenId = tokenId;
    b.total = amount(total);
    b.locked = amount(locked);
    b.pendingDeposit = amount(deposit);
    b.pendingWithdraw = amount(withdraw);
    return b;
}

inline TokenInfo token(int tokenId, const char *symbol, const char *name, int decimals)
{
    TokenInfo t;
    t.tokenId = tokenId;
    t.symbol = QString::fromLatin1(symbol);
    t.name = QString::fromLatin1(name);
    t.decimals = decimals;
    return t;
}

// An NFT of account 20533; collection and name may be empty, as the service may leave them out.
inline NftBalance nft(int tokenId, const char *nftId, const char *total, const char *locked = "0",
                      const char *collection = "", const char *name = "", const char *deposit = "0",
                      const char *withdraw = "0")
{
    NftBalance n;
    n.accountId = 20533;
    n.tokenId = tokenId;
    n.nftId = *NftId::parse(QString::fromLatin1(nftId));
    n.nftType = QStringLiteral("ERC1155");
    n.tokenAddress = QStringLiteral("0x1cacc96e5f01e2849e6036f25531a9a064d2fb5f");
    n.total = amount(total);
    n.locked = amount(locked);
    n.pendingDeposit = amount(deposit);
    n.pendingWithdraw = amount(withdraw);
    n.details.collectionName = QString::fromUtf8(collection);
    n.details.name = QString::fromUtf8(name);
    return n;
}

// The shape of tests/fixtures: ETH, LRC, USDT, WBTC, USDC.
inline TokenRegistry sampleTokens()
{
    return TokenRegistry({token(0, "ETH", "Ethereum", 18), token(1, "LRC", "Loopring", 18),
                          token(3, "USDT", "Tether USD", 6), token(4, "WBTC", "Wrapped BTC", 8),
                          token(6, "USDC", "USD Coin", 6)});
}

} // namespace loopview::testdata
