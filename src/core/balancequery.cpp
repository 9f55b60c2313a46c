// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "balancequery.h"

#include "printabletext.h"

#include <QCoreApplication>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::BalanceQuery)
};

constexpr qint64 MaxAccountId = 4294967295LL; // Loopring account ids are uint32

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Digits only, leading zeros allowed; nullopt for anything else or more than 18 significant
// digits (enough for every range checked here, and no qint64 overflow).
std::optional<qint64> parseDigits(QStringView text, qsizetype *badIndex)
{
    *badIndex = -1;
    qint64 value = 0;
    int significant = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isAsciiDigit(text[i])) {
            *badIndex = i;
            return std::nullopt;
        }
        const int digit = text[i].unicode() - u'0';
        if (significant > 0 || digit != 0)
            ++significant;
        if (significant > 18)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

} // namespace

Result<qint64> parseAccountId(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::input(
            Text::tr("Account id is empty"));
    qsizetype badIndex = -1;
    const std::optional<qint64> value = parseDigits(trimmed, &badIndex);
    if (badIndex >= 0) {
        return Error::input(
            Text::tr("Account id must be digits only, but has '%1' at "
                     "position %2")
                .arg(printableText(trimmed.mid(badIndex, 1)))
                .arg(badIndex + 1));
    }
    if (!value || *value > MaxAccountId) {
        return Error::input(
            Text::tr("Account id %1 is too large (the maximum is %2)")
                .arg(printableEcho(trimmed))
                .arg(MaxAccountId));
    }
    if (*value == 0)
        return Error::input(
            Text::tr("Account id must be at least 1"));
    return *value;
}

std::optional<int> parseTokenId(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    qsizetype badIndex = -1;
    const std::optional<qint64> value = parseDigits(digits, &badIndex);
    if (!value || *value > MaxTokenId)
        return std::nullopt;
    return int(*value);
}

Result<QList<int>> parseTokenIds(QStringView text)
{
    QList<int> ids;
    if (text.trimmed().isEmpty())
        return ids;
    const QList<QStringView> items = text.split(QLatin1Char(','));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QStringView item = items[i].trimmed();
        const qsizetype itemNumber = i + 1;
        if (item.isEmpty()) {
            return Error::input(
                Text::tr("Token id list has an empty item (item %1)")
                    .arg(itemNumber));
        }
        qsizetype badIndex = -1;
        const std::optional<qint64> value = parseDigits(item, &badIndex);
        if (badIndex >= 0) {
            return Error::input(
                Text::tr("Token id '%1' (item %2) is not a whole number")
                    .arg(printableEcho(item))
                    .arg(itemNumber));
        }
        if (!value || *value > MaxTokenId) {
            return Error::input(
                Text::tr("Token id '%1' (item %2) is out of range (0 to %3)")
                    .arg(printableEcho(item))
                    .arg(itemNumber)
                    .arg(MaxTokenId));
        }
        // A repeated id asks for nothing new; keep the first occurrence and the user's order.
        if (!ids.contains(int(*value)))
            ids.append(int(*value));
    }
    return ids;
}

Result<BalanceQuery> BalanceQuery::fromInput(QStringView accountText, QStringView tokenIdsText)
{
    BalanceQuery query;
    const QStringView account = accountText.trimmed();
    if (account.isEmpty())
        return Error::input(Text::tr("Enter an account id or an L1 address (0x…)"));
    if (Address::looksLikeAddress(account)) {
        QString reason;
        const std::optional<Address> address = Address::parse(account, &reason);
        if (!address)
            return Error::input(
                Text::tr("Invalid address: %1")
                    .arg(reason));
        query.account = *address;
    } else {
        Result<qint64> id = parseAccountId(account);
        if (!id)
            return id.error();
        query.account = id.value();
    }

    Result<QList<int>> tokenIds = parseTokenIds(tokenIdsText);
    if (!tokenIds)
        return tokenIds.error();
    query.tokenIds = tokenIds.value();
    return query;
}

QString BalanceQuery::accountText() const
{
    if (const Address *address = std::get_if<Address>(&account))
        return address->toChecksummed();
    return QString::number(std::get<qint64>(account));
}

} // namespace loopview
