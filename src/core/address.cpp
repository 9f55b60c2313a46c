// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "address.h"

#include "printabletext.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::Address)
};

constexpr qsizetype HexDigitCount = 40;
constexpr qsizetype PrefixLength = 2;

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool hasHexPrefix(QStringView text)
{
    return text.size() >= PrefixLength && text[0] == QLatin1Char('0')
        && (text[1] == QLatin1Char('x') || text[1] == QLatin1Char('X'));
}

// EIP-55: a hex letter is upper case exactly when the matching nibble of
// Keccak-256(lower-case hex digits as ASCII) is 8 or more.
QString checksummedHex(const QString &lowerHexDigits)
{
    const QByteArray hash
        = QCryptographicHash::hash(lowerHexDigits.toLatin1(), QCryptographicHash::Keccak_256);
    QString result = lowerHexDigits;
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (!result[i].isLetter())
            continue;
        const auto byte = static_cast<unsigned char>(hash[i / 2]);
        const int nibble = (i % 2 == 0) ? (byte >> 4) : (byte & 0x0f);
        if (nibble >= 8)
            result[i] = result[i].toUpper();
    }
    return result;
}

} // namespace

std::optional<Address> Address::parse(QStringView text, QString *reason)
{
    auto fail = [reason](QString message) -> std::optional<Address> {
        if (reason)
            *reason = std::move(message);
        return std::nullopt;
    };

    // People paste addresses from explorers and chats with stray spaces or newlines around them.
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(Text::tr("address is empty"));
    if (!hasHexPrefix(trimmed)) {
        return fail(Text::tr("address must start with the 0x prefix"));
    }

    const QStringView hex = trimmed.mid(PrefixLength);
    bool hasLower = false;
    bool hasUpper = false;
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const QChar c = hex[i];
        if (!isHexDigit(c)) {
            return fail(Text::tr("address contains '%1' at position %2, which is not a hex digit "
                                 "(0-9, a-f)")
                            .arg(visibleCharacter(hex, i))
                            .arg(characterPosition(trimmed, i + PrefixLength)));
        }
        hasLower = hasLower || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        hasUpper = hasUpper || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    }
    if (hex.size() != HexDigitCount) {
        return fail(Text::tr("address must have 40 hex digits after 0x, "
                             "but has %1")
                        .arg(hex.size()));
    }

    const QString lowerHex = hex.toString().toLower();
    // Mixed case is a checksum claim; a single case carries none and is taken as typed.
    // We never suggest the "corrected" form: for a typo it would be a valid-looking wrong address.
    if (hasLower && hasUpper && checksummedHex(lowerHex) != hex) {
        return fail(Text::tr("address has mixed-case letters but its EIP-55 checksum is wrong; check it for a "
                             "typo (an all-lowercase address skips the checksum check)"));
    }
    return Address(QStringLiteral("0x") + lowerHex);
}

bool Address::looksLikeAddress(QStringView text)
{
    return hasHexPrefix(text.trimmed());
}

QString Address::toChecksummed() const
{
    return QStringLiteral("0x") + checksummedHex(m_lowerHex.mid(PrefixLength));
}

} // namespace loopview
