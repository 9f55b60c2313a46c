// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/tokencompleter.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace loopview;

class TestTokenCompleter : public QObject
{
    Q_OBJECT
private slots:
    void matchesOnlyTheItemBeingTyped();
    void acceptedSymbolReplacesOnlyThatItem();
};

void TestTokenCompleter::matchesOnlyTheItemBeingTyped()
{
    TokenCompleter completer;
    completer.setSymbols({QStringLiteral("ETH"), QStringLiteral("LRC"), QStringLiteral("LINK")});
    QCOMPARE(completer.splitPath(QStringLiteral("ETH, l")), QStringList{QStringLiteral("l")});
    QCOMPARE(completer.splitPath(QStringLiteral("lr")), QStringList{QStringLiteral("lr")});
    completer.setCompletionPrefix(QStringLiteral("l"));
    QCOMPARE(completer.completionCount(), 2);
}

void TestTokenCompleter::acceptedSymbolReplacesOnlyThatItem()
{
    QLineEdit edit;
    auto *completer = new TokenCompleter(&edit);
    completer->setSymbols({QStringLiteral("ETH"), QStringLiteral("LRC"), QStringLiteral("USDT")});
    edit.setCompleter(completer);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    QTest::keyClicks(&edit, QStringLiteral("ETH, lr"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->currentCompletion(), QStringLiteral("ETH, LRC"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(edit.text(), QStringLiteral("ETH, LRC"));
}

QTEST_MAIN(TestTokenCompleter)
#include "test_tokencompleter.moc"
