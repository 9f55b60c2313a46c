// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Decimal: exact parsing of prices as services write them (plain or with an exponent), the machine
// form, and comparison across scales.
#include "core/decimal.h"

#include <QTest>

using loopview::Amount;
using loopview::Decimal;

namespace {

Decimal decimal(const QString &text)
{
    QString reason;
    const std::optional<Decimal> parsed = Decimal::parse(text, &reason);
    if (!parsed)
        qFatal("test decimal %s did not parse: %s", qPrintable(text), qPrintable(reason));
    return *parsed;
}

const QString TwoPow256Minus1 = QStringLiteral(
    "115792089237316195423570985008687907853269984665640564039457584007913129639935");

} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void parsesExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("coefficient");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("machine");
        QTest::newRow("price") << "3000.12" << "300012" << 2 << "3000.12";
        QTest::newRow("trailing zero kept") << "3000.10" << "300010" << 2 << "3000.10";
        QTest::newRow("whole") << "42" << "42" << 0 << "42";
        QTest::newRow("zero") << "0" << "0" << 0 << "0";
        QTest::newRow("zero with fraction") << "0.00" << "0" << 2 << "0.00";
        QTest::newRow("one wei of a dollar") << "0.000000000000000001" << "1" << 18 << "0.000000000000000001";
        QTest::newRow("leading zeros dropped") << "007.5" << "75" << 1 << "7.5";
        QTest::newRow("exponent, negative") << "1e-7" << "1" << 7 << "0.0000001";
        QTest::newRow("exponent, upper case") << "2.5E-9" << "25" << 10 << "0.0000000025";
        QTest::newRow("exponent, positive") << "1.50e3" << "1500" << 0 << "1500";
        QTest::newRow("exponent, explicit plus") << "3E+2" << "300" << 0 << "300";
        QTest::newRow("exponent, partly into the fraction") << "1.2345e2" << "12345" << 2 << "123.45";
        QTest::newRow("exponent zero") << "5.00e0" << "500" << 2 << "5.00";
        QTest::newRow("exponent with leading zeros") << "1e-0007" << "1" << 7 << "0.0000001";
        QTest::newRow("zero with exponent") << "0e5" << "0" << 0 << "0";
        QTest::newRow("30 whole digits") << QString(30, QLatin1Char('9')) << QString(30, QLatin1Char('9')) << 0
                                         << QString(30, QLatin1Char('9'));
        QTest::newRow("36 fraction digits") << QStringLiteral("0.") + QString(35, QLatin1Char('0')) + QLatin1Char('1') << "1" << 36
                                            << QStringLiteral("0.") + QString(35, QLatin1Char('0')) + QLatin1Char('1');
        const QString widest = QString(30, QLatin1Char('9')) + QStringLiteral(".") + QString(36, QLatin1Char('9'));
        QTest::newRow("widest") << widest << QString(66, QLatin1Char('9')) << 36 << widest;
        QTest::newRow("leading zeros do not count as whole digits")
            << QString(40, QLatin1Char('0')) + QLatin1Char('1') << "1" << 0 << "1";
    }

    void parsesExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, coefficient);
        QFETCH(int, scale);
        QFETCH(QString, machine);
        QString reason = QStringLiteral("untouched");
        const std::optional<Decimal> parsed = Decimal::parse(text, &reason);
        QVERIFY2(parsed, qPrintable(reason));
        QCOMPARE(reason, QStringLiteral("untouched"));
        QCOMPARE(parsed->coefficient().toString(), coefficient);
        QCOMPARE(parsed->scale(), scale);
        QCOMPARE(parsed->toString(), machine);
        // The machine form reads back as the same value and the same text.
        QCOMPARE(decimal(machine).toString(), machine);
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << "is empty";
        QTest::newRow("negative") << "-1.5" << "is negative";
        QTest::newRow("plus") << "+1.5" << "has a sign; write the digits only";
        QTest::newRow("leading space") << " 3000.12" << "contains whitespace at position 1";
        QTest::newRow("trailing space") << "3000.12 " << "contains whitespace at position 8";
        QTest::newRow("inner space") << "3 000.12" << "contains whitespace at position 2";
        QTest::newRow("comma") << "3000,12" << "contains ',' at position 5, which is not part of a decimal number";
        QTest::newRow("no whole digits") << ".5" << "needs digits on both sides of the decimal point";
        QTest::newRow("no fraction digits") << "5." << "needs digits on both sides of the decimal point";
        QTest::newRow("two points") << "1.2.3" << "has a decimal point out of place at position 4";
        QTest::newRow("exponent without digits") << "1e" << "has an exponent without digits";
        QTest::newRow("exponent sign without digits") << "1e-" << "has an exponent without digits";
        QTest::newRow("exponent with a point") << "1e2.5" << "has a decimal point out of place at position 4";
        QTest::newRow("exponent alone") << "e5" << "has an exponent 'e' out of place at position 1";
        QTest::newRow("two exponents") << "1e2e3" << "has an exponent 'e' out of place at position 4";
        QTest::newRow("inner minus") << "1-2" << "has a sign '-' out of place at position 2";
        QTest::newRow("huge exponent") << "1e99999" << "has an exponent out of range";
        QTest::newRow("infinity") << "Infinity" << "contains 'I' at position 1, which is not part of a decimal number";
        QTest::newRow("NaN") << "NaN" << "contains 'N' at position 1, which is not part of a decimal number";
        QTest::newRow("hex") << "0x10" << "contains 'x' at position 2, which is not part of a decimal number";
        QTest::newRow("Arabic-Indic digit") << QString::fromUtf8("1\u0663")
                                            << QString::fromUtf8("contains the non-ASCII digit '\u0663' at position 2; only 0-9 are accepted");
        QTest::newRow("control character") << QString::fromUtf8("1\x1b[31m")
                                           << "contains 'U+001B' at position 2, which is not part of a decimal number";
        QTest::newRow("bidi override") << QString::fromUtf8("1\u202e2")
                                       << "contains 'U+202E' at position 2, which is not part of a decimal number";
        QTest::newRow("emoji counts as one character") << QString::fromUtf8("\xf0\x9f\x98\x80" "1x")
                                                       << QString::fromUtf8("contains '\xf0\x9f\x98\x80' at position 1, which is not part of a decimal number");
        QTest::newRow("31 whole digits") << QStringLiteral("1") + QString(30, QLatin1Char('0'))
                                         << "has 31 digits before the decimal point; at most 30 are accepted";
        QTest::newRow("37 fraction digits") << QStringLiteral("0.") + QString(37, QLatin1Char('1'))
                                            << "has 37 digits after the decimal point; at most 36 are accepted";
        QTest::newRow("trailing zeros count") << QStringLiteral("1.") + QString(37, QLatin1Char('0'))
                                              << "has 37 digits after the decimal point; at most 36 are accepted";
        QTest::newRow("exponent past the whole limit") << "1e30"
                                                       << "has 31 digits before the decimal point; at most 30 are accepted";
        QTest::newRow("exponent past the scale limit") << "1e-37"
                                                       << "has 37 digits after the decimal point; at most 36 are accepted";
        QTest::newRow("2^256-1") << TwoPow256Minus1 << "has 78 digits before the decimal point; at most 30 are accepted";
        QTest::newRow("too long") << QStringLiteral("1.") + QString(100, QLatin1Char('0'))
                                  << "has 102 characters; at most 100 are accepted";
    }

    void refusesWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString actual;
        QVERIFY(!Decimal::parse(text, &actual));
        QCOMPARE(actual, reason);
        QVERIFY(!Decimal::parse(text));  // no reason pointer: still refused, no crash
    }

    void defaultIsZero()
    {
        const Decimal zero;
        QVERIFY(zero.isZero());
        QCOMPARE(zero.scale(), 0);
        QCOMPARE(zero.toString(), QStringLiteral("0"));
        QCOMPARE(zero, decimal(QStringLiteral("0.000")));
    }

    void machineFormOfConstructedValues()
    {
        QCOMPARE(Decimal(Amount::fromUInt64(123450), 2).toString(), QStringLiteral("1234.50"));
        QCOMPARE(Decimal(Amount::fromUInt64(5), 2).toString(), QStringLiteral("0.05"));
        QCOMPARE(Decimal(Amount(), 2).toString(), QStringLiteral("0.00"));
        QCOMPARE(Decimal(Amount::max(), 0).toString(), TwoPow256Minus1);
        QCOMPARE(Decimal(Amount::max(), 77).toString(), QStringLiteral("1.") + TwoPow256Minus1.mid(1));
    }

    void compareIsNumeric_data()
    {
        QTest::addColumn<Decimal>("a");
        QTest::addColumn<Decimal>("b");
        QTest::addColumn<int>("order");
        QTest::newRow("trailing zeros") << decimal(QStringLiteral("3000.1")) << decimal(QStringLiteral("3000.10")) << 0;
        QTest::newRow("same scale") << decimal(QStringLiteral("1.25")) << decimal(QStringLiteral("1.24")) << 1;
        QTest::newRow("more digits is not more") << decimal(QStringLiteral("0.999999")) << decimal(QStringLiteral("1")) << -1;
        QTest::newRow("coarser is larger") << decimal(QStringLiteral("2")) << decimal(QStringLiteral("1.999999999999999999999999999999999999")) << 1;
        QTest::newRow("tiny against zero") << decimal(QStringLiteral("0.000000000000000000000000000000000001")) << decimal(QStringLiteral("0")) << 1;
        QTest::newRow("equal across exponent") << decimal(QStringLiteral("1e-7")) << decimal(QStringLiteral("0.00000010")) << 0;
        // Aligning 2^256−1 to a finer scale overflows 256 bits: it is then larger than anything.
        QTest::newRow("alignment past 256 bits") << Decimal(Amount::max(), 0) << Decimal(Amount::max(), 1) << 1;
        QTest::newRow("alignment past 256 bits, other side") << Decimal(Amount::max(), 5) << Decimal(Amount::max(), 0) << -1;
        QTest::newRow("fine side larger") << Decimal(Amount::fromUInt64(1), 0) << Decimal(Amount::max(), 77) << -1;
    }

    void compareIsNumeric()
    {
        QFETCH(Decimal, a);
        QFETCH(Decimal, b);
        QFETCH(int, order);
        QCOMPARE(a.compare(b), order);
        QCOMPARE(b.compare(a), -order);
        QCOMPARE(a == b, order == 0);
        QCOMPARE(a < b, order < 0);
    }

    void addsAtTheLargerScale()
    {
        QCOMPARE(decimal(QStringLiteral("1.5")).checkedAdd(decimal(QStringLiteral("0.25")))->toString(), QStringLiteral("1.75"));
        QCOMPARE(decimal(QStringLiteral("1.50")).checkedAdd(decimal(QStringLiteral("2")))->toString(), QStringLiteral("3.50"));
        QCOMPARE(Decimal().checkedAdd(decimal(QStringLiteral("0.000000000000000001")))->toString(),
                 QStringLiteral("0.000000000000000001"));
        // Past 2^256−1 units of the result's scale: refused, never wrapped.
        QVERIFY(!Decimal(Amount::max(), 2).checkedAdd(decimal(QStringLiteral("0.01"))));
        QVERIFY(!Decimal(Amount::max(), 0).checkedAdd(decimal(QStringLiteral("0.1"))));
        QCOMPARE(Decimal(Amount::max(), 2).checkedAdd(Decimal())->compare(Decimal(Amount::max(), 2)), 0);
    }

    void multipliesAndRoundsOnce()
    {
        // 1.005 × 1.005 = 1.010025: to 2 decimals 1.01, to 5 decimals 1.01003 (a tie, away from zero).
        const Decimal a = decimal(QStringLiteral("1.005"));
        QCOMPARE(Decimal::multiply(a, a, 2)->toString(), QStringLiteral("1.01"));
        QCOMPARE(Decimal::multiply(a, a, 5)->toString(), QStringLiteral("1.01003"));
        QCOMPARE(Decimal::multiply(a, a, 8)->toString(), QStringLiteral("1.01002500"));
        QCOMPARE(Decimal::multiply(decimal(QStringLiteral("12")), decimal(QStringLiteral("3")), 0)->toString(),
                 QStringLiteral("36"));
        QVERIFY(!Decimal::multiply(Decimal(Amount::max(), 0), decimal(QStringLiteral("2")), 0));
        QVERIFY(!Decimal::multiply(Decimal(Amount::max(), 0), decimal(QStringLiteral("1")), 1));
    }

    void travelsInAVariant()
    {
        const QVariant value = QVariant::fromValue(decimal(QStringLiteral("12.50")));
        QCOMPARE(value.value<Decimal>().toString(), QStringLiteral("12.50"));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "test_decimal.moc"
