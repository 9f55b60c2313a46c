// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "decimal.h"
#include "error.h"
#include "token.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace loopview {

// A fiat currency code as the price endpoint takes it (`legal=USD`): three ASCII letters, given in
// any case and kept in upper case ("usd" → "USD"). Which codes the service accepts is for the
// service to say (an unsupported one is answered with HTTP 400). Input error otherwise.
Result<QString> parseCurrencyCode(QStringView text);

// One request for prices, as a value: which currency, from which service.
struct PriceQuery {
    QString currency;  // a code as parseCurrencyCode() gives it ("USD"); the service is the call's ServiceEndpoint
};

// One token's price from GET /api/v3/price.
struct Price {
    QString symbol;       // as the service keys it, made printable (printableText())
    Decimal value;        // exact, as sent: "3000.10" keeps its zero, "1e-7" is 0.0000001
    QDateTime updatedAt;  // UTC, from the service's milliseconds since the epoch
};

// The prices of one currency, keyed by token symbol. The endpoint keys prices by symbol, not by
// token id, and symbols are compared exactly (case-sensitive): the service names its prices with the
// symbols of its own token list, and "ETH" must not pick up the price of an "eth". A token without
// a price is simply absent.
class PriceTable
{
public:
    PriceTable() = default;
    // `prices` must not name a symbol twice (json::parsePrices refuses such a list); if it does,
    // the first entry wins.
    PriceTable(QString currency, QList<Price> prices);

    QString currency() const { return m_currency; }  // "USD"
    const QList<Price> &prices() const { return m_prices; }  // in the service's order
    bool isEmpty() const { return m_prices.isEmpty(); }
    qsizetype size() const { return m_prices.size(); }

    std::optional<Price> find(QStringView symbol) const;
    // The price of a token from the service's token list (by its symbol).
    std::optional<Price> priceOf(const TokenInfo &token) const { return find(token.symbol); }

    // The oldest updatedAt among the prices (invalid for an empty table): how old "the prices"
    // are, at worst.
    QDateTime oldestUpdate() const;

private:
    QString m_currency;
    QList<Price> m_prices;
    QHash<QString, qsizetype> m_indexBySymbol;
};

} // namespace loopview
