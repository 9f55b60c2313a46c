// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QStyledItemDelegate>

namespace loopview {

// An item delegate whose tooltip shows a cell's full text when the view had to elide it ("Token
// #4…", a long bookmark label, a hostile symbol): the whole text first, then the model's own
// tooltip, if any. Cells that fit keep the model's tooltip alone.
class FullTextToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The tooltip for `index` shown in a cell of `option.rect`: what helpEvent() shows.
    QString toolTipFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    // True when the cell's text needs more room than the cell gives it.
    bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace loopview
