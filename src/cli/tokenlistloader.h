// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"
#include "core/service.h"
#include "core/token.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace loopview {
class ApiCall;
class LoopringClient;
class TokenCache;
} // namespace loopview

namespace loopview::cli {

// Gets the token list of a service: always asks the service first (ids and decimals
// can change), stores a good answer in the cache, and falls back to any cached copy, however old,
// when the service cannot be used, with a warning saying so.
class TokenListLoader : public QObject
{
    Q_OBJECT
public:
    // cache may be null (demo mode: sample tokens must never overwrite a real service's list).
    TokenListLoader(LoopringClient *client, TokenCache *cache, QObject *parent = nullptr);

    void start(const ServiceEndpoint &endpoint);
    void cancel();

    // Valid after finished(). tokens() is empty when error() is set.
    const TokenRegistry &tokens() const { return m_tokens; }
    // Set when neither the service nor the cache gave a list (or the load was cancelled).
    const std::optional<Error> &error() const { return m_error; }
    // Human sentences for stderr, e.g. that a cached copy is being used.
    const QStringList &warnings() const { return m_warnings; }

signals:
    void finished();

private:
    void onCallFinished();

    LoopringClient *m_client;
    TokenCache *m_cache;
    QUrl m_baseUrl;  // of the service asked, the key of its cached copy
    QPointer<ApiCall> m_call;
    TokenRegistry m_tokens;
    std::optional<Error> m_error;
    QStringList m_warnings;
};

} // namespace loopview::cli
