// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "nftlistfetch.h"

#include "apicall.h"
#include "loopringclient.h"

#include "core/loopringjson.h"

namespace loopview {

NftListFetch::NftListFetch(LoopringClient *client, Account account, ServiceEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoint(std::move(endpoint))
    , m_account(std::move(account))
    , m_pacer(DefaultRequestsPerSecond)
{
}

NftListFetch::~NftListFetch()
{
    // The call in flight is our child and goes with us; it must not report to a half-destroyed fetch.
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
}

void NftListFetch::setPageSize(int pageSize)
{
    if (!m_started)
        m_pageSize = pageSize;
}

void NftListFetch::setCountOnly(bool countOnly)
{
    if (m_started)
        return;
    m_countOnly = countOnly;
    if (countOnly)
        m_pageSize = 1;
}

void NftListFetch::setRequestsPerSecond(double requestsPerSecond)
{
    m_pacer.setRequestsPerSecond(requestsPerSecond);
}

std::optional<qint64> NftListFetch::accountId() const
{
    if (m_paging)
        return m_paging->accountId();
    if (const auto *id = std::get_if<qint64>(&m_account))
        return *id;
    return std::nullopt;
}

const Error &NftListFetch::error() const
{
    static const Error noError = Error::input(QStringLiteral("No error"));
    return m_error ? *m_error : noError;
}

void NftListFetch::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    if (const auto *owner = std::get_if<Address>(&m_account))
        lookUpAccount(*owner);
    else
        startPaging(std::get<qint64>(m_account));
}

void NftListFetch::lookUpAccount(const Address &owner)
{
    m_pacer.schedule([this, owner] {
        if (m_finished)
            return;
        if (!m_client) {
            // Possibly still inside start(): finished() must come from the event loop.
            QMetaObject::invokeMethod(this, [this] { finish(Error::cancelled()); }, Qt::QueuedConnection);
            return;
        }
        watch(m_client->getAccount(owner, m_endpoint), &NftListFetch::onAccountFinished);
    });
}

void NftListFetch::onAccountFinished()
{
    ApiCall *call = takeCall();
    if (!call)
        return;
    if (!call->succeeded()) {
        finish(call->error());
        return;
    }
    const Result<AccountInfo> account = json::parseAccount(call->body());
    if (!account) {
        finish(account.error());
        return;
    }
    startPaging(account->accountId);
}

void NftListFetch::startPaging(qint64 accountId)
{
    m_paging.emplace(accountId, m_pageSize);
    requestNextPage();
}

void NftListFetch::requestNextPage()
{
    m_pacer.schedule([this] {
        if (m_finished)
            return;
        if (!m_client) {
            QMetaObject::invokeMethod(this, [this] { finish(Error::cancelled()); }, Qt::QueuedConnection);
            return;
        }
        watch(m_client->getNftPage(m_paging->nextRequest(), m_endpoint), &NftListFetch::onPageFinished);
    });
}

void NftListFetch::watch(ApiCall *call, void (NftListFetch::*onFinished)())
{
    // Ours from now on: should the client go first, a call it no longer owns finishes with a
    // Cancelled error, which ends this fetch instead of leaving it waiting.
    call->setParent(this);
    m_call = call;
    connect(call, &ApiCall::retrying, this, &NftListFetch::retrying);
    connect(call, &ApiCall::finished, this, onFinished);
}

ApiCall *NftListFetch::takeCall()
{
    ApiCall *call = m_call;
    m_call = nullptr;
    if (call)
        call->deleteLater();
    return call;
}

void NftListFetch::onPageFinished()
{
    ApiCall *call = takeCall();
    if (!call)
        return;
    if (!call->succeeded()) {
        finish(call->error());
        return;
    }
    if (std::optional<Error> error = m_paging->addPageBody(call->body())) {
        finish(std::move(error));
        return;
    }
    emit progress(m_paging->pagesReceived(), m_paging->expectedPages());
    if (m_paging->isDone() || m_countOnly) {
        m_nfts = m_paging->takeItems();
        finish(std::nullopt);
        return;
    }
    requestNextPage();
}

void NftListFetch::cancel()
{
    if (m_finished)
        return;
    m_pacer.clear();
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->cancel();
        call->deleteLater();
    }
    finish(Error::cancelled());
}

void NftListFetch::finish(std::optional<Error> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_pacer.clear();
    m_endpoint.apiKey.clear();  // this fetch's key is needed no longer
    emit finished();
}

} // namespace loopview
