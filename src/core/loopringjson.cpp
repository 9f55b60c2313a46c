// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/loopringjson.h"

#include "core/address.h"
#include "core/jsonscan.h"
#include "core/listbodyfastpath.h"
#include "core/printabletext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace loopview::json {

namespace {

// A translation context lupdate can see for these free functions (messages reach people).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::json)
};

// Loopring account ids are 32-bit unsigned on L2; token ids are 16-bit.
constexpr qint64 MaxAccountId = 4294967295LL;
// 9999-12-31T23:59:59.999Z: the last moment QDateTime and ISO 8601 agree on; far below 2^53.
constexpr qint64 MaxMillisecondsSinceEpoch = 253402300799999LL;

QString describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return Text::tr("null");
    case QJsonValue::Bool: return Text::tr("a boolean");
    case QJsonValue::Double: return Text::tr("a number");
    case QJsonValue::String: return Text::tr("a string");
    case QJsonValue::Array: return Text::tr("an array");
    case QJsonValue::Object: return Text::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Text::tr("nothing");
}

// The first byte after JSON's whitespace, or '\0' when there is none.
char firstSignificantByte(const QByteArray &body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c;
    }
    return '\0';
}

bool looksLikeHtml(const QByteArray &body)
{
    return firstSignificantByte(body) == '<';
}

// The whole body as a JSON document, or a Malformed error quoting Qt's parser (its message and the
// byte offset) so a truncated or garbled response can be diagnosed from the error text alone.
Result<QJsonDocument> parseDocument(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Error::malformed(QString(), Text::tr("The response body is empty."));

    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString detail = Text::tr("%1 at byte offset %2")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset);
        if (looksLikeHtml(body)) {
            return Error::malformed(QString(),
                                    Text::tr("The response is an HTML page, not JSON (%1).").arg(detail));
        }
        return Error::malformed(QString(), Text::tr("The response is not valid JSON: %1.").arg(detail));
    }
    // QJsonDocument keeps one of two values given for the same key: which one Loopview would
    // show is then an accident, so such a body is not trusted at all.
    if (const std::optional<QString> repeated = firstRepeatedKey(body)) {
        const QString path = printableEcho(*repeated);
        return Error::malformed(path, Text::tr("The response gives the key %1 twice in one object.").arg(path));
    }
    return document;
}

// Reads typed fields of one JSON object and remembers the first failure as a Malformed error whose
// field is the full JSON path ("[2].pending.deposit") and whose message names the row in words
// ("balance 3: field pending.deposit …"). Callers read every field and check failed() once, which
// keeps the per-type parsers free of repetitive error plumbing.
class FieldReader
{
public:
    // pathPrefix: "[2]" for array rows, empty for a top-level object.
    // subject: "balance 3", "token 1", "account": how the message names the object.
    // keyPrefix: "pending." when reading a nested object, so messages show the dotted key.
    FieldReader(const QJsonObject &object, QString pathPrefix, QString subject, QString keyPrefix = {})
        : m_object(object)
        , m_pathPrefix(std::move(pathPrefix))
        , m_subject(std::move(subject))
        , m_keyPrefix(std::move(keyPrefix))
    {
    }

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    qint64 requiredInteger(QLatin1String key, qint64 min, qint64 max)
    {
        const QJsonValue value = required(key);
        return failed() ? 0 : toInteger(key, value, min, max);
    }

    // Absent (or null) keeps `fallback`.
    qint64 optionalInteger(QLatin1String key, qint64 min, qint64 max, qint64 fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (failed() || value.isUndefined() || value.isNull())
            return fallback;
        return toInteger(key, value, min, max);
    }

    QString requiredString(QLatin1String key, bool allowEmpty = true)
    {
        const QJsonValue value = required(key);
        if (failed())
            return {};
        const QString text = toString(key, value);
        if (!failed() && !allowEmpty && text.isEmpty())
            fail(key, Text::tr("%1: field %2 is an empty string").arg(m_subject, dotted(key)));
        return text;
    }

    QString optionalString(QLatin1String key)
    {
        const QJsonValue value = m_object.value(key);
        if (failed() || value.isUndefined() || value.isNull())
            return {};
        return toString(key, value);
    }

    bool optionalBool(QLatin1String key, bool fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (failed() || value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool()) {
            fail(key, Text::tr("%1: field %2 should be true or false, not %3")
                          .arg(m_subject, dotted(key), describeType(value)));
            return fallback;
        }
        return value.toBool();
    }

    // The service sends amounts as strings so they survive JavaScript; a JSON number here would
    // already have lost precision in some producer, so it is refused rather than converted.
    Amount requiredAmount(QLatin1String key)
    {
        const QString text = requiredString(key);
        if (failed())
            return {};
        QString reason;
        const std::optional<Amount> amount = Amount::parse(text, &reason);
        if (!amount) {
            fail(key, Text::tr("%1: field %2 is not a base-unit integer: %3")
                          .arg(m_subject, dotted(key), reason));
            return {};
        }
        return *amount;
    }

    // A decimal the service may send as a JSON string or a JSON number. A number is read from its
    // text in the body (`numberTexts`, json::numberLiterals() keyed by path), never from the
    // double QJsonDocument made of it.
    Decimal requiredDecimal(QLatin1String key, const QHash<QString, QByteArray> &numberTexts)
    {
        const QJsonValue value = required(key);
        if (failed())
            return {};
        QString text;
        if (value.isString()) {
            text = value.toString();
        } else if (value.isDouble()) {
            const auto literal = numberTexts.constFind(path(key));
            if (literal == numberTexts.constEnd()) {
                // Cannot happen for a body QJsonDocument accepted; refused rather than rounded.
                fail(key, Text::tr("%1: field %2 is a number whose digits could not be read")
                              .arg(m_subject, dotted(key)));
                return {};
            }
            text = QString::fromLatin1(*literal);
        } else {
            fail(key, Text::tr("%1: field %2 should be a decimal string or number, not %3")
                          .arg(m_subject, dotted(key), describeType(value)));
            return {};
        }
        QString reason;
        const std::optional<Decimal> decimal = Decimal::parse(text, &reason);
        if (!decimal) {
            //: %3 says what is wrong with the number, e.g. "is negative" or "contains whitespace at position 1"
            fail(key, Text::tr("%1: field %2 %3").arg(m_subject, dotted(key), reason));
            return {};
        }
        return *decimal;
    }

    // A reader for a nested object; its errors carry this reader's path and subject.
    std::optional<FieldReader> requiredObject(QLatin1String key)
    {
        const QJsonValue value = required(key);
        if (failed())
            return std::nullopt;
        if (!value.isObject()) {
            fail(key, Text::tr("%1: field %2 should be an object, not %3")
                          .arg(m_subject, dotted(key), describeType(value)));
            return std::nullopt;
        }
        return FieldReader(value.toObject(), m_pathPrefix, m_subject, dotted(key) + QLatin1Char('.'));
    }

    std::optional<QJsonArray> requiredArray(QLatin1String key)
    {
        const QJsonValue value = required(key);
        if (failed())
            return std::nullopt;
        if (!value.isArray()) {
            fail(key, Text::tr("%1: field %2 should be an array, not %3")
                          .arg(m_subject, dotted(key), describeType(value)));
            return std::nullopt;
        }
        return value.toArray();
    }

    // Adopts the first failure of a nested reader.
    void absorb(const FieldReader &nested)
    {
        if (!failed() && nested.failed())
            m_error = nested.error();
    }

private:
    QString dotted(QLatin1String key) const { return m_keyPrefix + key; }

    QString path(QLatin1String key) const
    {
        if (m_pathPrefix.isEmpty())
            return dotted(key);
        return m_pathPrefix + QLatin1Char('.') + dotted(key);
    }

    void fail(QLatin1String key, QString message)
    {
        if (!failed())
            m_error = Error::malformed(path(key), std::move(message));
    }

    QJsonValue required(QLatin1String key)
    {
        if (failed())
            return {};
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            fail(key, Text::tr("%1: field %2 is missing").arg(m_subject, dotted(key)));
        return value;
    }

    QString toString(QLatin1String key, const QJsonValue &value)
    {
        if (!value.isString()) {
            fail(key, Text::tr("%1: field %2 should be a string, not %3")
                          .arg(m_subject, dotted(key), describeType(value)));
            return {};
        }
        return value.toString();
    }

    qint64 toInteger(QLatin1String key, const QJsonValue &value, qint64 min, qint64 max)
    {
        if (!value.isDouble()) {
            fail(key, Text::tr("%1: field %2 should be a number, not %3")
                          .arg(m_subject, dotted(key), describeType(value)));
            return 0;
        }
        // Bounds are far below 2^53, so comparing as double is exact for every accepted value.
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number) {
            fail(key, Text::tr("%1: field %2 is not a whole number").arg(m_subject, dotted(key)));
            return 0;
        }
        if (number < double(min) || number > double(max)) {
            fail(key, Text::tr("%1: field %2 is out of range (%3 to %4)")
                          .arg(m_subject, dotted(key))
                          .arg(min)
                          .arg(max));
            return 0;
        }
        return qint64(number);
    }

    QJsonObject m_object;
    QString m_pathPrefix;
    QString m_subject;
    QString m_keyPrefix;
    std::optional<Error> m_error;
};

QString rowPath(qsizetype index)
{
    return QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// The top-level array of a list endpoint, or a Malformed error saying what was expected.
Result<QJsonArray> parseArray(const QByteArray &body, const QString &expectation)
{
    Result<QJsonDocument> document = parseDocument(body);
    if (!document)
        return document.error();
    if (!document->isArray())
        return Error::malformed(QString(), expectation);
    return document->array();
}

Error rowNotObject(qsizetype index, const QString &subject, const QJsonValue &value)
{
    return Error::malformed(rowPath(index),
                            Text::tr("%1 should be an object, not %2").arg(subject, describeType(value)));
}

// total, locked and pending.{withdraw,deposit}: the amounts of a token balance and of an NFT alike.
HeldAmounts readHeldAmounts(FieldReader &row)
{
    HeldAmounts amounts;
    amounts.total = row.requiredAmount(QLatin1String("total"));
    amounts.locked = row.requiredAmount(QLatin1String("locked"));
    if (std::optional<FieldReader> pending = row.requiredObject(QLatin1String("pending"))) {
        amounts.pendingWithdraw = pending->requiredAmount(QLatin1String("withdraw"));
        amounts.pendingDeposit = pending->requiredAmount(QLatin1String("deposit"));
        row.absorb(*pending);
    }
    return amounts;
}

} // namespace

Result<QList<Balance>> parseBalances(const QByteArray &body, std::optional<qint64> askedAccountId)
{
    if (std::optional<QList<Balance>> balances = fastpath::parseBalances(body, askedAccountId))
        return std::move(*balances);
    return precise::parseBalances(body, askedAccountId);
}

Result<QList<TokenInfo>> parseTokens(const QByteArray &body)
{
    if (std::optional<QList<TokenInfo>> tokens = fastpath::parseTokens(body))
        return std::move(*tokens);
    return precise::parseTokens(body);
}

Result<QList<Balance>> precise::parseBalances(const QByteArray &body, std::optional<qint64> askedAccountId)
{
    const Result<QJsonArray> array = parseArray(body, Text::tr("Expected a JSON array of balances."));
    if (!array)
        return array.error();

    QList<Balance> balances;
    balances.reserve(array->size());
    QHash<int, qsizetype> rowOfToken;  // token id → the row that first had it
    rowOfToken.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue rowValue = array->at(i);
        const QString subject = Text::tr("balance %1").arg(i + 1);
        if (!rowValue.isObject())
            return rowNotObject(i, subject, rowValue);

        FieldReader row(rowValue.toObject(), rowPath(i), subject);
        Balance balance;
        balance.accountId = row.requiredInteger(QLatin1String("accountId"), 0, MaxAccountId);
        balance.tokenId = int(row.requiredInteger(QLatin1String("tokenId"), 0, MaxTokenId));
        static_cast<HeldAmounts &>(balance) = readHeldAmounts(row);
        if (row.failed())
            return row.error();

        // Another account's tokens shown as this one's would be the worst kind of wrong answer.
        if (askedAccountId && balance.accountId != *askedAccountId) {
            return Error::malformed(rowPath(i) + QLatin1String(".accountId"),
                                    Text::tr("%1: field accountId is %2, but account %3 was asked for")
                                        .arg(subject)
                                        .arg(balance.accountId)
                                        .arg(*askedAccountId));
        }
        if (!askedAccountId && !balances.isEmpty() && balance.accountId != balances.constFirst().accountId) {
            return Error::malformed(rowPath(i) + QLatin1String(".accountId"),
                                    Text::tr("%1: field accountId is %2, but balance 1 is of account %3; "
                                             "one request answers for one account")
                                        .arg(subject)
                                        .arg(balance.accountId)
                                        .arg(balances.constFirst().accountId));
        }
        // Two rows for one token: which amount is right cannot be told, and summing them is a guess.
        if (const auto first = rowOfToken.constFind(balance.tokenId); first != rowOfToken.cend()) {
            return Error::malformed(rowPath(i) + QLatin1String(".tokenId"),
                                    Text::tr("%1: token id %2 appears more than once (also in balance %3)")
                                        .arg(subject)
                                        .arg(balance.tokenId)
                                        .arg(*first + 1));
        }
        rowOfToken.insert(balance.tokenId, i);
        balances.append(balance);
    }
    return balances;
}

Result<QList<TokenInfo>> precise::parseTokens(const QByteArray &body)
{
    const Result<QJsonArray> array = parseArray(body, Text::tr("Expected a JSON array of tokens."));
    if (!array)
        return array.error();

    QList<TokenInfo> tokens;
    tokens.reserve(array->size());
    QSet<int> seenIds;
    seenIds.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue rowValue = array->at(i);
        const QString subject = Text::tr("token %1").arg(i + 1);
        if (!rowValue.isObject())
            return rowNotObject(i, subject, rowValue);

        FieldReader row(rowValue.toObject(), rowPath(i), subject);
        TokenInfo token;
        token.tokenId = int(row.requiredInteger(QLatin1String("tokenId"), 0, MaxTokenId));
        // The token list is where symbols and names enter Loopview, and every view shows them
        // (table, tooltips, completer, portfolio, CSV, JSON, the CLI tables): neutralised here,
        // once. A control or bidi character is never part of a real symbol, and "\u202ECRL"
        // must not pass for "LRC".
        token.symbol = printableText(row.requiredString(QLatin1String("symbol"), /*allowEmpty=*/false),
                                     printable::Unlimited);
        token.decimals = int(row.requiredInteger(QLatin1String("decimals"), 0, Amount::MaxDecimals));
        token.name = printableText(row.optionalString(QLatin1String("name")), printable::Unlimited);
        token.address = printableText(row.optionalString(QLatin1String("address")), printable::Unlimited);
        token.precision = int(row.optionalInteger(QLatin1String("precision"), 0, Amount::MaxDecimals, 0));
        token.enabled = row.optionalBool(QLatin1String("enabled"), true);
        if (row.failed())
            return row.error();

        // Two entries for one id would make the decimals used for scaling a matter of order;
        // wrong decimals are the worst error a balance viewer can make, so refuse the list.
        if (seenIds.contains(token.tokenId)) {
            return Error::malformed(rowPath(i) + QLatin1String(".tokenId"),
                                    Text::tr("%1: token id %2 appears more than once")
                                        .arg(subject)
                                        .arg(token.tokenId));
        }
        seenIds.insert(token.tokenId);
        tokens.append(token);
    }
    return tokens;
}

Result<AccountInfo> parseAccount(const QByteArray &body)
{
    const Result<QJsonDocument> document = parseDocument(body);
    if (!document)
        return document.error();
    if (!document->isObject())
        return Error::malformed(QString(), Text::tr("Expected a JSON object describing an account."));

    FieldReader reader(document->object(), QString(), Text::tr("account"));
    AccountInfo account;
    account.accountId = reader.requiredInteger(QLatin1String("accountId"), 0, MaxAccountId);
    account.owner = reader.requiredString(QLatin1String("owner"), /*allowEmpty=*/false);
    account.frozen = reader.optionalBool(QLatin1String("frozen"), false);
    if (reader.failed())
        return reader.error();

    QString reason;
    if (!Address::parse(account.owner, &reason)) {
        return Error::malformed(QStringLiteral("owner"),
                                Text::tr("account: field owner is not an Ethereum address: %1").arg(reason));
    }
    return account;
}

Result<PriceTable> parsePrices(const QByteArray &body, const QString &currency)
{
    const Result<QJsonDocument> document = parseDocument(body);
    if (!document)
        return document.error();
    if (!document->isObject())
        return Error::malformed(QString(), Text::tr("Expected a JSON object with a list of prices."));
    const QLatin1String pricesKey("prices");
    const QJsonValue list = document->object().value(pricesKey);
    if (list.isUndefined())
        return Error::malformed(pricesKey, Text::tr("price list: field prices is missing"));
    if (!list.isArray()) {
        return Error::malformed(pricesKey, Text::tr("price list: field prices should be an array, not %1")
                                               .arg(describeType(list)));
    }
    const QJsonArray array = list.toArray();
    const QHash<QString, QByteArray> numberTexts = numberLiterals(body, QLatin1String("price"));

    QList<Price> prices;
    prices.reserve(array.size());
    QHash<QString, qsizetype> rowOfSymbol;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = pricesKey + rowPath(i);
        const QString subject = Text::tr("price %1").arg(i + 1);
        const QJsonValue rowValue = array.at(i);
        if (!rowValue.isObject()) {
            return Error::malformed(path, Text::tr("%1 should be an object, not %2")
                                              .arg(subject, describeType(rowValue)));
        }
        FieldReader row(rowValue.toObject(), path, subject);
        Price price;
        // The same treatment as the token list's symbols, so that a price is found by the symbol
        // the token list gave, and no control or bidi character reaches a view.
        price.symbol = printableText(row.requiredString(QLatin1String("symbol"), /*allowEmpty=*/false),
                                     printable::Unlimited);
        price.value = row.requiredDecimal(QLatin1String("price"), numberTexts);
        const qint64 updatedAt = row.requiredInteger(QLatin1String("updatedAt"), 0, MaxMillisecondsSinceEpoch);
        if (row.failed())
            return row.error();
        // toUTC(): Qt 6.4 keeps a QTimeZone::utc() date as spec TimeZone; dates here are Qt::UTC.
        price.updatedAt = QDateTime::fromMSecsSinceEpoch(updatedAt, QTimeZone::utc()).toUTC();

        // Two prices for one symbol: which one a token is worth cannot be told.
        if (const auto first = rowOfSymbol.constFind(price.symbol); first != rowOfSymbol.cend()) {
            return Error::malformed(path + QLatin1String(".symbol"),
                                    Text::tr("%1: symbol %2 appears more than once (also in price %3)")
                                        .arg(subject, printableEcho(price.symbol))
                                        .arg(*first + 1));
        }
        rowOfSymbol.insert(price.symbol, i);
        prices.append(price);
    }
    return PriceTable(currency, prices);
}

std::optional<ServiceError> parseServiceError(const QByteArray &body)
{
    // Silent on anything unexpected: this only recognises the error shape; whether the body is
    // usable is for the specific parser to say.
    //
    // Every successful answer passes through here first, and the list endpoints answer with
    // megabytes of JSON array. Text that starts with '[' is an array or no JSON at all, never the
    // resultInfo object, so it is not parsed a second time just to learn that.
    if (firstSignificantByte(body) == '[')
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;

    const QJsonValue resultInfo = document.object().value(QLatin1String("resultInfo"));
    if (!resultInfo.isObject())
        return std::nullopt;

    const QJsonObject info = resultInfo.toObject();
    const QJsonValue code = info.value(QLatin1String("code"));
    if (!code.isDouble())
        return std::nullopt;
    const double number = code.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || number == 0
        || std::abs(number) > double(std::numeric_limits<int>::max())) {
        return std::nullopt;
    }

    ServiceError error;
    error.code = int(number);
    error.message = info.value(QLatin1String("message")).toString();
    return error;
}

namespace {

// A page of NFTs may claim any count; offsets and limits are ints on the wire.
constexpr qint64 MaxNftTotal = std::numeric_limits<int>::max();

// collectionInfo and metadata describe an NFT but do not identify or count it, and the service
// sends them missing, partial or oddly typed: a field that is not what it should be is left empty
// instead of failing the list, so the NFT is still shown with what is known about it.
QJsonObject objectOrEmpty(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isObject() ? value.toObject() : QJsonObject();
}

QString textOrEmpty(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

NftDetails readNftDetails(const QJsonObject &item)
{
    NftDetails details;
    const QJsonObject collection = objectOrEmpty(item, QLatin1String("collectionInfo"));
    details.collectionName = printableText(textOrEmpty(collection, QLatin1String("name")), printable::Unlimited);

    const QJsonObject metadata = objectOrEmpty(item, QLatin1String("metadata"));
    const QJsonObject base = objectOrEmpty(metadata, QLatin1String("base"));
    details.name = printableText(textOrEmpty(base, QLatin1String("name")), printable::Unlimited);
    // Descriptions are paragraphs: their line breaks are kept, everything else neutralised.
    details.description = printableLines(textOrEmpty(base, QLatin1String("description")));
    // URLs stay exact: whoever loads one checks its scheme and host on what the service sent.
    details.imageUrl = textOrEmpty(base, QLatin1String("image"));
    details.metadataUrl = textOrEmpty(metadata, QLatin1String("uri"));

    const QJsonObject sizes = objectOrEmpty(metadata, QLatin1String("imageSize"));
    for (auto it = sizes.begin(); it != sizes.end(); ++it) {
        if (it.value().isString())
            details.imageSizes.append({printableText(it.key(), printable::Unlimited), it.value().toString()});
    }
    return details;
}

} // namespace

Result<NftPage> parseNftPage(const QByteArray &body, qint64 askedAccountId)
{
    const Result<QJsonDocument> document = parseDocument(body);
    if (!document)
        return document.error();
    if (!document->isObject()) {
        return Error::malformed(QString(), Text::tr("Expected a JSON object with totalNum and data "
                                                    "(a page of NFTs)."));
    }

    FieldReader page(document->object(), QString(), Text::tr("NFT page"));
    NftPage result;
    result.totalNum = page.requiredInteger(QLatin1String("totalNum"), 0, MaxNftTotal);
    const std::optional<QJsonArray> data = page.requiredArray(QLatin1String("data"));
    if (page.failed())
        return page.error();

    result.items.reserve(data->size());
    QHash<int, qsizetype> rowOfSlot;  // token id (L2 slot) → the item that first had it
    for (qsizetype i = 0; i < data->size(); ++i) {
        const QJsonValue itemValue = data->at(i);
        const QString path = QLatin1String("data") + rowPath(i);
        const QString subject = Text::tr("NFT %1").arg(i + 1);
        if (!itemValue.isObject()) {
            return Error::malformed(path, Text::tr("%1 should be an object, not %2")
                                              .arg(subject, describeType(itemValue)));
        }

        const QJsonObject object = itemValue.toObject();
        FieldReader item(object, path, subject);
        NftBalance nft;
        nft.accountId = item.requiredInteger(QLatin1String("accountId"), 0, MaxAccountId);
        nft.tokenId = int(item.requiredInteger(QLatin1String("tokenId"), 0, MaxTokenId));
        const QString nftIdText = item.requiredString(QLatin1String("nftId"));
        // What identifies the NFT and counts it is required; outside text is neutralised here,
        // where it enters, as parseTokens does for symbols.
        nft.nftType = printableText(item.requiredString(QLatin1String("nftType"), /*allowEmpty=*/false),
                                    printable::Unlimited);
        nft.tokenAddress = printableText(
            item.requiredString(QLatin1String("tokenAddress"), /*allowEmpty=*/false), printable::Unlimited);
        nft.nftData = printableText(item.optionalString(QLatin1String("nftData")), printable::Unlimited);
        nft.minter = printableText(item.optionalString(QLatin1String("minter")), printable::Unlimited);
        nft.deploymentStatus
            = printableText(item.optionalString(QLatin1String("deploymentStatus")), printable::Unlimited);
        static_cast<HeldAmounts &>(nft) = readHeldAmounts(item);
        if (item.failed())
            return item.error();

        QString reason;
        const std::optional<NftId> nftId = NftId::parse(nftIdText, &reason);
        if (!nftId) {
            return Error::malformed(path + QLatin1String(".nftId"),
                                    Text::tr("%1: field nftId is not a 256-bit hex id: %2").arg(subject, reason));
        }
        nft.nftId = *nftId;
        nft.details = readNftDetails(object);

        if (nft.accountId != askedAccountId) {
            return Error::malformed(path + QLatin1String(".accountId"),
                                    Text::tr("%1: field accountId is %2, but account %3 was asked for")
                                        .arg(subject)
                                        .arg(nft.accountId)
                                        .arg(askedAccountId));
        }
        // One slot holds one NFT: a slot listed twice would show or count an NFT twice.
        if (const auto first = rowOfSlot.constFind(nft.tokenId); first != rowOfSlot.cend()) {
            return Error::malformed(path + QLatin1String(".tokenId"),
                                    Text::tr("%1: token id %2 appears more than once (also in NFT %3)")
                                        .arg(subject)
                                        .arg(nft.tokenId)
                                        .arg(*first + 1));
        }
        rowOfSlot.insert(nft.tokenId, i);
        result.items.append(std::move(nft));
    }

    if (result.items.size() > result.totalNum) {
        return Error::malformed(QStringLiteral("totalNum"),
                                Text::tr("NFT page: field totalNum is %1, but the page alone has %2 NFTs")
                                    .arg(result.totalNum)
                                    .arg(result.items.size()));
    }
    return result;
}

} // namespace loopview::json
