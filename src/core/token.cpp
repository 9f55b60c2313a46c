// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "token.h"

#include <algorithm>

namespace loopview {

TokenRegistry::TokenRegistry(const QList<TokenInfo> &tokens)
{
    m_byId.reserve(tokens.size());
    // A repeated id keeps its last entry, matching how a later metadata refresh would win.
    for (const TokenInfo &token : tokens)
        m_byId.insert(token.tokenId, token);
}

std::optional<TokenInfo> TokenRegistry::find(int tokenId) const
{
    const auto it = m_byId.constFind(tokenId);
    if (it == m_byId.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<TokenInfo> TokenRegistry::findBySymbol(QStringView symbol) const
{
    // Symbols are not unique on Loopring (bridged copies share them): the lowest id wins so the
    // answer does not depend on hash order.
    std::optional<TokenInfo> best;
    for (const TokenInfo &token : m_byId) {
        if (token.symbol.compare(symbol, Qt::CaseInsensitive) != 0)
            continue;
        if (!best || token.tokenId < best->tokenId)
            best = token;
    }
    return best;
}

QList<TokenInfo> TokenRegistry::tokens() const
{
    QList<TokenInfo> result = m_byId.values();
    std::sort(result.begin(), result.end(),
              [](const TokenInfo &a, const TokenInfo &b) { return a.tokenId < b.tokenId; });
    return result;
}

} // namespace loopview
