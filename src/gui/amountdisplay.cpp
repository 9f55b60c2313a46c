// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "amountdisplay.h"

namespace loopview {

namespace {

QString stripLeadingZeros(const QString &digits)
{
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits.at(first) == QLatin1Char('0'))
        ++first;
    return digits.mid(first);
}

QString stripTrailingZeros(QString digits)
{
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return digits;
}

} // namespace

ScaledAmount::ScaledAmount(const SignedAmount &value, int decimals)
    : m_value(value), m_decimals(decimals)
{
}

int ScaledAmount::compare(const ScaledAmount &other) const
{
    const bool negative = m_value.isNegative();
    if (negative != other.m_value.isNegative())
        return negative ? -1 : 1;
    const int magnitudeOrder = Amount::compareScaled(m_value.magnitude(), m_decimals,
                                                     other.m_value.magnitude(), other.m_decimals);
    return negative ? -magnitudeOrder : magnitudeOrder;
}

namespace amountdisplay {

QString groupMachineText(const QString &machineText, const QLocale &locale)
{
    QString sign;
    QString digits = machineText;
    if (digits.startsWith(QLatin1Char('-'))) {
        sign = locale.negativeSign();
        digits.remove(0, 1);
    }
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? digits : digits.left(point);
    const QString fraction = point < 0 ? QString() : digits.mid(point + 1);

    // Locale grouping of three is what every locale Loopview ships a translation for uses.
    const QString separator = locale.groupSeparator();
    QString grouped;
    grouped.reserve(whole.size() + whole.size() / 3 * separator.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += separator;
        grouped += whole.at(i);
    }
    if (fraction.isEmpty())
        return sign + grouped;
    return sign + grouped + locale.decimalPoint() + fraction;
}

QString format(const Amount &amount, int decimals, const QLocale &locale)
{
    return groupMachineText(amount.toDecimalString(decimals), locale);
}

QString format(const SignedAmount &amount, int decimals, const QLocale &locale)
{
    return groupMachineText(amount.toDecimalString(decimals), locale);
}

int fractionDigits(const QString &machineText)
{
    const qsizetype point = machineText.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : int(stripTrailingZeros(machineText.mid(point + 1)).size());
}

int decimalPadding(int maxDigits, int digits)
{
    if (maxDigits == 0)
        return 0;
    return maxDigits - digits + (digits == 0 ? 1 : 0);
}

QString roundMachineText(const QString &machineText, int digits)
{
    const bool negative = machineText.startsWith(QLatin1Char('-'));
    const QString unsignedText = negative ? machineText.mid(1) : machineText;
    const qsizetype point = unsignedText.indexOf(QLatin1Char('.'));
    if (digits < 0 || point < 0 || unsignedText.size() - point - 1 <= digits)
        return machineText;

    // Keep whole and `digits` fraction digits as one digit string; round the magnitude up when the
    // first dropped digit is 5 or more (for the magnitude that is half away from zero).
    QString kept = unsignedText.left(point) + unsignedText.mid(point + 1, digits);
    if (unsignedText.at(point + 1 + digits) >= QLatin1Char('5')) {
        qsizetype i = kept.size() - 1;
        for (; i >= 0 && kept.at(i) == QLatin1Char('9'); --i)
            kept[i] = QLatin1Char('0');
        if (i < 0)
            kept.prepend(QLatin1Char('1'));
        else
            kept[i] = QChar(kept.at(i).unicode() + 1);
    }
    const QString whole = kept.left(kept.size() - digits);
    const QString fraction = stripTrailingZeros(kept.right(digits));
    const bool zero = fraction.isEmpty() && stripLeadingZeros(whole) == QLatin1String("0");
    QString rounded = negative && !zero ? QStringLiteral("-") : QString();
    rounded += whole;
    if (!fraction.isEmpty())
        rounded += QLatin1Char('.') + fraction;
    return rounded;
}

} // namespace amountdisplay

} // namespace loopview
