// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/nftexport.h"

#include "core/printabletext.h"
#include "core/tabulartext.h"

#include <QCoreApplication>

namespace loopview {

namespace {

QString textOrNull(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("null") : jsonStringLiteral(text);
}

QString jsonValue(const NftRecord &record, NftColumn column)
{
    switch (column) {
    case NftColumn::AccountId:
    case NftColumn::TokenId:
        return nftColumnText(record, column);
    case NftColumn::Collection:
        return textOrNull(record.collection);
    case NftColumn::Name:
        return textOrNull(record.name);
    case NftColumn::NftId:
    case NftColumn::NftType:
    case NftColumn::TokenAddress:
    case NftColumn::Total:
    case NftColumn::Locked:
    case NftColumn::Available:
    case NftColumn::PendingDeposit:
    case NftColumn::PendingWithdraw:
        return jsonStringLiteral(nftColumnText(record, column));
    }
    return QStringLiteral("null");
}

// The table is for people, so its words are translated; lupdate needs a class context to see them.
struct TableText {
    Q_DECLARE_TR_FUNCTIONS(loopview::NftTable)
};

} // namespace

NftRecord makeNftRecord(const NftBalance &nft)
{
    const SignedAmount available = nft.available();

    NftRecord record;
    record.accountId = nft.accountId;
    record.tokenId = nft.tokenId;
    record.nftId = nft.nftId;
    record.nftType = nft.nftType;
    record.tokenAddress = nft.tokenAddress;
    record.collection = nft.details.collectionName;
    record.name = nft.details.name;
    record.total = nft.total.toString();
    record.locked = nft.locked.toString();
    record.available = available.toString();
    record.pendingDeposit = nft.pendingDeposit.toString();
    record.pendingWithdraw = nft.pendingWithdraw.toString();
    record.negativeAvailable = available.isNegative();
    return record;
}

QList<NftRecord> makeNftRecords(const QList<NftBalance> &nfts)
{
    QList<NftRecord> records;
    records.reserve(nfts.size());
    for (const NftBalance &nft : nfts)
        records.append(makeNftRecord(nft));
    return records;
}

QList<NftColumn> allNftColumns()
{
    return {NftColumn::AccountId, NftColumn::TokenId,   NftColumn::NftId,          NftColumn::NftType,
            NftColumn::TokenAddress, NftColumn::Collection, NftColumn::Name,     NftColumn::Total,
            NftColumn::Locked,    NftColumn::Available, NftColumn::PendingDeposit, NftColumn::PendingWithdraw};
}

QString nftColumnKey(NftColumn column)
{
    switch (column) {
    case NftColumn::AccountId: return QStringLiteral("account_id");
    case NftColumn::TokenId: return QStringLiteral("token_id");
    case NftColumn::NftId: return QStringLiteral("nft_id");
    case NftColumn::NftType: return QStringLiteral("nft_type");
    case NftColumn::TokenAddress: return QStringLiteral("token_address");
    case NftColumn::Collection: return QStringLiteral("collection");
    case NftColumn::Name: return QStringLiteral("name");
    case NftColumn::Total: return QStringLiteral("total");
    case NftColumn::Locked: return QStringLiteral("locked");
    case NftColumn::Available: return QStringLiteral("available");
    case NftColumn::PendingDeposit: return QStringLiteral("pending_deposit");
    case NftColumn::PendingWithdraw: return QStringLiteral("pending_withdraw");
    }
    return {};
}

QString nftColumnText(const NftRecord &record, NftColumn column)
{
    switch (column) {
    case NftColumn::AccountId: return QString::number(record.accountId);
    case NftColumn::TokenId: return QString::number(record.tokenId);
    case NftColumn::NftId: return record.nftId.toString();
    case NftColumn::NftType: return record.nftType;
    case NftColumn::TokenAddress: return record.tokenAddress;
    case NftColumn::Collection: return record.collection;
    case NftColumn::Name: return record.name;
    case NftColumn::Total: return record.total;
    case NftColumn::Locked: return record.locked;
    case NftColumn::Available: return record.available;
    case NftColumn::PendingDeposit: return record.pendingDeposit;
    case NftColumn::PendingWithdraw: return record.pendingWithdraw;
    }
    return {};
}

CellKind nftColumnKind(NftColumn column)
{
    switch (column) {
    case NftColumn::NftId:
    case NftColumn::NftType:
    case NftColumn::TokenAddress:
    case NftColumn::Collection:
    case NftColumn::Name:
        return CellKind::Text;
    default:
        return CellKind::Number;
    }
}

QStringList nftCsvHeader(const QList<NftColumn> &columns)
{
    QStringList header;
    header.reserve(columns.size());
    for (const NftColumn column : columns)
        header.append(nftColumnKey(column));
    return header;
}

QList<CsvCell> nftCsvCells(const NftRecord &record, const QList<NftColumn> &columns)
{
    QList<CsvCell> cells;
    cells.reserve(columns.size());
    for (const NftColumn column : columns)
        cells.append(CsvCell{nftColumnText(record, column), nftColumnKind(column)});
    return cells;
}

bool writeNftsCsv(QIODevice *device, const QList<NftRecord> &records, const QList<NftColumn> &columns,
                  CsvWriter::Options options, QString *errorString)
{
    return writeCsvRows(device, nftCsvHeader(columns), records.size(),
                        [&](qsizetype row) { return nftCsvCells(records.at(row), columns); },
                        options, errorString);
}

QByteArray nftsToJson(const QList<NftRecord> &records, const QList<NftColumn> &columns)
{
    return jsonObjectArray(nftCsvHeader(columns), records.size(), [&](qsizetype row, qsizetype column) {
        return jsonValue(records.at(row), columns.at(column));
    });
}

QString nftsToTable(const QList<NftRecord> &records)
{
    if (records.isEmpty())
        return TableText::tr("No NFTs.") + QLatin1Char('\n');

    //: Column headers of the NFT table printed by loopview-cli.
    QList<QStringList> rows = {{
        TableText::tr("TOKEN ID"), TableText::tr("COLLECTION"), TableText::tr("NAME"),
        TableText::tr("TYPE"), TableText::tr("NFT ID"), TableText::tr("TOTAL"), TableText::tr("LOCKED"),
        TableText::tr("AVAILABLE"), TableText::tr("PENDING DEPOSIT"), TableText::tr("PENDING WITHDRAW"),
    }};
    rows.reserve(records.size() + 1);
    for (const NftRecord &record : records) {
        rows.append({QString::number(record.tokenId), printableText(record.collection, NftTableTextLength),
                     printableText(record.name, NftTableTextLength),
                     printableText(record.nftType, NftTableTextLength), record.nftId.abbreviated(),
                     record.total, record.locked, record.available, record.pendingDeposit,
                     record.pendingWithdraw});
    }
    using A = TextAlignment;
    return alignedTextTable(rows, {A::Right, A::Left, A::Left, A::Left, A::Left, A::Right, A::Right,
                                   A::Right, A::Right, A::Right});
}

} // namespace loopview
