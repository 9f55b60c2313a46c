// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "amount.h"

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace loopview {

// An exact non-negative decimal number: coefficient × 10^−scale, e.g. 3000.12 is 300012 with scale
// 2. Prices and fiat values are held this way so that nothing passes through floating point: a
// double cannot hold 3000.12, let alone 0.000000000000000001.
//
// The scale is part of the value's text: "3000.10" keeps its trailing zero (scale 2) and a value
// rounded to cents prints "12.50". Comparison is numeric whatever the scales (3000.1 == 3000.10).
class Decimal
{
public:
    static constexpr int MaxScale = Amount::MaxDecimals;  // 77

    // What parse() accepts: enough for any price (a token worth 10^30, or 10^−36, of a dollar)
    // and small enough that a coefficient (at most 66 digits) always fits its 256 bits.
    static constexpr int MaxParsedWholeDigits = 30;
    static constexpr int MaxParsedScale = 36;
    // Text longer than this is refused before it is looked at (leading or trailing zeros are
    // counted: they are characters a service sent).
    static constexpr int MaxParsedLength = 100;

    constexpr Decimal() = default;  // 0
    // `scale` must be 0 … MaxScale: out of range asserts in debug builds and is clamped in release.
    Decimal(const Amount &coefficient, int scale);

    // A decimal as services write prices: ASCII digits, optionally '.' with digits on both sides,
    // optionally an exponent ("1e-7", "2.5E+3"), which is applied exactly by moving the decimal
    // point: "1e-7" is 0.0000001 (scale 7), "1.50e3" is 1500. JavaScript writes numbers below
    // 10^−6 that way, so a service that stringifies its numbers sends them. Refused, with a
    // reason saying which rule failed: empty text, a sign (a minus sign says "negative"),
    // whitespace anywhere, any other character, more than MaxParsedWholeDigits digits before the
    // point (leading zeros do not count), more than MaxParsedScale after it (trailing zeros do),
    // an exponent of more than four digits, or text longer than MaxParsedLength. Positions in
    // reasons count characters from 1. *reason is left untouched on success.
    static std::optional<Decimal> parse(QStringView text, QString *reason = nullptr);

    const Amount &coefficient() const { return m_coefficient; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_coefficient.isZero(); }

    int compare(const Decimal &other) const;  // <0, 0, >0, exact across scales

    // The exact sum, at the larger of the two scales; nullopt when it exceeds 2^256−1 units of
    // that scale (never wraps).
    std::optional<Decimal> checkedAdd(const Decimal &other) const;

    // a × b rounded half away from zero to `scale` decimals (0 … MaxScale): 0.125 → 0.13, 2.675 →
    // 2.68. Computed exactly (the product of the coefficients is held in 512 bits) and rounded
    // once; nullopt when the result exceeds 2^256−1 units of 10^−scale.
    static std::optional<Decimal> multiply(const Decimal &a, const Decimal &b, int scale);

    // Machine form: '.' separator, no grouping, no exponent, exactly scale() digits after the point
    // ("3000.10", "0.0000001", "1234.50", "42"). Display code groups it by locale.
    QString toString() const;

    // Numeric equality: 3000.1 == 3000.10 (toString() tells them apart).
    friend bool operator==(const Decimal &a, const Decimal &b) { return a.compare(b) == 0; }
    friend bool operator!=(const Decimal &a, const Decimal &b) { return a.compare(b) != 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return a.compare(b) < 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return a.compare(b) > 0; }

private:
    Amount m_coefficient;
    int m_scale = 0;
};

} // namespace loopview

Q_DECLARE_METATYPE(loopview::Decimal)
