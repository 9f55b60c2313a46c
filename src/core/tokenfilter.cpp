// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "tokenfilter.h"

#include "balancequery.h"
#include "printabletext.h"

#include <QCoreApplication>

#include <algorithm>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (a plain tr()
// helper function would file them under the namespace, where no translation is looked up).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::TokenFilter)
};

bool isDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool isSymbolLike(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

} // namespace

Result<TokenFilter> TokenFilter::parse(QStringView text)
{
    TokenFilter filter;
    for (QStringView item : text.split(QLatin1Char(','))) {
        item = item.trimmed();
        // A trailing comma while typing "ETH, " is harmless; an empty middle item is a typo but
        // asks for nothing, so it is skipped rather than refused.
        if (item.isEmpty())
            continue;
        if (isDigits(item)) {
            const std::optional<int> id = parseTokenId(item);
            if (!id)
                return Error::input(Text::tr("Token ID %1 is out of range (0 to %2)").arg(printableEcho(item)).arg(MaxTokenId));
            if (!filter.ids.contains(*id))
                filter.ids.append(*id);
            continue;
        }
        if (!isSymbolLike(item))
            return Error::input(Text::tr("\"%1\" is neither a token id nor a token symbol").arg(printableEcho(item)));
        if (!filter.symbols.contains(item.toString(), Qt::CaseInsensitive))
            filter.symbols.append(item.toString());
    }
    return filter;
}

Result<QList<int>> TokenFilter::resolve(const TokenRegistry &tokens) const
{
    QList<int> resolved = ids;
    for (const QString &symbol : symbols) {
        if (tokens.isEmpty()) {
            return Error::input(Text::tr("Token symbols such as \"%1\" need the token list, which is not loaded; "
                                   "use token IDs or try again when the service is reachable")
                                        .arg(printableEcho(symbol)));
        }
        const std::optional<TokenInfo> token = tokens.findBySymbol(symbol);
        if (!token)
            return Error::input(Text::tr("Unknown token symbol \"%1\"").arg(printableEcho(symbol)));
        if (!resolved.contains(token->tokenId))
            resolved.append(token->tokenId);
    }
    std::sort(resolved.begin(), resolved.end());
    return resolved;
}

bool TokenFilter::keeps(int tokenId, const TokenRegistry &tokens) const
{
    if (isEmpty() || ids.contains(tokenId))
        return true;
    if (symbols.isEmpty())
        return false;
    const std::optional<TokenInfo> token = tokens.find(tokenId);
    if (!token)
        return tokens.isEmpty();  // cannot tell without the token list: keep it visible
    return symbols.contains(token->symbol, Qt::CaseInsensitive);
}

} // namespace loopview
