// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "balancechanges.h"

#include <QHash>
#include <QSet>

namespace loopview {

namespace {

bool decreased(const Amount &before, const Amount &after)
{
    return !before.isZero() && after < before;
}

} // namespace

QList<TokenChange> balanceChanges(const QList<Balance> &before, const QList<Balance> &after)
{
    QHash<int, const Balance *> earlier;
    earlier.reserve(before.size());
    for (const Balance &balance : before)
        earlier.insert(balance.tokenId, &balance);

    QList<TokenChange> changes;
    QSet<int> seen;
    for (const Balance &now : after) {
        seen.insert(now.tokenId);
        const Balance *then = earlier.value(now.tokenId);
        const bool heldThen = then && !then->isAllZero();
        const bool heldNow = !now.isAllZero();
        if (!heldThen && !heldNow)
            continue;
        TokenChange change;
        change.tokenId = now.tokenId;
        if (heldThen)
            change.before = *then;
        if (heldNow)
            change.after = now;
        change.appeared = !heldThen;
        change.disappeared = !heldNow;
        change.depositCompleted = decreased(change.before.pendingDeposit, change.after.pendingDeposit);
        change.withdrawalCompleted = decreased(change.before.pendingWithdraw, change.after.pendingWithdraw);
        if (change.appeared || change.disappeared || change.totalChanged() || change.depositCompleted
            || change.withdrawalCompleted)
            changes.append(change);
    }
    for (const Balance &then : before) {
        if (seen.contains(then.tokenId) || then.isAllZero())
            continue;
        TokenChange change;
        change.tokenId = then.tokenId;
        change.before = then;
        change.disappeared = true;
        change.depositCompleted = !then.pendingDeposit.isZero();
        change.withdrawalCompleted = !then.pendingWithdraw.isZero();
        changes.append(change);
    }
    return changes;
}

} // namespace loopview
