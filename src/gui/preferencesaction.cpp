// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "preferencesaction.h"
#include "appidentity.h"

#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

namespace loopview {

namespace {

bool execDialog(PreferencesDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

PreferencesAction::PreferencesAction(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("Pr&eferences…"), window)), m_runner(execDialog)
{
    m_action->setObjectName(QStringLiteral("actionPreferences"));
    m_action->setShortcut(QKeySequence::Preferences);
    m_action->setMenuRole(QAction::PreferencesRole);
    m_action->setToolTip(tr("Choose the network at start, the request timeout and the language"));
    // Shortcuts of menu actions only work when the action belongs to a widget of the window.
    window->addAction(m_action);
    if (auto *edit = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit"))) {
        edit->addSeparator();
        edit->addAction(m_action);
    }
    connect(m_action, &QAction::triggered, this, &PreferencesAction::openDialog);
}

void PreferencesAction::openDialog()
{
    QSettings settings = openAppSettings();
    PreferencesDialog dialog(Preferences::load(settings), m_window);
    if (!m_runner(dialog))
        return;
    const Preferences chosen = dialog.preferences();
    chosen.save(settings);
    m_window->applyPreferences(chosen);
}

} // namespace loopview
