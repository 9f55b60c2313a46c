// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/amount.h"

#include <QLocale>
#include <QMetaType>
#include <QString>

namespace loopview {

// An exact amount together with the decimals it is scaled by. Sorting a balance column compares
// these: tokens have different decimals, so base units alone would put 1 ETH (10^18 units)
// above 1000 USDT (10^9 units). The comparison works on decimal digits, never on doubles.
class ScaledAmount
{
public:
    ScaledAmount() = default;
    ScaledAmount(const SignedAmount &value, int decimals);
    ScaledAmount(const Amount &value, int decimals) : ScaledAmount(SignedAmount(value, false), decimals) {}

    const SignedAmount &value() const { return m_value; }
    int decimals() const { return m_decimals; }

    int compare(const ScaledAmount &other) const;  // <0, 0, >0, exact

    friend bool operator<(const ScaledAmount &a, const ScaledAmount &b) { return a.compare(b) < 0; }
    friend bool operator==(const ScaledAmount &a, const ScaledAmount &b) { return a.compare(b) == 0; }

private:
    SignedAmount m_value;
    int m_decimals = 0;
};

// Human display of exact amounts: the integer part grouped with the locale's separator, the
// fraction kept to its last significant digit (trailing zeros trimmed), nothing rounded.
namespace amountdisplay {

QString format(const Amount &amount, int decimals, const QLocale &locale = QLocale());
QString format(const SignedAmount &amount, int decimals, const QLocale &locale = QLocale());

// Groups the digits of an already exact machine string ("-1234567.5" → "-1,234,567.5").
QString groupMachineText(const QString &machineText, const QLocale &locale = QLocale());

// Number of fraction digits shown by format() for this machine string ("12.50" → 2, "3" → 0).
int fractionDigits(const QString &machineText);

// The role by which any amount model tells AmountDelegate how many digit-wide spaces to append to
// a cell so decimal points line up in a right-aligned column.
constexpr int DecimalPaddingRole = Qt::UserRole + 100;
// That padding for a cell showing `digits` fraction digits in a column whose widest fraction has
// `maxDigits`: a whole number has no decimal point either, so it is padded for the point too.
int decimalPadding(int maxDigits, int digits);

// Exact machine text rounded to at most `digits` fraction digits, half away from zero, on the
// decimal digits themselves (never through a double): ("2.345", 2) → "2.35", ("-0.5", 0) → "-1".
// Trailing zeros go as in format(); a value that rounds to zero loses its sign. Text with no more
// than `digits` fraction digits, or a negative `digits`, comes back unchanged.
QString roundMachineText(const QString &machineText, int digits);

} // namespace amountdisplay

} // namespace loopview

Q_DECLARE_METATYPE(loopview::ScaledAmount)
