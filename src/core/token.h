// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace loopview {

// Loopring token ids are uint16.
inline constexpr int MaxTokenId = 65535;

// One entry of GET /api/v3/exchange/tokens, reduced to what Loopview uses.
struct TokenInfo {
    int tokenId = -1;
    QString symbol;
    QString name;
    QString address;      // L1 contract address as the service sent it
    int decimals = 0;     // 0 … 77
    int precision = 0;    // the service's suggested display precision
    bool enabled = true;
};

// Token ids → metadata for one base URL. Lookups of unknown ids return nullopt: callers show the
// balance with its raw base units and id rather than dropping it.
class TokenRegistry
{
public:
    TokenRegistry() = default;
    explicit TokenRegistry(const QList<TokenInfo> &tokens);

    std::optional<TokenInfo> find(int tokenId) const;
    std::optional<TokenInfo> findBySymbol(QStringView symbol) const;  // case-insensitive
    QList<TokenInfo> tokens() const;  // ordered by token id
    bool isEmpty() const { return m_byId.isEmpty(); }
    qsizetype size() const { return m_byId.size(); }

private:
    QHash<int, TokenInfo> m_byId;
};

} // namespace loopview
