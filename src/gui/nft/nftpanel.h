// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "gui/export/exportoptions.h"

#include "core/nftexport.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace loopview {

class BalanceProxyModel;
class MessageBar;
class NftSession;
class NftTableModel;
class NftThumbnails;
struct NftSnapshot;

// The NFTs tab: the account's NFTs in a table that filters, sorts (exactly), copies and exports
// like the token table, with its own progress, cancel, errors and status line. It renders what an
// NftSession reports and never talks to the network itself; the window hands the session the same
// query as the balances.
class NftPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NftPanel(NftSession *session, QWidget *parent = nullptr);
    ~NftPanel() override;

    NftSession *session() const { return m_session; }
    NftTableModel *model() const { return m_model; }
    // What the table shows (filtered and sorted): copy and export read this so they match the screen.
    BalanceProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The Name column's thumbnails: off until Preferences turns them on (setOptions).
    NftThumbnails *thumbnails() const { return m_thumbnails; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    MessageBar *messageBar() const { return m_messageBar; }
    QString statusText() const;
    // Above the table, when the rows are not the current answer: whose they are instead, or that
    // the last refresh failed. Hidden otherwise.
    QLabel *noticeLabel() const { return m_noticeLabel; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *copyNftIdAction() const { return m_copyNftIdAction; }
    QAction *copyCsvAction() const { return m_copyCsvAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }
    QAction *exportJsonAction() const { return m_exportJsonAction; }
    QAction *cancelAction() const { return m_cancelAction; }

    // The rows the table shows, in its order, as the CSV/JSON export writes them.
    QList<NftRecord> shownRecords() const;
    // "loopring-83250-nfts-2026-11-30": whose NFTs and when, for the export file name.
    QString suggestedBaseName() const;

public slots:
    // Tab-separated exact values of the selected cells (or the current cell), full NFT ids.
    void copySelection();
    // The selected cells' rows and columns as CSV with a header row, as the token table's Copy as
    // CSV: the export's writer, so the text is what an export of those columns would hold.
    void copySelectionAsCsv();
    // The full NFT id of the current row.
    void copyCurrentNftId();
    // Asks for a file and writes the shown rows; the outcome goes to the panel's message bar.
    void exportShown(ExportFormat format);
    // The same without asking: false (with the reason on the message bar) when nothing was written.
    bool exportShownTo(const QString &path, ExportFormat format);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void onSnapshotChanged(const NftSnapshot &snapshot);
    void onFailed(const QString &message);
    void onBusyChanged(bool busy);
    void updateProgress();
    void updateContent();
    void updateStatus();
    void updateActions();
    void updateWhoseData();
    void showContextMenu(const QPoint &position);

    NftSession *m_session;
    NftTableModel *m_model;
    BalanceProxyModel *m_proxy;
    MessageBar *m_messageBar;
    QLineEdit *m_filterEdit;
    QToolButton *m_exportButton;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QWidget *m_emptyPage;
    QLabel *m_emptyTitle;
    QLabel *m_emptyHint;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_statusLabel;
    QLabel *m_noticeLabel;
    QAction *m_copyAction;
    QAction *m_copyNftIdAction;
    QAction *m_copyCsvAction;
    QAction *m_exportCsvAction;
    QAction *m_exportJsonAction;
    QAction *m_cancelAction;
    NftThumbnails *m_thumbnails;
    bool m_columnsSized = false;
};

} // namespace loopview
