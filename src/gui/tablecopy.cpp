// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "tablecopy.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMap>
#include <QMimeData>
#include <QSet>
#include <algorithm>

namespace loopview::tablecopy {

QString sanitizeCell(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

QModelIndexList cellsToCopy(const QItemSelectionModel *selection)
{
    if (!selection)
        return {};
    QModelIndexList indexes = selection->selectedIndexes();
    if (indexes.isEmpty() && selection->currentIndex().isValid())
        indexes.append(selection->currentIndex());
    return indexes;
}

QString selectionToTsv(const QModelIndexList &indexes, int role, const QList<int> &columnOrder)
{
    if (indexes.isEmpty())
        return {};

    QMap<int, QMap<int, QString>> cellsByRow;  // row → column → text
    QSet<int> columns;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid())
            continue;
        cellsByRow[index.row()][index.column()] = sanitizeCell(index.data(role).toString());
        columns.insert(index.column());
    }

    QList<int> ordered;
    if (columnOrder.isEmpty()) {
        ordered = QList<int>(columns.cbegin(), columns.cend());
        std::sort(ordered.begin(), ordered.end());
    } else {
        for (int column : columnOrder) {
            if (columns.contains(column))
                ordered.append(column);
        }
    }

    QString text;
    for (auto row = cellsByRow.cbegin(); row != cellsByRow.cend(); ++row) {
        QStringList cells;
        for (int column : std::as_const(ordered))
            cells.append(row.value().value(column));
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

QString rowToTsv(const QAbstractItemModel *model, int row, int role, const QList<int> &columnOrder)
{
    if (!model || row < 0 || row >= model->rowCount())
        return {};
    QList<int> ordered = columnOrder;
    if (ordered.isEmpty()) {
        for (int column = 0; column < model->columnCount(); ++column)
            ordered.append(column);
    }
    QStringList cells;
    for (int column : std::as_const(ordered))
        cells.append(sanitizeCell(model->index(row, column).data(role).toString()));
    return cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
}

QList<int> visibleColumnOrder(const QHeaderView *header)
{
    QList<int> order;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            order.append(logical);
    }
    return order;
}

void setCsvOnClipboard(const QByteArray &csv)
{
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(csv));
    mime->setData(QStringLiteral("text/csv"), csv);
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace loopview::tablecopy
