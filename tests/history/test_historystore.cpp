// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/printabletext.h"
#include "history/historystore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace loopview;

namespace {

const QString Mainnet = QStringLiteral("https://api3.loopring.io");
const QString TestNet = QStringLiteral("https://uat2.loopring.io");

Address sampleAddress()
{
    return *Address::parse(u"0x8656920c85342d646E5286Cb841F90209272ABeb");
}

Amount amount(const char *digits)
{
    return *Amount::parse(QString::fromLatin1(digits));
}

SnapshotToken token(int tokenId, const char *total, const char *symbol = "", std::optional<int> decimals = {})
{
    SnapshotToken token;
    token.tokenId = tokenId;
    token.symbol = QString::fromLatin1(symbol);
    token.decimals = decimals;
    token.total = amount(total);
    return token;
}

Snapshot snapshot(qint64 accountId, qint64 msecs, QList<SnapshotToken> tokens, const QString &service = Mainnet)
{
    Snapshot snapshot;
    snapshot.service = service;
    snapshot.accountId = accountId;
    snapshot.fetchedAt = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
    snapshot.tokens = std::move(tokens);
    return snapshot;
}

HistoryAccount byId(qint64 id, const QString &service = Mainnet)
{
    return {service, id};
}

// Runs one SQL statement on the file through a connection of its own, as another program would.
QVariant rawQuery(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // A fresh folder per test; the database's folder does not exist yet.
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("sub/history.sqlite"));
    }

    void defaultPathIsSharedWithTheBookmarks()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString expected = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                 + QStringLiteral("/Loopview/Loopview/history.sqlite");
        QCOMPARE(HistoryStore::defaultPath(), expected);
        QStandardPaths::setTestModeEnabled(false);
    }

    void openCreatesAVersionedWalDatabase()
    {
        {
            HistoryStore store(m_path);
            const Result<bool> opened = store.open();
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            QCOMPARE(store.fileSchemaVersion(), HistoryStore::SchemaVersion);
            QVERIFY(!store.isReadOnly());
        }
        QCOMPARE(rawQuery(m_path, QStringLiteral("PRAGMA user_version")).toInt(), HistoryStore::SchemaVersion);
        QCOMPARE(rawQuery(m_path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        // Opening again migrates nothing and keeps what is there.
        HistoryStore again(m_path);
        QVERIFY(again.open().ok());
        QVERIFY(again.record(snapshot(1, 1000, {token(0, "5")})).ok());
        HistoryStore third(m_path);
        QVERIFY(third.open().ok());
        QCOMPARE(third.snapshots(byId(1))->size(), 1);
    }

    void recordsReadBackExactlyOldestFirst()
    {
        HistoryStore store(m_path);
        QVERIFY(store.open().ok());
        // 2^256 − 1 does not fit SQLite's 64-bit integers: amounts must survive as text.
        const char *max = "115792089237316195423570985008687907853269984665640564039457584007913129639935";
        Snapshot later = snapshot(7, 2000, {token(5, max, "DAI", 18), token(77, "12")});
        later.tokens[0].locked = amount("3");
        later.tokens[0].pendingDeposit = amount("4");
        later.tokens[0].pendingWithdraw = amount("6");
        later.tokens[0].price = Decimal::parse(u"0.99980");
        later.currency = QStringLiteral("USD");
        QVERIFY(store.record(later).ok());
        QVERIFY(store.record(snapshot(7, 1000, {token(0, "1", "ETH", 18)})).ok());
        QVERIFY(store.record(snapshot(8, 1500, {token(0, "9")})).ok());
        QVERIFY(store.record(snapshot(7, 1700, {token(0, "9")}, TestNet)).ok());

        const Result<QList<Snapshot>> all = store.snapshots(byId(7));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).fetchedAt, QDateTime::fromMSecsSinceEpoch(1000, QTimeZone::utc()));
        const Snapshot &read = all->at(1);
        QCOMPARE(read.fetchedAt.timeSpec(), Qt::UTC);
        QCOMPARE(read.service, Mainnet);
        QCOMPARE(read.accountId, std::optional<qint64>(7));
        QCOMPARE(read.currency, QStringLiteral("USD"));
        QCOMPARE(read.tokens.size(), 2);
        QCOMPARE(read.tokens[0].tokenId, 5);
        QCOMPARE(read.tokens[0].symbol, QStringLiteral("DAI"));
        QCOMPARE(read.tokens[0].decimals, std::optional<int>(18));
        QCOMPARE(read.tokens[0].total.toString(), QString::fromLatin1(max));
        QCOMPARE(read.tokens[0].locked, amount("3"));
        QCOMPARE(read.tokens[0].pendingDeposit, amount("4"));
        QCOMPARE(read.tokens[0].pendingWithdraw, amount("6"));
        QCOMPARE(read.tokens[0].price->toString(), QStringLiteral("0.99980"));
        QCOMPARE(read.tokens[1].tokenId, 77);  // the service's order, not sorted
        QVERIFY(read.tokens[1].symbol.isEmpty());
        QVERIFY(!read.tokens[1].decimals.has_value());
        QVERIFY(!read.tokens[1].price.has_value());

        const Result<std::optional<Snapshot>> latest = store.latest(byId(7));
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->fetchedAt, QDateTime::fromMSecsSinceEpoch(2000, QTimeZone::utc()));
        QVERIFY(!store.latest(byId(9))->has_value());

        // The newest ones, newest first, each with its own tokens.
        QVERIFY(store.record(snapshot(7, 3000, {token(0, "5"), token(1, "6")})).ok());
        const Result<QList<Snapshot>> recent = store.recent(byId(7), 2);
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->at(0).fetchedAt, QDateTime::fromMSecsSinceEpoch(3000, QTimeZone::utc()));
        QCOMPARE(recent->at(0).tokens.size(), 2);
        QCOMPARE(recent->at(1).fetchedAt, QDateTime::fromMSecsSinceEpoch(2000, QTimeZone::utc()));
        QCOMPARE(recent->at(1).tokens.size(), 2);
        QCOMPARE(recent->at(1).tokens[0].tokenId, 5);
        QCOMPARE(store.recent(byId(7), 10)->size(), 3);
        QVERIFY(store.recent(byId(7), 0)->isEmpty());
        QVERIFY(store.recent(byId(9), 2)->isEmpty());
    }

    void addressFindsTheAccountItWasSeenWith()
    {
        HistoryStore store(m_path);
        QVERIFY(store.open().ok());
        Snapshot byAddress = snapshot(42, 2000, {token(0, "2")});
        byAddress.address = sampleAddress();
        QVERIFY(store.record(snapshot(42, 1000, {token(0, "1")})).ok());
        QVERIFY(store.record(byAddress).ok());
        QVERIFY(store.record(snapshot(43, 3000, {token(0, "3")})).ok());

        const Result<QList<Snapshot>> found = store.snapshots({Mainnet, sampleAddress()});
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).tokens[0].total, amount("1"));
        QCOMPARE(found->at(1).address->toLower(), sampleAddress().toLower());
        QCOMPARE(store.snapshots({TestNet, sampleAddress()})->size(), 0);
    }

    void forgetDeletesOneAccountOnly()
    {
        HistoryStore store(m_path);
        QVERIFY(store.open().ok());
        QVERIFY(store.record(snapshot(1, 1000, {token(0, "1"), token(1, "2")})).ok());
        QVERIFY(store.record(snapshot(1, 2000, {token(0, "1")})).ok());
        QVERIFY(store.record(snapshot(2, 1500, {token(0, "5")})).ok());
        QVERIFY(store.record(snapshot(1, 1500, {token(0, "7")}, TestNet)).ok());

        const Result<int> forgotten = store.forget(byId(1));
        QVERIFY(forgotten.ok());
        QCOMPARE(*forgotten, 2);
        QCOMPARE(store.snapshots(byId(1))->size(), 0);
        QCOMPARE(store.snapshots(byId(2))->size(), 1);
        QCOMPARE(store.snapshots(byId(1, TestNet))->size(), 1);
        // The tokens went with their snapshots.
        QCOMPARE(rawQuery(m_path, QStringLiteral("SELECT COUNT(*) FROM snapshot_tokens")).toInt(), 2);
        QCOMPARE(*store.forget(byId(1)), 0);
    }

    void newerSchemaIsReadButNeverWritten()
    {
        {
            HistoryStore store(m_path);
            QVERIFY(store.open().ok());
            QVERIFY(store.record(snapshot(1, 1000, {token(0, "1")})).ok());
        }
        rawQuery(m_path, QStringLiteral("PRAGMA user_version = %1").arg(HistoryStore::SchemaVersion + 1));
        HistoryStore store(m_path);
        QVERIFY(store.open().ok());
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.snapshots(byId(1))->size(), 1);
        const Result<qint64> refused = store.record(snapshot(1, 2000, {token(0, "2")}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Io);
        QVERIFY(refused.error().message.contains(QLatin1String("newer version")));
        QVERIFY(!store.forget(byId(1)).ok());
        QCOMPARE(store.snapshots(byId(1))->size(), 1);
    }

    // A symbol in the file is outside text: a control sequence written there by another program
    // never comes back out raw (it would reach `loopview-cli history`'s terminal and CSV).
    void symbolsReadBackPrintable()
    {
        {
            HistoryStore store(m_path);
            QVERIFY(store.open().ok());
            QVERIFY(store.record(snapshot(1, 1000, {token(0, "1")})).ok());
        }
        rawQuery(m_path, QStringLiteral("UPDATE snapshot_tokens SET symbol = 'EV' || char(27) || '[31mIL' || char(7)"));
        HistoryStore store(m_path);
        QVERIFY(store.open().ok());
        const Result<QList<Snapshot>> read = store.snapshots(byId(1));
        QVERIFY(read.ok());
        QCOMPARE(read->size(), 1);
        const QString symbol = read->constFirst().tokens.constFirst().symbol;
        QCOMPARE(symbol, printableText(QStringLiteral("EV\x1b[31mIL\x07"), printable::Unlimited));
        for (const QChar c : symbol)
            QVERIFY2(c.unicode() >= 0x20, qPrintable(symbol));
    }

    void notADatabaseIsAnIoErrorAndLeftAlone()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("these are the user's bytes, not a database\n").repeated(200);
        file.write(junk);
        file.close();

        HistoryStore store(m_path);
        const Result<bool> opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Io);
        QVERIFY(opened.error().message.contains(QDir::toNativeSeparators(m_path)));
        QVERIFY(!store.record(snapshot(1, 1000, {})).ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), junk);
    }

    void concurrentWriterProcessesLoseNothing()
    {
        // Writers that start together also migrate the new file together.
        constexpr int Writers = 4;
        constexpr int SnapshotsEach = 40;
        const QList<QProcess *> processes = startWriters(m_path, Writers, SnapshotsEach);
        const QList<bool> finished = finishAll(processes);
        for (QProcess *process : processes) {
            QVERIFY(finished.at(processes.indexOf(process)));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
        }

        HistoryStore store(m_path);
        QVERIFY(store.open().ok());
        for (int i = 0; i < Writers; ++i) {
            const Result<QList<Snapshot>> written = store.snapshots(byId(100 + i));
            QVERIFY(written.ok());
            QCOMPARE(written->size(), SnapshotsEach);
            // Every snapshot whole, each of its tokens present: no write was half-done or lost.
            QList<Amount> totals;
            for (const Snapshot &snapshot : *written) {
                QCOMPARE(snapshot.tokens.size(), 2);
                totals.append(snapshot.tokens[0].total);
            }
            std::sort(totals.begin(), totals.end());
            for (int n = 0; n < SnapshotsEach; ++n)
                QCOMPARE(totals[n], Amount::fromUInt64(quint64(n + 1)));
        }
    }

    // Processes that open a new file at the same moment all get it: the one switching it to WAL
    // made another's open fail with "database is locked" at once, in about one race of fifteen
    // here, because SQLite does not wait on its busy timeout there. Many short races, each on a
    // new file, so the test fails without the wait in HistoryStore::open().
    void writersOpeningANewFileTogetherAllOpenIt()
    {
        constexpr int Races = 150;
        constexpr int Writers = 4;
        for (int race = 0; race < Races; ++race) {
            const QString path = m_dir->filePath(QStringLiteral("race-%1/history.sqlite").arg(race));
            const QList<QProcess *> processes = startWriters(path, Writers, 1);
            finishAll(processes);
            int succeeded = 0;
            for (QProcess *process : processes) {
                succeeded += process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
                delete process;
            }
            QVERIFY2(succeeded == Writers, qPrintable(QStringLiteral("race %1: %2 of %3 writers failed")
                                                              .arg(race).arg(Writers - succeeded).arg(Writers)));
        }
    }

private:
    // Starts `writers` processes at once, each recording `snapshotsEach` snapshots of its own
    // account (100, 101, …) in the file at `path`.
    QList<QProcess *> startWriters(const QString &path, int writers, int snapshotsEach)
    {
        QList<QProcess *> processes;
        for (int i = 0; i < writers; ++i) {
            auto *process = new QProcess(this);
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(QStringLiteral(LOOPVIEW_HISTORY_WRITER),
                           {path, QString::number(100 + i), QString::number(snapshotsEach)});
            processes.append(process);
        }
        return processes;
    }

    // Waits for all of them before anything is asserted, killing one that hangs, so no failure
    // leaves a writer running; whether each finished in time.
    static QList<bool> finishAll(const QList<QProcess *> &processes)
    {
        QList<bool> finished;
        for (QProcess *process : processes) {
            finished.append(process->waitForFinished(60000));
            if (!finished.constLast()) {
                process->kill();
                process->waitForFinished();
            }
        }
        return finished;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "test_historystore.moc"
