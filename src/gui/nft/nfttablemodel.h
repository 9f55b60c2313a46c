// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "gui/balancetablemodel.h"
#include "gui/palettecolors.h"

#include "core/nft.h"
#include "core/nftexport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QList>
#include <array>
#include <optional>

namespace loopview {

// The NFTs of one account as table rows, replaced as a whole (one model reset per fetch) like the
// token balances. Every cell is prepared once when the list arrives; data() only hands it out.
//
// The roles that views, copy and export use have the balance table's numbers, so the same
// BalanceProxyModel filters and sorts this table: SortRole is exact (counts compare as numbers,
// never as text), ExportRole is the machine text the CSV export writes (the full NFT id where the
// cell shows it shortened), FilterTextRole (column 0) holds what the filter box matches.
class NftTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CollectionColumn,
        NameColumn,
        NftIdColumn,
        TypeColumn,
        TotalColumn,
        LockedColumn,
        AvailableColumn,
        PendingDepositColumn,
        PendingWithdrawColumn,
        TokenIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = BalanceTableModel::SortRole,
        ExportRole = BalanceTableModel::ExportRole,
        FilterTextRole = BalanceTableModel::FilterTextRole,
        AllZeroRole = BalanceTableModel::AllZeroRole,
        // Any column: the row's full NFT id ("0x" + 64 hex digits), for Copy NFT ID.
        NftIdRole = Qt::UserRole + 20,
    };

    explicit NftTableModel(QObject *parent = nullptr);

    void setNfts(const QList<NftBalance> &nfts);
    void clear() { setNfts({}); }
    const QList<NftBalance> &nfts() const { return m_nfts; }
    // The export record of a row (source row numbers).
    const NftRecord &record(int row) const { return m_rows.at(row).record; }

    // Thumbnails (Preferences, off by default): while shown, the Name column's DecorationRole is
    // the row's thumbnail, or a placeholder while it loads or when there is none. Hiding them
    // forgets every image; a new list starts without images.
    void setThumbnailsShown(bool shown);
    bool thumbnailsShown() const { return m_thumbnailsShown; }
    void setThumbnail(int row, const QImage &image);
    bool hasThumbnail(int row) const { return m_thumbnails.contains(row); }

    // Stale data stays visible after a failed refresh but is drawn in a muted colour.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    static bool isAmountColumn(int column);
    // The exported column a table column stands for.
    static NftColumn machineColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        NftRecord record;
        std::array<QString, ColumnCount> display;
        QString filterText;
    };

    Row makeRow(const NftBalance &nft) const;
    QVariant sortKey(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    static std::optional<palettecolors::Pending> pendingKind(const NftBalance &nft, int column);
    QVariant foreground(int row, int column) const;
    QVariant background(int row, int column) const;
    QVariant font(int row, int column) const;
    QVariant decoration(int row, int column) const;

    QList<NftBalance> m_nfts;
    QList<Row> m_rows;
    bool m_stale = false;
    bool m_thumbnailsShown = false;
    QHash<int, QIcon> m_thumbnails;  // by source row
};

} // namespace loopview
