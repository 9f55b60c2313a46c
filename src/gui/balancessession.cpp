// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "balancessession.h"

#include "errortext.h"
#include "relativetime.h"

#include "core/service.h"
#include "net/demobackend.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace loopview {

namespace {

constexpr int AgeRefreshIntervalMs = 30 * 1000;

} // namespace

BalancesSession::BalancesSession(QObject *parent) : QObject(parent), m_fetch(new FetchController(this))
{
    connect(m_fetch, &FetchController::phaseChanged, this, &BalancesSession::onPhaseChanged);
    connect(m_fetch, &FetchController::busyChanged, this, &BalancesSession::busyChanged);
    connect(m_fetch, &FetchController::succeeded, this, &BalancesSession::onSucceeded);
    connect(m_fetch, &FetchController::failed, this, &BalancesSession::onFailed);
    connect(m_fetch, &FetchController::cancelled, this, &BalancesSession::cancelled);
    connect(m_fetch, &FetchController::retrying, this, &BalancesSession::onRetrying);

    m_ageTimer.setInterval(AgeRefreshIntervalMs);
    connect(&m_ageTimer, &QTimer::timeout, this, &BalancesSession::statusChanged);
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
    m_fetch->fetch(request);
}

void BalancesSession::startDemo(const QUrl &baseUrl)
{
    FetchRequest request;
    request.baseUrl = baseUrl;
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
    m_snapshot.reset();
    m_stale = false;
    m_ageTimer.stop();
    emit snapshotCleared();
    emit statusChanged();
    return true;
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
    }
    emit statusChanged();
}

void BalancesSession::onSucceeded(const BalanceSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_stale = false;
    m_ageTimer.start();
    emit snapshotChanged(snapshot);
    emit statusChanged();
}

void BalancesSession::onFailed(const Error &error)
{
    m_retryTimer.stop();
    const QString message = errortext::describe(error, m_fetch->requestedBaseUrl(),
                                                int(std::ceil(m_fetch->timeout().count() / 1000.0)));
    // The last good data stays: a failed refresh should not blank out what the user saw.
    if (m_snapshot)
        m_stale = true;
    emit failed(error, message);
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

QString BalancesSession::statusText(int shownRows, int totalRows, const QString &pendingSummary,
                                    const QDateTime &now) const
{
    QStringList parts;
    if (isBusy() && !m_busyText.isEmpty())
        parts.append(m_busyText);

    if (m_snapshot) {
        const QString moment = relativetime::describeMoment(m_snapshot->fetchedAt, now);
        if (m_stale)
            parts.append(tr("Showing data from %1 — the last refresh failed").arg(moment));
        parts.append(tr("Tokens shown: %1 of %2").arg(shownRows).arg(totalRows));
        if (!pendingSummary.isEmpty())
            parts.append(pendingSummary);
        if (!m_stale)
            parts.append(tr("Updated %1 (%2)").arg(relativetime::describeAge(m_snapshot->fetchedAt, now), moment));
        parts.append(m_snapshot->demo ? tr("Demo data, no network") : hostLabel(m_snapshot->baseUrl));
    } else if (!isBusy()) {
        parts.append(tr("Ready"));
    }
    //: Separator between the parts of the status line
    return parts.join(tr("  ·  "));
}

QString BalancesSession::statusToolTip() const
{
    if (!m_snapshot)
        return QString();
    return tr("Fetched %1 from %2")
            .arg(QLocale().toString(m_snapshot->fetchedAt.toLocalTime(), QLocale::LongFormat),
                 m_snapshot->demo ? tr("the bundled demo data") : m_snapshot->baseUrl.toDisplayString());
}

} // namespace loopview
