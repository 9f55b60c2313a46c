// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "amountdelegate.h"

#include "amountdisplay.h"

namespace loopview {

void AmountDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int padding = index.data(amountdisplay::DecimalPaddingRole).toInt();
    if (padding > 0)
        option->text += QString(padding, QChar(0x2007));
}

} // namespace loopview
