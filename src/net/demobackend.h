// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/address.h"
#include "core/balancequery.h"
#include "core/nftpaging.h"

#include <QByteArray>
#include <QDateTime>

// The bundled demo service: sample answers compiled in from resources/demo (see
// src/net/CMakeLists.txt), shaped by each request the way the real service would shape them, so
// demo data goes through the same client, parsers, models and writers as real data. It needs no
// network and no key. LoopringClient answers from here in demo mode.
namespace loopview::demobackend {

// The account the sample balances belong to, read from the sample itself so the two never drift:
// what the window's demo and `loopview-cli balances --demo` show when no account is given.
qint64 accountId();

// GET /api/v3/exchange/tokens
QByteArray tokensBody();
// GET /api/v3/user/balances: the sample rows for the query's token ids (all when there are none),
// with the query's account id, so the demo looks like the account asked for.
QByteArray balancesBody(const BalanceQuery &query);
// GET /api/v3/account?owner=…: the sample account, owned by `owner`.
QByteArray accountBody(const Address &owner);
// GET /api/v3/price?legal=…: the sample prices in USD or CNY (one sample token has none), each
// quoted at `quotedAt` as the service quotes current prices; empty for any other currency, which
// the demo refuses as the service does.
QByteArray pricesBody(const QString &currency, const QDateTime &quotedAt);
// GET /api/v3/user/nft/balances: the page of the sample NFTs (resources/demo/nfts.json) at the
// request's offset and limit, with totalNum counting them all and the request's account id.
QByteArray nftPageBody(const NftPageRequest &request);

} // namespace loopview::demobackend
