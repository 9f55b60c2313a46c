// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarklistmodel.h"

#include "core/bookmarkstore.h"
#include "core/printabletext.h"
#include "core/service.h"

namespace loopview {

BookmarkListModel::BookmarkListModel(BookmarkStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_rows(store->bookmarks())
{
    connect(store, &BookmarkStore::bookmarkInserted, this, &BookmarkListModel::onInserted);
    connect(store, &BookmarkStore::bookmarkUpdated, this, &BookmarkListModel::onUpdated);
    connect(store, &BookmarkStore::bookmarkRemoved, this, &BookmarkListModel::onRemoved);
    connect(store, &BookmarkStore::bookmarksReset, this, &BookmarkListModel::onReset);
}

int BookmarkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookmarkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BookmarkListModel::networkText(const Bookmark &bookmark)
{
    // A custom service is named by where it is; the URL comes from the user's file.
    if (bookmark.network == Network::Custom)
        return printableText(hostLabel(bookmark.effectiveBaseUrl()), printable::Unlimited);
    return networkLabel(bookmark.network);
}

QVariant BookmarkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bookmark &bookmark = m_rows.at(index.row());
    // The bookmarks file is the user's, but it may have been edited or imported from someone else:
    // every field is shown through printableText(), so no label can pass for another.
    const auto shown = [](const QString &text) { return printableText(text, printable::Unlimited); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return shown(bookmark.label);
        case AccountColumn:
            return shown(bookmark.account);
        case NetworkColumn:
            return networkText(bookmark);
        }
        return {};
    case Qt::ToolTipRole: {
        // One line per field: each is made printable on its own, the line breaks are ours.
        QStringList lines{shown(bookmark.label), shown(bookmark.account),
                          shown(bookmark.effectiveBaseUrl().toDisplayString())};
        if (!bookmark.tokens.isEmpty())
            lines.append(tr("Tokens: %1").arg(shown(bookmark.tokens)));
        if (!bookmark.note.isEmpty())
            lines.append(printableLines(bookmark.note));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        if (index.column() == LabelColumn)
            return tr("%1, account %2, %3").arg(shown(bookmark.label), shown(bookmark.account), networkText(bookmark));
        return data(index, Qt::DisplayRole);
    case BookmarkIdRole:
        return bookmark.id;
    case BookmarkRole:
        return QVariant::fromValue(bookmark);
    case SearchTextRole:
        return QStringList{bookmark.label, bookmark.account, networkText(bookmark), bookmark.note,
                           bookmark.tokens}
            .join(QLatin1Char(' '));
    }
    return {};
}

QVariant BookmarkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case AccountColumn:
        //: An account id or L1 address
        return tr("Account");
    case NetworkColumn:
        return tr("Network");
    }
    return {};
}

int BookmarkListModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void BookmarkListModel::onInserted(int index)
{
    beginInsertRows(QModelIndex(), index, index);
    m_rows.insert(index, m_store->bookmarks().at(index));
    endInsertRows();
}

void BookmarkListModel::onUpdated(int index)
{
    m_rows[index] = m_store->bookmarks().at(index);
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void BookmarkListModel::onRemoved(int index)
{
    beginRemoveRows(QModelIndex(), index, index);
    m_rows.removeAt(index);
    endRemoveRows();
}

void BookmarkListModel::onReset()
{
    beginResetModel();
    m_rows = m_store->bookmarks();
    endResetModel();
}

} // namespace loopview
