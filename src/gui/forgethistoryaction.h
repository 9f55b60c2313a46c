// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "history/snapshot.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace loopview {

class BalancesSession;
class HistoryRecorder;

// Asks whether to go ahead: `question` is the sentence, true to delete. The default shows a
// QMessageBox; tests replace it to answer without a nested event loop.
using ForgetConfirmation = std::function<bool(QWidget *parent, const QString &question)>;

// File ▸ Forget History of This Account…: deletes every recorded snapshot of the account on
// screen (on its service), after asking. Disabled while no live account is shown (the demo has no
// history). Says in the status bar how many snapshots went, or why none could.
class ForgetHistoryAction : public QObject
{
    Q_OBJECT
public:
    // The action goes into `menu`'s owner window's File menu by the caller; `window` parents the
    // question and shows the outcome.
    ForgetHistoryAction(QWidget *window, BalancesSession *session, HistoryRecorder *recorder);

    QAction *action() const { return m_action; }
    void setConfirmation(ForgetConfirmation confirm) { m_confirm = std::move(confirm); }

public slots:
    void forget();

signals:
    // The outcome in words, for the status bar.
    void finished(const QString &message);

private:
    void updateEnabled();
    // The recorder answered a forget; `whose` of the one this action asked for, if it did.
    std::optional<QString> takeAsked(const HistoryAccount &account);

    QWidget *m_window;
    BalancesSession *m_session;
    HistoryRecorder *m_recorder;
    QAction *m_action;
    ForgetConfirmation m_confirm;
    // Forgets asked for and not yet done (on the history thread), with the account in words.
    QList<QPair<HistoryAccount, QString>> m_asked;
};

} // namespace loopview
