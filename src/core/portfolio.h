// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "amount.h"
#include "balance.h"
#include "token.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace loopview {

// A sum of base units that remembers it overflowed instead of wrapping: 2^256−1 is far beyond any
// real supply, so an overflow means bad data, and it must show as such rather than as a number.
class ExactSum
{
public:
    void add(const Amount &amount);
    const Amount &value() const { return m_value; }  // meaningless once overflowed()
    bool overflowed() const { return m_overflowed; }

private:
    Amount m_value;
    bool m_overflowed = false;
};

// One account's balances as fetched for the portfolio.
struct PortfolioAccount {
    QString bookmarkId;
    QString label;
    QUrl baseUrl;
    TokenRegistry tokens;     // may be empty when token metadata failed: ids are shown then
    QList<Balance> balances;
};

// One account's share of a token line.
struct PortfolioShare {
    QString bookmarkId;
    QString label;
    Balance balance;
};

// One token on one service, summed over every account that holds it. Token ids only mean
// something per service, so lines are keyed by (base URL, token id): mainnet ETH and test-network
// ETH are never added together.
struct PortfolioLine {
    QUrl baseUrl;
    int tokenId = 0;
    std::optional<TokenInfo> token;  // nullopt: unknown id, amounts are shown in base units
    ExactSum total;
    ExactSum locked;
    ExactSum pendingDeposit;
    ExactSum pendingWithdraw;
    QList<PortfolioShare> shares;    // in the order the accounts were given

    bool anyOverflow() const
    {
        return total.overflowed() || locked.overflowed() || pendingDeposit.overflowed()
            || pendingWithdraw.overflowed();
    }
    // "LRC", or "#42" for an id the service's token list does not name.
    QString symbol() const;
    int decimals() const { return token ? token->decimals : 0; }
};

// Aggregates accounts into token lines, ordered by base URL (in order of first appearance) and then
// by token id. Pure function of its input, so the GUI, the CLI and tests share it.
class Portfolio
{
public:
    static Portfolio aggregate(const QList<PortfolioAccount> &accounts);

    const QList<PortfolioLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    bool anyOverflow() const;
    // True when the accounts span more than one service (the view then shows the service).
    bool spansServices() const { return m_serviceCount > 1; }

private:
    QList<PortfolioLine> m_lines;
    int m_serviceCount = 0;
};

} // namespace loopview
