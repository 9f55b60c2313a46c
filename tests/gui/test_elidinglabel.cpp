// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/elidinglabel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using loopview::ElidingLabel;

namespace {

const QString LongText = QStringLiteral("Total value: 12,345,678.90 USD (excl. 2 tokens without a price)  ·  "
                                        "prices updated 5 minutes ago");

// The tooltip the label shows when the mouse rests on it.
QString toolTipShown(ElidingLabel &label)
{
    QHelpEvent help(QEvent::ToolTip, QPoint(2, 2), label.mapToGlobal(QPoint(2, 2)));
    QApplication::sendEvent(&label, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

class TestElidingLabel : public QObject
{
    Q_OBJECT
private slots:
    void asksForLessRoomThanItsText();
    void fitsWhenWideEnough();
    void narrowLabelGivesTheWholeTextInItsTooltip();
    void wideLabelKeepsItsOwnTooltip();
};

void TestElidingLabel::asksForLessRoomThanItsText()
{
    ElidingLabel label;
    label.setText(LongText);
    // A plain QLabel asks for all of its text; this one lets the window be narrower.
    QVERIFY(label.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(LongText));
    QVERIFY(label.minimumSizeHint().width() > 0);
    QCOMPARE(label.minimumSizeHint().height(), QLabel(LongText).minimumSizeHint().height());
    // Its preferred size is still the whole text, so it only shrinks when room is short.
    QVERIFY(label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(LongText));

    // A short text asks for no more than itself.
    label.setText(QStringLiteral("Ready"));
    QCOMPARE(label.minimumSizeHint().width(), QLabel(QStringLiteral("Ready")).minimumSizeHint().width());
}

void TestElidingLabel::fitsWhenWideEnough()
{
    ElidingLabel label;
    label.setText(LongText);
    label.resize(label.sizeHint());
    QVERIFY(!label.isElided());
    label.resize(label.minimumSizeHint());
    QVERIFY(label.isElided());
}

void TestElidingLabel::narrowLabelGivesTheWholeTextInItsTooltip()
{
    ElidingLabel label;
    label.setText(LongText);
    label.setToolTip(QStringLiteral("Prices from api3.loopring.io"));
    label.resize(label.minimumSizeHint());
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QCOMPARE(toolTipShown(label), LongText + QStringLiteral("\nPrices from api3.loopring.io"));
    // The tooltip property itself is left as it was set.
    QCOMPARE(label.toolTip(), QStringLiteral("Prices from api3.loopring.io"));

    label.setToolTip(QString());
    QCOMPARE(toolTipShown(label), LongText);
}

void TestElidingLabel::wideLabelKeepsItsOwnTooltip()
{
    ElidingLabel label;
    label.setText(LongText);
    label.setToolTip(QStringLiteral("Prices from api3.loopring.io"));
    label.resize(label.sizeHint());
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QCOMPARE(toolTipShown(label), QStringLiteral("Prices from api3.loopring.io"));
}

QTEST_MAIN(TestElidingLabel)
#include "test_elidinglabel.moc"
