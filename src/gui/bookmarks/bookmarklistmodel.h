// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/bookmark.h"

#include <QAbstractTableModel>
#include <QList>

namespace loopview {

class BookmarkStore;

// The bookmarks of a BookmarkStore as a table (label, account, network). Keeps its own copy of
// the rows, updated from the store's signals inside begin/end pairs, so views never see the
// store's list change under them.
class BookmarkListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, AccountColumn, NetworkColumn, ColumnCount };
    enum Role {
        BookmarkIdRole = Qt::UserRole + 1,
        BookmarkRole,     // the whole Bookmark as a QVariant
        SearchTextRole,   // label, account, network, note and token filter: what search matches
    };

    explicit BookmarkListModel(BookmarkStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Bookmark bookmarkAt(int row) const { return m_rows.at(row); }
    int rowOfId(const QString &id) const;

    // "Mainnet", "Test network", or the custom service's host.
    static QString networkText(const Bookmark &bookmark);

private:
    void onInserted(int index);
    void onUpdated(int index);
    void onRemoved(int index);
    void onReset();

    BookmarkStore *m_store;
    QList<Bookmark> m_rows;
};

} // namespace loopview
