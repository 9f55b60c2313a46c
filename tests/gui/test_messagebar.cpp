// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/messagebar.h"

#include "core/printabletext.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace loopview;

class TestMessageBar : public QObject
{
    Q_OBJECT
private slots:
    void showsKindAndText();
    void closeButtonHidesAndSignals();
    void actionsBecomeButtons();
    void outsideTextIsShownInert();
};

void TestMessageBar::showsKindAndText()
{
    QWidget window;
    auto *bar = new MessageBar(&window);
    window.show();
    QVERIFY(!bar->isVisible());
    bar->showMessage(MessageBar::Kind::Error, QStringLiteral("Could not reach example.org"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QCOMPARE(bar->text(), QStringLiteral("Could not reach example.org"));
    QCOMPARE(bar->accessibleDescription(), bar->text());
    bar->setText(QStringLiteral("updated"));
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QCOMPARE(bar->text(), QStringLiteral("updated"));
    // Painting in every kind must not trip over the palette-derived colours.
    for (auto kind : {MessageBar::Kind::Information, MessageBar::Kind::Positive, MessageBar::Kind::Warning}) {
        bar->showMessage(kind, QStringLiteral("x"));
        QVERIFY(!bar->grab().isNull());
    }
}

void TestMessageBar::closeButtonHidesAndSignals()
{
    QWidget window;
    auto *bar = new MessageBar(&window);
    window.show();
    bar->showMessage(MessageBar::Kind::Warning, QStringLiteral("careful"));
    QSignalSpy closed(bar, &MessageBar::closed);
    QTest::mouseClick(bar->closeButton(), Qt::LeftButton);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!bar->isVisible());
}

void TestMessageBar::actionsBecomeButtons()
{
    QWidget window;
    auto *bar = new MessageBar(&window);
    QAction retry(QStringLiteral("Try Again"));
    QSignalSpy triggered(&retry, &QAction::triggered);
    bar->addActionButton(&retry);
    window.show();
    bar->showMessage(MessageBar::Kind::Error, QStringLiteral("failed"));
    QCOMPARE(bar->actionButtons().size(), 1);
    QTest::mouseClick(bar->actionButtons().constFirst(), Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);
    bar->clearActions();
    QVERIFY(bar->actionButtons().isEmpty());
}

void TestMessageBar::outsideTextIsShownInert()
{
    // The window's last line of defence, like Console's for stderr: whatever a caller quoted, the
    // bar shows (and reads out) no control or bidi character, each replaced by a visible marker.
    QWidget window;
    auto *bar = new MessageBar(&window);
    window.show();
    bar->showMessage(MessageBar::Kind::Error, QStringLiteral("Token \u202eCRL: \x1b[31mred\u009b"));
    const QString R(QChar(0xFFFD));
    QCOMPARE(bar->text(), QStringLiteral("Token ") + R + QStringLiteral("CRL: ") + R + QStringLiteral("[31mred") + R);
    QCOMPARE(bar->accessibleDescription(), bar->text());
    QVERIFY(isPrintableText(bar->text()));
}

QTEST_MAIN(TestMessageBar)
#include "test_messagebar.moc"
