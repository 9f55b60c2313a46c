// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/historyrecorder.h"

#include "history/historystore.h"

#include "testdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::testdata;

class TestHistoryRecorder : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void recordsALiveFetchWithItsPrices();
    void neverRecordsTheDemoOrWhenTurnedOff();
    void recordsAQueryByAddressUnderTheAddress();
    void forgetDeletesOnlyThatAccount();
    void unwritableStoreIsAnErrorNotACrash();

private:
    BalanceSnapshot fetched(const QString &accountText, const QDateTime &at) const;
    QString storePath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryRecorder::init()
{
    qRegisterMetaType<loopview::Snapshot>();
    qRegisterMetaType<loopview::HistoryAccount>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

BalanceSnapshot TestHistoryRecorder::fetched(const QString &accountText, const QDateTime &at) const
{
    BalanceSnapshot snapshot;
    snapshot.baseUrl = QUrl(QStringLiteral("https://api3.loopring.io"));
    snapshot.accountText = accountText;
    snapshot.fetchedAt = at;
    snapshot.tokens = sampleTokens();
    snapshot.balances = {balance(0, "1000000000000000000"), balance(1, "25000000000000000000")};
    snapshot.currency = QStringLiteral("USD");
    snapshot.prices = PriceTable(QStringLiteral("USD"),
                                 {Price{QStringLiteral("ETH"), *Decimal::parse(u"3000.12"), at}});
    return snapshot;
}

void TestHistoryRecorder::recordsALiveFetchWithItsPrices()
{
    HistoryRecorder recorder(storePath());
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-30T08:00:00.123Z"), Qt::ISODateWithMs);
    const BalanceSnapshot snapshot = fetched(QStringLiteral("20533"), at);
    const Result<bool> stored = recorder.record(snapshot);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    QVERIFY(*stored);
    QCOMPARE(recorded.count(), 1);
    QVERIFY(recorded.at(0).at(0).value<Snapshot>().id > 0);

    // Read back by another store on the same file, as the CLI or the History dock would.
    HistoryStore store(storePath());
    QVERIFY(store.open().ok());
    const std::optional<HistoryAccount> account = HistoryRecorder::accountOf(snapshot);
    QVERIFY(account);
    const Result<std::optional<Snapshot>> latest = store.latest(*account);
    QVERIFY(latest.ok() && latest->has_value());
    const Snapshot &back = **latest;
    QCOMPARE(back.accountId, std::optional<qint64>(20533));
    QCOMPARE(back.fetchedAt, at);
    QCOMPARE(back.currency, QStringLiteral("USD"));
    QCOMPARE(back.tokens.size(), 2);
    QCOMPARE(back.tokens.at(0).symbol, QStringLiteral("ETH"));
    QCOMPARE(back.tokens.at(0).price->toString(), QStringLiteral("3000.12"));
    QVERIFY(!back.tokens.at(1).price);  // LRC had no price
    QCOMPARE(back.tokens.at(1).total.toString(), QStringLiteral("25000000000000000000"));

    // The recorder reads it too: what the Change column counts from.
    const Result<std::optional<Snapshot>> mine = recorder.latest(*account);
    QVERIFY(mine.ok() && mine->has_value());
    QCOMPARE((*mine)->id, back.id);
}

void TestHistoryRecorder::neverRecordsTheDemoOrWhenTurnedOff()
{
    HistoryRecorder recorder(storePath());
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    BalanceSnapshot demo = fetched(QStringLiteral("20533"), QDateTime::currentDateTimeUtc());
    demo.demo = true;
    QVERIFY(!HistoryRecorder::accountOf(demo));
    QCOMPARE(recorder.record(demo).value(), false);

    recorder.setRecording(false);
    QVERIFY(!recorder.isRecording());
    QCOMPARE(recorder.record(fetched(QStringLiteral("20533"), QDateTime::currentDateTimeUtc())).value(), false);
    QCOMPARE(recorded.count(), 0);
    // Neither opened the database: nothing was written, not even an empty file.
    QVERIFY(!QFile::exists(storePath()));
}

void TestHistoryRecorder::recordsAQueryByAddressUnderTheAddress()
{
    HistoryRecorder recorder(storePath());
    const QString address = QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb");
    const BalanceSnapshot snapshot = fetched(address, QDateTime::currentDateTimeUtc());
    QVERIFY(recorder.record(snapshot).ok());
    const std::optional<HistoryAccount> account = HistoryRecorder::accountOf(snapshot);
    QVERIFY(account && std::holds_alternative<Address>(account->account));
    const Result<std::optional<Snapshot>> latest = recorder.latest(*account);
    QVERIFY(latest.ok() && latest->has_value());
    QVERIFY((*latest)->address.has_value());
    QCOMPARE((*latest)->accountId, std::optional<qint64>(20533));  // from the rows
}

void TestHistoryRecorder::forgetDeletesOnlyThatAccount()
{
    HistoryRecorder recorder(storePath());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(recorder.record(fetched(QStringLiteral("20533"), now.addSecs(-60))).ok());
    QVERIFY(recorder.record(fetched(QStringLiteral("20533"), now)).ok());
    BalanceSnapshot other = fetched(QStringLiteral("77"), now);
    for (Balance &balance : other.balances)
        balance.accountId = 77;
    QVERIFY(recorder.record(other).ok());

    QSignalSpy forgotten(&recorder, &HistoryRecorder::forgotten);
    const HistoryAccount account = *HistoryRecorder::accountOf(fetched(QStringLiteral("20533"), now));
    QCOMPARE(recorder.forget(account).value(), 2);
    QCOMPARE(forgotten.count(), 1);
    QCOMPARE(forgotten.at(0).at(1).toInt(), 2);
    QVERIFY(!recorder.latest(account).value().has_value());
    QVERIFY(recorder.latest(*HistoryRecorder::accountOf(other)).value().has_value());
}

void TestHistoryRecorder::unwritableStoreIsAnErrorNotACrash()
{
    // A folder where the database file should be: SQLite cannot open it.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("history.sqlite")));
    HistoryRecorder recorder(storePath());
    const Result<bool> stored = recorder.record(fetched(QStringLiteral("20533"), QDateTime::currentDateTimeUtc()));
    QVERIFY(!stored.ok());
    QVERIFY2(stored.error().message.contains(QLatin1String("history.sqlite")), qPrintable(stored.error().message));
}

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "test_historyrecorder.moc"
