// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/amountdisplay.h"

#include <QTest>

using namespace loopview;

namespace {

Amount amount(const char *digits)
{
    return *Amount::parse(QString::fromLatin1(digits));
}

} // namespace

class TestAmountDisplay : public QObject
{
    Q_OBJECT
private slots:
    void groupsWholePartOnly();
    void formatsExactlyWithoutRounding();
    void usesLocaleSeparators();
    void fractionDigits();
    void roundsHalfAwayFromZeroOnDigits();
    void scaledAmountsCompareAcrossDecimals();
    void scaledAmountsCompareHugeValues();
    void negativeScaledAmountsSortBelowZero();
};

void TestAmountDisplay::roundsHalfAwayFromZeroOnDigits()
{
    using amountdisplay::roundMachineText;
    QCOMPARE(roundMachineText(QStringLiteral("2.345"), 2), QStringLiteral("2.35"));
    QCOMPARE(roundMachineText(QStringLiteral("2.344999"), 2), QStringLiteral("2.34"));
    QCOMPARE(roundMachineText(QStringLiteral("-2.345"), 2), QStringLiteral("-2.35"));
    QCOMPARE(roundMachineText(QStringLiteral("0.5"), 0), QStringLiteral("1"));
    QCOMPARE(roundMachineText(QStringLiteral("-0.5"), 0), QStringLiteral("-1"));
    QCOMPARE(roundMachineText(QStringLiteral("0.49"), 0), QStringLiteral("0"));
    // Carries through every digit; trailing zeros go; zero has no sign.
    QCOMPARE(roundMachineText(QStringLiteral("999.996"), 2), QStringLiteral("1000"));
    QCOMPARE(roundMachineText(QStringLiteral("1.2049"), 2), QStringLiteral("1.2"));
    QCOMPARE(roundMachineText(QStringLiteral("-0.004"), 2), QStringLiteral("0"));
    // 1.005 is not representable as a double (it would round to 1.00): digits are exact.
    QCOMPARE(roundMachineText(QStringLiteral("1.005"), 2), QStringLiteral("1.01"));
    // Beyond what a double holds: 2^256−1 base units, 18 decimals, rounded to 6.
    QCOMPARE(roundMachineText(QStringLiteral("115792089237316195423570985008687907853269984665640564039457.584007913129639935"), 6),
             QStringLiteral("115792089237316195423570985008687907853269984665640564039457.584008"));
    // Nothing to round.
    QCOMPARE(roundMachineText(QStringLiteral("12.5"), 2), QStringLiteral("12.5"));
    QCOMPARE(roundMachineText(QStringLiteral("-7"), 0), QStringLiteral("-7"));
    QCOMPARE(roundMachineText(QStringLiteral("1.23"), -1), QStringLiteral("1.23"));
}

void TestAmountDisplay::groupsWholePartOnly()
{
    const QLocale c = QLocale::c();
    QCOMPARE(amountdisplay::groupMachineText(QStringLiteral("1234567.1234567"), c), QStringLiteral("1,234,567.1234567"));
    QCOMPARE(amountdisplay::groupMachineText(QStringLiteral("123"), c), QStringLiteral("123"));
    QCOMPARE(amountdisplay::groupMachineText(QStringLiteral("1000"), c), QStringLiteral("1,000"));
    QCOMPARE(amountdisplay::groupMachineText(QStringLiteral("-1000.5"), c), QStringLiteral("-1,000.5"));
    QCOMPARE(amountdisplay::groupMachineText(QStringLiteral("0.000001"), c), QStringLiteral("0.000001"));
}

void TestAmountDisplay::formatsExactlyWithoutRounding()
{
    const QLocale c = QLocale::c();
    // 2^256−1 base units with 18 decimals: every digit survives.
    QCOMPARE(amountdisplay::format(Amount::max(), 18, c),
             QStringLiteral("115,792,089,237,316,195,423,570,985,008,687,907,853,269,984,665,640,564,039,457."
                            "584007913129639935"));
    QCOMPARE(amountdisplay::format(amount("1"), 18, c), QStringLiteral("0.000000000000000001"));
    QCOMPARE(amountdisplay::format(amount("1500000000000000000"), 18, c), QStringLiteral("1.5"));
    QCOMPARE(amountdisplay::format(SignedAmount(amount("2500"), true), 3, c), QStringLiteral("-2.5"));
}

void TestAmountDisplay::usesLocaleSeparators()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(amountdisplay::format(amount("1234567500000"), 6, german), QStringLiteral("1.234.567,5"));
}

void TestAmountDisplay::fractionDigits()
{
    QCOMPARE(amountdisplay::fractionDigits(QStringLiteral("12")), 0);
    QCOMPARE(amountdisplay::fractionDigits(QStringLiteral("12.5")), 1);
    QCOMPARE(amountdisplay::fractionDigits(QStringLiteral("-0.000001")), 6);
}

void TestAmountDisplay::scaledAmountsCompareAcrossDecimals()
{
    const ScaledAmount oneEth(amount("1000000000000000000"), 18);
    const ScaledAmount thousandUsdt(amount("1000000000"), 6);
    QVERIFY(oneEth < thousandUsdt);  // base units alone would say the opposite
    QVERIFY(!(thousandUsdt < oneEth));
    QVERIFY(ScaledAmount(amount("15"), 1) == ScaledAmount(amount("1500"), 3));
    QVERIFY(ScaledAmount(amount("15"), 1) < ScaledAmount(amount("1501"), 3));
}

void TestAmountDisplay::scaledAmountsCompareHugeValues()
{
    const ScaledAmount nine(amount("9"), 0);
    const ScaledAmount ten(amount("10"), 0);
    const ScaledAmount max(Amount::max(), 0);
    QVERIFY(nine < ten);
    QVERIFY(ten < max);
    QVERIFY(!(max < ten));
    QCOMPARE(max.compare(max), 0);
    // One base unit below the maximum still compares as smaller.
    const Amount belowMax = *Amount::parse(
            QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639934"));
    QVERIFY(ScaledAmount(belowMax, 0) < max);
}

void TestAmountDisplay::negativeScaledAmountsSortBelowZero()
{
    const ScaledAmount minusTwo(SignedAmount::difference(amount("5"), amount("7")), 0);
    const ScaledAmount minusOne(SignedAmount::difference(amount("5"), amount("6")), 0);
    const ScaledAmount zero(amount("0"), 0);
    QVERIFY(minusTwo < minusOne);
    QVERIFY(minusOne < zero);
    QVERIFY(!(zero < minusTwo));
}

QTEST_GUILESS_MAIN(TestAmountDisplay)
#include "test_amountdisplay.moc"
