// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// fiatValue (total × price, exact, rounded half away from zero) and FiatTotal. Hand-picked cases
// for the rules, and random ones checked against a schoolbook decimal reference written here
// independently of Amount's 512-bit arithmetic.
#include "core/fiatvalue.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace loopview;

namespace {

const QString TwoPow256Minus1 = QStringLiteral(
    "115792089237316195423570985008687907853269984665640564039457584007913129639935");

Amount amount(const QString &digits)
{
    return Amount::parse(digits).value();
}

Decimal decimal(const QString &text)
{
    QString reason;
    const std::optional<Decimal> parsed = Decimal::parse(text, &reason);
    if (!parsed)
        qFatal("test price %s did not parse: %s", qPrintable(text), qPrintable(reason));
    return *parsed;
}

QString stripLeadingZeros(QString digits)
{
    while (digits.size() > 1 && digits.front() == QLatin1Char('0'))
        digits.remove(0, 1);
    return digits;
}

// a × b on decimal digit strings, the way it is done on paper.
QString referenceProduct(const QString &a, const QString &b)
{
    std::vector<int> digits(size_t(a.size() + b.size()), 0);
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            const size_t at = size_t(i + j + 1);
            const int sum = digits[at] + (a[i].unicode() - u'0') * (b[j].unicode() - u'0');
            digits[at] = sum % 10;
            digits[at - 1] += sum / 10;
        }
    }
    QString text;
    for (int d : digits)
        text += QChar(u'0' + d);
    return stripLeadingZeros(text);
}

// digits ÷ 10^drop, rounded half away from zero: look at the first dropped digit.
QString referenceRound(const QString &digits, int drop)
{
    if (drop <= 0)
        return stripLeadingZeros(digits + QString(-drop, QLatin1Char('0')));
    const QString padded = QString(qMax<qsizetype>(0, drop + 1 - digits.size()), QLatin1Char('0')) + digits;
    QString kept = padded.left(padded.size() - drop);
    if (padded.at(padded.size() - drop).unicode() >= u'5') {
        qsizetype i = kept.size() - 1;
        while (i >= 0 && kept[i] == QLatin1Char('9'))
            kept[i--] = QLatin1Char('0');
        if (i < 0)
            kept.prepend(QLatin1Char('1'));
        else
            kept[i] = QChar(kept[i].unicode() + 1);
    }
    return stripLeadingZeros(kept);
}

bool fitsAmount(const QString &digits)
{
    return digits.size() < TwoPow256Minus1.size()
        || (digits.size() == TwoPow256Minus1.size() && digits <= TwoPow256Minus1);
}

QString randomDigits(QRandomGenerator &random, int count)
{
    QString digits;
    for (int i = 0; i < count; ++i)
        digits += QChar(u'0' + random.bounded(10));
    return digits;
}

} // namespace

class TestFiatValue : public QObject
{
    Q_OBJECT

private slots:
    void valueIsExactAndRounded_data()
    {
        QTest::addColumn<QString>("amount");  // base units
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("value");

        QTest::newRow("1.5 ETH at 3000.12") << "1500000000000000000" << 18 << "3000.12" << "4500.18";
        QTest::newRow("exact cents keep both decimals") << "1" << 0 << "1234.5" << "1234.50";
        QTest::newRow("whole price") << "7" << 0 << "3" << "21.00";
        // Ties go away from zero, not to even, and no binary fraction gets in the way (as a double,
        // 2.675 is 2.67499999… and rounds down).
        QTest::newRow("tie 0.125") << "1" << 0 << "0.125" << "0.13";
        QTest::newRow("tie 0.135") << "1" << 0 << "0.135" << "0.14";
        QTest::newRow("tie 2.675") << "1" << 0 << "2.675" << "2.68";
        QTest::newRow("tie 0.005") << "5" << 3 << "1" << "0.01";
        QTest::newRow("just below a tie") << "1" << 0 << "0.124999999999999999999999999999999999" << "0.12";
        QTest::newRow("just above a tie") << "1" << 0 << "0.125000000000000000000000000000000001" << "0.13";
        QTest::newRow("tie carried through nines") << "1" << 0 << "9.995" << "10.00";
        QTest::newRow("tie from the amount's digits") << "1125" << 6 << "10" << "0.01";
        QTest::newRow("zero amount") << "0" << 18 << "3000.12" << "0.00";
        QTest::newRow("zero price") << "1000000" << 6 << "0" << "0.00";
        QTest::newRow("one wei of ETH") << "1" << 18 << "3000.12" << "0.00";
        QTest::newRow("tiny rounds to zero") << "4999" << 6 << "1" << "0.00";
        QTest::newRow("tiny rounds up to a cent") << "5000" << 6 << "1" << "0.01";
        QTest::newRow("exponent price") << "12345678900000000000000" << 18 << "1e-7" << "0.00";
        QTest::newRow("exponent price, enough tokens") << "50000000000000000000000" << 18 << "1e-7" << "0.01";
        QTest::newRow("USDT, 6 decimals") << "1234567891" << 6 << "1.0001" << "1234.69";
        QTest::newRow("30 decimals") << QStringLiteral("1") + QString(30, QLatin1Char('0')) << 30 << "0.015" << "0.02";
        QTest::newRow("0 decimals, price of one wei") << "1000000000000000000" << 0 << "0.000000000000000001" << "1.00";
        QTest::newRow("largest amount, 18 decimals, price 1")
            << TwoPow256Minus1 << 18 << "1" << "115792089237316195423570985008687907853269984665640564039457.58";
        QTest::newRow("largest amount, 77 decimals, widest price")
            << TwoPow256Minus1 << 77 << QString(30, QLatin1Char('9')) + QLatin1Char('.') + QString(36, QLatin1Char('9'))
            << "1157920892373161954235709850086.88";
        QTest::newRow("largest amount, 77 decimals, tiniest price")
            << TwoPow256Minus1 << 77 << QStringLiteral("0.") + QString(35, QLatin1Char('0')) + QLatin1Char('1') << "0.00";
    }

    void valueIsExactAndRounded()
    {
        QFETCH(QString, amount);
        QFETCH(int, decimals);
        QFETCH(QString, price);
        QFETCH(QString, value);
        const std::optional<Decimal> result = fiatValue(::amount(amount), decimals, decimal(price));
        QVERIFY(result);
        QCOMPARE(result->scale(), FiatValueScale);
        QCOMPARE(result->toString(), value);
    }

    void otherScales()
    {
        QCOMPARE(fiatValue(amount(QStringLiteral("1")), 0, decimal(QStringLiteral("0.5")), 0)->toString(), QStringLiteral("1"));
        QCOMPARE(fiatValue(amount(QStringLiteral("1")), 0, decimal(QStringLiteral("0.49")), 0)->toString(), QStringLiteral("0"));
        QCOMPARE(fiatValue(amount(QStringLiteral("123")), 2, decimal(QStringLiteral("0.1")), 8)->toString(),
                 QStringLiteral("0.12300000"));
        QCOMPARE(fiatValue(amount(QStringLiteral("1")), 18, decimal(QStringLiteral("3000.12")), 20)->toString(),
                 QStringLiteral("0.00000000000000300012"));
    }

    // Too large for 256 bits of cents: reported, never wrapped.
    void overflowIsReported()
    {
        QVERIFY(!fiatValue(Amount::max(), 0, decimal(QStringLiteral("1"))));
        QVERIFY(!fiatValue(Amount::max(), 18, decimal(QString(30, QLatin1Char('9')))));
        // Just inside: (2^256−1) cents is representable.
        const Decimal centsOfMax(Amount::max(), 2);
        QCOMPARE(fiatValue(Amount::max(), 2, decimal(QStringLiteral("1")))->compare(centsOfMax), 0);
        QVERIFY(!fiatValue(Amount::max(), 2, decimal(QStringLiteral("1.000000000000000000000000000000000001"))));
    }

    void matchesTheSchoolbookReference()
    {
        QRandomGenerator random(20231114);
        const int decimalsChoices[] = {0, 6, 8, 18, 30, 77};
        for (int run = 0; run < 5000; ++run) {
            QString amountDigits = stripLeadingZeros(randomDigits(random, 1 + random.bounded(78)));
            if (!fitsAmount(amountDigits))
                amountDigits = TwoPow256Minus1;
            const int decimals = run % 3 == 0 ? random.bounded(78) : decimalsChoices[random.bounded(6)];
            const int wholeDigits = random.bounded(Decimal::MaxParsedWholeDigits + 1);
            const int fractionDigits = random.bounded(Decimal::MaxParsedScale + 1);
            QString priceText = wholeDigits ? randomDigits(random, wholeDigits) : QStringLiteral("0");
            if (fractionDigits)
                priceText += QLatin1Char('.') + randomDigits(random, fractionDigits);
            const int scale = run % 4 == 0 ? random.bounded(10) : FiatValueScale;
            const Decimal price = decimal(priceText);

            const QString expected = referenceRound(referenceProduct(amountDigits, price.coefficient().toString()),
                                                    decimals + price.scale() - scale);
            const std::optional<Decimal> value = fiatValue(amount(amountDigits), decimals, price, scale);
            const QString context = QStringLiteral("%1 units, %2 decimals, price %3, scale %4")
                                        .arg(amountDigits).arg(decimals).arg(priceText).arg(scale);
            if (!fitsAmount(expected)) {
                QVERIFY2(!value, qPrintable(context));
                continue;
            }
            QVERIFY2(value, qPrintable(context));
            QCOMPARE(value->scale(), scale);
            QCOMPARE(value->coefficient().toString(), expected);
        }
    }

    void totalAddsAndCounts()
    {
        FiatTotal total;
        QCOMPARE(total.value().toString(), QStringLiteral("0.00"));
        total.add(decimal(QStringLiteral("4500.18")));
        total.add(decimal(QStringLiteral("0.02")));
        total.addUnpriced();
        total.addUnpriced();
        total.add(decimal(QStringLiteral("0.00")));
        QCOMPARE(total.value().toString(), QStringLiteral("4500.20"));
        QCOMPARE(total.pricedCount(), 3);
        QCOMPARE(total.unpricedCount(), 2);
        QVERIFY(!total.overflowed());
    }

    void totalRemembersOverflow()
    {
        FiatTotal total;
        total.add(Decimal(Amount::max(), 2));
        QVERIFY(!total.overflowed());
        total.add(decimal(QStringLiteral("0.01")));
        QVERIFY(total.overflowed());
        total.add(decimal(QStringLiteral("0.01")));
        QVERIFY(total.overflowed());  // stays spoiled

        FiatTotal spoiled;
        spoiled.add(decimal(QStringLiteral("1.00")));
        spoiled.addOverflowed();
        QVERIFY(spoiled.overflowed());
    }
};

QTEST_GUILESS_MAIN(TestFiatValue)
#include "test_fiatvalue.moc"
