// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "changenotice.h"

#include "core/printabletext.h"
#include "gui/amountdisplay.h"

#include <QCoreApplication>
#include <QStringList>

namespace loopview {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::ChangeNotice)
};

// A token's amounts as people read them: scaled with the known decimals, else base units.
struct TokenWords {
    QString name;
    std::optional<int> decimals;

    QString amount(const Amount &value) const { return amountdisplay::format(value, decimals.value_or(0)); }
    QString signedAmount(const SignedAmount &value) const
    {
        const QString digits = amountdisplay::format(value, decimals.value_or(0));
        return value.isNegative() || value.isZero() ? digits : QLatin1Char('+') + digits;
    }
};

TokenWords wordsFor(int tokenId, const TokenRegistry &tokens)
{
    if (const std::optional<TokenInfo> info = tokens.find(tokenId))
        return {printableText(info->symbol), info->decimals};
    //: A token the token list does not know, by its ID (amounts are then in base units)
    return {Text::tr("Token #%1").arg(tokenId), std::nullopt};
}

} // namespace

ChangeNotice describeChanges(const QString &accountLabel, const QList<TokenChange> &changes, const TokenRegistry &tokens)
{
    QStringList lines;
    for (const TokenChange &change : changes) {
        const TokenWords token = wordsFor(change.tokenId, tokens);
        if (change.depositCompleted) {
            const SignedAmount arrived = SignedAmount::difference(change.before.pendingDeposit, change.after.pendingDeposit);
            //: Watch notification: "<amount> <symbol>"
            lines << Text::tr("Deposit arrived: %1 %2").arg(token.amount(arrived.magnitude()), token.name);
        }
        if (change.withdrawalCompleted) {
            const SignedAmount done = SignedAmount::difference(change.before.pendingWithdraw, change.after.pendingWithdraw);
            lines << Text::tr("Withdrawal completed: %1 %2").arg(token.amount(done.magnitude()), token.name);
        }
        if (change.appeared) {
            lines << Text::tr("New token: %1 %2").arg(token.amount(change.after.total), token.name);
        } else if (change.disappeared) {
            lines << Text::tr("%1 is gone (was %2)").arg(token.name, token.amount(change.before.total));
        } else if (change.totalChanged()) {
            //: Watch notification: "<symbol>: <old total> → <new total> (<signed difference>)"
            lines << Text::tr("%1: %2 → %3 (%4)")
                         .arg(token.name, token.amount(change.before.total), token.amount(change.after.total),
                              token.signedAmount(change.totalDelta()));
        }
    }
    //: Title of a Watch notification; %1 is the account ("20533 on api3.loopring.io") or a bookmark's label
    return {Text::tr("Balances changed: %1").arg(printableText(accountLabel)), lines.join(QLatin1Char('\n'))};
}

} // namespace loopview
