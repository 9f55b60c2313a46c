// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "decimal.h"

#include "printabletext.h"

#include <QCoreApplication>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it: a plain tr()
// helper function would be filed under the namespace, where no translation is ever looked up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::Decimal)
};

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Why the character at `index` cannot be where it is.
QString unexpectedCharacter(QStringView text, qsizetype index)
{
    const QChar c = text[index];
    const qsizetype position = characterPosition(text, index);
    if (c.isSpace())
        return Text::tr("contains whitespace at position %1").arg(position);
    if (c == QLatin1Char('.'))
        return Text::tr("has a decimal point out of place at position %1").arg(position);
    if (c == QLatin1Char('+') || c == QLatin1Char('-'))
        return Text::tr("has a sign '%1' out of place at position %2").arg(c).arg(position);
    if (c == QLatin1Char('e') || c == QLatin1Char('E'))
        return Text::tr("has an exponent '%1' out of place at position %2").arg(c).arg(position);
    // Named so that no control character or bidi override reaches a message.
    const QString shown = visibleCharacter(text, index);
    if (c.isDigit())
        return Text::tr("contains the non-ASCII digit '%1' at position %2; only 0-9 are accepted").arg(shown).arg(position);
    return Text::tr("contains '%1' at position %2, which is not part of a decimal number").arg(shown).arg(position);
}

void setReason(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
}

} // namespace

Decimal::Decimal(const Amount &coefficient, int scale)
    : m_coefficient(coefficient)
{
    Q_ASSERT(scale >= 0 && scale <= MaxScale);
    m_scale = qBound(0, scale, MaxScale);
}

std::optional<Decimal> Decimal::parse(QStringView text, QString *reason)
{
    if (text.isEmpty()) {
        setReason(reason, Text::tr("is empty"));
        return std::nullopt;
    }
    if (text.size() > MaxParsedLength) {
        setReason(reason, Text::tr("has %1 characters; at most %2 are accepted").arg(text.size()).arg(MaxParsedLength));
        return std::nullopt;
    }
    if (text.front() == QLatin1Char('-')) {
        setReason(reason, Text::tr("is negative"));
        return std::nullopt;
    }
    if (text.front() == QLatin1Char('+')) {
        setReason(reason, Text::tr("has a sign; write the digits only"));
        return std::nullopt;
    }

    // digits [ '.' digits ] [ ('e' | 'E') [ '+' | '-' ] digits ]
    qsizetype pos = 0;
    auto skipDigits = [&text, &pos] {
        const qsizetype start = pos;
        while (pos < text.size() && isAsciiDigit(text[pos]))
            ++pos;
        return text.sliced(start, pos - start);
    };
    const QStringView whole = skipDigits();
    QStringView fraction;
    if (pos < text.size() && text[pos] == QLatin1Char('.')) {
        ++pos;
        fraction = skipDigits();
        if (whole.isEmpty() || fraction.isEmpty()) {
            setReason(reason, Text::tr("needs digits on both sides of the decimal point"));
            return std::nullopt;
        }
    }
    if (whole.isEmpty()) {
        setReason(reason, unexpectedCharacter(text, pos));
        return std::nullopt;
    }
    int exponent = 0;
    if (pos < text.size() && (text[pos] == QLatin1Char('e') || text[pos] == QLatin1Char('E'))) {
        ++pos;
        bool negativeExponent = false;
        if (pos < text.size() && (text[pos] == QLatin1Char('+') || text[pos] == QLatin1Char('-'))) {
            negativeExponent = text[pos] == QLatin1Char('-');
            ++pos;
        }
        QStringView exponentDigits = skipDigits();
        if (exponentDigits.isEmpty()) {
            setReason(reason, pos < text.size() ? unexpectedCharacter(text, pos)
                                                : Text::tr("has an exponent without digits"));
            return std::nullopt;
        }
        while (exponentDigits.size() > 1 && exponentDigits.front() == QLatin1Char('0'))
            exponentDigits = exponentDigits.sliced(1);
        if (exponentDigits.size() > 4) {
            setReason(reason, Text::tr("has an exponent out of range"));
            return std::nullopt;
        }
        exponent = exponentDigits.toInt();
        if (negativeExponent)
            exponent = -exponent;
    }
    if (pos < text.size()) {
        setReason(reason, unexpectedCharacter(text, pos));
        return std::nullopt;
    }

    // The value is digits × 10^(exponent − fraction digits): the exponent only moves the point.
    QString digits = whole + fraction;
    qsizetype firstSignificant = 0;
    while (firstSignificant < digits.size() && digits[firstSignificant] == QLatin1Char('0'))
        ++firstSignificant;
    digits.remove(0, firstSignificant);
    const qsizetype scale = fraction.size() - exponent;
    // Leading zeros are gone, so this counts significant whole digits; ≤ 0 for a value below 1.
    const qsizetype wholeDigits = digits.isEmpty() ? 0 : digits.size() - scale;
    if (wholeDigits > MaxParsedWholeDigits) {
        setReason(reason, Text::tr("has %1 digits before the decimal point; at most %2 are accepted")
                              .arg(wholeDigits)
                              .arg(MaxParsedWholeDigits));
        return std::nullopt;
    }
    if (scale > MaxParsedScale) {
        setReason(reason, Text::tr("has %1 digits after the decimal point; at most %2 are accepted")
                              .arg(scale)
                              .arg(MaxParsedScale));
        return std::nullopt;
    }
    if (scale < 0 && !digits.isEmpty())
        digits.append(QString(-scale, QLatin1Char('0')));
    if (digits.isEmpty())
        digits = QStringLiteral("0");
    // At most 66 digits: far below 2^256.
    const std::optional<Amount> coefficient = Amount::parse(digits);
    Q_ASSERT(coefficient);
    return Decimal(coefficient.value_or(Amount()), int(qMax<qsizetype>(0, scale)));
}

int Decimal::compare(const Decimal &other) const
{
    if (m_scale == other.m_scale)
        return m_coefficient.compare(other.m_coefficient);
    // Bring the smaller scale up to the larger one. When that no longer fits 256 bits, it is larger
    // than any coefficient that does.
    const bool mineFiner = m_scale > other.m_scale;
    const Decimal &coarse = mineFiner ? other : *this;
    const Decimal &fine = mineFiner ? *this : other;
    const std::optional<Amount> aligned =
        coarse.m_coefficient.checkedMultiplyByPowerOfTen(fine.m_scale - coarse.m_scale);
    const int coarseOrder = aligned ? aligned->compare(fine.m_coefficient) : 1;
    return mineFiner ? -coarseOrder : coarseOrder;
}

std::optional<Decimal> Decimal::checkedAdd(const Decimal &other) const
{
    const int scale = qMax(m_scale, other.m_scale);
    const std::optional<Amount> mine = m_coefficient.checkedMultiplyByPowerOfTen(scale - m_scale);
    const std::optional<Amount> theirs = other.m_coefficient.checkedMultiplyByPowerOfTen(scale - other.m_scale);
    if (!mine || !theirs)
        return std::nullopt;
    const std::optional<Amount> sum = mine->checkedAdd(*theirs);
    if (!sum)
        return std::nullopt;
    return Decimal(*sum, scale);
}

std::optional<Decimal> Decimal::multiply(const Decimal &a, const Decimal &b, int scale)
{
    Q_ASSERT(scale >= 0 && scale <= MaxScale);
    scale = qBound(0, scale, MaxScale);
    // The exact product has a.scale + b.scale decimals: drop the surplus (rounding), or append
    // zeros when `scale` asks for more.
    const int surplus = a.m_scale + b.m_scale - scale;
    std::optional<Amount> coefficient =
        Amount::multiplyDivideByPowerOfTen(a.m_coefficient, b.m_coefficient, qMax(0, surplus));
    if (coefficient && surplus < 0)
        coefficient = coefficient->checkedMultiplyByPowerOfTen(-surplus);
    if (!coefficient)
        return std::nullopt;
    return Decimal(*coefficient, scale);
}

QString Decimal::toString() const
{
    if (m_scale == 0)
        return m_coefficient.toString();
    QString whole;
    QString fraction;
    m_coefficient.splitScaled(m_scale, &whole, &fraction);
    return whole + QLatin1Char('.') + fraction;
}

} // namespace loopview
