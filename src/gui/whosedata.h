// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "fetchcontroller.h"

#include "core/error.h"

#include <QString>
#include <optional>

namespace loopview {

// Which question the data on screen answers and how the latest fetch ended: the whose-data and
// stale rules the balances and the NFTs share (BalancesSession, NftSession). Shown data is stale
// only when a refresh of the same question failed; when the latest fetch asked another question
// (another account, service or token filter) and is still loading, failed or was cancelled, the
// data is not stale but not the answer either, and otherQuestionNotice() says so.
class WhoseData
{
public:
    enum class Outcome { Running, Succeeded, Failed, Cancelled };

    // A fetch of `question` started; what is shown stays until its answer.
    void start(const BalancesQuestion &question);
    // The answer to `question` is now on screen, current.
    void succeed(const BalancesQuestion &question);
    // The latest fetch failed: the shown data is stale if it answers the same question.
    void fail(const Error &error);
    // Offline first: what the history recorded of `question` is now on screen, not refreshed yet
    // (stale at once if a fetch of that question has failed already). Only when
    // mayShowRecorded(question).
    void showRecorded(const BalancesQuestion &question);
    void cancel();
    // Nothing is shown any more (the demo was left); a demo question asked is forgotten too.
    void clearShown();

    bool hasShown() const { return m_shown.has_value(); }
    const std::optional<BalancesQuestion> &shownQuestion() const { return m_shown; }
    // The question of the latest fetch, running or finished; nullopt before the first one.
    const std::optional<BalancesQuestion> &askedQuestion() const { return m_asked; }
    Outcome outcome() const { return m_outcome; }
    bool isStale() const { return m_shown.has_value() && m_stale; }
    // The shown data is what the history recorded, and no fetch of its question has ended yet.
    bool isFromHistory() const { return m_shown.has_value() && m_fromHistory; }
    // Nothing is shown and no other question was asked: a recorded answer may stand in.
    bool mayShowRecorded(const BalancesQuestion &question) const;
    // The shown data answers another question than the latest fetch asked, which is still
    // loading, failed or was cancelled.
    bool showsAnotherQuestion() const;
    // The latest fetch's question when it failed (what F5 and Try Again send again).
    std::optional<BalancesQuestion> failedQuestion() const;
    // Whether sending the failed question again may help (errortext::mayRetryHelp()).
    bool mayRetryHelp() const;
    // "Showing account A: account B could not be fetched" (or "while B loads", "the fetch of B
    // was cancelled") with the shown and the asked question in words; nullopt when the shown data
    // is the answer.
    std::optional<QString> otherQuestionNotice(const QString &shownText, const QString &askedText) const;

private:
    std::optional<BalancesQuestion> m_shown;
    std::optional<BalancesQuestion> m_asked;
    Outcome m_outcome = Outcome::Succeeded;
    std::optional<Error> m_lastError;
    bool m_stale = false;
    bool m_fromHistory = false;
};

} // namespace loopview
