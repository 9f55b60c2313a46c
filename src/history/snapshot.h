// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/address.h"
#include "core/balance.h"
#include "core/balanceexport.h"
#include "core/balancequery.h"
#include "core/decimal.h"
#include "core/price.h"
#include "core/token.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace loopview {

// One token in a recorded snapshot: the amounts in base units as the service sent them, what the
// token list said about the token at the time, and the price used (if any).
struct SnapshotToken : HeldAmounts {
    int tokenId = 0;
    QString symbol;                // empty for a token the token list did not know
    std::optional<int> decimals;   // nullopt likewise
    std::optional<Decimal> price;  // in the snapshot's currency; nullopt: no price
};

// The balances of one account at one moment, as fetched from one service.
struct Snapshot {
    qint64 id = 0;                    // the store's row id; 0 until recorded
    QString service;                  // serviceKey() of the base URL
    std::optional<qint64> accountId;  // nullopt only for a query by address that returned no rows
    std::optional<Address> address;   // when the balances were asked for by address
    QDateTime fetchedAt;              // UTC, millisecond precision
    QString currency;                 // of the prices ("USD"); empty when none were used
    QList<SnapshotToken> tokens;      // in the service's order
};

// Whose history: the service and the account, by id or by the address it was fetched with.
struct HistoryAccount {
    QString service;  // serviceKey()
    std::variant<qint64, Address> account;

    friend bool operator==(const HistoryAccount &a, const HistoryAccount &b)
    {
        return a.service == b.service && a.account == b.account;
    }
    friend bool operator!=(const HistoryAccount &a, const HistoryAccount &b) { return !(a == b); }
};

// The account a balance query is about, on the service at `baseUrl` (the request's endpoint).
HistoryAccount historyAccountOf(const QUrl &baseUrl, const BalanceQuery &query);

// What a successful fetch records: the service at `baseUrl` and the query's account (the id from the rows when the
// query was by address), each row with what the token list knew and its price, if `prices` has one.
Snapshot makeSnapshot(const QUrl &baseUrl, const BalanceQuery &query, const QList<Balance> &balances, const TokenRegistry &tokens,
                      const std::optional<PriceTable> &prices, const QDateTime &fetchedAt);

// The balance row `token` of `snapshot` records (account id 0 when the snapshot has none).
Balance recordedBalance(const Snapshot &snapshot, const SnapshotToken &token);

// Each token's total in the snapshot, by token id: what a change is counted from.
QHash<int, Amount> totalsByToken(const Snapshot &snapshot);

// The snapshots as export records, oldest first, one per snapshot and token, with fetched_at set
// (ISO 8601 UTC with milliseconds); amounts scaled by the decimals recorded with each token.
QList<BalanceRecord> makeHistoryRecords(const QList<Snapshot> &snapshots, AmountUnit unit);
// fetched_at, then allBalanceColumns().
QList<BalanceColumn> historyColumns();

} // namespace loopview
