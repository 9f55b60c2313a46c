// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/palettecolors.h"

#include <QPalette>
#include <QTest>

using namespace loopview;
using namespace loopview::palettecolors;

namespace {

// The two palettes every colour must work in: Qt's light default and a typical dark theme.
QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
    palette.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    return palette;
}

} // namespace

class TestPaletteColors : public QObject
{
    Q_OBJECT
private slots:
    void contrastIsWcag();
    void pendingTextReadsOnBothRowColours_data();
    void pendingTextReadsOnBothRowColours();
    void depositAndWithdrawalDiffer_data();
    void depositAndWithdrawalDiffer();
    void greyHighlightStillGivesTwoHues();
    void secondaryTextIsReadable_data();
    void secondaryTextIsReadable();
};

void TestPaletteColors::contrastIsWcag()
{
    // The reference values of WCAG 2: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    QCOMPARE(contrastRatio(Qt::white, Qt::black), contrastRatio(Qt::black, Qt::white));
    // #767676 on white is the classic "just 4.5:1" grey.
    QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

void TestPaletteColors::pendingTextReadsOnBothRowColours_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("kind");
    QTest::newRow("light deposit") << lightPalette() << int(Pending::Deposit);
    QTest::newRow("light withdrawal") << lightPalette() << int(Pending::Withdrawal);
    QTest::newRow("dark deposit") << darkPalette() << int(Pending::Deposit);
    QTest::newRow("dark withdrawal") << darkPalette() << int(Pending::Withdrawal);
}

void TestPaletteColors::pendingTextReadsOnBothRowColours()
{
    QFETCH(QPalette, palette);
    QFETCH(int, kind);
    const QColor text = pendingText(palette, Pending(kind));
    const QColor background = pendingBackground(palette, Pending(kind));
    for (const QColor &row : {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase), background}) {
        const qreal contrast = contrastRatio(text, row);
        QVERIFY2(contrast >= 3.0, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(text.name(), row.name()).arg(contrast)));
        QVERIFY(contrast >= PendingContrast);
    }
    // A colour, not merely the text colour.
    QVERIFY(text.hslSaturation() > 100);
    QVERIFY(text != palette.color(QPalette::PlaceholderText));
}

void TestPaletteColors::depositAndWithdrawalDiffer_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestPaletteColors::depositAndWithdrawalDiffer()
{
    QFETCH(QPalette, palette);
    const QColor deposit = pendingText(palette, Pending::Deposit);
    const QColor withdrawal = pendingText(palette, Pending::Withdrawal);
    const int hueDistance = qAbs(deposit.hslHue() - withdrawal.hslHue());
    QVERIFY2(qMin(hueDistance, 360 - hueDistance) >= 90,
             qPrintable(QStringLiteral("%1 vs %2").arg(deposit.name(), withdrawal.name())));
    QVERIFY(pendingBackground(palette, Pending::Deposit) != pendingBackground(palette, Pending::Withdrawal));
    // Derived from the palette: another highlight, another deposit hue.
    QPalette green = palette;
    green.setColor(QPalette::Highlight, QColor(0x2e, 0x9d, 0x4a));
    QVERIFY(pendingText(green, Pending::Deposit).hslHue() != deposit.hslHue());
}

void TestPaletteColors::greyHighlightStillGivesTwoHues()
{
    QPalette palette = lightPalette();
    palette.setColor(QPalette::Highlight, QColor(0x80, 0x80, 0x80));
    QVERIFY(pendingText(palette, Pending::Deposit).hslHue() != pendingText(palette, Pending::Withdrawal).hslHue());
    QVERIFY(contrastRatio(pendingText(palette, Pending::Deposit), palette.color(QPalette::AlternateBase)) >= PendingContrast);
}

void TestPaletteColors::secondaryTextIsReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestPaletteColors::secondaryTextIsReadable()
{
    QFETCH(QPalette, palette);
    // Themes make PlaceholderText faint (Fusion: about 2.7:1): too faint for real content.
    palette.setColor(QPalette::PlaceholderText, palettecolors::blend(palette.color(QPalette::WindowText),
                                                                     palette.color(QPalette::Window), 0.6));
    const QColor secondary = secondaryText(palette);
    QVERIFY(contrastRatio(secondary, palette.color(QPalette::Window)) >= 4.5);
    QVERIFY(secondary != palette.color(QPalette::WindowText));  // still quieter than the text
    QVERIFY(secondary != palette.color(QPalette::PlaceholderText));
}

QTEST_MAIN(TestPaletteColors)
#include "test_palettecolors.moc"
