// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"
#include "core/token.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace loopview {

struct CachedTokens {
    static constexpr qint64 MaxAgeSeconds = 24 * 60 * 60;

    QList<TokenInfo> tokens;
    QDateTime fetchedAt;  // UTC

    // Older than a day, or dated in the future (the clock moved back, so the age is unknown):
    // either way the list should be fetched again, though it may still be shown meanwhile.
    bool isStale(const QDateTime &now) const;
};

// The token list of each service (serviceKey()), kept on disk so balances can be scaled while offline or while
// the token endpoint is slow.
//
// File format (version 2): the body exactly as received, after a two-line header:
//
//   loopview-token-cache 2
//   {"baseUrl":"https://api3.loopring.io","fetchedAt":"2024-03-01T10:20:30.456Z","bodySize":2812345}
//   [ … the body's bytes … ]
//
// The fetch time travels inside the file rather than in its mtime (which copies and backups
// change); the base URL inside lets load() reject a file that belongs to another service; and the
// body is kept verbatim so load() runs exactly the same strict json::parseTokens as a fresh
// download, once, on the bytes as they are (no wrapper to parse first, no UTF-16 round trip).
// bodySize catches a file cut short. Version 1 files (a JSON wrapper holding the body as a
// string) written by earlier releases are still read. A file that is unreadable, of another
// version, for another URL, cut short, or whose body does not parse is treated as absent: cached
// data is never trusted more than fresh data.
//
// A cache, not a document: it is written to a temporary file and renamed into place, so readers
// see the old list or the new one, never a mix, but it is not synced to disk (no fsync). A crash
// right after a store may lose the new list or leave a file cut short; load() then treats it as
// absent and the next fetch writes it again.
class TokenCache
{
public:
    // directory: where the files go; empty = QStandardPaths::CacheLocation + "/tokens".
    // Empty = defaultDirectory(), shared by the desktop app and the CLI.
    explicit TokenCache(const QString &directory = {});
    static QString defaultDirectory();  // $XDG_CACHE_HOME/loopview/tokens

    // Written to a temporary file renamed into place. Returns false (leaving any previous file
    // intact) when the file cannot be written or the body is not valid UTF-8 (it could not be
    // JSON then anyway).
    bool store(const QUrl &baseUrl, const QByteArray &body,
               const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());

    std::optional<CachedTokens> load(const QUrl &baseUrl) const;

    // Removes the cached list of one base URL; true when nothing is cached afterwards.
    bool remove(const QUrl &baseUrl);

    QString directory() const { return m_directory; }
    // The file used for a base URL (exists or not). Public for diagnostics and tests.
    QString filePath(const QUrl &baseUrl) const;

private:
    QString m_directory;
};

// The token list to use after one GET /api/v3/exchange/tokens, and where it came from.
struct ResolvedTokenList {
    enum class Source {
        Fresh,  // the service's answer parsed; it is now in the cache
        Cache,  // the fetch or its parse failed; the cached copy (however old) is used
        None,   // neither: balances are shown in base units with their token ids
    };

    TokenRegistry tokens;
    Source source = Source::None;
    QDateTime fetchedAt;         // UTC. Fresh: now; Cache: when the cached copy was fetched
    std::optional<Error> error;  // why the list is not fresh (set for Cache and None)
};

// The one place that decides which token list a fetch ends with, shared by the CLI, the window
// and the portfolio refresh. `fetched` is the call's body or error (ApiCall::result()).
// A body that parses with json::parseTokens is stored in `cache` (a failed write only costs the
// offline fallback, so it is not reported) and used. Otherwise the cached copy is used, else
// nothing. A cancelled fetch never consults the cache: nobody is waiting for a list any more.
// cache == nullptr (demo data, or a caller without a cache) neither reads nor writes any file.
ResolvedTokenList resolveTokenList(const Result<QByteArray> &fetched, const QUrl &baseUrl,
                                   TokenCache *cache);

} // namespace loopview
