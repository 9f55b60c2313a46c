// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "net/portfoliorefresher.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace loopview {

class BookmarkStore;
class KeyStore;
class MessageBar;
class PortfolioModel;

// "Refresh all": every bookmark fetched (two at a time, rate limited), each one's status as it
// goes with the number of NFTs the account holds, a progress bar, Cancel, and the summed portfolio
// with a per-account breakdown.
class PortfolioWindow : public QWidget
{
    Q_OBJECT
public:
    // `keys` may be null: then every bookmark uses the default key.
    PortfolioWindow(BookmarkStore *store, KeyStore *keys, QWidget *parent = nullptr);
    ~PortfolioWindow() override;

    // The key typed in the main window, for bookmarks without one of their own.
    void setDefaultKeyProvider(std::function<QString()> provider) { m_defaultKey = std::move(provider); }
    PortfolioRefresher *refresher() { return &m_refresher; }
    PortfolioModel *model() const { return m_model; }
    QTreeView *portfolioView() const { return m_portfolioView; }
    QTreeWidget *statusList() const { return m_statusList; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *refreshButton() const { return m_refreshButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    MessageBar *messageBar() const { return m_messageBar; }
    QString summaryText() const;
    // What the portfolio is worth (PortfolioModel::valueSummary()); empty without prices.
    QString valueText() const;
    // The totals leave accounts out: some are still being fetched, or failed or were cancelled.
    bool isPartial() const;
    // Human text for a bookmark's refresh state ("Waiting", "Done", the error…).
    QString statusText(const QString &bookmarkId) const;

public slots:
    void refreshAll();
    void cancel();

signals:
    void refreshFinished();

private:
    void onStatusChanged(const QString &bookmarkId, PortfolioRefresher::Status status);
    void onNftCountChanged(const QString &bookmarkId);
    void onProgress(int finished, int total);
    void onFinished();
    void updateButtons();
    // The summary and the totals' accessible name say when the totals are partial.
    void updatePartialMarks();
    void fitColumns();
    // The model takes the accounts and prices fetched so far.
    void showPortfolio();

    BookmarkStore *m_store;
    KeyStore *m_keys;
    PortfolioRefresher m_refresher;
    PortfolioModel *m_model;
    std::function<QString()> m_defaultKey;
    QHash<QString, QTreeWidgetItem *> m_statusItems;

    QPushButton *m_refreshButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_valueSummary;  // the portfolio's value per service and per account
    MessageBar *m_messageBar;
    QTreeWidget *m_statusList;
    QTreeView *m_portfolioView;
};

} // namespace loopview
