// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/historyrecorder.h"

#include "history/historystore.h"

#include "testdata.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace loopview;
using namespace loopview::testdata;

class TestHistoryRecorder : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void recordsALiveFetchWithItsPrices();
    void neverRecordsTheDemoAFilteredFetchOrWhenTurnedOff();
    void readingNeverCreatesTheFile();
    void recordsAQueryByAddressUnderTheAddress();
    void forgetDeletesOnlyThatAccount();
    void keepsTheOrderOfWhatItWasAsked();
    void aWriteWaitingForALockDoesNotBlockTheEventLoop();
    void destructionFinishesPendingWork();
    void answersGoNowhereOnceTheirContextIsGone();
    void unwritableStoreIsAnErrorNotACrash();
    void recordedBalancesFollowTheQuestion();

private:
    BalanceSnapshot fetched(const QString &accountText, const QDateTime &at) const;
    QString storePath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    // What another process (the CLI) finds in the file.
    QList<Snapshot> storedSnapshots(const HistoryAccount &account) const;
    // readRecent() in a test: waits for its answer.
    static Result<QList<Snapshot>> readRecent(HistoryRecorder &recorder, const HistoryAccount &account, int count);

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

QList<Snapshot> TestHistoryRecorder::storedSnapshots(const HistoryAccount &account) const
{
    HistoryStore store(storePath());
    if (!store.open().ok())
        return {};
    return store.snapshots(account).value();
}

Result<QList<Snapshot>> TestHistoryRecorder::readRecent(HistoryRecorder &recorder, const HistoryAccount &account,
                                                        int count)
{
    std::optional<Result<QList<Snapshot>>> answer;
    QObject context;
    recorder.readRecent(account, count, &context,
                        [&answer](const Result<QList<Snapshot>> &recent) { answer = recent; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }))
        return Error::io(QStringLiteral("no answer"));
    return *answer;
}

void TestHistoryRecorder::recordsALiveFetchWithItsPrices()
{
    HistoryRecorder recorder(storePath());
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-30T08:00:00.123Z"), Qt::ISODateWithMs);
    const BalanceSnapshot snapshot = fetched(QStringLiteral("20533"), at);
    QVERIFY(recorder.record(snapshot));
    QVERIFY(recorded.wait());
    QVERIFY(recorded.at(0).at(0).value<Snapshot>().id > 0);

    // Read back by another store on the same file, as the CLI or the History dock would.
    const std::optional<HistoryAccount> account = HistoryRecorder::accountOf(snapshot);
    QVERIFY(account);
    const QList<Snapshot> stored = storedSnapshots(*account);
    QCOMPARE(stored.size(), 1);
    const Snapshot &back = stored.at(0);
    QCOMPARE(back.id, recorded.at(0).at(0).value<Snapshot>().id);
    QCOMPARE(back.accountId, std::optional<qint64>(20533));
    QCOMPARE(back.fetchedAt, at);
    QCOMPARE(back.currency, QStringLiteral("USD"));
    QCOMPARE(back.tokens.size(), 2);
    QCOMPARE(back.tokens.at(0).symbol, QStringLiteral("ETH"));
    QCOMPARE(back.tokens.at(0).price->toString(), QStringLiteral("3000.12"));
    QVERIFY(!back.tokens.at(1).price);  // LRC had no price
    QCOMPARE(back.tokens.at(1).total.toString(), QStringLiteral("25000000000000000000"));

    // The recorder reads it too: what the Change column counts from.
    const Result<QList<Snapshot>> mine = readRecent(recorder, *account, 1);
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->at(0).id, back.id);
}

void TestHistoryRecorder::neverRecordsTheDemoAFilteredFetchOrWhenTurnedOff()
{
    HistoryRecorder recorder(storePath());
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    QSignalSpy failed(&recorder, &HistoryRecorder::recordFailed);
    BalanceSnapshot demo = fetched(QStringLiteral("20533"), QDateTime::currentDateTimeUtc());
    demo.demo = true;
    QVERIFY(!HistoryRecorder::accountOf(demo));
    QVERIFY(!recorder.record(demo));

    // A token filter's part of the account is not the account: never a snapshot of it.
    BalanceSnapshot filtered = fetched(QStringLiteral("20533"), QDateTime::currentDateTimeUtc());
    filtered.tokenFilterText = QStringLiteral("ETH");
    QVERIFY(!recorder.record(filtered));

    recorder.setRecording(false);
    QVERIFY(!recorder.isRecording());
    QVERIFY(!recorder.record(fetched(QStringLiteral("20533"), QDateTime::currentDateTimeUtc())));
    // A read asked for after them answers after them: they had nothing to do.
    QVERIFY(readRecent(recorder, HistoryAccount{QStringLiteral("api3.loopring.io"), qint64(20533)}, 1).ok());
    QCOMPARE(recorded.count(), 0);
    QCOMPARE(failed.count(), 0);
    // Neither opened the database: nothing was written, not even an empty file.
    QVERIFY(!QFile::exists(storePath()));
}

void TestHistoryRecorder::readingNeverCreatesTheFile()
{
    HistoryRecorder recorder(storePath());
    const Result<QList<Snapshot>> recent =
            readRecent(recorder, *HistoryRecorder::accountOf(fetched(QStringLiteral("20533"), {})), 2);
    QVERIFY(recent.ok());
    QVERIFY(recent->isEmpty());
    QVERIFY(!QFile::exists(storePath()));
}

void TestHistoryRecorder::recordsAQueryByAddressUnderTheAddress()
{
    HistoryRecorder recorder(storePath());
    const QString address = QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb");
    const BalanceSnapshot snapshot = fetched(address, QDateTime::currentDateTimeUtc());
    QVERIFY(recorder.record(snapshot));
    const std::optional<HistoryAccount> account = HistoryRecorder::accountOf(snapshot);
    QVERIFY(account && std::holds_alternative<Address>(account->account));
    const Result<QList<Snapshot>> latest = readRecent(recorder, *account, 1);
    QVERIFY(latest.ok() && latest->size() == 1);
    QVERIFY(latest->at(0).address.has_value());
    QCOMPARE(latest->at(0).accountId, std::optional<qint64>(20533));  // from the rows
}

void TestHistoryRecorder::forgetDeletesOnlyThatAccount()
{
    HistoryRecorder recorder(storePath());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(recorder.record(fetched(QStringLiteral("20533"), now.addSecs(-60))));
    QVERIFY(recorder.record(fetched(QStringLiteral("20533"), now)));
    BalanceSnapshot other = fetched(QStringLiteral("77"), now);
    for (Balance &balance : other.balances)
        balance.accountId = 77;
    QVERIFY(recorder.record(other));

    QSignalSpy forgotten(&recorder, &HistoryRecorder::forgotten);
    const HistoryAccount account = *HistoryRecorder::accountOf(fetched(QStringLiteral("20533"), now));
    recorder.forget(account);
    QVERIFY(forgotten.wait());
    QCOMPARE(forgotten.at(0).at(0).value<HistoryAccount>(), account);
    QCOMPARE(forgotten.at(0).at(1).toInt(), 2);
    QVERIFY(readRecent(recorder, account, 1)->isEmpty());
    QCOMPARE(readRecent(recorder, *HistoryRecorder::accountOf(other), 1)->size(), 1);
}

void TestHistoryRecorder::keepsTheOrderOfWhatItWasAsked()
{
    HistoryRecorder recorder(storePath());
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    QSignalSpy forgotten(&recorder, &HistoryRecorder::forgotten);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const BalanceSnapshot first = fetched(QStringLiteral("20533"), now.addSecs(-10));
    const HistoryAccount account = *HistoryRecorder::accountOf(first);

    // Asked one after the other without waiting: a record then a forget of the same account must
    // not leave the record behind, and a read sees everything asked for before it.
    QVERIFY(recorder.record(first));
    recorder.forget(account);
    QVERIFY(recorder.record(fetched(QStringLiteral("20533"), now)));
    const Result<QList<Snapshot>> recent = readRecent(recorder, account, 5);
    QVERIFY(recent.ok());
    QCOMPARE(recent->size(), 1);
    QCOMPARE(recent->at(0).fetchedAt, now);
    QCOMPARE(recorded.count(), 2);
    QCOMPARE(forgotten.count(), 1);
    QCOMPARE(forgotten.at(0).at(1).toInt(), 1);

    // Signals come in the order the jobs ran.
    recorder.forget(account);
    QVERIFY(forgotten.wait());
    QVERIFY(storedSnapshots(account).isEmpty());
}

void TestHistoryRecorder::aWriteWaitingForALockDoesNotBlockTheEventLoop()
{
    // The database exists, and another connection (loopview-cli, say) holds its write lock.
    {
        HistoryStore store(storePath());
        QVERIFY(store.open().ok());
    }
    const QString lockName = QStringLiteral("test-lock-holder");
    {
        QSqlDatabase lockHolder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
        lockHolder.setDatabaseName(storePath());
        QVERIFY(lockHolder.open());
        QSqlQuery lock(lockHolder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(lock.exec(QStringLiteral("INSERT INTO snapshots (service, account_id, fetched_at) "
                                         "VALUES ('other', 1, 1)")));

        HistoryRecorder recorder(storePath());
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        const BalanceSnapshot snapshot = fetched(QStringLiteral("20533"), QDateTime::currentDateTimeUtc());
        QVERIFY(recorder.record(snapshot));

        // The write waits for the lock on its own thread; this one goes on handling events.
        int ticks = 0;
        QTimer timer;
        timer.setInterval(1);
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start();
        QVERIFY(QTest::qWaitFor([&ticks] { return ticks >= 20; }));
        QCOMPARE(recorded.count(), 0);  // still waiting for the lock

        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QVERIFY(QTest::qWaitFor([&recorded] { return recorded.count() == 1; }));
        // Nothing lost: the other writer's row and the recorder's are both there.
        QCOMPARE(storedSnapshots(*HistoryRecorder::accountOf(snapshot)).size(), 1);
        QCOMPARE(storedSnapshots(HistoryAccount{QStringLiteral("other"), qint64(1)}).size(), 1);
        lockHolder.close();
    }
    QSqlDatabase::removeDatabase(lockName);
}

void TestHistoryRecorder::destructionFinishesPendingWork()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const HistoryAccount account = *HistoryRecorder::accountOf(fetched(QStringLiteral("20533"), now));
    BalanceSnapshot other = fetched(QStringLiteral("77"), now);
    const HistoryAccount otherAccount = *HistoryRecorder::accountOf(other);
    {
        HistoryRecorder recorder(storePath());
        for (int i = 0; i < 20; ++i)
            QVERIFY(recorder.record(fetched(QStringLiteral("20533"), now.addSecs(i))));
        QVERIFY(recorder.record(other));
        recorder.forget(otherAccount);
        // Destroyed at once, with every job still queued.
    }
    QCOMPARE(storedSnapshots(account).size(), 20);
    QVERIFY(storedSnapshots(otherAccount).isEmpty());
}

void TestHistoryRecorder::answersGoNowhereOnceTheirContextIsGone()
{
    HistoryRecorder recorder(storePath());
    QVERIFY(recorder.record(fetched(QStringLiteral("20533"), QDateTime::currentDateTimeUtc())));
    bool answered = false;
    auto context = std::make_unique<QObject>();
    recorder.readRecent(*HistoryRecorder::accountOf(fetched(QStringLiteral("20533"), {})), 1, context.get(),
                        [&answered](const Result<QList<Snapshot>> &) { answered = true; });
    context.reset();
    // A read asked for later has answered, so the first one's answer has arrived and was dropped.
    QVERIFY(readRecent(recorder, HistoryAccount{QStringLiteral("x"), qint64(1)}, 1).ok());
    QVERIFY(!answered);
}

void TestHistoryRecorder::unwritableStoreIsAnErrorNotACrash()
{
    // A folder where the database file should be: SQLite cannot open it.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("history.sqlite")));
    HistoryRecorder recorder(storePath());
    QSignalSpy failed(&recorder, &HistoryRecorder::recordFailed);
    QVERIFY(recorder.record(fetched(QStringLiteral("20533"), QDateTime::currentDateTimeUtc())));
    QVERIFY(failed.wait());
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("history.sqlite")), qPrintable(message));

    const Result<QList<Snapshot>> read =
            readRecent(recorder, *HistoryRecorder::accountOf(fetched(QStringLiteral("20533"), {})), 1);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QLatin1String("history.sqlite")), qPrintable(read.error().message));
}

void TestHistoryRecorder::recordedBalancesFollowTheQuestion()
{
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-30T08:00:00Z"), Qt::ISODate);
    BalanceSnapshot fetchedThen = fetched(QStringLiteral("20533"), at);
    fetchedThen.balances.append(balance(3, "4520013"));
    const Snapshot recorded = makeSnapshot(fetchedThen.baseUrl, *BalanceQuery::fromInput(u"20533"),
                                           fetchedThen.balances, fetchedThen.tokens, fetchedThen.prices, at);

    BalancesQuestion question;
    question.baseUrl = fetchedThen.baseUrl;
    question.accountText = QStringLiteral("20533");
    // Without a token list (no cache), what the snapshot recorded of each token is used.
    BalanceSnapshot shown = HistoryRecorder::balancesOf(recorded, question, TokenRegistry());
    QCOMPARE(shown.question(), question);
    QCOMPARE(shown.fetchedAt, at);
    QVERIFY(!shown.demo);
    QCOMPARE(shown.balances.size(), 3);
    QCOMPARE(shown.balances.at(2).total.toString(), QStringLiteral("4520013"));
    QCOMPARE(shown.balances.at(2).accountId, qint64(20533));
    QCOMPARE(shown.tokens.find(3)->symbol, QStringLiteral("USDT"));
    QCOMPARE(shown.tokens.find(3)->decimals, 6);
    QVERIFY(shown.prices);
    QCOMPARE(shown.prices->currency(), QStringLiteral("USD"));
    QCOMPARE(shown.prices->find(u"ETH")->value.toString(), QStringLiteral("3000.12"));
    QVERIFY(!shown.prices->find(u"LRC"));

    // The token filter of the question applies to the recorded rows.
    question.tokenFilterText = QStringLiteral("usdt, 1");
    shown = HistoryRecorder::balancesOf(recorded, question, sampleTokens());
    QCOMPARE(shown.balances.size(), 2);
    QCOMPARE(shown.balances.at(0).tokenId, 1);
    QCOMPARE(shown.balances.at(1).tokenId, 3);
    QCOMPARE(shown.tokens.find(4)->symbol, QStringLiteral("WBTC"));  // the token list's, whole
}

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "test_historyrecorder.moc"
