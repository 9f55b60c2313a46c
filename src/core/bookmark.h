// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "balancequery.h"
#include "error.h"
#include "service.h"
#include "token.h"
#include "tokenfilter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace loopview {

// An account the user comes back to: everything needed to rebuild the balance query in one click.
// Never holds an API key: keys live in the system keyring (src/secrets), keyed by `id`.
struct Bookmark {
    QString id;          // QUuid without braces; stable across renames, the keyring key
    QString label;       // what people see and what `loopview-cli balances --bookmark` matches
    QString account;     // account id ("123456") or L1 address ("0x…") as the user entered it
    Network network = Network::Mainnet;
    QUrl baseUrl;        // used for Network::Custom; the published URL is recorded for the others
    QString tokens;      // optional token id filter ("0,1"), empty = all tokens
    QString note;
    QDateTime createdAt; // UTC

    // A fresh bookmark with a new id and createdAt = now.
    static Bookmark create(QString label, QString account, Network network, QUrl baseUrl = {});

    // The URL requests go to: the published one for mainnet/test, `baseUrl` for custom.
    QUrl effectiveBaseUrl() const;

    // The validated query this bookmark stands for. A filter naming tokens by symbol cannot be
    // sent (the service takes ids), so such a query asks for all tokens and keepsBalance() filters.
    Result<BalanceQuery> toQuery() const;

    // The token filter, parsed ("0, LRC" → ids {0}, symbols {"LRC"}).
    using TokenFilter = loopview::TokenFilter;
    Result<TokenFilter> tokenFilter() const { return TokenFilter::parse(tokens); }
    // Whether a fetched balance passes the token filter (TokenFilter::keeps).
    bool keepsBalance(int tokenId, const TokenRegistry &tokens) const;

    // Checks what a stored bookmark must satisfy: a label, a valid account, a usable base URL, a
    // token filter of ids and symbols. Returns the first problem as an Input error.
    std::optional<Error> validate() const;

    // Same account on the same service: used to skip duplicates on import.
    bool sameAccountAs(const Bookmark &other) const;

    // JSON object for the bookmarks file and for export. Machine format: keys never translated.
    QJsonObject toJson() const;
    // Malformed error naming the field when the object is unusable.
    static Result<Bookmark> fromJson(const QJsonObject &object);

    friend bool operator==(const Bookmark &a, const Bookmark &b)
    {
        return a.id == b.id && a.label == b.label && a.account == b.account && a.network == b.network
            && a.baseUrl == b.baseUrl && a.tokens == b.tokens && a.note == b.note
            && a.createdAt == b.createdAt;
    }
    friend bool operator!=(const Bookmark &a, const Bookmark &b) { return !(a == b); }
};

} // namespace loopview

Q_DECLARE_METATYPE(loopview::Bookmark)
