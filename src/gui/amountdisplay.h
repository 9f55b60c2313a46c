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

} // namespace amountdisplay

} // namespace loopview

Q_DECLARE_METATYPE(loopview::ScaledAmount)
