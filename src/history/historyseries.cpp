// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "historyseries.h"

#include "core/fiatvalue.h"

#include <optional>

namespace loopview {

namespace {

HistoryPoint pointOf(const QDateTime &at, const QString &exactText)
{
    HistoryPoint point;
    point.at = at;
    point.exactText = exactText;
    point.plotted = exactText.toDouble();
    return point;
}

// The decimals of the token in the latest snapshot that recorded them.
std::optional<int> recordedDecimals(const QList<Snapshot> &snapshots, int tokenId)
{
    for (auto snapshot = snapshots.crbegin(); snapshot != snapshots.crend(); ++snapshot) {
        for (const SnapshotToken &token : snapshot->tokens) {
            if (token.tokenId == tokenId && token.decimals)
                return token.decimals;
        }
    }
    return std::nullopt;
}

} // namespace

ValueHistory valueHistory(const QList<Snapshot> &snapshots)
{
    ValueHistory history;
    for (auto snapshot = snapshots.crbegin(); snapshot != snapshots.crend() && history.currency.isEmpty(); ++snapshot) {
        for (const SnapshotToken &token : snapshot->tokens) {
            if (token.price && !snapshot->currency.isEmpty()) {
                history.currency = snapshot->currency;
                break;
            }
        }
    }

    for (const Snapshot &snapshot : snapshots) {
        FiatTotal total;
        if (!history.currency.isEmpty() && snapshot.currency == history.currency) {
            for (const SnapshotToken &token : snapshot.tokens) {
                if (!token.price || !token.decimals) {
                    // A token without a price (or whose decimals were unknown, so its amount
                    // cannot be valued) is left out; an empty balance costs nothing to leave out.
                    if (!token.total.isZero())
                        total.addUnpriced();
                    continue;
                }
                if (const std::optional<Decimal> value = fiatValue(token.total, *token.decimals, *token.price))
                    total.add(*value);
                else
                    total.addOverflowed();
            }
        }
        if (total.pricedCount() == 0 || total.overflowed()) {
            ++history.snapshotsWithoutPrice;
            continue;
        }
        HistoryPoint point = pointOf(snapshot.fetchedAt, total.value().toString());
        point.unpricedTokens = total.unpricedCount();
        history.points.append(point);
    }
    return history;
}

QList<HistoryPoint> tokenAmountHistory(const QList<Snapshot> &snapshots, int tokenId)
{
    const std::optional<int> fallbackDecimals = recordedDecimals(snapshots, tokenId);
    QList<HistoryPoint> points;
    points.reserve(snapshots.size());
    for (const Snapshot &snapshot : snapshots) {
        Amount total;
        std::optional<int> decimals = fallbackDecimals;
        for (const SnapshotToken &token : snapshot.tokens) {
            if (token.tokenId == tokenId) {
                total = token.total;
                if (token.decimals)
                    decimals = token.decimals;
                break;
            }
        }
        points.append(pointOf(snapshot.fetchedAt, decimals ? total.toDecimalString(*decimals) : total.toString()));
    }
    return points;
}

QString recordedSymbol(const QList<Snapshot> &snapshots, int tokenId)
{
    for (auto snapshot = snapshots.crbegin(); snapshot != snapshots.crend(); ++snapshot) {
        for (const SnapshotToken &token : snapshot->tokens) {
            if (token.tokenId == tokenId && !token.symbol.isEmpty())
                return token.symbol;
        }
    }
    return {};
}

} // namespace loopview
