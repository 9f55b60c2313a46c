// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "snapshot.h"

#include "core/service.h"

namespace loopview {

HistoryAccount historyAccountOf(const QUrl &baseUrl, const BalanceQuery &query)
{
    return {serviceKey(baseUrl), query.account};
}

Snapshot makeSnapshot(const QUrl &baseUrl, const BalanceQuery &query, const QList<Balance> &balances, const TokenRegistry &tokens,
                      const std::optional<PriceTable> &prices, const QDateTime &fetchedAt)
{
    Snapshot snapshot;
    snapshot.service = serviceKey(baseUrl);
    snapshot.accountId = query.accountId();
    if (const auto *address = std::get_if<Address>(&query.account))
        snapshot.address = *address;
    if (!snapshot.accountId && !balances.isEmpty())
        snapshot.accountId = balances.constFirst().accountId;  // the parser checked they all agree
    snapshot.fetchedAt = fetchedAt.toUTC();
    if (prices)
        snapshot.currency = prices->currency();
    snapshot.tokens.reserve(balances.size());
    for (const Balance &balance : balances) {
        SnapshotToken token;
        static_cast<HeldAmounts &>(token) = balance;
        token.tokenId = balance.tokenId;
        if (const std::optional<TokenInfo> info = tokens.find(balance.tokenId)) {
            token.symbol = info->symbol;
            token.decimals = info->decimals;
            if (prices) {
                if (const std::optional<Price> price = prices->priceOf(*info))
                    token.price = price->value;
            }
        }
        snapshot.tokens.append(std::move(token));
    }
    return snapshot;
}

Balance recordedBalance(const Snapshot &snapshot, const SnapshotToken &token)
{
    Balance balance;
    static_cast<HeldAmounts &>(balance) = token;
    balance.tokenId = token.tokenId;
    balance.accountId = snapshot.accountId.value_or(0);
    return balance;
}

QHash<int, Amount> totalsByToken(const Snapshot &snapshot)
{
    QHash<int, Amount> totals;
    totals.reserve(snapshot.tokens.size());
    for (const SnapshotToken &token : snapshot.tokens)
        totals.insert(token.tokenId, token.total);
    return totals;
}

QList<BalanceRecord> makeHistoryRecords(const QList<Snapshot> &snapshots, AmountUnit unit)
{
    QList<BalanceRecord> records;
    for (const Snapshot &snapshot : snapshots) {
        const QString fetchedAt = snapshot.fetchedAt.toUTC().toString(Qt::ISODateWithMs);
        for (const SnapshotToken &token : snapshot.tokens) {
            // The token as the token list described it when the snapshot was taken.
            QList<TokenInfo> known;
            if (token.decimals) {
                TokenInfo info;
                info.tokenId = token.tokenId;
                info.symbol = token.symbol;
                info.decimals = *token.decimals;
                known.append(info);
            }
            BalanceRecord record = makeBalanceRecord(recordedBalance(snapshot, token), TokenRegistry(known), unit);
            record.fetchedAt = fetchedAt;
            records.append(std::move(record));
        }
    }
    return records;
}

QList<BalanceColumn> historyColumns()
{
    return QList<BalanceColumn>{BalanceColumn::FetchedAt} + allBalanceColumns();
}

} // namespace loopview
