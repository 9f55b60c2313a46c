// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/watch/changenotice.h"

#include <QLocale>
#include <QTest>

using namespace loopview;

namespace {

TokenRegistry tokens()
{
    TokenInfo eth;
    eth.tokenId = 0;
    eth.symbol = QStringLiteral("ETH");
    eth.decimals = 18;
    TokenInfo odd;
    odd.tokenId = 5;
    odd.symbol = QStringLiteral("\u202eCRL");  // a bidi override must not reach the desktop
    odd.decimals = 0;
    return TokenRegistry(QList<TokenInfo>{eth, odd});
}

HeldAmounts held(const char *total, const char *pendingDeposit = "0", const char *pendingWithdraw = "0")
{
    HeldAmounts amounts;
    amounts.total = *Amount::parse(QString::fromLatin1(total));
    amounts.pendingDeposit = *Amount::parse(QString::fromLatin1(pendingDeposit));
    amounts.pendingWithdraw = *Amount::parse(QString::fromLatin1(pendingWithdraw));
    return amounts;
}

TokenChange change(int tokenId, const HeldAmounts &before, const HeldAmounts &after)
{
    TokenChange change;
    change.tokenId = tokenId;
    change.before = before;
    change.after = after;
    change.appeared = before.isAllZero();
    change.disappeared = after.isAllZero();
    change.depositCompleted = !before.pendingDeposit.isZero() && after.pendingDeposit < before.pendingDeposit;
    change.withdrawalCompleted = !before.pendingWithdraw.isZero() && after.pendingWithdraw < before.pendingWithdraw;
    return change;
}

} // namespace

class TestChangeNotice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void namesTheAccountAndEachToken()
    {
        const ChangeNotice notice = describeChanges(
            QStringLiteral("20533 on api3.loopring.io"),
            {change(0, held("1000000000000000000", "250000000000000000"), held("1250000000000000000"))}, tokens());
        QVERIFY2(notice.title.contains(QStringLiteral("20533 on api3.loopring.io")), qPrintable(notice.title));
        const QStringList lines = notice.body.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("Deposit arrived: 0.25 ETH"));
        QCOMPARE(lines[1], QStringLiteral("ETH: 1 → 1.25 (+0.25)"));
    }

    void withdrawalsAppearanceAndDisappearance()
    {
        const ChangeNotice notice = describeChanges(
            QStringLiteral("Savings"),
            {change(0, held("2000000000000000000", "0", "1500000000000000000"), held("500000000000000000")),
             change(7, held("0"), held("1234567")), change(5, held("3"), held("0"))},
            tokens());
        const QStringList lines = notice.body.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("Withdrawal completed: 1.5 ETH"));
        QCOMPARE(lines[1], QStringLiteral("ETH: 2 → 0.5 (-1.5)"));
        QCOMPARE(lines[2], QStringLiteral("New token: 1,234,567 Token #7"));  // unknown: base units
        QVERIFY(lines[3].endsWith(QStringLiteral("CRL is gone (was 3)")));
        QVERIFY(!lines[3].contains(QChar(0x202e)));
    }

    void anOutsideLabelIsMadePrintable()
    {
        const ChangeNotice notice =
            describeChanges(QStringLiteral("evil\u001b]0;x\u0007label"), {change(0, held("1"), held("2"))}, tokens());
        QVERIFY(!notice.title.contains(QChar(0x1b)));
        QVERIFY(!notice.title.contains(QChar(0x07)));
        QVERIFY(notice.title.contains(QStringLiteral("label")));
    }
};

QTEST_GUILESS_MAIN(TestChangeNotice)
#include "test_changenotice.moc"
