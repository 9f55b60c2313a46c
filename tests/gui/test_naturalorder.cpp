// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/naturalorder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace loopview;

namespace {

int sign(int value)
{
    return (value > 0) - (value < 0);
}

// Symbols as a token list has them: ASCII in both cases, digit runs with leading zeros, letters
// that fold to others or to several (ß, final sigma, dotted I, the ǅ titlecase), digits other than
// ASCII (full-width, Arabic-Indic), CJK, and characters beyond the BMP (Deseret letters, which
// fold to each other, and an emoji), whose surrogates are compared one unit at a time.
QString randomSymbol(QRandomGenerator &random)
{
    static const QStringList pieces = {
        QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("Z"), QStringLiteral("z"), QStringLiteral("T"),
        QStringLiteral("t"), QStringLiteral("0"), QStringLiteral("00"), QStringLiteral("1"), QStringLiteral("9"),
        QStringLiteral("10"), QStringLiteral("0042"), QStringLiteral("."), QStringLiteral("-"), QStringLiteral(" "),
        QStringLiteral("ß"), QStringLiteral("ẞ"), QStringLiteral("Σ"), QStringLiteral("σ"), QStringLiteral("ς"),
        QStringLiteral("İ"), QStringLiteral("ı"), QStringLiteral("ǅ"), QStringLiteral("Ǆ"), QStringLiteral("Å"),
        QStringLiteral("Ω"), QStringLiteral("Ж"), QStringLiteral("ж"), QStringLiteral("１"), QStringLiteral("٣"),
        QStringLiteral("币"), QStringLiteral("\U00010400"), QStringLiteral("\U00010428"), QStringLiteral("\U0001F600"),
        QStringLiteral("\uFFFF"),
    };
    QString symbol;
    for (int i = 1 + random.bounded(5); i > 0; --i)
        symbol += pieces.at(random.bounded(pieces.size()));
    return symbol;
}

} // namespace

class TestNaturalOrder : public QObject
{
    Q_OBJECT
private slots:
    void digitRunsCompareByValue()
    {
        for (const Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            QVERIFY(naturalorder::compare(u"T2", u"T10", sensitivity) < 0);
            QVERIFY(naturalorder::compare(u"T10", u"T100", sensitivity) < 0);
            QVERIFY(naturalorder::compare(u"T9A", u"T10", sensitivity) < 0);
            QVERIFY(naturalorder::compare(u"T", u"T1", sensitivity) < 0);
            // Equal by value: the plain text decides, so the order stays total.
            QVERIFY(naturalorder::compare(u"T02", u"T2", sensitivity) < 0);
            QCOMPARE(naturalorder::compare(u"T2", u"T2", sensitivity), 0);
        }
        QVERIFY(naturalorder::compare(u"ab", u"AC", Qt::CaseInsensitive) < 0);
        QVERIFY(naturalorder::compare(u"ab", u"AC", Qt::CaseSensitive) > 0);
    }

    // What lets the model compare case-folded keys case-sensitively: a unit of case-folded text
    // folds to itself, for every UTF-16 unit (surrogates included, which fold alone as themselves).
    void foldedUnitsFoldToThemselves()
    {
        for (char32_t u = 0; u <= 0xFFFF; ++u) {
            const QString folded = QString(QChar(char16_t(u))).toCaseFolded();
            for (const QChar unit : folded)
                QCOMPARE(QString(unit).toCaseFolded(), QString(unit));
        }
        for (char32_t codePoint = 0x10000; codePoint <= 0x10FFFF; ++codePoint) {
            const QString folded = QString::fromUcs4(&codePoint, 1).toCaseFolded();
            for (const QChar unit : folded)
                QCOMPARE(QString(unit).toCaseFolded(), QString(unit));
        }
    }

    void caseFoldedTextComparesAlikeEitherWay()
    {
        QRandomGenerator random(2026);
        for (int i = 0; i < 20000; ++i) {
            const QString a = randomSymbol(random).toCaseFolded();
            const QString b = randomSymbol(random).toCaseFolded();
            QCOMPARE(sign(naturalorder::compare(a, b, Qt::CaseSensitive)),
                     sign(naturalorder::compare(a, b, Qt::CaseInsensitive)));
        }
    }
};

QTEST_GUILESS_MAIN(TestNaturalOrder)
#include "test_naturalorder.moc"
