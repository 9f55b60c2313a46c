// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "amount.h"

#include <QList>

namespace loopview {

// The four amounts the service reports for anything an account holds (a token, an NFT), in base
// units, and what the Loopring wallet derives from them.
struct HeldAmounts {
    Amount total;
    Amount locked;
    Amount pendingDeposit;   // not yet arrived on L2
    Amount pendingWithdraw;  // not yet arrived on L1

    // What the Loopring wallet calls available: total − locked. Negative when the service reports
    // more locked than total; shown exactly and flagged rather than clamped.
    SignedAmount available() const { return SignedAmount::difference(total, locked); }
    bool hasPending() const { return !pendingDeposit.isZero() || !pendingWithdraw.isZero(); }
    bool isAllZero() const
    {
        return total.isZero() && locked.isZero() && pendingDeposit.isZero() && pendingWithdraw.isZero();
    }
};

// One row of GET /api/v3/user/balances, amounts in base units.
struct Balance : HeldAmounts {
    qint64 accountId = 0;
    int tokenId = 0;
};

// GET /api/v3/account?owner=…
struct AccountInfo {
    qint64 accountId = 0;
    QString owner;
    bool frozen = false;
};

// A Loopring resultInfo error body ({"resultInfo":{"code":N,"message":"…"}}).
struct ServiceError {
    int code = 0;
    QString message;
};

} // namespace loopview
