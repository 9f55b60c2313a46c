// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "historyintegration.h"

#include "historypanel.h"

#include "core/service.h"
#include "gui/appidentity.h"
#include "gui/balancessession.h"
#include "gui/balancetableactions.h"
#include "gui/balancetablemodel.h"
#include "gui/historyrecorder.h"
#include "gui/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMenu>

namespace loopview {

namespace {
const QString DockShownKey = QStringLiteral("history/v1/dockShown");
}

HistoryIntegration *HistoryIntegration::install(MainWindow *window, const QString &storePath)
{
    return new HistoryIntegration(window, storePath);
}

HistoryIntegration::HistoryIntegration(MainWindow *window, const QString &storePath)
    : QObject(window)
    // The database the window records into, unless told otherwise.
    , m_panel(new HistoryPanel(storePath.isEmpty() ? window->historyRecorder()->storePath() : storePath))
    , m_dock(new QDockWidget(tr("History"), window))
{
    m_dock->setObjectName(QStringLiteral("historyDock"));  // saveState() needs a name
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // The window restored its layout before this dock existed: this puts the dock where it was.
    // Whether it is open is remembered here, since restoreDockWidget() also reports success for a
    // dock the saved layout never had; it stays closed until the user opens it.
    window->restoreDockWidget(m_dock);
    if (!openAppSettings().value(DockShownKey, false).toBool())
        m_dock->hide();

    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowHistory"));
    toggle->setText(tr("Hi&story"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    toggle->setToolTip(tr("Show the shown account's value and token amounts over time"));
    window->viewMenu()->addSeparator();
    window->viewMenu()->addAction(toggle);
    window->addAction(toggle);  // the shortcut works with the menu closed
    connect(toggle, &QAction::toggled, this, [](bool shown) { openAppSettings().setValue(DockShownKey, shown); });

    BalancesSession *session = window->session();
    connect(session, &BalancesSession::snapshotChanged, this, &HistoryIntegration::showSnapshot);
    connect(session, &BalancesSession::recordedShown, this, &HistoryIntegration::showSnapshot);  // offline first
    connect(session, &BalancesSession::snapshotCleared, m_panel,
            [this] { m_panel->showNoAccount(tr("Fetch an account to see its history.")); });
    if (session->snapshot())
        showSnapshot(*session->snapshot());
    // A snapshot recorded or an account forgotten: the charts read the history again.
    HistoryRecorder *recorder = window->historyRecorder();
    connect(recorder, &HistoryRecorder::recorded, m_panel, &HistoryPanel::reload);
    connect(recorder, &HistoryRecorder::forgotten, m_panel, &HistoryPanel::reload);

    QItemSelectionModel *selection = window->tableActions()->selectionModel();
    connect(selection, &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { followCurrentToken(current); });
}

void HistoryIntegration::showSnapshot(const BalanceSnapshot &snapshot)
{
    if (snapshot.demo) {
        m_panel->showNoAccount(tr("Demo data is never recorded, so it has no history."));
        return;
    }
    const std::optional<HistoryAccount> account = HistoryRecorder::accountOf(snapshot);
    if (!account) {
        m_panel->showNoAccount(tr("Fetch an account to see its history."));
        return;
    }
    //: The account whose history is shown: "<account id or address> on <host>"
    m_panel->showAccount(*account, tr("%1 on %2").arg(snapshot.accountText, hostLabel(snapshot.baseUrl)));
}

void HistoryIntegration::followCurrentToken(const QModelIndex &current)
{
    const QVariant tokenId = current.isValid() ? current.data(BalanceTableModel::TokenIdRole) : QVariant();
    m_panel->showToken(tokenId.isValid() ? std::optional<int>(tokenId.toInt()) : std::nullopt);
}

} // namespace loopview
