// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "balancessession.h"
#include "fetchcontroller.h"
#include "preferences.h"
#include "queryformcontroller.h"

#include "core/balancequery.h"
#include "history/snapshot.h"
#include "secrets/keystore.h"

#include <QDateTime>
#include <QStringView>
#include <QMainWindow>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTableView;

namespace Ui {
class MainWindow;
}

namespace loopview {

class BalanceProxyModel;
class BalanceTableActions;
class BalanceTableModel;
class ElidingLabel;
class WallClock;
struct BalanceChangeBase;
class MessageBar;
class ExportActions;
class ForgetHistoryAction;
class HistoryRecorder;
class NftPanel;
class NftSession;

// The main window: the query form and the balances table. It wires three parts and renders them:
// the BalancesSession (what is shown: snapshot, staleness, demo, status), the QueryFormController
// (field checks, remembered-key policy, the request a Fetch sends) and the BalanceTableActions
// (selection and Copy, shared with export). The NFTs tab beside the balances is the NftPanel over
// an NftSession (gui/nft), which it hands each request it sends, the demo, cancel and leaving the
// demo. It never talks to the network or parses anything.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QueryFormController *form() const { return m_form; }
    QueryForm queryForm() const { return m_form->values(); }
    // The base URL of the selected network; for Custom the typed URL (possibly invalid).
    QUrl selectedBaseUrl() const { return m_form->selectedBaseUrl(); }
    // The same, checked: for Custom the typed text through parseBaseUrl().
    Result<QUrl> checkedBaseUrl() const { return m_form->checkedBaseUrl(); }
    QString apiKey() const { return m_form->apiKey(); }
    bool remembersKey() const { return m_form->remembersKey(); }

    // Where "Remember key" keeps keys: the application's one KeyStore (the keyring the bookmarks
    // use too), set by BookmarksIntegration. Not owned; it must outlive the window or be
    // destroyed with it. Until one is set the window keeps keys in a private MemoryKeyStore.
    void setKeyStore(KeyStore *keys) { m_form->setKeyStore(keys); }
    KeyStore *keyStore() const { return m_form->keyStore(); }
    // The KeyStore entry of the key remembered for `accountText` on the service at `baseUrl`
    // (RememberedKeys::entryId). Empty when the URL or the account is not valid.
    static QString rememberedKeyId(const QUrl &baseUrl, QStringView accountText)
    {
        return QueryFormController::rememberedKeyId(baseUrl, accountText);
    }

    // Tests shorten the request timeout; the default is DefaultRequestTimeout.
    void setRequestTimeout(std::chrono::milliseconds timeout);
    // What Edit ▸ Preferences chose that applies at once: the request timeout, whether zero
    // balances are hidden and the currency (a new one refreshes the shown data). (The network at start and the language wait for the next start.)
    void applyPreferences(const loopview::Preferences &preferences);

    BalancesSession *session() const { return m_session; }
    FetchController *fetchController() const { return m_session->fetchController(); }
    BalanceTableModel *balanceModel() const { return m_model; }
    // What the table shows (filtered and sorted): export reads this so files match the screen.
    BalanceProxyModel *balanceProxy() const { return m_proxy; }
    // The table's selection and Copy actions, shared with export.
    BalanceTableActions *tableActions() const { return m_tableActions; }
    QTableView *balancesView() const;
    // The NFTs of the same query, in the tab beside the token balances.
    NftSession *nftSession() const { return m_nftSession; }
    NftPanel *nftPanel() const { return m_nftPanel; }
    // The Tokens and NFTs tabs.
    QTabWidget *contentTabs() const;
    QMenu *fileMenu() const;
    QMenu *viewMenu() const;
    MessageBar *messageBar() const { return m_messageBar; }
    // File ▸ Export… and Edit ▸ Copy as CSV.
    ExportActions *exportActions() const { return m_exportActions; }
    // The balance history: every live fetch is recorded there (unless Preferences turned it off),
    // and File ▸ Forget History of This Account deletes an account's snapshots.
    HistoryRecorder *historyRecorder() const { return m_history; }
    ForgetHistoryAction *forgetHistoryAction() const { return m_forgetHistory; }
    MessageBar *demoBanner() const { return m_demoBanner; }
    // What the status bar says: whose data, then the status line.
    QString statusText() const;
    // The status bar's total value and the prices' age (or why there are no prices).
    QString valueText() const;
    // The currency the next fetch prices the balances in (Edit ▸ Preferences).
    QString currency() const { return m_currency; }

    bool isBusy() const { return m_session->isBusy(); }
    bool isShowingStaleData() const { return m_session->isStale(); }
    bool isShowingDemoData() const { return m_session->isDemo(); }
    // Nothing configured yet: no account was ever fetched (none saved in the settings). The
    // application then opens on the demo data so a new user sees what Loopview shows at once.
    bool isFirstStart() const { return m_firstStart; }
    // The data on screen, if any (without the key, which snapshots never carry).
    std::optional<BalanceSnapshot> currentSnapshot() const { return m_session->snapshot(); }

public slots:
    // Fills the form (network, URL, account, tokens) and, when asked, fetches right away. A key
    // remembered for that account fills the key field unless the user typed a key there.
    void loadQuery(const loopview::QueryForm &form, bool fetchNow = true);
    void setApiKey(const QString &key);
    void fetch();       // what the form says
    void refresh();     // the shown data again: demo data stays demo
    void startDemo();   // bundled sample data through the same client, parser and model
    void leaveDemo();
    void cancelFetch();
    // Offline first, at start: shows the latest recorded snapshot of the remembered query (not
    // the demo's, not when history is off), marked as not refreshed yet, then fetches it when a
    // key is remembered for the account, or says that one is needed. Call once the key store is
    // set (main() does, after the integrations).
    void resumeLastQuery();

signals:
    void balancesShown(const loopview::BalanceSnapshot &snapshot);
    // applyPreferences() ran: parts installed beside the window (Watch) apply theirs.
    void preferencesApplied(const loopview::Preferences &preferences);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupForm();
    void setupTable();
    void setupStatusBar();
    void setupActions();
    void restoreSettings();
    void saveWindowSettings() const;
    void saveQuerySettings() const;

    void applyMessageLabelStyle();

    void onBusyChanged(bool busy);
    void onSucceeded(const BalanceSnapshot &snapshot);
    void recordInHistory(const BalanceSnapshot &snapshot);
    // What the Change column counts from: the account's latest recorded snapshot, read before
    // this fetch is recorded. nullopt for the demo, a first fetch, or a history that cannot be read.
    std::optional<BalanceChangeBase> changeBase(const BalanceSnapshot &snapshot) const;
    // Starts reading what the fetch starting now will count its changes from: the latest snapshot
    // of `account` (nullopt: the demo or an account that is not valid, which have none).
    void readPreviousSnapshot(const std::optional<HistoryAccount> &account);
    void showRecorded(const QList<Snapshot> &recent, const BalancesQuestion &question);
    void onHistoryForgotten(const HistoryAccount &account);
    // "Enter the API key and press Fetch to refresh", while a recorded snapshot waits for a key.
    void updateRefreshHint();
    void onFailed(const Error &error, const QString &message);
    void onCancelled();
    void onRetrying(const QString &message);
    void showError(const QString &text, bool offerRetry);
    void showContent();
    void updateStatusText();
    // Whose data is on screen, everywhere it is said: window title, status bar, the notice above
    // the table, the table's accessible name, and the rows greyed when they are not the answer.
    void updateWhoseData();
    void updateDemoBanner();
    void showTableContextMenu(const QPoint &position);
    void updateCopyActions();
    void startRequest(const FetchRequest &request);

    std::unique_ptr<Ui::MainWindow> m_ui;
    BalancesSession *m_session;
    BalanceTableModel *m_model;
    BalanceProxyModel *m_proxy;
    BalanceTableActions *m_tableActions = nullptr;
    QueryFormController *m_form = nullptr;
    ExportActions *m_exportActions = nullptr;
    HistoryRecorder *m_history = nullptr;
    ForgetHistoryAction *m_forgetHistory = nullptr;
    NftSession *m_nftSession = nullptr;
    NftPanel *m_nftPanel = nullptr;
    MessageBar *m_demoBanner;
    MessageBar *m_messageBar;
    // The status bar's parts elide rather than widen the window past a 1024 px screen.
    ElidingLabel *m_statusLabel;
    ElidingLabel *m_shownLabel;  // whose data: "Balances of account 20533 on api3.loopring.io"
    ElidingLabel *m_valueLabel;
    WallClock *m_clock;  // "now" for the status bar's relative times, which it keeps fresh
    QProgressBar *m_busyBar;
    QAction *m_retryAction;
    QAction *m_leaveDemoAction;

    // The latest recorded snapshot of the account the running fetch asks for, read on the history
    // thread when the fetch starts: what its Change column counts from.
    struct PreviousSnapshot {
        HistoryAccount account;
        bool read = false;
        std::optional<Snapshot> latest;
    };
    std::optional<PreviousSnapshot> m_previous;
    quint64 m_previousReads = 0;          // tells the latest read from older ones
    bool m_awaitingChangeBase = false;    // the shown answer arrived before its read
    bool m_keyNeededToRefresh = false;    // resumeLastQuery() found no key for the account

    bool m_firstStart = true;
    bool m_showingRetry = false;  // the message bar counts down a retry (not an error the user must read)
    QString m_currency = QStringLiteral("USD");
    QString m_accountPlaceholder;  // the form's own hint, back after demo data is left
};

} // namespace loopview

