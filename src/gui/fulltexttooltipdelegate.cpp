// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "fulltexttooltipdelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace loopview {

bool FullTextToolTipDelegate::isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (item.text.isEmpty())
        return false;
    // The delegate's own idea of the room the text needs (margins, icon, font) against the cell.
    return sizeHint(item, index).width() > option.rect.width();
}

QString FullTextToolTipDelegate::toolTipFor(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString modelTip = index.data(Qt::ToolTipRole).toString();
    if (!isElided(option, index))
        return modelTip;
    const QString text = index.data(Qt::DisplayRole).toString();
    if (modelTip.contains(text))
        return modelTip;
    if (modelTip.isEmpty())
        return text;
    return text + QLatin1Char('\n') + modelTip;
}

bool FullTextToolTipDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                        const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTipFor(option, index);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    // Escaped inside a pre-formatted paragraph: the cell's text is outside text and must never be
    // read as markup, and its line breaks stay line breaks.
    QToolTip::showText(event->globalPos(), QStringLiteral("<p style='white-space:pre'>%1</p>").arg(tip.toHtmlEscaped()),
                       view, option.rect);
    return true;
}

} // namespace loopview
