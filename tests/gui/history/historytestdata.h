// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

// Snapshots for the History tests, built without a fetch, and a way to record them.

#include "history/historystore.h"

#include <QTest>
#include <QTimeZone>

namespace loopview::historytest {

inline QDateTime minute(int minute)
{
    return QDateTime::fromMSecsSinceEpoch(1767225600000LL + minute * 60000LL, QTimeZone::utc());  // 2026-01-01
}

inline SnapshotToken token(int tokenId, const char *symbol, const char *total, int decimals, const char *price = nullptr)
{
    SnapshotToken token;
    token.tokenId = tokenId;
    token.symbol = QString::fromLatin1(symbol);
    token.total = *Amount::parse(QString::fromLatin1(total));
    token.decimals = decimals;
    if (price)
        token.price = *Decimal::parse(QString::fromLatin1(price));
    return token;
}

inline Snapshot snapshot(const QString &service, qint64 accountId, int at, const QString &currency,
                         const QList<SnapshotToken> &tokens)
{
    Snapshot snapshot;
    snapshot.service = service;
    snapshot.accountId = accountId;
    snapshot.fetchedAt = minute(at);
    snapshot.currency = currency;
    snapshot.tokens = tokens;
    return snapshot;
}

inline bool record(const QString &path, const QList<Snapshot> &snapshots)
{
    HistoryStore store(path);
    if (!store.open())
        return false;
    for (const Snapshot &snapshot : snapshots) {
        if (!store.record(snapshot))
            return false;
    }
    return true;
}

} // namespace loopview::historytest
