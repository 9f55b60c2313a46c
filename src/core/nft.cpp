// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/nft.h"

#include "core/printabletext.h"

#include <QCoreApplication>

namespace loopview {

namespace {

constexpr qsizetype PrefixLength = 2;
constexpr qsizetype AbbreviatedDigits = 4;  // on each side of the ellipsis

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::NftId)
};

} // namespace

std::optional<NftId> NftId::parse(QStringView text, QString *reason)
{
    auto fail = [reason](QString message) -> std::optional<NftId> {
        if (reason)
            *reason = std::move(message);
        return std::nullopt;
    };

    if (text.isEmpty())
        return fail(Text::tr("NFT id is empty"));
    if (text.size() < PrefixLength || text[0] != QLatin1Char('0')
        || (text[1] != QLatin1Char('x') && text[1] != QLatin1Char('X'))) {
        return fail(Text::tr("NFT id must be hexadecimal and start with 0x"));
    }
    const QStringView hex = text.mid(PrefixLength);
    if (hex.isEmpty())
        return fail(Text::tr("NFT id has no hex digits after 0x"));

    qsizetype firstSignificant = -1;
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const QChar c = hex[i];
        if (!isHexDigit(c)) {
            return fail(Text::tr("NFT id contains '%1' at position %2, which is not a hex digit (0-9, a-f)")
                                  .arg(visibleCharacter(text, i + PrefixLength))
                                  .arg(characterPosition(text, i + PrefixLength)));
        }
        if (firstSignificant < 0 && c != QLatin1Char('0'))
            firstSignificant = i;
    }

    const QStringView significant = firstSignificant < 0 ? QStringView() : hex.mid(firstSignificant);
    if (significant.size() > HexDigits) {
        //: %1 is a number of hex digits, more than 64.
        return fail(Text::tr("NFT id has %1 significant hex digits, more than the 64 of a 256-bit number")
                              .arg(significant.size()));
    }
    return NftId(significant.toString().toLower().rightJustified(HexDigits, QLatin1Char('0')));
}

QString NftId::digits() const
{
    return m_digits.isEmpty() ? QString(HexDigits, QLatin1Char('0')) : m_digits;
}

QString NftId::toString() const
{
    return QStringLiteral("0x") + digits();
}

QString NftId::abbreviated() const
{
    const QString all = digits();
    return QStringLiteral("0x") + all.left(AbbreviatedDigits) + QChar(0x2026) + all.right(AbbreviatedDigits);
}

} // namespace loopview
