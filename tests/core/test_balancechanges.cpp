// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/balancechanges.h"

#include <QTest>

using namespace loopview;

namespace {

Balance balance(int tokenId, quint64 total, quint64 pendingDeposit = 0, quint64 pendingWithdraw = 0, quint64 locked = 0)
{
    Balance balance;
    balance.accountId = 7;
    balance.tokenId = tokenId;
    balance.total = Amount::fromUInt64(total);
    balance.locked = Amount::fromUInt64(locked);
    balance.pendingDeposit = Amount::fromUInt64(pendingDeposit);
    balance.pendingWithdraw = Amount::fromUInt64(pendingWithdraw);
    return balance;
}

} // namespace

class TestBalanceChanges : public QObject
{
    Q_OBJECT

private slots:
    void nothingChangedIsEmpty()
    {
        const QList<Balance> same{balance(0, 5, 1), balance(1, 0, 0, 2)};
        QVERIFY(balanceChanges(same, same).isEmpty());
        QVERIFY(balanceChanges({}, {}).isEmpty());
    }

    void pendingDepositCompleted()
    {
        const QList<TokenChange> changes = balanceChanges({balance(0, 10, 5)}, {balance(0, 15, 0)});
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].tokenId, 0);
        QVERIFY(changes[0].depositCompleted);
        QVERIFY(!changes[0].withdrawalCompleted);
        QVERIFY(changes[0].totalChanged());
        QCOMPARE(changes[0].totalDelta().toString(), QStringLiteral("5"));
        QVERIFY(!changes[0].appeared);
        QVERIFY(!changes[0].disappeared);
    }

    void partOfAPendingDepositArrived()
    {
        const QList<TokenChange> changes = balanceChanges({balance(0, 0, 5)}, {balance(0, 2, 3)});
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes[0].depositCompleted);
    }

    void pendingWithdrawalCompletedWithTheTotalUnchanged()
    {
        // The service may take the amount off the total when the withdrawal is requested.
        const QList<TokenChange> changes = balanceChanges({balance(1, 8, 0, 3)}, {balance(1, 8, 0, 0)});
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes[0].withdrawalCompleted);
        QVERIFY(!changes[0].depositCompleted);
        QVERIFY(!changes[0].totalChanged());
    }

    void newPendingTransfersAndLockedAmountsAreNoChange()
    {
        QVERIFY(balanceChanges({balance(0, 10)}, {balance(0, 10, 4, 2, 7)}).isEmpty());
    }

    void balanceChanged()
    {
        const QList<TokenChange> changes = balanceChanges({balance(0, 10), balance(1, 3)}, {balance(0, 10), balance(1, 1)});
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].tokenId, 1);
        QCOMPARE(changes[0].totalDelta().toString(), QStringLiteral("-2"));
        QVERIFY(!changes[0].depositCompleted);
    }

    void tokenAppeared()
    {
        const QList<TokenChange> changes = balanceChanges({balance(0, 10)}, {balance(0, 10), balance(2, 6)});
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].tokenId, 2);
        QVERIFY(changes[0].appeared);
        QVERIFY(changes[0].before.isAllZero());
        QCOMPARE(changes[0].totalDelta().toString(), QStringLiteral("6"));
    }

    void tokenDisappeared()
    {
        const QList<TokenChange> changes = balanceChanges({balance(0, 10), balance(3, 4, 0, 4)}, {balance(0, 10)});
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].tokenId, 3);
        QVERIFY(changes[0].disappeared);
        QVERIFY(changes[0].withdrawalCompleted);
        QVERIFY(changes[0].after.isAllZero());
        QCOMPARE(changes[0].totalDelta().toString(), QStringLiteral("-4"));
    }

    void anEmptyRowIsTheSameAsNoRow()
    {
        QVERIFY(balanceChanges({balance(4, 0)}, {}).isEmpty());
        QVERIFY(balanceChanges({}, {balance(4, 0)}).isEmpty());
        const QList<TokenChange> emptied = balanceChanges({balance(4, 9)}, {balance(4, 0)});
        QCOMPARE(emptied.size(), 1);
        QVERIFY(emptied[0].disappeared);
    }

    void orderFollowsTheNewResultThenTheVanished()
    {
        const QList<TokenChange> changes =
            balanceChanges({balance(9, 1), balance(1, 1), balance(8, 1)}, {balance(2, 1), balance(1, 2)});
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes[0].tokenId, 2);
        QCOMPARE(changes[1].tokenId, 1);
        QCOMPARE(changes[2].tokenId, 9);
        QCOMPARE(changes[3].tokenId, 8);
    }
};

QTEST_GUILESS_MAIN(TestBalanceChanges)
#include "test_balancechanges.moc"
