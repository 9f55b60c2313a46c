// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "portfolio.h"

#include "service.h"

#include <QHash>

#include <algorithm>

namespace loopview {

void ExactSum::add(const Amount &amount)
{
    if (m_overflowed)
        return;
    const std::optional<Amount> sum = m_value.checkedAdd(amount);
    if (sum)
        m_value = *sum;
    else
        m_overflowed = true;
}

QString PortfolioLine::symbol() const
{
    if (token && !token->symbol.isEmpty())
        return token->symbol;
    return QLatin1Char('#') + QString::number(tokenId);
}

Portfolio Portfolio::aggregate(const QList<PortfolioAccount> &accounts)
{
    // "https://api3.loopring.io" and "https://API3.loopring.io:443/" are one service (serviceKey).
    QStringList serviceOrder;
    QHash<QString, QHash<int, qsizetype>> lineIndex; // service → token id → index in lines
    Portfolio portfolio;
    for (const PortfolioAccount &account : accounts) {
        const QString service = serviceKey(account.baseUrl);
        if (!serviceOrder.contains(service))
            serviceOrder.append(service);
        QHash<int, qsizetype> &tokensOfService = lineIndex[service];
        for (const Balance &balance : account.balances) {
            auto found = tokensOfService.constFind(balance.tokenId);
            if (found == tokensOfService.constEnd()) {
                PortfolioLine line;
                line.baseUrl = account.baseUrl;
                line.tokenId = balance.tokenId;
                line.token = account.tokens.find(balance.tokenId);
                portfolio.m_lines.append(line);
                found = tokensOfService.insert(balance.tokenId, portfolio.m_lines.size() - 1);
            }
            PortfolioLine &line = portfolio.m_lines[*found];
            if (!line.token)
                line.token = account.tokens.find(balance.tokenId); // another account knew it
            line.total.add(balance.total);
            line.locked.add(balance.locked);
            line.pendingDeposit.add(balance.pendingDeposit);
            line.pendingWithdraw.add(balance.pendingWithdraw);
            line.shares.append({account.bookmarkId, account.label, balance});
        }
    }

    std::stable_sort(portfolio.m_lines.begin(), portfolio.m_lines.end(),
                     [&](const PortfolioLine &a, const PortfolioLine &b) {
                         const qsizetype serviceA = serviceOrder.indexOf(serviceKey(a.baseUrl));
                         const qsizetype serviceB = serviceOrder.indexOf(serviceKey(b.baseUrl));
                         if (serviceA != serviceB)
                             return serviceA < serviceB;
                         return a.tokenId < b.tokenId;
                     });
    portfolio.m_serviceCount = int(serviceOrder.size());
    return portfolio;
}

bool Portfolio::anyOverflow() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [](const PortfolioLine &line) { return line.anyOverflow(); });
}

} // namespace loopview
