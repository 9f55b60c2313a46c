#pragma once

#include "core/address.h"
#include "core/balance.h"
#include "core/decimal.h"
#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace loopview {

// One token in a recorded snapshot: the amounts in base units as the service sent them, what the
// token list said about the token at the time, and the price used (if any).
struct SnapshotToken : HeldAmounts {
    int tokenId = 0;
    QString symbol;                // empty for a token the token list did not know
    std::optional<int> decimals;   // nullopt likewise
    std::optional<Decimal> price;  // in the snapshot's currency; nullopt: no price
};

// The balances of one account at one moment, as fetched from one service.
struct Snapshot {
    qint64 id = 0;                  // the store's row id; 0 until recorded
    QString service;                // serviceKey() of the base URL
    std::optional<qint64> accountId;  // nullopt only for a query by address that returned no rows
    std::optional<Address> address;   // when the balances were asked for by address
    QDateTime fetchedAt;            // UTC, millisecond precision
    QString currency;               // of the prices ("USD"); empty when none were used
    QList<SnapshotToken> tokens;    // in the service's order
};

// Whose history: the service and the account, by id or by the address it was fetched with.
struct HistoryAccount {
    QString service;  // serviceKey()
    std::variant<qint64, Address> account;
};

// The balance history in an SQLite database ($XDG_DATA_HOME/Loopview/Loopview/history.sqlite),
// shared by the window and loopview-cli, which may write at the same time: the database runs in
// WAL mode, every write is one BEGIN IMMEDIATE transaction, and a writer that finds the database
// locked waits (busy timeout) instead of failing. The schema carries its version in
// PRAGMA user_version and is brought up to date by numbered migrations when the store opens; a
// database from a newer Loopview is read but never written.
//
// One object per thread (a Qt SQL connection belongs to the thread that opened it). Every failure
// is an Io error whose message names the file and what SQLite said.
class HistoryStore
{
public:
    // The schema this code writes; migrations bring older files up to it.
    static constexpr int SchemaVersion = 1;
    // How long a write waits for another process's transaction before it gives up.
    static constexpr int BusyTimeoutMs = 10000;

    // `path` empty = defaultPath().
    explicit HistoryStore(const QString &path = {});
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static QString defaultPath();
    QString path() const { return m_path; }

    // Creates the folder and the file if need be and migrates the schema. Everything below fails
    // with this same error until open() has succeeded.
    Result<bool> open();
    // True when the file was written by a newer Loopview (its schema is newer than SchemaVersion):
    // it can be read, and record() and forget() refuse.
    bool isReadOnly() const { return m_readOnly; }
    int fileSchemaVersion() const { return m_fileVersion; }

    // Stores the snapshot in one transaction; its new id.
    Result<qint64> record(const Snapshot &snapshot);
    // The most recent snapshot of the account, nullopt when there is none.
    Result<std::optional<Snapshot>> latest(const HistoryAccount &account) const;
    // Every snapshot of the account, oldest first.
    Result<QList<Snapshot>> snapshots(const HistoryAccount &account) const;
    // Deletes every snapshot of the account; how many there were.
    Result<int> forget(const HistoryAccount &account);

private:
    enum class Operation { Open, Migrate, Read, Write };
    Result<QList<Snapshot>> select(const HistoryAccount &account, bool latestOnly) const;
    Error failure(Operation operation, const QString &reason) const;
    // Why a read or write cannot happen: not open, or (writes) a file of a newer schema.
    Error notUsable(Operation operation) const;

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    bool m_readOnly = false;
    int m_fileVersion = 0;
};

} // namespace loopview
