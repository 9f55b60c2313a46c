// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace loopview {

// An exact unsigned integer of token base units, 0 … 2^256−1 (an ERC-20 uint256).
// Amounts never pass through floating point: parsing, arithmetic and scaling by decimals are exact.
class Amount
{
public:
    static constexpr int MaxDecimals = 77;  // 2^256−1 has 78 digits

    constexpr Amount() = default;
    static Amount fromUInt64(quint64 value);
    static Amount max();  // 2^256−1

    // Parses the API's base-unit strings: ASCII digits only, no sign, no spaces, no exponent,
    // at most 2^256−1. Leading zeros are allowed ("007" is 7). On failure returns nullopt and
    // sets *reason to a sentence saying which rule failed (positions in it count characters from
    // 1). *reason is left untouched on success.
    static std::optional<Amount> parse(QStringView text, QString *reason = nullptr);
    // The same rules on bytes, without the reason: for a reader that hands over to parse() when
    // this says nullopt, so the reason is still given once. Faster: no UTF-16 text is made.
    static std::optional<Amount> fromAsciiDigits(QByteArrayView digits);

    // Parses a human decimal in token units ("1.5" with decimals 18). Used by filters and tests.
    // Digits are required on both sides of a '.'; more fractional digits than `decimals` is an
    // error rather than a silent rounding.
    static std::optional<Amount> parseScaled(QStringView text, int decimals, QString *reason = nullptr);

    bool isZero() const;
    int compare(const Amount &other) const;  // <0, 0, >0
    // Exact order of a × 10^−aDecimals and b × 10^−bDecimals (<0, 0, >0): 1 with 18 decimals
    // equals 1000000 with 24. Widens to 512 bits rather than formatting digits, so sorting
    // 100,000 amounts of different decimals stays cheap.
    static int compareScaled(const Amount &a, int aDecimals, const Amount &b, int bDecimals);

    // A 64-bit prefix of this × 10^(scale − decimals) (0 ≤ decimals ≤ scale ≤ MaxDecimals): its bit
    // length and the 53 bits below its leading one. For amounts brought to one scale, a smaller
    // prefix means a smaller amount; equal prefixes decide nothing (compareScaled() does). A sort
    // compares these first: one integer comparison instead of two 512-bit numbers.
    quint64 orderPrefix(int decimals, int scale) const;

    // How many fraction digits toDecimalString(decimals) keeps, without making the string:
    // decimals minus the trailing zeros it trims (0 for zero).
    int fractionDigits(int decimals) const;

    // nullopt on overflow past 2^256−1.
    std::optional<Amount> checkedAdd(const Amount &other) const;
    // this × 10^exponent (exponent ≥ 0); nullopt on overflow past 2^256−1.
    std::optional<Amount> checkedMultiplyByPowerOfTen(int exponent) const;
    // (a × b) ÷ 10^exponent rounded half away from zero (exponent ≥ 0). The product is held exactly
    // in 512 bits, so the one rounding is the only change; nullopt when the result exceeds 2^256−1.
    static std::optional<Amount> multiplyDivideByPowerOfTen(const Amount &a, const Amount &b, int exponent);

    // Every `decimals` argument below must be 0 … MaxDecimals: out-of-range values assert in
    // debug builds and are clamped in release builds, so bad token metadata cannot crash a view.

    // Base units as a plain decimal integer ("1000000").
    QString toString() const;

    // Scaled by `decimals` (0 … 77): '.' separator, no grouping, no exponent, trailing zeros
    // trimmed ("1234.5", "0.000000000000000001", "42").
    QString toDecimalString(int decimals) const;

    // The same digits split into whole and fractional parts without trimming, for display code
    // that groups digits or pads to a precision. fraction has exactly `decimals` digits.
    void splitScaled(int decimals, QString *whole, QString *fraction) const;

    // toDecimalString(decimals) appended to `out` as ASCII, for writers that produce bytes (the
    // CLI's CSV): no QString on the way.
    void appendDecimalString(QByteArray &out, int decimals) const;

    friend bool operator==(const Amount &a, const Amount &b) { return a.m_limbs == b.m_limbs; }
    friend bool operator!=(const Amount &a, const Amount &b) { return !(a == b); }
    friend bool operator<(const Amount &a, const Amount &b) { return a.compare(b) < 0; }
    friend bool operator>(const Amount &a, const Amount &b) { return a.compare(b) > 0; }
    friend bool operator<=(const Amount &a, const Amount &b) { return a.compare(b) <= 0; }
    friend bool operator>=(const Amount &a, const Amount &b) { return a.compare(b) >= 0; }

private:
    friend class SignedAmount;
    // The digits of toString() into `buffer` (room for 78); returns how many.
    int writeDigits(char *buffer) const;
    // Little-endian 64-bit limbs: m_limbs[0] is the least significant.
    std::array<quint64, 4> m_limbs{};
};

// The exact difference of two amounts, which may be negative: available = total − locked, and the
// service has been seen to report locked > total. The sign is kept rather than clamped so the user
// sees exactly what the service said.
class SignedAmount
{
public:
    SignedAmount() = default;
    SignedAmount(const Amount &magnitude, bool negative);

    static SignedAmount difference(const Amount &minuend, const Amount &subtrahend);

    bool isNegative() const { return m_negative; }
    bool isZero() const { return m_magnitude.isZero(); }
    const Amount &magnitude() const { return m_magnitude; }

    int compare(const SignedAmount &other) const;

    QString toString() const;                       // "-5", "12"
    QString toDecimalString(int decimals) const;    // "-0.5", "1.25"
    void appendDecimalString(QByteArray &out, int decimals) const;  // as Amount's, with the sign

    friend bool operator==(const SignedAmount &a, const SignedAmount &b) { return a.compare(b) == 0; }
    friend bool operator<(const SignedAmount &a, const SignedAmount &b) { return a.compare(b) < 0; }

private:
    Amount m_magnitude;
    bool m_negative = false;  // never true for zero
};

} // namespace loopview

Q_DECLARE_METATYPE(loopview::Amount)
Q_DECLARE_METATYPE(loopview::SignedAmount)
