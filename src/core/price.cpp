// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "price.h"

#include "printabletext.h"

#include <QCoreApplication>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::Price)
};

} // namespace

Result<QString> parseCurrencyCode(QStringView text)
{
    bool letters = text.size() == 3;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        letters = letters && ((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'));
    }
    if (!letters) {
        return Error::input(Text::tr("'%1' is not a currency code; use three letters "
                                     "such as USD or CNY")
                                .arg(printableEcho(text)));
    }
    return text.toString().toUpper();
}

PriceTable::PriceTable(QString currency, QList<Price> prices)
    : m_currency(std::move(currency)), m_prices(std::move(prices))
{
    m_indexBySymbol.reserve(m_prices.size());
    for (qsizetype i = 0; i < m_prices.size(); ++i) {
        if (!m_indexBySymbol.contains(m_prices.at(i).symbol))
            m_indexBySymbol.insert(m_prices.at(i).symbol, i);
    }
}

std::optional<Price> PriceTable::find(QStringView symbol) const
{
    const auto it = m_indexBySymbol.constFind(symbol.toString());
    if (it == m_indexBySymbol.constEnd())
        return std::nullopt;
    return m_prices.at(*it);
}

QDateTime PriceTable::oldestUpdate() const
{
    QDateTime oldest;
    for (const Price &price : m_prices) {
        if (!oldest.isValid() || price.updatedAt < oldest)
            oldest = price.updatedAt;
    }
    return oldest;
}

} // namespace loopview
