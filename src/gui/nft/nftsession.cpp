// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "nftsession.h"

#include "gui/balancessession.h"
#include "gui/errortext.h"
#include "gui/relativetime.h"

#include "core/balancequery.h"
#include "net/demobackend.h"
#include "net/loopringclient.h"
#include "net/nftlistfetch.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace loopview {

namespace {

constexpr int AgeRefreshIntervalMs = 30 * 1000;

} // namespace

std::optional<qint64> NftSnapshot::resolvedAccountId() const
{
    if (!accountText.startsWith(QLatin1String("0x")) || accountId <= 0)
        return std::nullopt;
    return accountId;
}

BalancesQuestion NftSnapshot::questionOf(const FetchRequest &request)
{
    BalancesQuestion question = BalancesQuestion::of(request);
    question.tokenFilterText.clear();
    return question;
}

NftSession::NftSession(LoopringClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_requestsPerSecond(NftListFetch::DefaultRequestsPerSecond)
{
    m_ageTimer.setInterval(AgeRefreshIntervalMs);
    connect(&m_ageTimer, &QTimer::timeout, this, &NftSession::statusChanged);
}

NftSession::~NftSession()
{
    abandonFetch();
}

QString NftSession::busyText() const
{
    if (!isBusy())
        return QString();
    if (m_expectedPages <= 1)
        return tr("Loading NFTs…");
    //: %1 pages of an NFT list received so far, %2 the pages the whole list takes.
    return tr("Loading NFTs: page %1 of %2…").arg(m_pagesReceived + 1).arg(m_expectedPages);
}

void NftSession::fetch(const FetchRequest &request, std::chrono::milliseconds timeout)
{
    const bool wasBusy = isBusy();
    abandonFetch();
    m_request = request;
    m_request.apiKey.clear();  // the key travels with the fetch only
    m_timeout = timeout;
    m_pagesReceived = 0;
    m_expectedPages = -1;
    m_whose.start(NftSnapshot::questionOf(request));

    // The same validation as the balances': the form checked it already, a bookmark may not have.
    const Result<BalanceQuery> query = BalanceQuery::fromInput(request.accountText);
    if (!query) {
        if (wasBusy)
            emit busyChanged(false);
        fail(query.error());
        return;
    }

    ServiceEndpoint endpoint;
    endpoint.baseUrl = request.baseUrl;
    endpoint.timeout = timeout;
    endpoint.apiKey = request.apiKey;
    endpoint.demo = request.demo;
    auto *fetch = new NftListFetch(m_client, query->account, endpoint, this);
    fetch->setRequestsPerSecond(m_requestsPerSecond);
    m_fetch = fetch;
    connect(fetch, &NftListFetch::progress, this, [this](int received, int expected) {
        m_pagesReceived = received;
        m_expectedPages = expected;
        emit statusChanged();
    });
    connect(fetch, &NftListFetch::retrying, this, [this](int, int delayMs, int httpStatus, const QString &reason) {
        emit retrying(errortext::describeRetry(httpStatus, reason, int(std::ceil(delayMs / 1000.0))));
    });
    connect(fetch, &NftListFetch::finished, this, &NftSession::onFetchFinished);
    fetch->start();
    if (!wasBusy)
        emit busyChanged(true);
    emit statusChanged();
}

void NftSession::startDemo(const QUrl &baseUrl)
{
    FetchRequest request;
    request.baseUrl = baseUrl;
    request.accountText = QString::number(demobackend::accountId());
    request.demo = true;
    fetch(request, m_timeout);
}

void NftSession::cancel()
{
    if (m_fetch)
        m_fetch->cancel();  // finished() → onFetchFinished → cancelled()
}

bool NftSession::leaveDemo()
{
    if (!isDemo() && !(isBusy() && m_request.demo))
        return false;
    const bool wasBusy = isBusy();
    abandonFetch();
    if (wasBusy)
        emit busyChanged(false);
    if (!isDemo())
        return false;
    m_snapshot.reset();
    m_whose.clearShown();
    m_ageTimer.stop();
    emit snapshotCleared();
    emit statusChanged();
    return true;
}

void NftSession::abandonFetch()
{
    if (NftListFetch *fetch = m_fetch) {
        m_fetch = nullptr;
        disconnect(fetch, nullptr, this, nullptr);
        fetch->cancel();
        fetch->deleteLater();
    }
}

void NftSession::onFetchFinished()
{
    NftListFetch *fetch = m_fetch;
    if (!fetch)
        return;
    m_fetch = nullptr;
    fetch->deleteLater();
    emit busyChanged(false);

    if (fetch->succeeded()) {
        NftSnapshot snapshot;
        snapshot.nfts = fetch->nfts();
        snapshot.baseUrl = m_request.baseUrl;
        snapshot.accountText = NftSnapshot::questionOf(m_request).accountText;  // as the balances show it
        snapshot.accountId = fetch->accountId().value_or(0);
        snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
        snapshot.demo = m_request.demo;
        m_whose.succeed(snapshot.question());
        m_snapshot = std::move(snapshot);
        m_ageTimer.start();
        emit snapshotChanged(*m_snapshot);
        emit statusChanged();
        return;
    }
    if (fetch->error().kind == ErrorKind::Cancelled) {
        m_whose.cancel();
        emit cancelled();
        emit statusChanged();
        return;
    }
    fail(fetch->error());
}

void NftSession::fail(const Error &error)
{
    const QString message = errortext::describe(error, m_request.baseUrl, int(std::ceil(m_timeout.count() / 1000.0)));
    // The last good list stays: a failed refresh should not blank out what the user saw.
    m_whose.fail(error);
    emit failed(error, message);
    emit statusChanged();
}

QString NftSession::statusText(int shownRows, int totalRows, const QDateTime &now) const
{
    QStringList parts;
    if (isBusy())
        parts.append(busyText());
    if (m_snapshot) {
        // Whose NFTs these are, always: after a fetch of another account the list on screen is
        // still the previous account's (otherQuestionNotice() says so above the table).
        parts.append(shownText());
        if (isStale()) {
            parts.append(tr("Showing NFTs from %1 — the last refresh failed")
                             .arg(relativetime::describeMoment(m_snapshot->fetchedAt, now)));
        }
        parts.append(tr("NFTs shown: %1 of %2").arg(shownRows).arg(totalRows));
        if (!isStale())
            parts.append(tr("Updated %1").arg(relativetime::describeAge(m_snapshot->fetchedAt, now)));
    } else if (!isBusy()) {
        // After a failure the status line keeps saying what failed: "Ready" would hide it.
        if (const std::optional<BalancesQuestion> failed = m_whose.failedQuestion())
            parts.append(tr("No NFTs shown: %1 could not be fetched").arg(BalancesSession::describe(*failed)));
        else
            parts.append(tr("Ready"));
    }
    return parts.join(BalancesSession::partSeparator());
}

QString NftSession::statusToolTip() const
{
    if (!m_snapshot)
        return QString();
    return tr("NFTs of account %1 (ID %2), fetched %3 from %4")
        .arg(m_snapshot->accountText)
        .arg(m_snapshot->accountId)
        .arg(QLocale().toString(m_snapshot->fetchedAt.toLocalTime(), QLocale::LongFormat),
             m_snapshot->demo ? tr("the bundled demo data") : m_snapshot->baseUrl.toDisplayString());
}

QString NftSession::describeShown() const
{
    return m_snapshot ? BalancesSession::describe(m_snapshot->question(), m_snapshot->resolvedAccountId()) : QString();
}

QString NftSession::shownText() const
{
    if (!m_snapshot)
        return QString();
    //: %1 is an account on a service: "account 20533 on api3.loopring.io"
    return tr("NFTs of %1").arg(describeShown());
}

std::optional<QString> NftSession::otherQuestionNotice() const
{
    // As BalancesSession's: the sentences are put together only when there is something to say.
    if (!m_snapshot || !showsAnotherQuestion())
        return std::nullopt;
    return m_whose.otherQuestionNotice(describeShown(), BalancesSession::describe(*askedQuestion()));
}

} // namespace loopview
