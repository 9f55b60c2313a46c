// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "snapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace loopview {

// One point of a history chart: a snapshot's time and a value at that moment. The exact decimal
// text is what people are shown (hover, tooltips); the double only places the point on the chart.
struct HistoryPoint {
    QDateTime at;           // the snapshot's fetch time, UTC
    QString exactText;      // "1234.50", "0.000000000000000001": never through floating point
    double plotted = 0;     // the same number, approximately, for drawing only
    int unpricedTokens = 0; // value points: tokens held then that had no recorded price (left out)
};

// The account's total value over time, from the prices recorded with each snapshot (a snapshot
// never borrows another's prices: the value is what the data said at the time). Values of
// different currencies are never mixed: the series is in the currency of the latest snapshot
// that recorded any price.
struct ValueHistory {
    QString currency;             // empty: no snapshot recorded a price
    QList<HistoryPoint> points;   // oldest first; snapshots with at least one price in `currency`
    int snapshotsWithoutPrice = 0;  // left out: no price recorded (or one in another currency)
};
ValueHistory valueHistory(const QList<Snapshot> &snapshots);

// A token's total in every snapshot, oldest first, in token units (the decimals recorded with the
// token; base units when no snapshot knew them). A snapshot without the token counts as 0: the
// account did not hold it then.
QList<HistoryPoint> tokenAmountHistory(const QList<Snapshot> &snapshots, int tokenId);

// The token's symbol as last recorded, empty when no snapshot knew it.
QString recordedSymbol(const QList<Snapshot> &snapshots, int tokenId);

} // namespace loopview
