// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "amount.h"

#include "printabletext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::Amount)
};

// GCC and Clang provide a 128-bit integer; -Wpedantic would flag it without __extension__.
__extension__ typedef unsigned __int128 u128;

using Limbs = std::array<quint64, 4>;

// The largest power of ten that fits a 64-bit limb: toString peels 19 digits per division.
constexpr quint64 TenPow19 = 10000000000000000000ULL;
constexpr int DigitsPerChunk = 19;

constexpr quint64 powerOfTen(int exponent)
{
    quint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// 10^0 … 10^19, looked up rather than computed once per chunk of digits.
constexpr std::array<quint64, DigitsPerChunk + 1> PowersOfTen = [] {
    std::array<quint64, DigitsPerChunk + 1> powers{};
    for (int i = 0; i <= DigitsPerChunk; ++i)
        powers[size_t(i)] = powerOfTen(i);
    return powers;
}();

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Twice an amount's width: a product of two amounts always fits, so it is exact before rounding.
using WideLimbs = std::array<quint64, 8>;

// limbs = limbs * multiplier + addend. Returns false when the result no longer fits the limbs.
template <size_t N>
bool multiplyAdd(std::array<quint64, N> &limbs, quint64 multiplier, quint64 addend)
{
    quint64 carry = addend;
    for (quint64 &limb : limbs) {
        const u128 product = static_cast<u128>(limb) * multiplier + carry;
        limb = static_cast<quint64>(product);
        carry = static_cast<quint64>(product >> 64);
    }
    return carry == 0;
}

// limbs /= divisor, returning the remainder.
template <size_t N>
quint64 divideInPlace(std::array<quint64, N> &limbs, quint64 divisor)
{
    u128 remainder = 0;
    for (int i = int(limbs.size()) - 1; i >= 0; --i) {
        const u128 current = (remainder << 64) | limbs[size_t(i)];
        limbs[size_t(i)] = static_cast<quint64>(current / divisor);
        remainder = current % divisor;
    }
    return static_cast<quint64>(remainder);
}

template <size_t N>
bool limbsAreZero(const std::array<quint64, N> &limbs)
{
    for (quint64 limb : limbs) {
        if (limb != 0)
            return false;
    }
    return true;
}

// Accumulates already-validated ASCII digits. False on overflow past 2^256−1.
bool accumulateDigits(QStringView digits, Limbs &limbs)
{
    limbs = {};
    qsizetype index = 0;
    while (index < digits.size()) {
        const qsizetype chunkLength = qMin<qsizetype>(DigitsPerChunk, digits.size() - index);
        quint64 chunk = 0;
        for (qsizetype i = 0; i < chunkLength; ++i)
            chunk = chunk * 10 + quint64(digits[index + i].unicode() - u'0');
        if (!multiplyAdd(limbs, PowersOfTen[size_t(chunkLength)], chunk))
            return false;
        index += chunkLength;
    }
    return true;
}

// The value of eight ASCII digits, or -1 when any of the eight bytes is not one: the digits are
// checked and combined in pairs, fours and eights inside one 64-bit word (the first byte is the
// most significant digit).
qint64 eightDigits(const char *text)
{
    quint64 word;
    std::memcpy(&word, text, sizeof word);
    // Every byte 0x30…0x39: its high nibble is 3 and adding 6 does not carry into the high nibble.
    if (((word & 0xF0F0F0F0F0F0F0F0ULL) | (((word + 0x0606060606060606ULL) & 0xF0F0F0F0F0F0F0F0ULL) >> 4))
        != 0x3333333333333333ULL) {
        return -1;
    }
    word = (word & 0x0F0F0F0F0F0F0F0FULL) * 2561 >> 8;
    word = (word & 0x00FF00FF00FF00FFULL) * 6553601 >> 16;
    return qint64((word & 0x0000FFFF0000FFFFULL) * 42949672960001ULL >> 32);
}

// ASCII digits to limbs, checking each byte; false on a non-digit or past 2^256−1. The first
// chunk takes the digits that do not fill 16, every other chunk is two words of eight.
bool accumulateAsciiDigits(QByteArrayView digits, Limbs &limbs)
{
    constexpr qsizetype ChunkDigits = 16;
    limbs = {};
    const char *p = digits.data();
    const char *const end = p + digits.size();
    const qsizetype head = digits.size() % ChunkDigits;
    quint64 chunk = 0;
    if (head >= 8) {
        const qint64 first = eightDigits(p);
        if (first < 0)
            return false;
        chunk = quint64(first);
        p += 8;
    }
    for (const char *headEnd = digits.data() + head; p < headEnd; ++p) {
        const unsigned digit = unsigned(*p) - '0';
        if (digit > 9)
            return false;
        chunk = chunk * 10 + digit;
    }
    // The limbs live in locals rather than the array while the digits come in: a loop over the
    // array keeps them in memory, and reading back what was just stored there stalls. Four
    // multiplications per chunk cost less than deciding how many are needed.
    quint64 limb0 = chunk, limb1 = 0, limb2 = 0, limb3 = 0;
    for (; p < end; p += ChunkDigits) {
        const qint64 high = eightDigits(p);
        const qint64 low = eightDigits(p + 8);
        if (high < 0 || low < 0)
            return false;
        constexpr quint64 Multiplier = PowersOfTen[ChunkDigits];
        u128 product = static_cast<u128>(limb0) * Multiplier + (quint64(high) * 100000000 + quint64(low));
        limb0 = static_cast<quint64>(product);
        product = static_cast<u128>(limb1) * Multiplier + static_cast<quint64>(product >> 64);
        limb1 = static_cast<quint64>(product);
        product = static_cast<u128>(limb2) * Multiplier + static_cast<quint64>(product >> 64);
        limb2 = static_cast<quint64>(product);
        product = static_cast<u128>(limb3) * Multiplier + static_cast<quint64>(product >> 64);
        limb3 = static_cast<quint64>(product);
        if ((product >> 64) != 0)
            return false;  // past 2^256−1
    }
    limbs = {limb0, limb1, limb2, limb3};
    return true;
}

// The reason a character other than an ASCII digit (or the one allowed '.') is not accepted.
QString badCharacterReason(QStringView text, qsizetype index, bool decimalPointAllowed)
{
    const QChar c = text[index];
    const qsizetype position = characterPosition(text, index);
    if (c.isSpace()) {
        return Text::tr("amount contains whitespace at position %1; amounts must be digits only")
            .arg(position);
    }
    if (c == QLatin1Char('.') && !decimalPointAllowed) {
        return Text::tr("amount has a decimal point at position %1; base units are whole numbers")
            .arg(position);
    }
    if (c == QLatin1Char('.')) {
        return Text::tr("amount has a second decimal point at position %1")
            .arg(position);
    }
    if ((c == QLatin1Char('e') || c == QLatin1Char('E')) && index > 0) {
        return Text::tr("amount uses exponent notation ('%1' at position %2); write all digits out")
            .arg(c)
            .arg(position);
    }
    if (index > 0 && (c == QLatin1Char('+') || c == QLatin1Char('-'))) {
        return Text::tr("amount contains a sign '%1' at position %2")
            .arg(c)
            .arg(position);
    }
    const QString shown = visibleCharacter(text, index);
    if (c.isDigit()) {
        return Text::tr("amount contains a non-ASCII digit '%1' at position %2; only 0-9 are accepted")
            .arg(shown)
            .arg(position);
    }
    return Text::tr("amount contains a non-digit character '%1' at position %2")
        .arg(shown)
        .arg(position);
}

// Shared front checks for parse() and parseScaled(): empty and leading sign.
bool checkStart(QStringView text, QString *reason)
{
    if (text.isEmpty()) {
        if (reason)
            *reason = Text::tr("amount is empty");
        return false;
    }
    if (text.front() == QLatin1Char('+') || text.front() == QLatin1Char('-')) {
        if (reason)
            *reason = Text::tr("amount has a sign; amounts are unsigned digits only");
        return false;
    }
    return true;
}

QString overflowReason()
{
    // "\u2212" "1" kept apart: lupdate reads "\u22121" as one five-digit escape.
    return Text::tr("amount exceeds 2^256\u2212" "1");
}

int clampDecimals(int decimals)
{
    // Callers pass token metadata; out-of-range decimals is a programming error caught in debug
    // builds, and clamped in release so a bad token never crashes the table.
    Q_ASSERT(decimals >= 0 && decimals <= Amount::MaxDecimals);
    return qBound(0, decimals, Amount::MaxDecimals);
}

} // namespace

Amount Amount::fromUInt64(quint64 value)
{
    Amount amount;
    amount.m_limbs[0] = value;
    return amount;
}

Amount Amount::max()
{
    Amount amount;
    amount.m_limbs.fill(~quint64(0));
    return amount;
}

std::optional<Amount> Amount::parse(QStringView text, QString *reason)
{
    if (!checkStart(text, reason))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isAsciiDigit(text[i])) {
            if (reason)
                *reason = badCharacterReason(text, i, false);
            return std::nullopt;
        }
    }
    Amount amount;
    if (!accumulateDigits(text, amount.m_limbs)) {
        if (reason)
            *reason = overflowReason();
        return std::nullopt;
    }
    return amount;
}

std::optional<Amount> Amount::fromAsciiDigits(QByteArrayView digits)
{
    Amount amount;
    if (digits.isEmpty() || !accumulateAsciiDigits(digits, amount.m_limbs))
        return std::nullopt;
    return amount;
}

std::optional<Amount> Amount::parseScaled(QStringView text, int decimals, QString *reason)
{
    decimals = clampDecimals(decimals);
    if (!checkStart(text, reason))
        return std::nullopt;

    qsizetype pointIndex = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isAsciiDigit(text[i]))
            continue;
        if (text[i] == QLatin1Char('.') && pointIndex < 0) {
            pointIndex = i;
            continue;
        }
        if (reason)
            *reason = badCharacterReason(text, i, true);
        return std::nullopt;
    }

    const QStringView whole = pointIndex < 0 ? text : text.left(pointIndex);
    const QStringView fraction = pointIndex < 0 ? QStringView() : text.mid(pointIndex + 1);
    if (whole.isEmpty() || (pointIndex >= 0 && fraction.isEmpty())) {
        if (reason)
            *reason = Text::tr("amount needs digits on both sides of the decimal point");
        return std::nullopt;
    }
    if (fraction.size() > decimals) {
        if (reason) {
            *reason = Text::tr("amount has %1 digits after the decimal point but the token has only %2 "
                               "decimals")
                          .arg(fraction.size())
                          .arg(decimals);
        }
        return std::nullopt;
    }

    // Scaling is exact: append the fraction digits and pad with zeros to `decimals` places.
    QString digits;
    digits.reserve(whole.size() + decimals);
    digits.append(whole);
    digits.append(fraction);
    digits.append(QString(decimals - fraction.size(), QLatin1Char('0')));
    Amount amount;
    if (!accumulateDigits(digits, amount.m_limbs)) {
        if (reason)
            *reason = overflowReason();
        return std::nullopt;
    }
    return amount;
}

bool Amount::isZero() const
{
    return limbsAreZero(m_limbs);
}

int Amount::compare(const Amount &other) const
{
    for (int i = int(m_limbs.size()) - 1; i >= 0; --i) {
        const quint64 mine = m_limbs[size_t(i)];
        const quint64 theirs = other.m_limbs[size_t(i)];
        if (mine != theirs)
            return mine < theirs ? -1 : 1;
    }
    return 0;
}

int Amount::compareScaled(const Amount &a, int aDecimals, const Amount &b, int bDecimals)
{
    aDecimals = clampDecimals(aDecimals);
    bDecimals = clampDecimals(bDecimals);
    if (aDecimals == bDecimals || a.isZero() || b.isZero())
        return a.compare(b);
    // Both at the larger number of decimals: the other side is multiplied by at most 10^77, which
    // is below 2^256, so the product fits 512 bits and nothing is cut off.
    WideLimbs aWide{};
    WideLimbs bWide{};
    std::copy(a.m_limbs.cbegin(), a.m_limbs.cend(), aWide.begin());
    std::copy(b.m_limbs.cbegin(), b.m_limbs.cend(), bWide.begin());
    WideLimbs &scaled = aDecimals < bDecimals ? aWide : bWide;
    for (int left = qAbs(aDecimals - bDecimals); left > 0; left -= DigitsPerChunk)
        multiplyAdd(scaled, PowersOfTen[size_t(qMin(left, DigitsPerChunk))], 0);
    for (int i = int(aWide.size()) - 1; i >= 0; --i) {
        if (aWide[size_t(i)] != bWide[size_t(i)])
            return aWide[size_t(i)] < bWide[size_t(i)] ? -1 : 1;
    }
    return 0;
}

quint64 Amount::orderPrefix(int decimals, int scale) const
{
    decimals = clampDecimals(decimals);
    scale = qMax(decimals, clampDecimals(scale));
    WideLimbs scaled{};
    std::copy(m_limbs.cbegin(), m_limbs.cend(), scaled.begin());
    for (int left = scale - decimals; left > 0; left -= DigitsPerChunk)
        multiplyAdd(scaled, PowersOfTen[size_t(qMin(left, DigitsPerChunk))], 0);
    int top = int(scaled.size()) - 1;
    while (top >= 0 && scaled[size_t(top)] == 0)
        --top;
    if (top < 0)
        return 0;
    // Bit length (1 … 512) above 53 bits of mantissa: ordered by length first, then by the bits.
    constexpr int MantissaBits = 53;
    const int leading = 63 - __builtin_clzll(scaled[size_t(top)]);
    const int bitLength = top * 64 + leading + 1;
    const int shift = bitLength - 1 - MantissaBits;  // where the mantissa's lowest bit sits
    quint64 bits = 0;
    if (shift < 0) {
        bits = scaled[0] << -shift;  // short enough to sit in the lowest limb
    } else {
        const size_t limb = size_t(shift / 64);
        const int offset = shift % 64;
        bits = scaled[limb] >> offset;
        if (offset != 0 && limb + 1 < scaled.size())
            bits |= scaled[limb + 1] << (64 - offset);
    }
    const quint64 mantissa = bits & ((quint64(1) << MantissaBits) - 1);
    return (quint64(bitLength) << MantissaBits) | mantissa;
}

int Amount::fractionDigits(int decimals) const
{
    decimals = clampDecimals(decimals);
    if (decimals == 0 || isZero())
        return 0;
    // An odd number cannot end in 0: most amounts need no division at all.
    if ((m_limbs[0] & 1) != 0)
        return decimals;
    // Trailing zeros up to `decimals`, a chunk of up to 19 at a time.
    Limbs rest = m_limbs;
    int trimmed = 0;
    while (trimmed < decimals) {
        const int chunk = qMin(decimals - trimmed, DigitsPerChunk);
        Limbs quotient = rest;
        quint64 remainder = divideInPlace(quotient, PowersOfTen[size_t(chunk)]);
        if (remainder != 0) {
            for (; remainder % 10 == 0; remainder /= 10)
                ++trimmed;
            break;
        }
        trimmed += chunk;
        rest = quotient;
    }
    return decimals - trimmed;
}

std::optional<Amount> Amount::checkedAdd(const Amount &other) const
{
    Amount sum;
    quint64 carry = 0;
    for (size_t i = 0; i < m_limbs.size(); ++i) {
        const u128 partial = static_cast<u128>(m_limbs[i]) + other.m_limbs[i] + carry;
        sum.m_limbs[i] = static_cast<quint64>(partial);
        carry = static_cast<quint64>(partial >> 64);
    }
    if (carry != 0)
        return std::nullopt;
    return sum;
}

std::optional<Amount> Amount::checkedMultiplyByPowerOfTen(int exponent) const
{
    Q_ASSERT(exponent >= 0);
    Amount product = *this;
    if (product.isZero())
        return product;
    for (int left = qMax(0, exponent); left > 0; left -= DigitsPerChunk) {
        if (!multiplyAdd(product.m_limbs, powerOfTen(qMin(left, DigitsPerChunk)), 0))
            return std::nullopt;
    }
    return product;
}

std::optional<Amount> Amount::multiplyDivideByPowerOfTen(const Amount &a, const Amount &b, int exponent)
{
    Q_ASSERT(exponent >= 0);
    // Schoolbook multiplication into 512 bits: (2^256−1)^2 < 2^512, so nothing is cut off.
    WideLimbs product{};
    for (size_t i = 0; i < a.m_limbs.size(); ++i) {
        quint64 carry = 0;
        for (size_t j = 0; j < b.m_limbs.size(); ++j) {
            const u128 partial = static_cast<u128>(a.m_limbs[i]) * b.m_limbs[j] + product[i + j] + carry;
            product[i + j] = static_cast<quint64>(partial);
            carry = static_cast<quint64>(partial >> 64);
        }
        product[i + b.m_limbs.size()] = carry;
    }

    if (exponent > 0) {
        // Half away from zero looks at one digit only: after dividing by 10^(exponent−1), the last
        // digit left is the first one dropped, and the rest is at least half exactly when it is ≥ 5.
        for (int left = exponent - 1; left > 0; left -= DigitsPerChunk)
            divideInPlace(product, powerOfTen(qMin(left, DigitsPerChunk)));
        const quint64 firstDropped = divideInPlace(product, 10);
        if (firstDropped >= 5)
            multiplyAdd(product, 1, 1);  // cannot overflow: the quotient is far below 2^512
    }

    Amount result;
    for (size_t i = 0; i < product.size(); ++i) {
        if (i < result.m_limbs.size())
            result.m_limbs[i] = product[i];
        else if (product[i] != 0)
            return std::nullopt;
    }
    return result;
}

int Amount::writeDigits(char *buffer) const
{
    // 2^256−1 has 78 digits: at most five 19-digit chunks.
    constexpr int MaxChunks = 5;
    quint64 chunks[MaxChunks] = {};
    int chunkCount = 0;
    Limbs rest = m_limbs;
    do {
        chunks[chunkCount++] = divideInPlace(rest, TenPow19);
    } while (!limbsAreZero(rest) && chunkCount < MaxChunks);

    int length = 0;
    for (int c = chunkCount - 1; c >= 0; --c) {
        char digits[DigitsPerChunk];
        quint64 value = chunks[c];
        int count = 0;
        do {
            digits[count++] = char('0' + value % 10);
            value /= 10;
        } while (value != 0);
        // Every chunk but the most significant is zero-padded to its full 19 digits.
        if (c != chunkCount - 1) {
            while (count < DigitsPerChunk)
                digits[count++] = '0';
        }
        while (count > 0)
            buffer[length++] = digits[--count];
    }
    return length;
}

QString Amount::toString() const
{
    char buffer[5 * DigitsPerChunk];
    const int length = writeDigits(buffer);
    return QString::fromLatin1(buffer, length);
}

void Amount::splitScaled(int decimals, QString *whole, QString *fraction) const
{
    decimals = clampDecimals(decimals);
    QString digits = toString();
    if (digits.size() <= decimals)
        digits.prepend(QString(decimals + 1 - digits.size(), QLatin1Char('0')));
    const qsizetype wholeLength = digits.size() - decimals;
    if (whole)
        *whole = digits.left(wholeLength);
    if (fraction)
        *fraction = digits.mid(wholeLength);
}

QString Amount::toDecimalString(int decimals) const
{
    QString whole;
    QString fraction;
    splitScaled(decimals, &whole, &fraction);
    qsizetype kept = fraction.size();
    while (kept > 0 && fraction.at(kept - 1) == QLatin1Char('0'))
        --kept;
    if (kept == 0)
        return whole;
    fraction.truncate(kept);
    return whole + QLatin1Char('.') + fraction;
}

void Amount::appendDecimalString(QByteArray &out, int decimals) const
{
    // toDecimalString() without the strings: the digits, the last `decimals` of them (zeros in
    // front when there are fewer) after the point, trailing zeros trimmed, and "0" for an empty
    // whole part.
    decimals = clampDecimals(decimals);
    char digits[5 * DigitsPerChunk];
    const int count = writeDigits(digits);
    const int wholeLength = count > decimals ? count - decimals : 0;
    int fractionEnd = count;
    while (fractionEnd > wholeLength && digits[fractionEnd - 1] == '0')
        --fractionEnd;
    // Laid out here and appended once: each QByteArray::append costs more than a digit does,
    // and a CSV row has five amounts. At most "0." + MaxDecimals digits, or all digits and ".".
    char text[2 + MaxDecimals + 5 * DigitsPerChunk];
    char *end = text;
    if (wholeLength == 0)
        *end++ = '0';
    else
        end = std::copy_n(digits, wholeLength, end);
    if (fractionEnd > wholeLength) {
        *end++ = '.';
        end = std::fill_n(end, decimals - (count - wholeLength), '0');
        end = std::copy_n(digits + wholeLength, fractionEnd - wholeLength, end);
    }
    out.append(text, end - text);
}

SignedAmount::SignedAmount(const Amount &magnitude, bool negative)
    : m_magnitude(magnitude), m_negative(negative && !magnitude.isZero())
{
}

SignedAmount SignedAmount::difference(const Amount &minuend, const Amount &subtrahend)
{
    const bool negative = minuend < subtrahend;
    const Amount &larger = negative ? subtrahend : minuend;
    const Amount &smaller = negative ? minuend : subtrahend;

    Amount magnitude;
    quint64 borrow = 0;
    for (size_t i = 0; i < larger.m_limbs.size(); ++i) {
        const quint64 a = larger.m_limbs[i];
        const quint64 b = smaller.m_limbs[i];
        magnitude.m_limbs[i] = a - b - borrow;
        borrow = (a < b || (a == b && borrow != 0)) ? 1 : 0;
    }
    Q_ASSERT(borrow == 0);
    return SignedAmount(magnitude, negative);
}

int SignedAmount::compare(const SignedAmount &other) const
{
    if (m_negative != other.m_negative)
        return m_negative ? -1 : 1;
    const int byMagnitude = m_magnitude.compare(other.m_magnitude);
    return m_negative ? -byMagnitude : byMagnitude;
}

QString SignedAmount::toString() const
{
    const QString digits = m_magnitude.toString();
    return m_negative ? QLatin1Char('-') + digits : digits;
}

void SignedAmount::appendDecimalString(QByteArray &out, int decimals) const
{
    if (m_negative)
        out += '-';
    m_magnitude.appendDecimalString(out, decimals);
}

QString SignedAmount::toDecimalString(int decimals) const
{
    const QString digits = m_magnitude.toDecimalString(decimals);
    return m_negative ? QLatin1Char('-') + digits : digits;
}

} // namespace loopview
