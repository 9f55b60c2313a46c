#pragma once

#include <QStyledItemDelegate>

namespace loopview {

// Lines up the decimal points of an amount column: the model says how many digit-wide spaces
// each cell needs after its last digit, and this delegate appends them (U+2007 FIGURE SPACE,
// as wide as a digit) before the right-aligned text is drawn. The model's text stays untouched.
class AmountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace loopview
