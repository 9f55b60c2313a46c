// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/amount.h"

#include <QRandomGenerator>
#include <QTest>
#include <QVariant>

using loopview::Amount;
using loopview::SignedAmount;

namespace loopview {
// Found by QCOMPARE through argument-dependent lookup, so failures print the values.
char *toString(const Amount &value)
{
    return QTest::toString(value.toString());
}
char *toString(const SignedAmount &value)
{
    return QTest::toString(value.toString());
}
} // namespace loopview

namespace {

const QString TwoPow64Minus1 = QStringLiteral("18446744073709551615");
const QString TwoPow64 = QStringLiteral("18446744073709551616");
const QString TwoPow128Minus1 = QStringLiteral("340282366920938463463374607431768211455");
const QString TwoPow128 = QStringLiteral("340282366920938463463374607431768211456");
const QString TwoPow256Minus1 = QStringLiteral(
    "115792089237316195423570985008687907853269984665640564039457584007913129639935");
const QString TwoPow256 = QStringLiteral(
    "115792089237316195423570985008687907853269984665640564039457584007913129639936");

Amount amount(const QString &text)
{
    QString reason;
    const std::optional<Amount> parsed = Amount::parse(text, &reason);
    if (!parsed)
        qFatal("test amount %s did not parse: %s", qPrintable(text), qPrintable(reason));
    return *parsed;
}

QString zeros(int count)
{
    return QString(count, QLatin1Char('0'));
}

// The edges and 200 random amounts of 1 … 78 digits, many of them ending in zeros.
QList<Amount> variedAmounts()
{
    QList<Amount> amounts = {Amount(), Amount::fromUInt64(1), Amount::fromUInt64(10), Amount::fromUInt64(1000),
                             Amount::max(), *Amount::parse(QString(QStringLiteral("1") + zeros(77))),
                             *Amount::parse(TwoPow128), *Amount::parse(QStringLiteral("120034000"))};
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        QString digits = QString::number(1 + random.bounded(9));
        for (int n = random.bounded(77); n > 0; --n)
            digits += QChar(u'0' + char16_t(random.bounded(10)));
        for (int n = random.bounded(20); n > 0 && digits.size() < 77; --n)
            digits += QLatin1Char('0');
        amounts += *Amount::parse(digits);
    }
    return amounts;
}

} // namespace

class TestAmount : public QObject {
    Q_OBJECT

private slots:
    void defaultIsZero();
    void fromUInt64();
    void maxIsTwoPow256Minus1();

    void parseRoundTrip_data();
    void parseRoundTrip();
    void parseRejects_data();
    void parseRejects();
    void parseLeavesReasonUntouchedOnSuccess();
    void parseWithoutReasonPointer();
    void fromAsciiDigitsAgreesWithParse();
    void appendDecimalStringAgreesWithToDecimalString();
    void fractionDigitsAgreesWithToDecimalString();

    void formatting_data();
    void formatting();

    void parseScaled_data();
    void parseScaled();
    void parseScaledRejects_data();
    void parseScaledRejects();
    void parseScaledInvertsToDecimalString();

    void checkedAdd_data();
    void checkedAdd();
    void checkedAddOverflow();
    void multiplyByPowerOfTen();
    void multiplyDivideByPowerOfTen_data();
    void multiplyDivideByPowerOfTen();
    void multiplyDivideOverflowsOnlyPastTheLimit();

    void compareOrdering();
    void compareAcrossLimbs();
    void compareScaled();
    void compareScaledAgreesWithDigitOrder();
    void orderPrefixNeverContradictsTheOrder();

    void signedDifference_data();
    void signedDifference();
    void signedZeroIsNeverNegative();
    void signedCompareAcrossSigns();

    void metaTypeRoundTrip();
    void manyRandomValuesRoundTrip();
    void randomSumsMatch128BitArithmetic();
};

void TestAmount::defaultIsZero()
{
    const Amount zero;
    QVERIFY(zero.isZero());
    QCOMPARE(zero.toString(), QStringLiteral("0"));
    QCOMPARE(zero, Amount::fromUInt64(0));
    QVERIFY(!Amount::fromUInt64(1).isZero());
}

void TestAmount::fromUInt64()
{
    QCOMPARE(Amount::fromUInt64(0).toString(), QStringLiteral("0"));
    QCOMPARE(Amount::fromUInt64(1234567890).toString(), QStringLiteral("1234567890"));
    QCOMPARE(Amount::fromUInt64(~quint64(0)).toString(), TwoPow64Minus1);
}

void TestAmount::maxIsTwoPow256Minus1()
{
    QCOMPARE(Amount::max().toString(), TwoPow256Minus1);
    QCOMPARE(Amount::max(), amount(TwoPow256Minus1));
}

void TestAmount::parseRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("0") << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("1") << QStringLiteral("1") << QStringLiteral("1");
    QTest::newRow("leading zeros") << QStringLiteral("007") << QStringLiteral("7");
    QTest::newRow("only zeros") << QStringLiteral("0000") << QStringLiteral("0");
    QTest::newRow("10^19 - 1") << QStringLiteral("9999999999999999999")
                               << QStringLiteral("9999999999999999999");
    QTest::newRow("10^19") << QStringLiteral("10000000000000000000")
                           << QStringLiteral("10000000000000000000");
    QTest::newRow("chunk with inner zeros")
        << QStringLiteral("1000000000000000000000000000000000000001")
        << QStringLiteral("1000000000000000000000000000000000000001");
    QTest::newRow("2^64-1") << TwoPow64Minus1 << TwoPow64Minus1;
    QTest::newRow("2^64") << TwoPow64 << TwoPow64;
    QTest::newRow("2^128-1") << TwoPow128Minus1 << TwoPow128Minus1;
    QTest::newRow("2^128") << TwoPow128 << TwoPow128;
    QTest::newRow("10^77") << QStringLiteral("1") + zeros(77) << QStringLiteral("1") + zeros(77);
    QTest::newRow("2^256-1") << TwoPow256Minus1 << TwoPow256Minus1;
    QTest::newRow("2^256-1 with leading zeros") << zeros(200) + TwoPow256Minus1 << TwoPow256Minus1;
    QTest::newRow("api sample") << QStringLiteral("10000000000000")
                                << QStringLiteral("10000000000000");
}

void TestAmount::parseRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    QString reason;
    const std::optional<Amount> parsed = Amount::parse(text, &reason);
    QVERIFY2(parsed.has_value(), qPrintable(reason));
    QCOMPARE(parsed->toString(), canonical);
    // Formatting then parsing again must give the same value.
    QCOMPARE(Amount::parse(parsed->toString()), parsed);
}

void TestAmount::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    const QString sign = QStringLiteral("amount has a sign; amounts are unsigned digits only");
    QTest::newRow("empty") << QString() << QStringLiteral("amount is empty");
    QTest::newRow("plus") << QStringLiteral("+5") << sign;
    QTest::newRow("minus") << QStringLiteral("-5") << sign;
    QTest::newRow("minus zero") << QStringLiteral("-0") << sign;
    QTest::newRow("inner minus") << QStringLiteral("12-3")
                                 << QStringLiteral("amount contains a sign '-' at position 3");
    QTest::newRow("leading space")
        << QStringLiteral(" 5")
        << QStringLiteral("amount contains whitespace at position 1; amounts must be digits only");
    QTest::newRow("trailing newline")
        << QStringLiteral("5\n")
        << QStringLiteral("amount contains whitespace at position 2; amounts must be digits only");
    QTest::newRow("digit grouping")
        << QStringLiteral("1 000")
        << QStringLiteral("amount contains whitespace at position 2; amounts must be digits only");
    QTest::newRow("letter") << QStringLiteral(
        "12x") << QStringLiteral("amount contains a non-digit character 'x' at position 3");
    QTest::newRow("hex") << QStringLiteral(
        "0x10") << QStringLiteral("amount contains a non-digit character 'x' at position 2");
    QTest::newRow("comma") << QStringLiteral(
        "1,5") << QStringLiteral("amount contains a non-digit character ',' at position 2");
    QTest::newRow("decimal point")
        << QStringLiteral("1.5")
        << QStringLiteral("amount has a decimal point at position 2; base units are whole numbers");
    QTest::newRow("exponent")
        << QStringLiteral("1e18")
        << QStringLiteral(
               "amount uses exponent notation ('e' at position 2); write all digits out");
    QTest::newRow("exponent upper")
        << QStringLiteral("1E+18")
        << QStringLiteral(
               "amount uses exponent notation ('E' at position 2); write all digits out");
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("\u0661\u0662\u0663")
        << QStringLiteral("amount contains a non-ASCII digit '\u0661' at position 1; only 0-9 "
                          "are accepted");
    QTest::newRow("fullwidth digit")
        << QStringLiteral("1\uFF12")
        << QStringLiteral("amount contains a non-ASCII digit '\uFF12' at position 2; only 0-9 "
                          "are accepted");
    // Position counts characters, not UTF-16 units: the emoji is one character.
    QTest::newRow("emoji then letter")
        << QStringLiteral("1\U0001F600x")
        << QStringLiteral("amount contains a non-digit character '\U0001F600' at position 2");
    QTest::newRow("control character")
        << QStringLiteral("1") + QChar(0x0001)
        << QStringLiteral("amount contains a non-digit character 'U+0001' at position 2");
    QTest::newRow("2^256") << TwoPow256 << QStringLiteral("amount exceeds 2^256\u22121");
    QTest::newRow("10^78") << QStringLiteral("1") + zeros(78)
                           << QStringLiteral("amount exceeds 2^256\u22121");
    QTest::newRow("2^256-1 with extra digit")
        << TwoPow256Minus1 + QStringLiteral("0") << QStringLiteral("amount exceeds 2^256\u22121");
}

void TestAmount::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QString actualReason;
    const std::optional<Amount> parsed = Amount::parse(text, &actualReason);
    QVERIFY(!parsed.has_value());
    QCOMPARE(actualReason, reason);
}

void TestAmount::parseLeavesReasonUntouchedOnSuccess()
{
    QString reason = QStringLiteral("unchanged");
    QVERIFY(Amount::parse(u"12", &reason).has_value());
    QCOMPARE(reason, QStringLiteral("unchanged"));
}

void TestAmount::parseWithoutReasonPointer()
{
    QVERIFY(!Amount::parse(u"").has_value());
    QVERIFY(!Amount::parse(u"abc").has_value());
    QVERIFY(!Amount::parse(TwoPow256).has_value());
    QVERIFY(!Amount::parseScaled(u"1.55", 1).has_value());
}

// The byte reader the list-body fast path uses takes exactly what parse() takes, with the same
// value: every length up to past 78 digits (its word-at-a-time reading changes at 8 and 16), a
// byte that is not a digit at every position (the neighbours of '0'…'9' included), and the bound.
void TestAmount::fromAsciiDigitsAgreesWithParse()
{
    QList<QByteArray> cases = {"", "0", "00000000", "0000000000000000", TwoPow256Minus1.toLatin1(),
                               TwoPow256.toLatin1(), zeros(200).toLatin1() + TwoPow256Minus1.toLatin1(),
                               "1" + zeros(77).toLatin1(), "1" + zeros(78).toLatin1(), TwoPow128.toLatin1()};
    QRandomGenerator random(12);
    for (int length = 1; length <= 90; ++length) {
        QByteArray digits;
        for (int i = 0; i < length; ++i)
            digits += char('0' + random.bounded(10));
        cases += digits;
        cases += QByteArray(length, '9');
        for (int position = 0; position < length; ++position) {
            for (const char notDigit : {'/', ':', ' ', 'a', '\0', '\x80', '\xff', '\xfa'}) {
                QByteArray spoiled = digits;
                spoiled[position] = notDigit;
                cases += spoiled;
            }
        }
    }
    for (const QByteArray &bytes : std::as_const(cases)) {
        const std::optional<Amount> expected = Amount::parse(QString::fromLatin1(bytes));
        const std::optional<Amount> actual = Amount::fromAsciiDigits(bytes);
        QVERIFY2(actual == expected, bytes.toPercentEncoding().constData());
    }
}

// The byte formatter of the CLI's CSV writes what toDecimalString() gives, at every scale.
void TestAmount::appendDecimalStringAgreesWithToDecimalString()
{
    const QList<Amount> amounts = variedAmounts();
    for (const Amount &amount : std::as_const(amounts)) {
        for (int decimals = 0; decimals <= Amount::MaxDecimals; ++decimals) {
            QByteArray bytes = "x";
            amount.appendDecimalString(bytes, decimals);
            QCOMPARE(bytes, "x" + amount.toDecimalString(decimals).toLatin1());
            for (const SignedAmount &signedAmount : {SignedAmount::difference(Amount(), amount),
                                                     SignedAmount::difference(amount, Amount())}) {
                QByteArray signedBytes;
                signedAmount.appendDecimalString(signedBytes, decimals);
                QCOMPARE(signedBytes, signedAmount.toDecimalString(decimals).toLatin1());
            }
        }
    }
}

void TestAmount::fractionDigitsAgreesWithToDecimalString()
{
    for (const Amount &amount : variedAmounts()) {
        for (int decimals = 0; decimals <= Amount::MaxDecimals; ++decimals) {
            const QString text = amount.toDecimalString(decimals);
            const qsizetype point = text.indexOf(QLatin1Char('.'));
            const int expected = point < 0 ? 0 : int(text.size() - point - 1);
            QCOMPARE(amount.fractionDigits(decimals), expected);
        }
    }
    QCOMPARE(amount(QStringLiteral("1500")).fractionDigits(2), 0);    // "15"
    QCOMPARE(amount(QStringLiteral("150")).fractionDigits(4), 3);     // "0.015"
    QCOMPARE(amount(QStringLiteral("7")).fractionDigits(3), 3);       // "0.007"
    QCOMPARE(Amount().fractionDigits(18), 0);                          // "0"
}

void TestAmount::formatting_data()
{
    QTest::addColumn<QString>("baseUnits");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("whole");
    QTest::addColumn<QString>("fraction");

    // decimals 0
    QTest::newRow("42 @0") << QStringLiteral("42") << 0 << QStringLiteral("42")
                           << QStringLiteral("42") << QString();
    QTest::newRow("0 @0") << QStringLiteral("0") << 0 << QStringLiteral("0") << QStringLiteral("0")
                          << QString();
    QTest::newRow("max @0") << TwoPow256Minus1 << 0 << TwoPow256Minus1 << TwoPow256Minus1
                            << QString();
    // decimals 3 (the example)
    QTest::newRow("1234500 @3") << QStringLiteral("1234500") << 3 << QStringLiteral("1234.5")
                                << QStringLiteral("1234") << QStringLiteral("500");
    // decimals 6 (USDT, USDC)
    QTest::newRow("1000000 @6") << QStringLiteral("1000000") << 6 << QStringLiteral("1")
                                << QStringLiteral("1") << QStringLiteral("000000");
    QTest::newRow("1500000 @6") << QStringLiteral("1500000") << 6 << QStringLiteral("1.5")
                                << QStringLiteral("1") << QStringLiteral("500000");
    QTest::newRow("123456 @6") << QStringLiteral("123456") << 6 << QStringLiteral("0.123456")
                               << QStringLiteral("0") << QStringLiteral("123456");
    QTest::newRow("1 @6") << QStringLiteral("1") << 6 << QStringLiteral("0.000001")
                          << QStringLiteral("0") << QStringLiteral("000001");
    QTest::newRow("0 @6") << QStringLiteral("0") << 6 << QStringLiteral("0") << QStringLiteral("0")
                          << QStringLiteral("000000");
    QTest::newRow("max @6")
        << TwoPow256Minus1 << 6
        << QStringLiteral(
               "115792089237316195423570985008687907853269984665640564039457584007913129.639935")
        << QStringLiteral(
               "115792089237316195423570985008687907853269984665640564039457584007913129")
        << QStringLiteral("639935");
    // decimals 18 (ETH, LRC)
    QTest::newRow("1 @18") << QStringLiteral("1") << 18 << QStringLiteral("0.000000000000000001")
                           << QStringLiteral("0") << QStringLiteral("000000000000000001");
    QTest::newRow("0 @18") << QStringLiteral("0") << 18 << QStringLiteral("0")
                           << QStringLiteral("0") << zeros(18);
    QTest::newRow("10^18 @18") << QStringLiteral("1") + zeros(18) << 18 << QStringLiteral("1")
                               << QStringLiteral("1") << zeros(18);
    QTest::newRow("2^64-1 @18") << TwoPow64Minus1 << 18 << QStringLiteral("18.446744073709551615")
                                << QStringLiteral("18") << QStringLiteral("446744073709551615");
    QTest::newRow("api sample @18")
        << QStringLiteral("10000000000000") << 18 << QStringLiteral("0.00001")
        << QStringLiteral("0") << QStringLiteral("000010000000000000");
    QTest::newRow("max @18")
        << TwoPow256Minus1 << 18
        << QStringLiteral(
               "115792089237316195423570985008687907853269984665640564039457.584007913129639935")
        << QStringLiteral("115792089237316195423570985008687907853269984665640564039457")
        << QStringLiteral("584007913129639935");
    // decimals 77: the most a uint256 can need
    QTest::newRow("1 @77") << QStringLiteral("1") << 77
                           << QStringLiteral("0.") + zeros(76) + QStringLiteral("1")
                           << QStringLiteral("0") << zeros(76) + QStringLiteral("1");
    QTest::newRow("10^77 @77") << QStringLiteral("1") + zeros(77) << 77 << QStringLiteral("1")
                               << QStringLiteral("1") << zeros(77);
    QTest::newRow("0 @77") << QStringLiteral("0") << 77 << QStringLiteral("0")
                           << QStringLiteral("0") << zeros(77);
    QTest::newRow("max @77")
        << TwoPow256Minus1 << 77
        << QStringLiteral(
               "1.15792089237316195423570985008687907853269984665640564039457584007913129639935")
        << QStringLiteral("1") << TwoPow256Minus1.mid(1);
}

void TestAmount::formatting()
{
    QFETCH(QString, baseUnits);
    QFETCH(int, decimals);
    QFETCH(QString, decimal);
    QFETCH(QString, whole);
    QFETCH(QString, fraction);

    const Amount value = amount(baseUnits);
    QCOMPARE(value.toDecimalString(decimals), decimal);

    QString actualWhole;
    QString actualFraction;
    value.splitScaled(decimals, &actualWhole, &actualFraction);
    QCOMPARE(actualWhole, whole);
    QCOMPARE(actualFraction, fraction);
    QCOMPARE(actualFraction.size(), qsizetype(decimals));

    // Machine output: never grouping, never an exponent, never a trailing separator.
    QVERIFY(!decimal.contains(QLatin1Char(',')));
    QVERIFY(!decimal.contains(QLatin1Char('e')));
    QVERIFY(!decimal.endsWith(QLatin1Char('.')));
}

void TestAmount::parseScaled_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("baseUnits");

    QTest::newRow("1.5 @18") << QStringLiteral("1.5") << 18
                             << QStringLiteral("1500000000000000000");
    QTest::newRow("1 @18") << QStringLiteral("1") << 18 << QStringLiteral("1") + zeros(18);
    QTest::newRow("smallest @18") << QStringLiteral("0.000000000000000001") << 18
                                  << QStringLiteral("1");
    QTest::newRow("trailing zeros @6")
        << QStringLiteral("2.500000") << 6 << QStringLiteral("2500000");
    QTest::newRow("integer @0") << QStringLiteral("42") << 0 << QStringLiteral("42");
    QTest::newRow("zero @6") << QStringLiteral("0.0") << 6 << QStringLiteral("0");
    QTest::newRow("leading zeros") << QStringLiteral("0001.25") << 2 << QStringLiteral("125");
    QTest::newRow("max @18") << QStringLiteral(
        "115792089237316195423570985008687907853269984665640564039457.584007913129639935")
                             << 18 << TwoPow256Minus1;
    QTest::newRow("max @0") << TwoPow256Minus1 << 0 << TwoPow256Minus1;
}

void TestAmount::parseScaled()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(QString, baseUnits);

    QString reason;
    const std::optional<Amount> parsed = Amount::parseScaled(text, decimals, &reason);
    QVERIFY2(parsed.has_value(), qPrintable(reason));
    QCOMPARE(parsed->toString(), baseUnits);
}

void TestAmount::parseScaledRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << 18 << QStringLiteral("amount is empty");
    QTest::newRow("negative") << QStringLiteral(
        "-1.5") << 18 << QStringLiteral("amount has a sign; amounts are unsigned digits only");
    QTest::newRow("too many fraction digits")
        << QStringLiteral("1.1234567") << 6
        << QStringLiteral("amount has 7 digits after the decimal point but the token has only 6 "
                          "decimals");
    QTest::newRow("fraction with 0 decimals")
        << QStringLiteral("1.5") << 0
        << QStringLiteral("amount has 1 digits after the decimal point but the token has only 0 "
                          "decimals");
    QTest::newRow("no whole part")
        << QStringLiteral(".5") << 18
        << QStringLiteral("amount needs digits on both sides of the decimal point");
    QTest::newRow("no fraction part")
        << QStringLiteral("1.") << 18
        << QStringLiteral("amount needs digits on both sides of the decimal point");
    QTest::newRow("two points") << QStringLiteral(
        "1.2.3") << 18 << QStringLiteral("amount has a second decimal point at position 4");
    QTest::newRow("decimal comma")
        << QStringLiteral("1,5") << 18
        << QStringLiteral("amount contains a non-digit character ',' at position 2");
    QTest::newRow("exponent")
        << QStringLiteral("1.5e3") << 18
        << QStringLiteral(
               "amount uses exponent notation ('e' at position 4); write all digits out");
    QTest::newRow("overflow") << QStringLiteral(
        "115792089237316195423570985008687907853269984665640564039457.584007913129639936")
                              << 18 << QStringLiteral("amount exceeds 2^256\u22121");
}

void TestAmount::parseScaledRejects()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(QString, reason);

    QString actualReason;
    QVERIFY(!Amount::parseScaled(text, decimals, &actualReason).has_value());
    QCOMPARE(actualReason, reason);
}

void TestAmount::parseScaledInvertsToDecimalString()
{
    const QStringList samples
        = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1234500"), TwoPow64,
           TwoPow128,           TwoPow256Minus1};
    for (const QString &sample : samples) {
        const Amount value = amount(sample);
        for (int decimals : {0, 1, 6, 18, 40, 77}) {
            const std::optional<Amount> back
                = Amount::parseScaled(value.toDecimalString(decimals), decimals);
            QVERIFY2(back.has_value(), qPrintable(sample));
            QCOMPARE(*back, value);
        }
    }
}

void TestAmount::checkedAdd_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("sum");

    QTest::newRow("0+0") << QStringLiteral("0") << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("small") << QStringLiteral("100") << QStringLiteral("23")
                           << QStringLiteral("123");
    QTest::newRow("carry into limb 1") << TwoPow64Minus1 << QStringLiteral("1") << TwoPow64;
    QTest::newRow("carry across two limbs") << TwoPow128Minus1 << QStringLiteral("1") << TwoPow128;
    QTest::newRow("2^64-1 twice") << TwoPow64Minus1 << TwoPow64Minus1
                                  << QStringLiteral("36893488147419103230");
    QTest::newRow("max+0") << TwoPow256Minus1 << QStringLiteral("0") << TwoPow256Minus1;
    QTest::newRow("reach max") << QStringLiteral(
        "115792089237316195423570985008687907853269984665640564039457584007913129639934")
                               << QStringLiteral("1") << TwoPow256Minus1;
}

void TestAmount::checkedAdd()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, sum);

    const std::optional<Amount> forward = amount(a).checkedAdd(amount(b));
    const std::optional<Amount> backward = amount(b).checkedAdd(amount(a));
    QVERIFY(forward.has_value());
    QVERIFY(backward.has_value());
    QCOMPARE(forward->toString(), sum);
    QCOMPARE(*backward, *forward);
}

void TestAmount::checkedAddOverflow()
{
    QVERIFY(!Amount::max().checkedAdd(Amount::fromUInt64(1)).has_value());
    QVERIFY(!Amount::fromUInt64(1).checkedAdd(Amount::max()).has_value());
    QVERIFY(!Amount::max().checkedAdd(Amount::max()).has_value());
    QVERIFY(!amount(TwoPow128).checkedAdd(Amount::max()).has_value());
}

void TestAmount::multiplyByPowerOfTen()
{
    QCOMPARE(amount(QStringLiteral("7")).checkedMultiplyByPowerOfTen(0)->toString(), QStringLiteral("7"));
    QCOMPARE(amount(QStringLiteral("7")).checkedMultiplyByPowerOfTen(20)->toString(), QStringLiteral("7") + zeros(20));
    QCOMPARE(amount(QStringLiteral("1")).checkedMultiplyByPowerOfTen(77)->toString(), QStringLiteral("1") + zeros(77));
    QVERIFY(!amount(QStringLiteral("2")).checkedMultiplyByPowerOfTen(77));
    QVERIFY(!amount(QStringLiteral("1")).checkedMultiplyByPowerOfTen(78));
    QVERIFY(!Amount::max().checkedMultiplyByPowerOfTen(1));
    // Zero stays zero at any power.
    QVERIFY(Amount().checkedMultiplyByPowerOfTen(1000)->isZero());
}

void TestAmount::multiplyDivideByPowerOfTen_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<QString>("result");
    QTest::newRow("no division") << "12" << "34" << 0 << "408";
    QTest::newRow("exact") << "125" << "8" << 3 << "1";
    QTest::newRow("down") << "1249" << "1" << 3 << "1";
    QTest::newRow("tie away from zero") << "125" << "1" << 1 << "13";
    QTest::newRow("tie of the first digit only") << "1500000" << "1" << 6 << "2";
    QTest::newRow("below a tie by one far digit") << "1499999999999999999999999" << "1" << 24 << "1";
    QTest::newRow("everything dropped") << "4" << "1" << 1 << "0";
    QTest::newRow("everything dropped, rounds up") << "5" << "1" << 1 << "1";
    QTest::newRow("divisor past the product") << "999" << "999" << 100 << "0";
    QTest::newRow("zero") << "0" << TwoPow256Minus1 << 5 << "0";
    // The product needs 512 bits before the division brings it back.
    QTest::newRow("max squared over 10^78")
        << TwoPow256Minus1 << TwoPow256Minus1 << 78
        << "13407807929942597099574024998205846127479365820592393377723561443721764030073";
    QTest::newRow("max times 10^19 over 10^19") << TwoPow256Minus1 << "10000000000000000000" << 19 << TwoPow256Minus1;
    QTest::newRow("division in several chunks") << TwoPow256Minus1 << "1" << 50 << "1157920892373161954235709850";
    QTest::newRow("division in several chunks, rounds up") << TwoPow256Minus1 << "1" << 49
                                                           << "11579208923731619542357098501";
}

void TestAmount::multiplyDivideByPowerOfTen()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, exponent);
    QFETCH(QString, result);
    const std::optional<Amount> product = Amount::multiplyDivideByPowerOfTen(amount(a), amount(b), exponent);
    QVERIFY(product);
    QCOMPARE(product->toString(), result);
    QCOMPARE(Amount::multiplyDivideByPowerOfTen(amount(b), amount(a), exponent), product);
}

void TestAmount::multiplyDivideOverflowsOnlyPastTheLimit()
{
    // 10 × (2^256−1) ÷ 10 is exactly the limit; one more unit in the product still rounds down.
    QCOMPARE(Amount::multiplyDivideByPowerOfTen(Amount::max(), Amount::fromUInt64(10), 1), Amount::max());
    QVERIFY(!Amount::multiplyDivideByPowerOfTen(Amount::max(), Amount::fromUInt64(11), 1));
    QVERIFY(!Amount::multiplyDivideByPowerOfTen(Amount::max(), Amount::fromUInt64(2), 0));
    QVERIFY(!Amount::multiplyDivideByPowerOfTen(Amount::max(), Amount::max(), 77));
    // a × b = 10 × (2^256−1) + 5: the exact quotient is the limit plus a half, and only the rounding
    // takes it past 2^256−1.
    const Amount a = amount(QStringLiteral("2675030694071795"));
    const Amount b = amount(QStringLiteral("432862656469423142931042426214547535783388063929571229938474969"));
    QVERIFY(!Amount::multiplyDivideByPowerOfTen(a, b, 1));
    // One unit less in a gives a product far below: no overflow.
    QVERIFY(Amount::multiplyDivideByPowerOfTen(amount(QStringLiteral("2675030694071794")), b, 1));
}

void TestAmount::compareOrdering()
{
    const Amount nine = Amount::fromUInt64(9);
    const Amount ten = Amount::fromUInt64(10);
    const Amount max = Amount::max();

    QVERIFY(nine < ten);
    QVERIFY(ten < max);
    QVERIFY(nine < max);
    QVERIFY(max > ten);
    QVERIFY(ten >= nine);
    QVERIFY(nine <= nine);
    QVERIFY(nine != ten);
    QCOMPARE(nine.compare(ten), -1);
    QCOMPARE(ten.compare(nine), 1);
    QCOMPARE(max.compare(amount(TwoPow256Minus1)), 0);
    // Numeric, not lexical: "9" sorts after "10" as text.
    QVERIFY(amount(QStringLiteral("9")) < amount(QStringLiteral("10")));
}

void TestAmount::compareAcrossLimbs()
{
    // A value in a higher limb beats any value confined to lower limbs.
    QVERIFY(amount(TwoPow64) > amount(TwoPow64Minus1));
    QVERIFY(amount(TwoPow128) > amount(TwoPow128Minus1));
    QVERIFY(amount(TwoPow128) > amount(TwoPow64));
    QCOMPARE(amount(QStringLiteral("0") + TwoPow128), amount(TwoPow128));
}

void TestAmount::compareScaled()
{
    const Amount oneEth = amount(QStringLiteral("1") + zeros(18));
    const Amount thousandUsdt = amount(QStringLiteral("1") + zeros(9));
    // Base units alone would put 1 ETH above 1000 USDT.
    QCOMPARE(Amount::compareScaled(oneEth, 18, thousandUsdt, 6), -1);
    QCOMPARE(Amount::compareScaled(thousandUsdt, 6, oneEth, 18), 1);
    QCOMPARE(Amount::compareScaled(oneEth, 18, Amount::fromUInt64(1), 0), 0);
    QCOMPARE(Amount::compareScaled(Amount(), 0, Amount(), 77), 0);
    // The widest gap: 2^256−1 at 77 decimals (about 1.16) against 1 and 2 at none.
    QCOMPARE(Amount::compareScaled(Amount::max(), 77, Amount::fromUInt64(1), 0), 1);
    QCOMPARE(Amount::compareScaled(Amount::max(), 77, Amount::fromUInt64(2), 0), -1);
    QCOMPARE(Amount::compareScaled(Amount::max(), 0, Amount::max(), 77), 1);
}

void TestAmount::compareScaledAgreesWithDigitOrder()
{
    // The order of the decimal digits, both sides padded to the same number of fraction digits.
    auto byDigits = [](const Amount &a, int aDecimals, const Amount &b, int bDecimals) {
        const int common = qMax(aDecimals, bDecimals);
        // Zero is the one amount whose digits start with 0; padded it would look long.
        const QString aText = a.isZero() ? QStringLiteral("0") : a.toString() + zeros(common - aDecimals);
        const QString bText = b.isZero() ? QStringLiteral("0") : b.toString() + zeros(common - bDecimals);
        if (aText.size() != bText.size())
            return aText.size() < bText.size() ? -1 : 1;
        const int order = aText.compare(bText);
        return order < 0 ? -1 : (order > 0 ? 1 : 0);
    };
    const QList<Amount> amounts = variedAmounts();
    QRandomGenerator random(11);
    for (int i = 0; i < 20000; ++i) {
        const Amount &a = amounts.at(random.bounded(int(amounts.size())));
        const Amount &b = i % 7 == 0 ? a : amounts.at(random.bounded(int(amounts.size())));
        const int aDecimals = random.bounded(Amount::MaxDecimals + 1);
        const int bDecimals = i % 5 == 0 ? aDecimals : random.bounded(Amount::MaxDecimals + 1);
        QCOMPARE(Amount::compareScaled(a, aDecimals, b, bDecimals), byDigits(a, aDecimals, b, bDecimals));
    }
}

void TestAmount::orderPrefixNeverContradictsTheOrder()
{
    QCOMPARE(Amount().orderPrefix(0, 77), quint64(0));
    // Short numbers keep every bit: neighbours differ.
    QVERIFY(Amount::fromUInt64(5).orderPrefix(0, 0) < Amount::fromUInt64(6).orderPrefix(0, 0));
    QVERIFY(Amount::fromUInt64(1).orderPrefix(0, 0) < Amount::fromUInt64(2).orderPrefix(0, 0));
    // Scaled: 1 at 0 decimals is 10^18 at 18.
    QCOMPARE(Amount::fromUInt64(1).orderPrefix(0, 18), amount(QStringLiteral("1") + zeros(18)).orderPrefix(18, 18));
    const QList<Amount> amounts = variedAmounts();
    QRandomGenerator random(13);
    for (int i = 0; i < 20000; ++i) {
        const Amount &a = amounts.at(random.bounded(int(amounts.size())));
        const Amount &b = amounts.at(random.bounded(int(amounts.size())));
        const int aDecimals = random.bounded(Amount::MaxDecimals + 1);
        const int bDecimals = random.bounded(Amount::MaxDecimals + 1);
        const int scale = qMax(aDecimals, bDecimals) + random.bounded(Amount::MaxDecimals + 1 - qMax(aDecimals, bDecimals));
        const quint64 aPrefix = a.orderPrefix(aDecimals, scale);
        const quint64 bPrefix = b.orderPrefix(bDecimals, scale);
        const int order = Amount::compareScaled(a, aDecimals, b, bDecimals);
        // A smaller prefix means a smaller amount; a smaller amount never has the larger prefix.
        if (aPrefix < bPrefix)
            QCOMPARE(order, -1);
        if (order < 0)
            QVERIFY(aPrefix <= bPrefix);
    }
}

void TestAmount::signedDifference_data()
{
    QTest::addColumn<QString>("minuend");
    QTest::addColumn<QString>("subtrahend");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("decimal");

    QTest::newRow("positive") << QStringLiteral("10") << QStringLiteral("5") << false
                              << QStringLiteral("5") << 1 << QStringLiteral("0.5");
    QTest::newRow("negative") << QStringLiteral("5") << QStringLiteral("10") << true
                              << QStringLiteral("-5") << 1 << QStringLiteral("-0.5");
    QTest::newRow("equal") << QStringLiteral("7") << QStringLiteral("7") << false
                           << QStringLiteral("0") << 18 << QStringLiteral("0");
    QTest::newRow("available from api sample")
        << QStringLiteral("100") << QStringLiteral("100") << false << QStringLiteral("0") << 0
        << QStringLiteral("0");
    QTest::newRow("borrow across limb")
        << TwoPow64 << QStringLiteral("1") << false << TwoPow64Minus1 << 0 << TwoPow64Minus1;
    QTest::newRow("borrow across two limbs")
        << TwoPow128 << QStringLiteral("1") << false << TwoPow128Minus1 << 0 << TwoPow128Minus1;
    QTest::newRow("locked exceeds total by one wei")
        << QStringLiteral("0") << QStringLiteral("1") << true << QStringLiteral("-1") << 18
        << QStringLiteral("-0.000000000000000001");
    QTest::newRow("zero minus max")
        << QStringLiteral("0") << TwoPow256Minus1 << true << QStringLiteral("-") + TwoPow256Minus1
        << 0 << QStringLiteral("-") + TwoPow256Minus1;
    QTest::newRow("max minus zero") << TwoPow256Minus1 << QStringLiteral("0") << false
                                    << TwoPow256Minus1 << 0 << TwoPow256Minus1;
}

void TestAmount::signedDifference()
{
    QFETCH(QString, minuend);
    QFETCH(QString, subtrahend);
    QFETCH(bool, negative);
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(QString, decimal);

    const SignedAmount difference = SignedAmount::difference(amount(minuend), amount(subtrahend));
    QCOMPARE(difference.isNegative(), negative);
    QCOMPARE(difference.toString(), text);
    QCOMPARE(difference.toDecimalString(decimals), decimal);

    // The opposite difference has the same magnitude; only a non-zero one flips sign.
    const SignedAmount opposite = SignedAmount::difference(amount(subtrahend), amount(minuend));
    QCOMPARE(opposite.magnitude(), difference.magnitude());
    QCOMPARE(opposite.isNegative(), !difference.isZero() && !negative);
}

void TestAmount::signedZeroIsNeverNegative()
{
    const SignedAmount zero(Amount(), true);
    QVERIFY(zero.isZero());
    QVERIFY(!zero.isNegative());
    QCOMPARE(zero.toString(), QStringLiteral("0"));
    QCOMPARE(zero.toDecimalString(18), QStringLiteral("0"));
    QCOMPARE(zero, SignedAmount());
    QVERIFY(!SignedAmount::difference(Amount(), Amount()).isNegative());
}

void TestAmount::signedCompareAcrossSigns()
{
    const SignedAmount minusTen(Amount::fromUInt64(10), true);
    const SignedAmount minusFive(Amount::fromUInt64(5), true);
    const SignedAmount zero;
    const SignedAmount five(Amount::fromUInt64(5), false);
    const SignedAmount max(Amount::max(), false);
    const SignedAmount minusMax(Amount::max(), true);

    QVERIFY(minusMax < minusTen);
    QVERIFY(minusTen < minusFive);
    QVERIFY(minusFive < zero);
    QVERIFY(zero < five);
    QVERIFY(five < max);
    QVERIFY(minusFive < five);
    QVERIFY(!(five < minusFive));
    QCOMPARE(minusFive.compare(five), -1);
    QCOMPARE(five.compare(minusFive), 1);
    QCOMPARE(minusFive.compare(SignedAmount(Amount::fromUInt64(5), true)), 0);
    QVERIFY(minusFive == SignedAmount::difference(Amount::fromUInt64(5), Amount::fromUInt64(10)));
    QVERIFY(SignedAmount(Amount(), true) == SignedAmount(Amount(), false));
}

void TestAmount::metaTypeRoundTrip()
{
    const Amount value = amount(TwoPow128);
    const QVariant variant = QVariant::fromValue(value);
    QVERIFY(variant.canConvert<Amount>());
    QCOMPARE(variant.value<Amount>(), value);

    const SignedAmount signedValue(value, true);
    const QVariant signedVariant = QVariant::fromValue(signedValue);
    QCOMPARE(signedVariant.value<SignedAmount>().toString(), QStringLiteral("-") + TwoPow128);
}

// Not a benchmark: thousands of random digit strings of every length up to 78 must survive a
// parse/format round trip (after stripping leading zeros), exercising every chunk boundary.
void TestAmount::manyRandomValuesRoundTrip()
{
    QRandomGenerator random(20240517);
    const Amount max = Amount::max();
    for (int i = 0; i < 5000; ++i) {
        const int length = 1 + int(random.bounded(78));
        QString digits;
        digits.reserve(length);
        for (int d = 0; d < length; ++d)
            digits.append(QLatin1Char(char('0' + random.bounded(10))));

        QString canonical = digits;
        while (canonical.size() > 1 && canonical.startsWith(QLatin1Char('0')))
            canonical.remove(0, 1);
        const bool fits = canonical.size() < TwoPow256Minus1.size()
            || (canonical.size() == TwoPow256Minus1.size() && canonical <= TwoPow256Minus1);

        const std::optional<Amount> parsed = Amount::parse(digits);
        QCOMPARE(parsed.has_value(), fits);
        if (!parsed)
            continue;
        QCOMPARE(parsed->toString(), canonical);
        QVERIFY(*parsed <= max);
        const int decimals = int(random.bounded(Amount::MaxDecimals + 1));
        QCOMPARE(Amount::parseScaled(parsed->toDecimalString(decimals), decimals), parsed);
    }
}

// Sums of two 64-bit values checked against the compiler's own 128-bit arithmetic.
void TestAmount::randomSumsMatch128BitArithmetic()
{
    __extension__ typedef unsigned __int128 u128;
    auto u128ToString = [](u128 value) {
        QString digits;
        do {
            digits.prepend(QLatin1Char(char('0' + int(value % 10))));
            value /= 10;
        } while (value != 0);
        return digits;
    };

    QRandomGenerator random(42);
    for (int i = 0; i < 2000; ++i) {
        const quint64 a = random.generate64();
        const quint64 b = random.generate64();
        const std::optional<Amount> sum = Amount::fromUInt64(a).checkedAdd(Amount::fromUInt64(b));
        QVERIFY(sum.has_value());
        QCOMPARE(sum->toString(), u128ToString(u128(a) + b));
        QCOMPARE(Amount::fromUInt64(a) < Amount::fromUInt64(b), a < b);

        const SignedAmount difference
            = SignedAmount::difference(Amount::fromUInt64(a), Amount::fromUInt64(b));
        QCOMPARE(difference.isNegative(), a < b);
        QCOMPARE(difference.magnitude(), Amount::fromUInt64(a < b ? b - a : a - b));
    }
}

QTEST_GUILESS_MAIN(TestAmount)
#include "test_amount.moc"
