// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "balance.h"
#include "error.h"
#include "nft.h"
#include "price.h"
#include "token.h"

#include <QByteArray>
#include <QList>
#include <optional>

// Strict parsers for Loopring v3 response bodies. Unknown fields are ignored; a missing or
// ill-typed required field, an amount that is not a base-unit integer, or a key given twice in one
// object is a Malformed error whose `field` names the row and key (e.g. "[2].pending.deposit") and
// whose message says what was wrong.
namespace loopview::json {

// Every row must be of one account and name a token once. `askedAccountId` is the account the
// request named: a row of any other account is malformed ("[3].accountId"). A request by address
// (or sample data) does not know the id beforehand: pass nullopt, and the rows must then at least
// all be of the same account.
Result<QList<Balance>> parseBalances(const QByteArray &body, std::optional<qint64> askedAccountId = std::nullopt);
Result<QList<TokenInfo>> parseTokens(const QByteArray &body);
Result<AccountInfo> parseAccount(const QByteArray &body);

// One page of GET /api/v3/user/nft/balances: {"totalNum": N, "data": [ … ]}. Paths name the item
// ("data[3].total"). Strict about what identifies and counts an NFT: accountId (must be
// `askedAccountId`: the endpoint is always asked by account id), tokenId (each slot once per
// page), nftId (normalised, see NftId::parse), nftType, tokenAddress, total, locked and
// pending.{withdraw,deposit} are required; a page with more items than totalNum is malformed.
// Lenient about what only describes it: collectionInfo and metadata may be missing, partial or
// of the wrong type, and then leave NftDetails fields empty (see NftDetails). Paging across
// pages is NftPaging's job (core/nftpaging.h).
Result<NftPage> parseNftPage(const QByteArray &body, qint64 askedAccountId);

// GET /api/v3/price?legal=<currency>: {"prices":[{"symbol":"ETH","price":"3000.12",
// "updatedAt":1700000000000}, …]}. `currency` is the code the request asked for (the body does not
// say). `price` may be a JSON string or a JSON number; either way its decimal text is kept exactly
// as sent (a number is read from the body's text, never through a double) and must pass
// Decimal::parse(): non-negative, exponent applied exactly, bounded digits. `updatedAt` is
// milliseconds since the epoch (0 … year 9999). Every field is required; a symbol given twice
// (compared exactly, after printableText()) makes the list ambiguous and is malformed.
Result<PriceTable> parsePrices(const QByteArray &body, const QString &currency);

// A resultInfo error carried by any body (the service uses it with HTTP 400 and sometimes 200).
// nullopt when the body is not such an object or its code is 0 (success).
std::optional<ServiceError> parseServiceError(const QByteArray &body);

// The two list parsers on QJsonDocument alone. parseBalances() and parseTokens() read ordinary
// bodies with simdjson instead (core/listbodyfastpath.h) and come here for every body that path
// declines, so these define the results and word every error. Public for the differential tests
// and the fuzz target that hold the two paths to the same answers.
namespace precise {
Result<QList<Balance>> parseBalances(const QByteArray &body, std::optional<qint64> askedAccountId = std::nullopt);
Result<QList<TokenInfo>> parseTokens(const QByteArray &body);
} // namespace precise

} // namespace loopview::json
