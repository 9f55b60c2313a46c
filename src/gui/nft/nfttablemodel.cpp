// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "nfttablemodel.h"

#include "gui/amountdisplay.h"
#include "gui/palettecolors.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QPalette>

namespace loopview {

namespace {

bool isTextColumn(int column)
{
    return column == NftTableModel::CollectionColumn || column == NftTableModel::NameColumn
        || column == NftTableModel::TypeColumn;
}

// Numbers right-aligned so digits of equal weight line up; names and ids read left to right.
QVariant alignmentFor(int column)
{
    const bool left = isTextColumn(column) || column == NftTableModel::NftIdColumn;
    return int(left ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
}

// What the Name column shows while thumbnails are on and a row has none (yet): a neutral frame the
// size of a thumbnail, so names stay aligned and a missing picture looks like one.
QIcon placeholderThumbnail()
{
    static const QIcon icon = [] {
        QPixmap pixmap(48, 48);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette palette = QGuiApplication::palette();
        painter.setPen(QPen(palette.color(QPalette::Mid), 2));
        painter.setBrush(palette.color(QPalette::AlternateBase));
        painter.drawRoundedRect(QRectF(3, 3, 42, 42), 6, 6);
        return QIcon(pixmap);
    }();
    return icon;
}

} // namespace

NftTableModel::NftTableModel(QObject *parent) : QAbstractTableModel(parent) {}

NftColumn NftTableModel::machineColumn(int column)
{
    switch (column) {
    case CollectionColumn: return NftColumn::Collection;
    case NameColumn: return NftColumn::Name;
    case NftIdColumn: return NftColumn::NftId;
    case TypeColumn: return NftColumn::NftType;
    case TotalColumn: return NftColumn::Total;
    case LockedColumn: return NftColumn::Locked;
    case AvailableColumn: return NftColumn::Available;
    case PendingDepositColumn: return NftColumn::PendingDeposit;
    case PendingWithdrawColumn: return NftColumn::PendingWithdraw;
    default: return NftColumn::TokenId;
    }
}

bool NftTableModel::isAmountColumn(int column)
{
    return column >= TotalColumn && column <= PendingWithdrawColumn;
}

void NftTableModel::setNfts(const QList<NftBalance> &nfts)
{
    beginResetModel();
    m_nfts = nfts;
    m_rows.clear();
    m_thumbnails.clear();
    m_rows.reserve(nfts.size());
    for (const NftBalance &nft : nfts)
        m_rows.append(makeRow(nft));
    endResetModel();
}

void NftTableModel::setThumbnailsShown(bool shown)
{
    if (m_thumbnailsShown == shown)
        return;
    m_thumbnailsShown = shown;
    m_thumbnails.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::DecorationRole});
}

void NftTableModel::setThumbnail(int row, const QImage &image)
{
    if (!m_thumbnailsShown || row < 0 || row >= rowCount() || image.isNull())
        return;
    m_thumbnails.insert(row, QIcon(QPixmap::fromImage(image)));
    emit dataChanged(index(row, NameColumn), index(row, NameColumn), {Qt::DecorationRole});
}

void NftTableModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

NftTableModel::Row NftTableModel::makeRow(const NftBalance &nft) const
{
    Row row;
    // The export record is the one source of machine text: what the table copies is what the
    // CSV export and `loopview-cli nfts` write.
    row.record = makeNftRecord(nft);
    row.display[CollectionColumn] = row.record.collection.isEmpty() ? tr("No collection") : row.record.collection;
    row.display[NameColumn] = row.record.name.isEmpty() ? tr("No name") : row.record.name;
    row.display[NftIdColumn] = nft.nftId.abbreviated();
    row.display[TypeColumn] = nft.nftType;
    for (int column = TotalColumn; column <= PendingWithdrawColumn; ++column)
        row.display[size_t(column)] = amountdisplay::groupMachineText(nftColumnText(row.record, machineColumn(column)));
    row.display[TokenIdColumn] = QString::number(nft.tokenId);
    row.filterText = QStringList{row.record.collection, row.record.name, nft.nftId.toString(), nft.nftType,
                                 nft.tokenAddress, QString::number(nft.tokenId)}
                         .join(QLatin1Char(' '));
    return row;
}

int NftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NftTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return m_rows.at(row).display[size_t(column)];
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        return decoration(row, column);
    case Qt::TextAlignmentRole:
        return alignmentFor(column);
    case Qt::FontRole:
        return font(row, column);
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::BackgroundRole:
        return background(row, column);
    case SortRole:
        return sortKey(row, column);
    case ExportRole:
        return nftColumnText(m_rows.at(row).record, machineColumn(column));
    case FilterTextRole:
        return column == CollectionColumn ? QVariant(m_rows.at(row).filterText) : QVariant();
    case AllZeroRole:
        return column == CollectionColumn ? QVariant(m_nfts.at(row).isAllZero()) : QVariant();
    case NftIdRole:
        return m_rows.at(row).record.nftId.toString();
    default:
        return {};
    }
}

QVariant NftTableModel::sortKey(int row, int column) const
{
    const NftBalance &nft = m_nfts.at(row);
    const NftRecord &record = m_rows.at(row).record;
    switch (column) {
    // Case-folded (the proxy orders them naturally: "#9" before "#10"), and the NFTs without a
    // name or collection after every named one.
    case CollectionColumn:
        return record.collection.isEmpty() ? QString(QChar(0xFFFF)) : record.collection.toCaseFolded();
    case NameColumn:
        return record.name.isEmpty() ? QString(QChar(0xFFFF)) : record.name.toCaseFolded();
    // Fixed width lower-case hex: comparing the text compares the numbers. Bytes, not a QString,
    // so the proxy compares them plainly: its natural order for names would read the digit runs
    // of a hex id as decimal numbers.
    case NftIdColumn: return nft.nftId.toString().toLatin1();
    case TypeColumn: return nft.nftType.toCaseFolded();
    case TotalColumn: return QVariant::fromValue(ScaledAmount(nft.total, 0));
    case LockedColumn: return QVariant::fromValue(ScaledAmount(nft.locked, 0));
    case AvailableColumn: return QVariant::fromValue(ScaledAmount(nft.available(), 0));
    case PendingDepositColumn: return QVariant::fromValue(ScaledAmount(nft.pendingDeposit, 0));
    case PendingWithdrawColumn: return QVariant::fromValue(ScaledAmount(nft.pendingWithdraw, 0));
    case TokenIdColumn: return nft.tokenId;
    default: return {};
    }
}

QVariant NftTableModel::toolTip(int row, int column) const
{
    const NftBalance &nft = m_nfts.at(row);
    switch (column) {
    case CollectionColumn:
        if (nft.details.collectionName.isEmpty())
            return tr("The service gave no collection for this NFT.\nContract: %1").arg(nft.tokenAddress);
        return tr("Contract: %1").arg(nft.tokenAddress);
    case NameColumn:
        if (nft.details.name.isEmpty())
            return tr("The service gave no name for this NFT.");
        // The description is printable already, line by line (json::parseNftPage).
        return nft.details.description.isEmpty() ? nft.details.name
                                                  : nft.details.name + QLatin1String("\n\n") + nft.details.description;
    case NftIdColumn:
        //: %1 is the full 256-bit NFT id, "0x" followed by 64 hex digits.
        return tr("NFT ID %1").arg(nft.nftId.toString());
    case TypeColumn:
        if (nft.nftType == QLatin1String("ERC721"))
            return tr("ERC-721: a unique token; the account holds it or not");
        if (nft.nftType == QLatin1String("ERC1155"))
            return tr("ERC-1155: several copies of one token can be held");
        return {};
    case AvailableColumn:
        if (nft.available().isNegative())
            return tr("The service reports more locked than total. Shown exactly as reported.");
        return {};
    case PendingDepositColumn:
        return nft.pendingDeposit.isZero() ? QVariant() : QVariant(tr("Pending deposit: not yet credited on L2"));
    case PendingWithdrawColumn:
        return nft.pendingWithdraw.isZero() ? QVariant() : QVariant(tr("Pending withdrawal: not yet arrived on L1"));
    case TokenIdColumn:
        return tr("The NFT's token slot in this Loopring account");
    default:
        return {};
    }
}

std::optional<palettecolors::Pending> NftTableModel::pendingKind(const NftBalance &nft, int column)
{
    if (column == PendingDepositColumn && !nft.pendingDeposit.isZero())
        return palettecolors::Pending::Deposit;
    if (column == PendingWithdrawColumn && !nft.pendingWithdraw.isZero())
        return palettecolors::Pending::Withdrawal;
    return std::nullopt;
}

QVariant NftTableModel::foreground(int row, int column) const
{
    // As in the token table: a missing collection or name is real content in the normal colour
    // (italic says it is a stand-in); pending counts have their deposit/withdrawal colours.
    const QPalette palette = QGuiApplication::palette();
    const NftBalance &nft = m_nfts.at(row);
    if (column == AvailableColumn && nft.available().isNegative())
        return palettecolors::negativeText(palette);
    if (m_stale)
        return palettecolors::staleText(palette);
    if (const auto kind = pendingKind(nft, column))
        return palettecolors::pendingText(palette, *kind);
    return {};
}

QVariant NftTableModel::background(int row, int column) const
{
    if (const auto kind = pendingKind(m_nfts.at(row), column))
        return palettecolors::pendingBackground(QGuiApplication::palette(), *kind);
    return {};
}

QVariant NftTableModel::decoration(int row, int column) const
{
    if (!m_thumbnailsShown || column != NameColumn)
        return {};
    const auto it = m_thumbnails.constFind(row);
    return it != m_thumbnails.cend() ? *it : placeholderThumbnail();
}

QVariant NftTableModel::font(int row, int column) const
{
    if (isTextColumn(column)) {
        const NftRecord &record = m_rows.at(row).record;
        const bool missing = (column == CollectionColumn && record.collection.isEmpty())
            || (column == NameColumn && record.name.isEmpty());
        if (!missing)
            return {};
        QFont italic = QGuiApplication::font();
        italic.setItalic(true);
        return italic;
    }
    // Fixed-width digits so counts and ids line up digit by digit.
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(QGuiApplication::font().pointSizeF());
    return fixed;
}

QVariant NftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);

    if (role == Qt::DisplayRole) {
        switch (section) {
        case CollectionColumn: return tr("Collection");
        case NameColumn: return tr("Name");
        case NftIdColumn: return tr("NFT ID");
        case TypeColumn: return tr("Type");
        case TotalColumn: return tr("Total");
        case LockedColumn: return tr("Locked");
        case AvailableColumn: return tr("Available");
        case PendingDepositColumn: return tr("Pending deposit");
        case PendingWithdrawColumn: return tr("Pending withdrawal");
        case TokenIdColumn: return tr("Token ID");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CollectionColumn: return tr("The collection the NFT belongs to, as the service names it");
        case NameColumn: return tr("The NFT's name from its metadata; hover a cell for its description");
        case NftIdColumn: return tr("The NFT's 256-bit ID on L1, shortened; hover or copy for the full ID");
        case TypeColumn: return tr("ERC-721 (unique) or ERC-1155 (several copies)");
        case TotalColumn: return tr("How many of this NFT the account holds on L2");
        case LockedColumn: return tr("Part of the total reserved by open orders or pending withdrawals");
        case AvailableColumn: return tr("Total minus locked: what the account can use now");
        case PendingDepositColumn: return tr("Deposits from L1 not yet credited on L2");
        case PendingWithdrawColumn: return tr("Withdrawals not yet arrived on L1");
        case TokenIdColumn: return tr("The NFT's token slot in this Loopring account");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return alignmentFor(section);
    return {};
}

} // namespace loopview
