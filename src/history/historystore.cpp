// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "historystore.h"

#include "core/datadirectory.h"
#include "core/printabletext.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <QTimeZone>
#include <atomic>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it: a plain tr()
// helper function would be filed under the namespace, where no translation is ever looked up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::HistoryStore)
};

// SQLITE_BUSY and SQLITE_LOCKED, as QSQLITE reports them.
bool isBusy(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6");
}

// Runs one of open()'s statements, trying again while the file is busy, up to the busy timeout.
// When several processes open a new file at the same moment, the one that switches it to WAL
// can make another's PRAGMA fail with "database is locked" at once: SQLite does not call its busy
// handler there, so the connection's busy timeout alone does not wait for it.
bool execWhenNotBusy(QSqlQuery &query, const QString &statement)
{
    const QDeadlineTimer deadline(HistoryStore::BusyTimeoutMs);
    while (!query.exec(statement)) {
        if (!isBusy(query.lastError()) || deadline.hasExpired())
            return false;
        QThread::msleep(10);
    }
    return true;
}

// Migration N brings a database at user_version N−1 to N. Append, never edit: a file that has
// run a migration never runs it again.
struct Migration {
    int version;
    QList<const char *> statements;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         {// One row per fetch. Amounts are exact decimal text of base units (SQLite's integers
          // stop at 2^63), times are milliseconds since the epoch in UTC.
          "CREATE TABLE snapshots ("
          " id INTEGER PRIMARY KEY,"
          " service TEXT NOT NULL,"
          " account_id INTEGER,"
          " address TEXT,"
          " fetched_at INTEGER NOT NULL,"
          " currency TEXT NOT NULL DEFAULT '')",
          "CREATE INDEX snapshots_by_account ON snapshots (service, account_id, fetched_at)",
          "CREATE INDEX snapshots_by_address ON snapshots (service, address, fetched_at)",
          "CREATE TABLE snapshot_tokens ("
          " snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,"
          " position INTEGER NOT NULL,"
          " token_id INTEGER NOT NULL,"
          " symbol TEXT NOT NULL DEFAULT '',"
          " decimals INTEGER,"
          " total TEXT NOT NULL,"
          " locked TEXT NOT NULL,"
          " pending_deposit TEXT NOT NULL,"
          " pending_withdraw TEXT NOT NULL,"
          " price TEXT,"
          " PRIMARY KEY (snapshot_id, position))"}},
    };
    return all;
}

// The rows of one account: by id, or by address together with every snapshot taken by id of the
// account that address was seen with.
QString accountCondition(const HistoryAccount &account)
{
    if (std::holds_alternative<qint64>(account.account))
        return QStringLiteral("service = :service AND account_id = :account");
    return QStringLiteral("service = :service AND (address = :account OR account_id IN ("
                          "SELECT account_id FROM snapshots WHERE service = :service "
                          "AND address = :account AND account_id IS NOT NULL))");
}

void bindAccount(QSqlQuery &query, const HistoryAccount &account)
{
    query.bindValue(QStringLiteral(":service"), account.service);
    if (const auto *id = std::get_if<qint64>(&account.account))
        query.bindValue(QStringLiteral(":account"), *id);
    else
        query.bindValue(QStringLiteral(":account"), std::get<Address>(account.account).toLower());
}

// Qt binds a null QString as SQL NULL; these columns hold '' for "none".
QString textOrEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("loopview-history-%1").arg(++counter);
}

} // namespace

HistoryStore::HistoryStore(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path), m_connectionName(uniqueConnectionName())
{
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString HistoryStore::defaultPath()
{
    return QDir(sharedDataDirectory()).filePath(QStringLiteral("history.sqlite"));
}

Error HistoryStore::failure(Operation operation, const QString &reason) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    QString message;
    switch (operation) {
    case Operation::Open:
        message = Text::tr("Could not open the history database %1: %2");
        break;
    case Operation::Migrate:
        message = Text::tr("Could not update the history database %1 to the current layout: %2");
        break;
    case Operation::Read:
        message = Text::tr("Could not read the history database %1: %2");
        break;
    case Operation::Write:
        message = Text::tr("Could not write to the history database %1: %2");
        break;
    }
    return Error::io(message.arg(file, reason));
}

Error HistoryStore::notUsable(Operation operation) const
{
    if (!m_open)
        return failure(operation, Text::tr("it is not open"));
    return failure(operation, Text::tr("it was written by a newer version of Loopview (schema %1)").arg(m_fileVersion));
}

Result<bool> HistoryStore::open()
{
    if (m_open)
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return failure(Operation::Open, Text::tr("its folder cannot be created"));
    if (info.exists() && !info.isFile())
        return failure(Operation::Open, Text::tr("it is not a regular file"));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open())
        return failure(Operation::Open, db.lastError().text());

    QSqlQuery query(db);
    // WAL lets readers go on while one process writes; switching needs a moment of exclusive
    // access, which the busy timeout waits for.
    if (!execWhenNotBusy(query, QStringLiteral("PRAGMA journal_mode = WAL")))
        return failure(Operation::Open, query.lastError().text());
    if (!execWhenNotBusy(query, QStringLiteral("PRAGMA foreign_keys = ON")))
        return failure(Operation::Open, query.lastError().text());
    if (!execWhenNotBusy(query, QStringLiteral("PRAGMA user_version")) || !query.next())
        return failure(Operation::Read, query.lastError().text());
    m_fileVersion = query.value(0).toInt();

    if (m_fileVersion < SchemaVersion) {
        // Another process may be migrating the same file right now: take the write lock first,
        // then look at the version again, so each migration runs exactly once.
        if (!execWhenNotBusy(query, QStringLiteral("BEGIN IMMEDIATE")))
            return failure(Operation::Migrate, query.lastError().text());
        bool ok = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
        int version = ok ? query.value(0).toInt() : 0;
        for (const Migration &migration : migrations()) {
            if (!ok || migration.version <= version)
                continue;
            for (const char *statement : migration.statements)
                ok = ok && query.exec(QString::fromLatin1(statement));
            ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            if (ok)
                version = migration.version;
        }
        if (!ok) {
            const QString reason = query.lastError().text();
            query.exec(QStringLiteral("ROLLBACK"));
            return failure(Operation::Migrate, reason);
        }
        if (!query.exec(QStringLiteral("COMMIT")))
            return failure(Operation::Migrate, query.lastError().text());
        m_fileVersion = version;
    }
    m_readOnly = m_fileVersion > SchemaVersion;
    m_open = true;
    return true;
}

Result<qint64> HistoryStore::record(const Snapshot &snapshot)
{
    if (!m_open || m_readOnly)
        return notUsable(Operation::Write);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    // IMMEDIATE: take the write lock at the start. A deferred transaction that starts reading and
    // then writes can fail with "database is locked" at once instead of waiting its turn.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(Operation::Write, query.lastError().text());

    query.prepare(QStringLiteral("INSERT INTO snapshots (service, account_id, address, fetched_at, currency) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(snapshot.service);
    query.addBindValue(snapshot.accountId ? QVariant(*snapshot.accountId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(snapshot.address ? QVariant(snapshot.address->toLower()) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(snapshot.fetchedAt.toMSecsSinceEpoch());
    query.addBindValue(textOrEmpty(snapshot.currency));
    bool ok = query.exec();
    const qint64 id = ok ? query.lastInsertId().toLongLong() : 0;

    QSqlQuery tokenQuery(db);
    ok = ok && tokenQuery.prepare(QStringLiteral(
                   "INSERT INTO snapshot_tokens (snapshot_id, position, token_id, symbol, decimals, total, "
                   "locked, pending_deposit, pending_withdraw, price) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; ok && i < snapshot.tokens.size(); ++i) {
        const SnapshotToken &token = snapshot.tokens.at(i);
        tokenQuery.addBindValue(id);
        tokenQuery.addBindValue(qint64(i));
        tokenQuery.addBindValue(token.tokenId);
        tokenQuery.addBindValue(textOrEmpty(token.symbol));
        tokenQuery.addBindValue(token.decimals ? QVariant(*token.decimals) : QVariant(QMetaType::fromType<int>()));
        tokenQuery.addBindValue(token.total.toString());
        tokenQuery.addBindValue(token.locked.toString());
        tokenQuery.addBindValue(token.pendingDeposit.toString());
        tokenQuery.addBindValue(token.pendingWithdraw.toString());
        tokenQuery.addBindValue(token.price ? QVariant(token.price->toString()) : QVariant(QMetaType::fromType<QString>()));
        ok = tokenQuery.exec();
    }
    if (!ok) {
        const QString reason = query.lastError().isValid() ? query.lastError().text() : tokenQuery.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return failure(Operation::Write, reason);
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString reason = query.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return failure(Operation::Write, reason);
    }
    return id;
}

Result<std::optional<Snapshot>> HistoryStore::latest(const HistoryAccount &account) const
{
    Result<QList<Snapshot>> found = select(account, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Snapshot>();
    return std::optional<Snapshot>(found->constFirst());
}

Result<QList<Snapshot>> HistoryStore::recent(const HistoryAccount &account, int count) const
{
    if (count <= 0)
        return QList<Snapshot>();
    return select(account, count);
}

Result<QList<Snapshot>> HistoryStore::snapshots(const HistoryAccount &account) const
{
    return select(account, 0);
}

Result<QList<Snapshot>> HistoryStore::select(const HistoryAccount &account, int newest) const
{
    if (!m_open)
        return notUsable(Operation::Read);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    // One read transaction: both queries see the same snapshots even while another process writes.
    if (!query.exec(QStringLiteral("BEGIN")))
        return failure(Operation::Read, query.lastError().text());
    // Ends the read transaction and passes the reason on.
    const auto endRead = [&db](const QString &reason) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return reason;
    };

    const QString condition = accountCondition(account);
    const QString order = newest > 0 ? QStringLiteral("ORDER BY fetched_at DESC, id DESC LIMIT %1").arg(newest)
                                     : QStringLiteral("ORDER BY fetched_at, id");
    query.prepare(QStringLiteral("SELECT id, service, account_id, address, fetched_at, currency "
                                 "FROM snapshots WHERE %1 %2").arg(condition, order));
    bindAccount(query, account);
    if (!query.exec())
        return failure(Operation::Read, endRead(query.lastError().text()));

    QList<Snapshot> result;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        Snapshot snapshot;
        snapshot.id = query.value(0).toLongLong();
        snapshot.service = query.value(1).toString();
        if (!query.isNull(2))
            snapshot.accountId = query.value(2).toLongLong();
        if (!query.isNull(3))
            snapshot.address = Address::parse(query.value(3).toString());
        // toUTC(): Qt 6.4 keeps a QTimeZone::utc() date as spec TimeZone; dates here are Qt::UTC.
        snapshot.fetchedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc()).toUTC();
        snapshot.currency = query.value(5).toString();
        indexById.insert(snapshot.id, result.size());
        result.append(std::move(snapshot));
    }

    QSqlQuery tokens(db);
    tokens.prepare(QStringLiteral("SELECT snapshot_id, token_id, symbol, decimals, total, locked, pending_deposit, "
                                  "pending_withdraw, price FROM snapshot_tokens WHERE snapshot_id IN "
                                  "(SELECT id FROM snapshots WHERE %1 %2) ORDER BY snapshot_id, position")
                       .arg(condition, order));
    bindAccount(tokens, account);
    if (!tokens.exec())
        return failure(Operation::Read, endRead(tokens.lastError().text()));
    while (tokens.next()) {
        const auto index = indexById.constFind(tokens.value(0).toLongLong());
        if (index == indexById.cend())
            continue;  // recorded between the two queries: cannot happen inside one transaction
        SnapshotToken token;
        token.tokenId = tokens.value(1).toInt();
        // The file is outside text like any other: another program (or a hand) may have written
        // it, and a symbol reaches terminals, cells and tooltips. Made printable as the token
        // list's symbols are when they arrive.
        token.symbol = printableText(tokens.value(2).toString(), printable::Unlimited);
        if (!tokens.isNull(3))
            token.decimals = tokens.value(3).toInt();
        const std::optional<Amount> total = Amount::parse(tokens.value(4).toString());
        const std::optional<Amount> locked = Amount::parse(tokens.value(5).toString());
        const std::optional<Amount> deposit = Amount::parse(tokens.value(6).toString());
        const std::optional<Amount> withdraw = Amount::parse(tokens.value(7).toString());
        if (!total || !locked || !deposit || !withdraw) {
            return failure(Operation::Read, endRead(Text::tr("snapshot %1 has an amount that is not a whole number "
                                                          "(token %2)")
                                                           .arg(tokens.value(0).toLongLong())
                                                           .arg(token.tokenId)));
        }
        token.total = *total;
        token.locked = *locked;
        token.pendingDeposit = *deposit;
        token.pendingWithdraw = *withdraw;
        if (!tokens.isNull(8))
            token.price = Decimal::parse(tokens.value(8).toString());
        result[*index].tokens.append(std::move(token));
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    return result;
}

Result<int> HistoryStore::forget(const HistoryAccount &account)
{
    if (!m_open || m_readOnly)
        return notUsable(Operation::Write);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(Operation::Write, query.lastError().text());
    // Ids first: the address condition looks at the snapshots it is about to delete.
    query.prepare(QStringLiteral("SELECT id FROM snapshots WHERE %1").arg(accountCondition(account)));
    bindAccount(query, account);
    QList<qint64> ids;
    bool ok = query.exec();
    while (ok && query.next())
        ids.append(query.value(0).toLongLong());
    QSqlQuery remove(db);
    ok = ok && remove.prepare(QStringLiteral("DELETE FROM snapshot_tokens WHERE snapshot_id = ?"));
    QSqlQuery removeSnapshot(db);
    ok = ok && removeSnapshot.prepare(QStringLiteral("DELETE FROM snapshots WHERE id = ?"));
    for (const qint64 id : std::as_const(ids)) {
        remove.addBindValue(id);
        removeSnapshot.addBindValue(id);
        ok = ok && remove.exec() && removeSnapshot.exec();
    }
    if (!ok || !QSqlQuery(db).exec(QStringLiteral("COMMIT"))) {
        QString reason = query.lastError().text();
        if (reason.trimmed().isEmpty())
            reason = remove.lastError().isValid() ? remove.lastError().text() : removeSnapshot.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return failure(Operation::Write, reason);
    }
    return int(ids.size());
}

} // namespace loopview
