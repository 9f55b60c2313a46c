// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "forgethistoryaction.h"

#include "balancessession.h"
#include "historyrecorder.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace loopview {

namespace {

bool askWithMessageBox(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Warning, ForgetHistoryAction::tr("Forget History"), question,
                    QMessageBox::Cancel, parent);
    QPushButton *forget = box.addButton(ForgetHistoryAction::tr("&Forget History"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(forget);
}

} // namespace

ForgetHistoryAction::ForgetHistoryAction(QWidget *window, BalancesSession *session, HistoryRecorder *recorder)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_recorder(recorder)
    , m_action(new QAction(tr("&Forget History of This Account…"), window))
    , m_confirm(askWithMessageBox)
{
    m_action->setObjectName(QStringLiteral("actionForgetHistory"));
    m_action->setToolTip(tr("Delete every recorded snapshot of the account shown, on its service"));
    connect(m_action, &QAction::triggered, this, &ForgetHistoryAction::forget);
    connect(m_session, &BalancesSession::statusChanged, this, &ForgetHistoryAction::updateEnabled);
    // The history thread answers later; only forgets asked for here are reported here.
    connect(m_recorder, &HistoryRecorder::forgotten, this, [this](const HistoryAccount &account, int count) {
        if (const std::optional<QString> whose = takeAsked(account))
            emit finished(tr("Forgot %n recorded snapshots of %1.", nullptr, count).arg(*whose));
    });
    connect(m_recorder, &HistoryRecorder::forgetFailed, this, [this](const HistoryAccount &account, const QString &message) {
        if (takeAsked(account))
            emit finished(tr("The history could not be deleted: %1").arg(message));
    });
    updateEnabled();
}

void ForgetHistoryAction::updateEnabled()
{
    m_action->setEnabled(m_session->hasSnapshot()
                         && HistoryRecorder::accountOf(*m_session->snapshot()).has_value());
}

void ForgetHistoryAction::forget()
{
    if (!m_session->hasSnapshot())
        return;
    const BalanceSnapshot snapshot = *m_session->snapshot();
    const std::optional<HistoryAccount> account = HistoryRecorder::accountOf(snapshot);
    if (!account)
        return;
    // Named as the window names it, so the question cannot be about another account than the one
    // the user sees.
    const QString whose = BalancesSession::describe(snapshot.question(), snapshot.resolvedAccountId());
    if (!m_confirm(m_window, tr("Delete every recorded snapshot of %1? Balances on the service are not "
                                "affected; the Change column starts again from the next fetch.")
                                     .arg(whose)))
        return;
    m_asked.append({*account, whose});
    m_recorder->forget(*account);
}

std::optional<QString> ForgetHistoryAction::takeAsked(const HistoryAccount &account)
{
    for (qsizetype i = 0; i < m_asked.size(); ++i) {
        if (m_asked.at(i).first == account)
            return m_asked.takeAt(i).second;
    }
    return std::nullopt;
}

} // namespace loopview
