#include "forminput.h"

#include "core/address.h"
#include "core/balancequery.h"

#include <QCoreApplication>

#include <algorithm>

namespace loopview::forminput {

namespace {

// The core's reasons are clauses ("address has …"); under a field they stand alone as sentences.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// One token id of a list (digits only; "007" is 7). The item number in parseTokenIds' messages
// would always say "item 1" here, since items are parsed one by one, so the range message is this
// file's own.
Result<int> parseTokenIdItem(QStringView item)
{
    if (const std::optional<int> id = parseTokenId(item))
        return *id;
    return Error::input(QCoreApplication::translate("FormInput", "Token ID %1 is out of range (0 to %2)")
                                .arg(item)
                                .arg(MaxTokenId));
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
        return {true, hasMixedCase(trimmed.mid(2)) ? QCoreApplication::translate("FormInput", "L1 address, checksum verified")
                                                   : QCoreApplication::translate("FormInput", "L1 address (no checksum to verify)")};
    }
    // 40 hex digits without the prefix is almost certainly an address pasted without "0x".
    if (trimmed.size() == 40 && isHex(trimmed) && !isDigits(trimmed))
        return {false, QCoreApplication::translate("FormInput", "Addresses start with 0x: add the prefix")};
    const Result<qint64> id = parseAccountId(trimmed);
    if (!id)
        return {false, id.error().message};
    return {true, QCoreApplication::translate("FormInput", "Loopring account ID")};
}

bool tokenFilterUsesSymbols(QStringView text)
{
    for (QStringView item : text.split(QLatin1Char(','))) {
        item = item.trimmed();
        if (!item.isEmpty() && !isDigits(item))
            return true;
    }
    return false;
}

Result<QList<int>> resolveTokenFilter(QStringView text, const TokenRegistry &registry)
{
    QList<int> ids;
    if (text.trimmed().isEmpty())
        return ids;
    const QList<QStringView> items = text.split(QLatin1Char(','));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QStringView item = items[i].trimmed();
        int id = -1;
        if (item.isEmpty()) {
            // A trailing comma while typing "ETH, " is harmless; an empty middle item is a typo
            // but asks for nothing, so it is skipped rather than refused.
            continue;
        }
        if (isDigits(item)) {
            const Result<int> parsed = parseTokenIdItem(item);
            if (!parsed)
                return parsed.error();
            id = parsed.value();
        } else if (registry.isEmpty()) {
            return Error::input(QCoreApplication::translate(
                    "FormInput", "Token symbols such as \"%1\" need the token list, which is not loaded; "
                                 "use token IDs or try again when the service is reachable")
                                        .arg(item));
        } else if (const std::optional<TokenInfo> token = registry.findBySymbol(item)) {
            id = token->tokenId;
        } else {
            return Error::input(
                    QCoreApplication::translate("FormInput", "Unknown token symbol \"%1\"").arg(item));
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

FieldCheck checkTokenFilter(QStringView text, const TokenRegistry &registry)
{
    if (text.trimmed().isEmpty())
        return {};
    if (registry.isEmpty() && tokenFilterUsesSymbols(text)) {
        // Symbols cannot be checked yet; ids can.
        for (QStringView item : text.split(QLatin1Char(','))) {
            item = item.trimmed();
            if (isDigits(item)) {
                const Result<int> parsed = parseTokenIdItem(item);
                if (!parsed)
                    return {false, parsed.error().message};
            }
        }
        return {true, QCoreApplication::translate("FormInput", "Symbols are resolved when the token list is loaded")};
    }
    const Result<QList<int>> ids = resolveTokenFilter(text, registry);
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
