// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QObject>
#include <QString>

class QDockWidget;
class QItemSelectionModel;

namespace loopview {

class BalancesSession;
class HistoryPanel;
class MainWindow;
struct BalanceSnapshot;

// The History dock (View ▸ History): follows the account the window shows and the token selected
// in its table. Hidden until the user opens it; the window remembers that like any dock.
class HistoryIntegration : public QObject
{
    Q_OBJECT
public:
    // `storePath` empty = HistoryStore::defaultPath(). Owned by the window.
    static HistoryIntegration *install(MainWindow *window, const QString &storePath = {});

    HistoryPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

private:
    HistoryIntegration(MainWindow *window, const QString &storePath);
    void showSnapshot(const BalanceSnapshot &snapshot);
    void followCurrentToken(const QModelIndex &current);

    HistoryPanel *m_panel;
    QDockWidget *m_dock;
};

} // namespace loopview
