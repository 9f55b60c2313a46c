// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "forminput.h"

#include "core/address.h"
#include "core/balancequery.h"
#include "core/tokenfilter.h"

#include <QCoreApplication>

#include <algorithm>

namespace loopview::forminput {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::FormInput)
};

// The core's reasons are clauses ("address has …"); under a field they stand alone as sentences.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isHex(QStringView text)
{
    for (QChar c : text) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return false;
    }
    return true;
}

bool hasMixedCase(QStringView hex)
{
    bool lower = false;
    bool upper = false;
    for (QChar c : hex) {
        lower = lower || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        upper = upper || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    }
    return lower && upper;
}

} // namespace

FieldCheck checkAccount(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (Address::looksLikeAddress(trimmed)) {
        QString reason;
        if (!Address::parse(trimmed, &reason))
            return {false, sentence(reason)};
        return {true, hasMixedCase(trimmed.mid(2)) ? Text::tr("L1 address, checksum verified")
                                                   : Text::tr("L1 address (no checksum to verify)")};
    }
    // 40 hex digits without the prefix is almost certainly an address pasted without "0x".
    if (trimmed.size() == 40 && isHex(trimmed) && !isDigits(trimmed))
        return {false, Text::tr("Addresses start with 0x: add the prefix")};
    const Result<qint64> id = parseAccountId(trimmed);
    if (!id)
        return {false, id.error().message};
    return {true, Text::tr("Loopring account ID")};
}

FieldCheck checkTokenFilter(QStringView text, const TokenRegistry &registry)
{
    const Result<TokenFilter> filter = TokenFilter::parse(text);
    if (!filter)
        return {false, filter.error().message};
    // Before the first token list nothing can be said about symbols; ids were checked above.
    if (registry.isEmpty() && !filter->symbols.isEmpty())
        return {true, Text::tr("Symbols are resolved when the token list is loaded")};
    const Result<QList<int>> ids = filter->resolve(registry);
    if (!ids)
        return {false, ids.error().message};
    return {};
}

QStringList completionSymbols(const TokenRegistry &registry)
{
    const auto lessCaseInsensitive = [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    };
    QStringList symbols;
    symbols.reserve(registry.size());
    for (const TokenInfo &token : registry.tokens()) {
        if (!token.symbol.isEmpty())
            symbols.append(token.symbol);
    }
    // Bridged copies share symbols, in any case mix; the lowest id (what findBySymbol picks)
    // names them. tokens() is in id order and the sort is stable, so each run of equal symbols
    // starts with the spelling of the lowest id: keep that one. Sorting first keeps this
    // n log n; looking each symbol up in the list built so far was quadratic.
    std::stable_sort(symbols.begin(), symbols.end(), lessCaseInsensitive);
    const auto sameSymbol = [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) == 0;
    };
    symbols.erase(std::unique(symbols.begin(), symbols.end(), sameSymbol), symbols.end());
    return symbols;
}

} // namespace loopview::forminput
