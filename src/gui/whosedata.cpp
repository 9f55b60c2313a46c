// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "whosedata.h"

#include "errortext.h"

#include <QCoreApplication>

namespace loopview {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::WhoseData)
};

} // namespace

void WhoseData::start(const BalancesQuestion &question)
{
    m_asked = question;
    m_outcome = Outcome::Running;
    m_lastError.reset();
}

void WhoseData::succeed(const BalancesQuestion &question)
{
    m_shown = question;
    m_asked = question;
    m_outcome = Outcome::Succeeded;
    m_stale = false;
    m_fromHistory = false;
}

void WhoseData::fail(const Error &error)
{
    m_outcome = Outcome::Failed;
    m_lastError = error;
    // The last good data stays: a failed refresh should not blank out what the user saw. It is
    // stale only when it answers the question that failed; otherwise it is another account's
    // data, and otherQuestionNotice() says so.
    if (m_shown && !showsAnotherQuestion()) {
        m_stale = true;
        m_fromHistory = false;  // no longer "not refreshed yet": the refresh failed
    }
}

bool WhoseData::mayShowRecorded(const BalancesQuestion &question) const
{
    return !m_shown && (!m_asked || *m_asked == question);
}

void WhoseData::showRecorded(const BalancesQuestion &question)
{
    m_shown = question;
    const bool refreshFailed = m_asked && m_outcome == Outcome::Failed;
    m_stale = refreshFailed;
    m_fromHistory = !refreshFailed;
}

void WhoseData::cancel()
{
    m_outcome = Outcome::Cancelled;
}

void WhoseData::clearShown()
{
    m_shown.reset();
    m_stale = false;
    m_fromHistory = false;
    if (m_asked && m_asked->demo)
        m_asked.reset();
}

bool WhoseData::showsAnotherQuestion() const
{
    return m_shown && m_asked && m_outcome != Outcome::Succeeded && *m_asked != *m_shown;
}

std::optional<BalancesQuestion> WhoseData::failedQuestion() const
{
    if (m_outcome != Outcome::Failed || !m_asked)
        return std::nullopt;
    return m_asked;
}

bool WhoseData::mayRetryHelp() const
{
    return m_outcome == Outcome::Failed && m_lastError && errortext::mayRetryHelp(*m_lastError);
}

std::optional<QString> WhoseData::otherQuestionNotice(const QString &shownText, const QString &askedText) const
{
    if (!showsAnotherQuestion())
        return std::nullopt;
    switch (m_outcome) {
    case Outcome::Running:
        //: %1 is the data on screen, %2 the one being fetched; both "account 20533 on host"
        return Text::tr("Showing %1 while %2 loads").arg(shownText, askedText);
    case Outcome::Failed:
        return Text::tr("Showing %1: %2 could not be fetched").arg(shownText, askedText);
    case Outcome::Cancelled:
        return Text::tr("Showing %1: the fetch of %2 was cancelled").arg(shownText, askedText);
    case Outcome::Succeeded:
        break;
    }
    return std::nullopt;
}

} // namespace loopview
