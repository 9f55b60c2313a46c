// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "cliarguments.h"

#include "core/balanceexport.h"
#include "core/nftexport.h"
#include "core/token.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace loopview::cli {

// The bytes a list command prints in the --format asked for. The writers are core's
// (balanceexport, tokenexport, nftexport), so the CLI and the desktop export agree byte for byte.

// `balances`: `extraColumns` (Price, Value, ChangeTotal) come after the standard ones; `currency`
// names the price columns.
QByteArray renderBalances(const QList<BalanceRecord> &records, OutputFormat format,
                          const QList<BalanceColumn> &extraColumns = {}, const QString &currency = {});
// `history`: recorded snapshots (makeHistoryRecords()), fetched_at first, then the balance columns.
QByteArray renderHistory(const QList<BalanceRecord> &records, OutputFormat format);
// `tokens`: the tokens in the order given.
QByteArray renderTokens(const QList<TokenInfo> &tokens, OutputFormat format);
// `nfts`: one record per NFT, in the order given; the same writers as the window's NFT export.
QByteArray renderNfts(const QList<NftRecord> &records, OutputFormat format);

} // namespace loopview::cli
