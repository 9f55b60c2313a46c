// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QByteArray>
#include <QList>
#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;
class QHeaderView;
class QItemSelectionModel;

// Tab-separated text of table cells, the format every spreadsheet pastes into columns.
namespace loopview::tablecopy {

// The selected cells as rows of tab-separated values, one line per row ("\n" ends each line).
// Rows come in model order; columns in `columnOrder` (logical column numbers, e.g. the header's
// visual order) or, when empty, in logical order. A selection that is not a rectangle gets empty
// cells where nothing is selected, so pasted values stay under the right column.
QString selectionToTsv(const QModelIndexList &indexes, int role, const QList<int> &columnOrder = {});

// What "copy the selection" copies: the selected cells, or the current cell when none is selected
// (a click selects nothing in some selection modes); empty when there is neither. The window's
// Copy and export's Copy as CSV both start here.
QModelIndexList cellsToCopy(const QItemSelectionModel *selection);

// One whole row in `columnOrder` (or logical order when empty).
QString rowToTsv(const QAbstractItemModel *model, int row, int role, const QList<int> &columnOrder = {});

// The logical columns a header shows, in the order the user arranged them (visual order), hidden
// ones left out: the `columnOrder` that makes pasted columns match what is on screen.
QList<int> visibleColumnOrder(const QHeaderView *header);

// Tabs and line breaks inside a value would shift cells: they become spaces.
QString sanitizeCell(QString text);

// Puts a CSV on the clipboard (Copy as CSV of the token and NFT tables): as plain text, and as
// text/csv, which spreadsheets that know the type take as CSV rather than guessing from text.
void setCsvOnClipboard(const QByteArray &csv);

} // namespace loopview::tablecopy
