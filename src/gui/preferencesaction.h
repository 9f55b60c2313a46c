// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QObject>
#include <functional>

class QAction;

namespace loopview {

class MainWindow;
class PreferencesDialog;

// Runs the preferences dialog; true when it was accepted. The default calls exec(); tests replace
// it to drive the dialog without a nested event loop.
using PreferencesDialogRunner = std::function<bool(PreferencesDialog &dialog)>;

// Edit ▸ Preferences… (QKeySequence::Preferences): shows what is saved, saves what the user
// chose and has the window apply it. Owned by the window.
class PreferencesAction : public QObject
{
    Q_OBJECT
public:
    explicit PreferencesAction(MainWindow *window);

    QAction *action() const { return m_action; }
    void setDialogRunner(PreferencesDialogRunner runner) { m_runner = std::move(runner); }

public slots:
    void openDialog();

private:
    MainWindow *m_window;
    QAction *m_action;
    PreferencesDialogRunner m_runner;
};

} // namespace loopview
