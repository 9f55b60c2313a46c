// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/relativetime.h"

#include <QTest>
#include <QTimeZone>

using namespace loopview;

class TestRelativeTime : public QObject
{
    Q_OBJECT
private slots:
    void describesAges();
    void describesMoments();
};

void TestRelativeTime::describesAges()
{
    const QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(14, 30), QTimeZone::utc());
    QCOMPARE(relativetime::describeAge(now.addSecs(-20), now), QStringLiteral("just now"));
    QCOMPARE(relativetime::describeAge(now.addSecs(-125), now), QStringLiteral("2 min ago"));
    QCOMPARE(relativetime::describeAge(now.addSecs(-3 * 3600 - 5), now), QStringLiteral("3 h ago"));
    QCOMPARE(relativetime::describeAge(now.addDays(-4), now), QStringLiteral("4 days ago"));
    // A clock that went backwards does not produce "in 5 min".
    QCOMPARE(relativetime::describeAge(now.addSecs(300), now), QStringLiteral("just now"));
}

void TestRelativeTime::describesMoments()
{
    QLocale::setDefault(QLocale::c());
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime earlierToday = QDateTime(now.date(), QTime(0, 1));
    QCOMPARE(relativetime::describeMoment(earlierToday, now), QLocale().toString(QTime(0, 1), QLocale::ShortFormat));
    const QDateTime lastYear = now.addYears(-1);
    QVERIFY(relativetime::describeMoment(lastYear, now).contains(QString::number(lastYear.date().year() % 100)));
}

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "test_relativetime.moc"
