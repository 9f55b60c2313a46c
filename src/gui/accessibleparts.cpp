// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "accessibleparts.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QTableView>

namespace loopview::accessibleparts {

void nameClearButton(QLineEdit *edit)
{
    // The icon button shows the action's text as its accessible name, so naming the action names
    // the button. Qt gives the action this object name in every 6.x release (qlineedit.cpp).
    QAction *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    if (!clear)
        return;
    clear->setText(QCoreApplication::translate("loopview::accessibleparts", "Clear"));
    clear->setToolTip(QCoreApplication::translate("loopview::accessibleparts", "Clear the field"));
}

void nameCornerButton(QTableView *view)
{
    // The corner button is the table's only direct button child.
    const QList<QAbstractButton *> buttons = view->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
    for (QAbstractButton *button : buttons) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(QCoreApplication::translate("loopview::accessibleparts", "Select all cells"));
    }
}

} // namespace loopview::accessibleparts
