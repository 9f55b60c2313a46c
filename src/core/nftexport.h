// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/csvwriter.h"
#include "core/nft.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// The machine formats of an NFT list (CSV, JSON) and the plain-text table, shared by the CLI's
// `nfts` command and the window's NFT export, so both write the same bytes for the same NFTs. The
// layout is the balances' (core/balanceexport.h): same CSV rules, same JSON shape.
namespace loopview {

// One NFT as exported. NFT amounts are counts without decimals, so they are written as the
// service's integers.
struct NftRecord {
    qint64 accountId = 0;
    int tokenId = 0;
    NftId nftId;
    QString nftType;
    QString tokenAddress;
    QString collection;  // empty when the service gave none
    QString name;        // empty when the service gave none
    QString total;
    QString locked;
    QString available;  // total − locked; may be negative ("-2") as the service reported it
    QString pendingDeposit;
    QString pendingWithdraw;
    bool negativeAvailable = false;
};

NftRecord makeNftRecord(const NftBalance &nft);
QList<NftRecord> makeNftRecords(const QList<NftBalance> &nfts);

// The exported columns, in their default order; an export dialog may offer a subset or another order.
enum class NftColumn {
    AccountId,
    TokenId,
    NftId,
    NftType,
    TokenAddress,
    Collection,
    Name,
    Total,
    Locked,
    Available,
    PendingDeposit,
    PendingWithdraw,
};

QList<NftColumn> allNftColumns();

// The machine key of a column: the CSV header name and JSON key ("pending_deposit").
QString nftColumnKey(NftColumn column);
// The column's value in a record as written to CSV: the full id for nft_id, empty for a missing
// collection or name.
QString nftColumnText(const NftRecord &record, NftColumn column);
// Text from the service (id, type, address, collection, name) is formula-guarded in CSV; ids and
// amounts are numbers.
CellKind nftColumnKind(NftColumn column);

// account_id,token_id,nft_id,nft_type,token_address,collection,name,total,locked,available,pending_deposit,pending_withdraw
QStringList nftCsvHeader(const QList<NftColumn> &columns = allNftColumns());
QList<CsvCell> nftCsvCells(const NftRecord &record, const QList<NftColumn> &columns = allNftColumns());

// Header then one row per record (RFC 4180, see CsvWriter). False when the device write fails;
// *errorString then says why.
bool writeNftsCsv(QIODevice *device, const QList<NftRecord> &records,
                  const QList<NftColumn> &columns = allNftColumns(), CsvWriter::Options options = {},
                  QString *errorString = nullptr);

// A JSON array of objects keyed like the CSV header, in column order. account_id and token_id are
// numbers; nft_id, nft_type, token_address and the amounts are strings; collection and name are
// strings, or null when the service gave none. Laid out like balancesToJson (jsonObjectArray()).
QByteArray nftsToJson(const QList<NftRecord> &records, const QList<NftColumn> &columns = allNftColumns());

// Aligned columns for a terminal (translated headers: this is for people): token id, collection,
// name, type, the NFT id abbreviated (NftId::abbreviated()), and the amounts right-aligned.
// Collection, name and type are cut at NftTableTextLength characters with "…" so one long name cannot push
// the amounts off the screen; they are printable already (json::parseNftPage saw to that). An
// empty list gives the single line "No NFTs.".
inline constexpr qsizetype NftTableTextLength = 32;
QString nftsToTable(const QList<NftRecord> &records);

} // namespace loopview
