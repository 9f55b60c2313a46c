// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "fulltexttooltipdelegate.h"

namespace loopview {

// Lines up the decimal points of an amount column: the model says how many digit-wide spaces
// each cell needs after its last digit (amountdisplay::DecimalPaddingRole), and this delegate
// appends them (U+2007 FIGURE SPACE, as wide as a digit) before the right-aligned text is drawn.
// The model's text stays untouched. Cells without padding are drawn as usual, with the full text
// in the tooltip when it had to be elided.
class AmountDelegate : public FullTextToolTipDelegate
{
    Q_OBJECT
public:
    using FullTextToolTipDelegate::FullTextToolTipDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace loopview
