// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "historyloader.h"

#include "gui/export/exportactions.h"
#include "history/historyseries.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace loopview {

class HistoryChart;

// The History dock's content: for one service and account, a chart of its total value over time
// (from the prices recorded with each snapshot) and one of the amount of the token selected in the
// table; hovering a point gives its exact value; Export… writes the history with the same dialog
// and columns as `loopview-cli history`. The snapshots are read off the GUI thread (HistoryLoader),
// and only while the panel is visible: a hidden dock costs nothing.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    // `storePath` empty = HistoryStore::defaultPath().
    explicit HistoryPanel(const QString &storePath = {}, QWidget *parent = nullptr);

    // The account whose history is shown, and how to name it ("20533 on api3.loopring.io").
    void showAccount(const HistoryAccount &account, const QString &accountLabel);
    // No account to show: `reason` says why (nothing fetched yet, demo data).
    void showNoAccount(const QString &reason);
    // The token whose amount the second chart follows; nullopt: none selected.
    void showToken(std::optional<int> tokenId);
    // Reads the account's history again (a snapshot was recorded); at once when visible, else
    // when the panel is shown next.
    void reload();

    const QList<Snapshot> &snapshots() const { return m_snapshots; }
    HistoryLoader *loader() const { return m_loader; }
    HistoryChart *valueChart() const { return m_valueChart; }
    HistoryChart *tokenChart() const { return m_tokenChart; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *hoverLabel() const { return m_hoverLabel; }
    QPushButton *exportButton() const { return m_exportButton; }

    // Tests answer the export dialog instead of a person; empty = exec().
    void setExportDialogRunner(ExportDialogRunner runner) { m_exportRunner = std::move(runner); }

public slots:
    // The shown history through the export dialog (CSV or JSON, the CLI's columns). True when a
    // file was written.
    bool exportHistory();

signals:
    // The charts show what the latest read brought (or why there is nothing).
    void historyShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startLoad();
    void onLoaded(const HistoryLoad &result);
    void render();
    void renderToken();
    QString valuePointText(const HistoryPoint &point) const;
    QString tokenPointText(const HistoryPoint &point) const;
    QString tokenName() const;

    HistoryLoader *m_loader;
    std::optional<HistoryAccount> m_account;
    QString m_accountLabel;
    std::optional<int> m_tokenId;
    QList<Snapshot> m_snapshots;
    ValueHistory m_values;
    bool m_stale = false;  // the account or its history changed since the last read

    QLabel *m_title;
    QLabel *m_notice;
    QLabel *m_valueCaption;
    HistoryChart *m_valueChart;
    QLabel *m_tokenCaption;
    HistoryChart *m_tokenChart;
    QLabel *m_hoverLabel;
    QPushButton *m_exportButton;
    ExportDialogRunner m_exportRunner;
};

} // namespace loopview
