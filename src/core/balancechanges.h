// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "balance.h"

#include <QList>

namespace loopview {

// What changed for one token between two results for the same account: the decision behind
// Watch's notifications, without the words (the window phrases them).
struct TokenChange {
    int tokenId = 0;
    HeldAmounts before;  // all zero when the token appeared
    HeldAmounts after;   // all zero when it disappeared
    bool appeared = false;     // held now, not before
    bool disappeared = false;  // held before, not now
    // A pending deposit (withdrawal) was pending before and is smaller or gone now: it arrived on
    // L2 (on L1). Seen from the balances alone, a part that arrived and a cancelled one look alike.
    bool depositCompleted = false;
    bool withdrawalCompleted = false;

    bool totalChanged() const { return before.total != after.total; }
    SignedAmount totalDelta() const { return SignedAmount::difference(after.total, before.total); }
};

// The tokens whose total changed, that appeared or disappeared, or whose pending deposit or
// withdrawal completed, from `before` to `after` (both of one account): in `after`'s order, then
// the tokens that disappeared in `before`'s order. A token with nothing in it (all amounts zero)
// is the same as an absent one. Locked amounts and newly pending transfers are not changes of the
// balance and are not reported. Empty when nothing changed.
QList<TokenChange> balanceChanges(const QList<Balance> &before, const QList<Balance> &after);

} // namespace loopview
