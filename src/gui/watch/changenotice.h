// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/balancechanges.h"
#include "core/token.h"

#include <QList>
#include <QString>

namespace loopview {

// A Watch notification in words: the title names the account, the body has one line per token
// ("Deposit arrived: 0.25 ETH", "LRC: 10 → 12.5 (+2.5)"). Amounts are exact, grouped by locale;
// the account label and the symbols are outside text and go through printableText().
struct ChangeNotice {
    QString title;
    QString body;
};
ChangeNotice describeChanges(const QString &accountLabel, const QList<TokenChange> &changes, const TokenRegistry &tokens);

} // namespace loopview
