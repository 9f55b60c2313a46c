// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "tokenlistloader.h"

#include "exitcode.h"

#include "core/tokencache.h"
#include "net/loopringclient.h"

namespace loopview::cli {

TokenListLoader::TokenListLoader(LoopringClient *client, TokenCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

void TokenListLoader::start(const ServiceEndpoint &endpoint)
{
    m_baseUrl = endpoint.baseUrl;
    m_call = m_client->getTokens(endpoint);
    m_call->setParent(this);
    connect(m_call, &ApiCall::finished, this, &TokenListLoader::onCallFinished);
    // A call that failed up front may already be finished; handle it from the event loop so
    // finished() never fires inside start().
    if (m_call->isFinished())
        QMetaObject::invokeMethod(this, &TokenListLoader::onCallFinished, Qt::QueuedConnection);
}

void TokenListLoader::cancel()
{
    if (m_call && !m_call->isFinished())
        m_call->cancel();
}

void TokenListLoader::onCallFinished()
{
    ApiCall *call = m_call;
    if (!call)
        return;
    m_call = nullptr;
    call->deleteLater();

    // Cancelled or failed with no cached copy: no list, and the error says why.
    const ResolvedTokenList resolved = resolveTokenList(call->result(), m_baseUrl, m_cache);
    m_tokens = resolved.tokens;
    switch (resolved.source) {
    case ResolvedTokenList::Source::Fresh:
        break;
    case ResolvedTokenList::Source::Cache:
        m_warnings << tr("could not fetch the token list (%1); using the cached copy from %2")
                          .arg(describeError(*resolved.error),
                               resolved.fetchedAt.toUTC().toString(Qt::ISODate));
        break;
    case ResolvedTokenList::Source::None:
        m_error = resolved.error;
        break;
    }
    emit finished();
}

} // namespace loopview::cli
