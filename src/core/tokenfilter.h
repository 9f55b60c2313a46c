// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "error.h"
#include "token.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace loopview {

// A token filter as people write it in the window's form and in a bookmark: "0, 1", "ETH, LRC" or
// a mix, comma separated, empty items skipped. Parsed once, here; what each part means is decided
// here for the window, the bookmarks, the portfolio refresh and the CLI's --bookmark.
struct TokenFilter {
    QList<int> ids;       // tokens named by id, in the order given, without repeats
    QStringList symbols;  // tokens named by symbol, in the order given, without repeats (any case)

    // Input error naming the first item that is neither a token id (digits, 0 … MaxTokenId) nor
    // a token symbol (letters, digits, '.', '-', '_'). Empty text is an empty filter (all tokens).
    static Result<TokenFilter> parse(QStringView text);

    bool isEmpty() const { return ids.isEmpty() && symbols.isEmpty(); }

    // The ids to ask the service for: the ids given and each symbol looked up in `tokens`, in
    // ascending order. Input error for a symbol `tokens` does not know, or for any symbol when
    // `tokens` is empty (the list is not loaded). An empty filter resolves to no ids (all tokens).
    Result<QList<int>> resolve(const TokenRegistry &tokens) const;

    // Whether a fetched balance passes the filter: for a query that could not send the filter
    // (symbols need the token list, the service takes ids). A symbol is matched through `tokens`;
    // with no token list the balance is kept rather than silently hidden.
    bool keeps(int tokenId, const TokenRegistry &tokens) const;
};

} // namespace loopview
