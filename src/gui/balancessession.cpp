// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "balancessession.h"

#include "errortext.h"
#include "relativetime.h"

#include "core/printabletext.h"
#include "core/service.h"
#include "net/demobackend.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace loopview {

BalancesSession::BalancesSession(QObject *parent) : QObject(parent), m_fetch(new FetchController(this))
{
    connect(m_fetch, &FetchController::phaseChanged, this, &BalancesSession::onPhaseChanged);
    connect(m_fetch, &FetchController::busyChanged, this, &BalancesSession::busyChanged);
    connect(m_fetch, &FetchController::succeeded, this, &BalancesSession::onSucceeded);
    connect(m_fetch, &FetchController::failed, this, &BalancesSession::onFailed);
    connect(m_fetch, &FetchController::cancelled, this, &BalancesSession::onCancelled);
    connect(m_fetch, &FetchController::retrying, this, &BalancesSession::onRetrying);

    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (QDateTime::currentDateTimeUtc() >= m_retryAt)
            m_retryTimer.stop();
        emit retryCountdown(retryMessage());
    });
}

BalancesSession::~BalancesSession() = default;

bool BalancesSession::isBusy() const
{
    return m_fetch->isBusy();
}

void BalancesSession::fetch(const FetchRequest &request)
{
    m_retryTimer.stop();
    m_whose.start(BalancesQuestion::of(request));
    m_fetch->fetch(request);
}

void BalancesSession::startDemo(const QUrl &baseUrl, const QString &currency)
{
    FetchRequest request;
    request.baseUrl = baseUrl;
    request.currency = currency;
    request.accountText = QString::number(demobackend::accountId());
    request.demo = true;
    fetch(request);
}

void BalancesSession::cancel()
{
    m_fetch->cancel();
}

bool BalancesSession::leaveDemo()
{
    if (!isDemo())
        return false;
    m_fetch->cancel();
    clearSnapshot();
    return true;
}

bool BalancesSession::mayShowRecorded(const BalancesQuestion &question) const
{
    return !m_snapshot && !question.demo && m_whose.mayShowRecorded(question);
}

bool BalancesSession::showRecorded(const BalanceSnapshot &recorded)
{
    if (!mayShowRecorded(recorded.question()))
        return false;
    m_snapshot = recorded;
    m_whose.showRecorded(recorded.question());
    emit recordedShown(recorded);
    emit statusChanged();
    return true;
}

std::optional<QString> BalancesSession::fromHistoryNotice(const QDateTime &now) const
{
    if (!isFromHistory())
        return std::nullopt;
    //: Offline first: the window opened on the last recorded snapshot; %1 is "3 h ago" or a date
    return tr("Last fetched %1 — not refreshed yet").arg(relativetime::describeMoment(m_snapshot->fetchedAt, now));
}

bool BalancesSession::clearRecorded()
{
    if (!isFromHistory())
        return false;
    clearSnapshot();
    return true;
}

void BalancesSession::clearSnapshot()
{
    m_snapshot.reset();
    m_whose.clearShown();
    emit snapshotCleared();
    emit statusChanged();
}

void BalancesSession::onPhaseChanged(FetchController::Phase phase)
{
    switch (phase) {
    case FetchController::Phase::Idle:
        m_busyText.clear();
        m_retryTimer.stop();
        break;
    case FetchController::Phase::LoadingTokens:
        m_busyText = tr("Loading the token list…");
        break;
    case FetchController::Phase::LoadingBalances:
        m_busyText = tr("Loading balances…");
        break;
    case FetchController::Phase::LoadingPrices:
        m_busyText = tr("Loading prices…");
        break;
    }
    emit statusChanged();
}

void BalancesSession::onSucceeded(const BalanceSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_whose.succeed(snapshot.question());
    emit snapshotChanged(snapshot);
    emit statusChanged();
}

void BalancesSession::onFailed(const Error &error)
{
    m_retryTimer.stop();
    const QString message = errortext::describe(error, m_fetch->requestedBaseUrl(),
                                                int(std::ceil(m_fetch->timeout().count() / 1000.0)));
    // The last good data stays: a failed refresh should not blank out what the user saw.
    m_whose.fail(error);
    emit failed(error, message);
    emit statusChanged();
}

void BalancesSession::onCancelled()
{
    m_whose.cancel();
    emit cancelled();
    emit statusChanged();
}

void BalancesSession::onRetrying(int attempt, int delayMs, int httpStatus, const QString &reason)
{
    Q_UNUSED(attempt)
    m_retryStatus = httpStatus;
    m_retryReason = reason;
    m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    emit retrying(retryMessage());
    m_retryTimer.start();
}

QString BalancesSession::retryMessage() const
{
    const qint64 msLeft = QDateTime::currentDateTimeUtc().msecsTo(m_retryAt);
    const int secondsLeft = int(qMax<qint64>(1, (msLeft + 999) / 1000));
    return errortext::describeRetry(m_retryStatus, m_retryReason, secondsLeft);
}

std::optional<QString> BalancesSession::tokenListNotice(const QDateTime &now) const
{
    if (!m_snapshot || !m_snapshot->tokenError)
        return std::nullopt;
    const QString reason = errortext::describe(*m_snapshot->tokenError, m_snapshot->baseUrl,
                                               int(m_fetch->timeout().count() / 1000));
    if (m_snapshot->tokenSource == TokenSource::Cache) {
        return tr("The token list could not be refreshed, so the copy saved %1 is used. (%2)")
                .arg(relativetime::describeAge(m_snapshot->tokensFetchedAt, now), reason);
    }
    return tr("The token list could not be loaded, so amounts are shown in raw base units "
              "with token IDs. (%1)")
            .arg(reason);
}

std::optional<QString> BalancesSession::priceNotice() const
{
    if (!m_snapshot || !m_snapshot->priceError)
        return std::nullopt;
    const QString reason = errortext::describe(*m_snapshot->priceError, m_snapshot->baseUrl,
                                               int(m_fetch->timeout().count() / 1000));
    return tr("The %1 prices could not be loaded, so the Price and Value columns are empty. (%2)")
            .arg(m_snapshot->currency, reason);
}

QString BalancesSession::statusText(int shownRows, int totalRows, const QString &pendingSummary,
                                    const QDateTime &now) const
{
    QStringList parts;
    if (isBusy() && !m_busyText.isEmpty())
        parts.append(m_busyText);

    if (m_snapshot) {
        const QString moment = relativetime::describeMoment(m_snapshot->fetchedAt, now);
        if (isStale())
            parts.append(tr("Showing data from %1 — the last refresh failed").arg(moment));
        else if (const std::optional<QString> notice = fromHistoryNotice(now))
            parts.append(*notice);
        parts.append(tr("Tokens shown: %1 of %2").arg(shownRows).arg(totalRows));
        if (!pendingSummary.isEmpty())
            parts.append(pendingSummary);
        if (!isStale() && !isFromHistory())
            parts.append(tr("Updated %1").arg(relativetime::describeAge(m_snapshot->fetchedAt, now)));
        // Where the data came from is shownText()'s part of the status bar; the exact moment is
        // in the tooltip. The line stays short enough for a 1024 px window in German.
    } else if (!isBusy()) {
        // After a failure the status line keeps saying what failed: "Ready" would hide it.
        if (const std::optional<BalancesQuestion> failed = failedQuestion())
            parts.append(tr("Nothing shown: %1 could not be fetched").arg(describe(*failed)));
        else
            parts.append(tr("Ready"));
    }
    return parts.join(partSeparator());
}

QString BalancesSession::partSeparator()
{
    //: Separator between the parts of the status line
    return tr("  ·  ");
}

QString BalancesSession::statusToolTip() const
{
    if (!m_snapshot)
        return QString();
    return tr("Fetched %1 from %2")
            .arg(QLocale().toString(m_snapshot->fetchedAt.toLocalTime(), QLocale::LongFormat),
                 m_snapshot->demo ? tr("the bundled demo data") : m_snapshot->baseUrl.toDisplayString());
}

QString BalancesSession::describe(const BalancesQuestion &question, std::optional<qint64> resolvedAccountId,
                                  Detail detail)
{
    const bool byAddress = question.accountText.startsWith(QLatin1String("0x"));
    const QString accountText = byAddress && detail == Detail::Compact
            ? question.accountText.left(6) + QChar(0x2026) + question.accountText.right(4)
            : question.accountText;
    QString account;
    if (question.demo)
        account = tr("demo account %1").arg(accountText);
    else if (byAddress && resolvedAccountId)
        //: %1 is an L1 address, %2 the Loopring account id the service resolved it to
        account = tr("address %1 (account %2)").arg(accountText).arg(*resolvedAccountId);
    else if (byAddress)
        account = tr("address %1").arg(accountText);
    else
        account = tr("account %1").arg(accountText);

    QString text = question.demo ? tr("%1 (sample data)").arg(account)
                                 //: %1 is an account ("account 20533"), %2 the service's host
                                 : tr("%1 on %2").arg(account, hostLabel(question.baseUrl));
    if (!question.tokenFilterText.isEmpty())
        //: %1 is an account on a service, %2 the token filter as typed ("ETH, LRC")
        text = tr("%1, tokens %2").arg(text, printableText(question.tokenFilterText));
    return text;
}

QString BalancesSession::describeShown(Detail detail) const
{
    return m_snapshot ? describe(m_snapshot->question(), m_snapshot->resolvedAccountId(), detail) : QString();
}

QString BalancesSession::shownText(Detail detail) const
{
    if (!m_snapshot)
        return QString();
    return tr("Balances of %1").arg(describeShown(detail));
}

QString BalancesSession::titleText() const
{
    return describeShown();
}

std::optional<QString> BalancesSession::otherQuestionNotice() const
{
    if (!showsAnotherQuestion())
        return std::nullopt;
    return m_whose.otherQuestionNotice(describeShown(), describe(*askedQuestion()));
}

} // namespace loopview
