#include "tokenlistloader.h"

#include "exitcode.h"

#include "core/loopringjson.h"
#include "core/tokencache.h"
#include "net/loopringclient.h"

#include <QDateTime>

namespace loopview::cli {

TokenListLoader::TokenListLoader(LoopringClient *client, TokenCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

void TokenListLoader::start()
{
    m_call = m_client->getTokens();
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

    if (!call->succeeded()) {
        if (call->error().kind == ErrorKind::Cancelled) {
            m_error = call->error();
            emit finished();
            return;
        }
        fallBackToCache(call->error());
        return;
    }

    const QByteArray body = call->body();
    Result<QList<TokenInfo>> tokens = json::parseTokens(body);
    if (!tokens) {
        fallBackToCache(tokens.error());
        return;
    }
    m_tokens = tokens.value();
    // A cache that cannot be written only costs the offline fallback next time: not worth a warning.
    if (m_cache)
        m_cache->store(m_client->baseUrl(), body);
    emit finished();
}

void TokenListLoader::fallBackToCache(const Error &reason)
{
    const std::optional<CachedTokens> cached =
        m_cache ? m_cache->load(m_client->baseUrl()) : std::nullopt;
    if (cached) {
        m_tokens = cached->tokens;
        m_warnings << tr("could not fetch the token list (%1); using the cached copy from %2")
                          .arg(describeError(reason),
                               cached->fetchedAt.toUTC().toString(Qt::ISODate));
    } else {
        m_error = reason;
    }
    emit finished();
}

} // namespace loopview::cli
