// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "accessibleparts.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QTableView>

namespace loopview::accessibleparts {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::accessibleparts)
};

} // namespace

void nameClearButton(QLineEdit *edit)
{
    // The icon button shows the action's text as its accessible name, so naming the action names
    // the button. Qt gives the action this object name in every 6.x release (qlineedit.cpp).
    QAction *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    if (!clear)
        return;
    clear->setText(Text::tr("Clear"));
    clear->setToolTip(Text::tr("Clear the field"));
}

void nameCornerButton(QTableView *view)
{
    // The corner button is the table's only direct button child.
    const QList<QAbstractButton *> buttons = view->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
    for (QAbstractButton *button : buttons) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(Text::tr("Select all cells"));
    }
}

} // namespace loopview::accessibleparts
