// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/listbodyfastpath.h"

#include "core/amount.h"
#include "core/printabletext.h"

#include <QtEndian>

#include <simdjson.h>

#include <bitset>
#include <cstring>
#include <string_view>

// Every read below either succeeds or makes the whole parse decline (return false / nullopt):
// the precise parser then reads the body again and says what is wrong with it. Nothing here
// produces an error message, so nothing here can word one differently.
namespace loopview::json::fastpath {

namespace {

namespace ondemand = simdjson::ondemand;
using simdjson::SUCCESS;

// The same bounds as the precise parser's.
constexpr qint64 MaxAccountId = 4294967295LL;

// How deep the walk follows values it does not use (a token row's "orderAmounts" is 3 levels
// down from the top); deeper bodies are declined, which also keeps the recursion shallow.
constexpr int MaxDepth = 16;
// Keys one object may have before the walk declines; below it a linear search for repeated
// keys is the fastest there is.
constexpr size_t MaxKeys = 64;
// Numbers QJsonDocument reads without overflow or underflow, whatever their digits: no exponent
// and at most this many characters. simdjson reads 1e-400 as 0 where Qt refuses it, so numbers
// the walk does not use are checked against this rather than against simdjson's own rules.
constexpr size_t MaxNumberLength = 40;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The keys of one object read so far: a key given twice makes the precise parser refuse the body.
class KeySet
{
public:
    // False when the object already had `key`, or has more keys than the walk checks.
    bool insert(std::string_view key)
    {
        if (m_count == MaxKeys)
            return false;
        for (size_t i = 0; i < m_count; ++i) {
            if (m_keys[i].size == key.size() && std::memcmp(m_keys[i].data, key.data(), key.size()) == 0)
                return false;
        }
        m_keys[m_count++] = {key.data(), key.size()};
        return true;
    }

private:
    // Left uninitialised (not std::string_view, whose constructor would clear all of them for
    // every row): only the first m_count are ever read.
    struct Key {
        const char *data;
        size_t size;
    };
    Key m_keys[MaxKeys];
    size_t m_count = 0;
};

// The key as written between its quotes, inserted into `keys`. False for a key with an escape:
// keys are equal after unescaping ("a" and "\u0061"), so those objects are left to the precise
// parser; false too for a key the object already had.
bool takeKey(const ondemand::field &field, KeySet &keys, std::string_view *key)
{
    const char *const begin = field.key().raw();
    const char *end = begin;
    while (*end != '"') {
        if (*end == '\\')
            return false;
        ++end;
    }
    *key = std::string_view(begin, size_t(end - begin));
    return keys.insert(*key);
}

// A string value the walk does not use, from the character after its opening quote to its
// closing one (simdjson found it, so it is there): QJsonDocument refuses only a \u escape without
// four hex digits (any other escaped character it takes as itself). simdjson has already checked
// the UTF-8 of the whole body and refused raw control characters.
bool isReadableString(const char *text)
{
    for (;; ++text) {
        if (*text == '"')
            return true;
        if (*text != '\\')
            continue;
        if (*++text != 'u')
            continue;
        for (int digit = 0; digit < 4; ++digit) {
            if (!isHexDigit(*++text))
                return false;
        }
    }
}

// A number the walk does not use: -?(0|[1-9][0-9]*)(\.[0-9]+)?, at most MaxNumberLength long.
bool isPlainNumber(std::string_view token)
{
    while (!token.empty() && isJsonWhitespace(token.back()))
        token.remove_suffix(1);
    if (token.empty() || token.size() > MaxNumberLength)
        return false;
    size_t i = 0;
    if (token[i] == '-' && ++i == token.size())
        return false;
    if (token[i] == '0') {
        ++i;
    } else if (isDigit(token[i])) {
        while (i < token.size() && isDigit(token[i]))
            ++i;
    } else {
        return false;
    }
    if (i < token.size() && token[i] == '.') {
        const size_t fractionStart = ++i;
        while (i < token.size() && isDigit(token[i]))
            ++i;
        if (i == fractionStart)
            return false;
    }
    return i == token.size();
}

bool skipValue(ondemand::value &value, int depth);

// An object the walk does not use: every member readable, no key twice.
bool skipObject(ondemand::object object, int depth)
{
    if (depth > MaxDepth)
        return false;
    KeySet keys;
    for (auto member : object) {
        ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) != SUCCESS || !takeKey(field, keys, &key) || !skipValue(field.value(), depth))
            return false;
    }
    return true;
}

// Checks a value the parsers ignore (unknown fields) as closely as QJsonDocument would read it,
// so that an ignored field can never make this path accept a body the precise parser refuses.
bool skipValue(ondemand::value &value, int depth)
{
    ondemand::json_type type;
    if (value.type().get(type) != SUCCESS)
        return false;
    switch (type) {
    case ondemand::json_type::object: {
        ondemand::object object;
        return value.get_object().get(object) == SUCCESS && skipObject(object, depth + 1);
    }
    case ondemand::json_type::array: {
        ondemand::array array;
        if (depth + 1 > MaxDepth || value.get_array().get(array) != SUCCESS)
            return false;
        for (auto item : array) {
            ondemand::value element;
            if (item.get(element) != SUCCESS || !skipValue(element, depth + 1))
                return false;
        }
        return true;
    }
    // Every value is read (consumed), never only looked at: simdjson skips an unread value by
    // counting brackets, and would take the string of `"a": "b": 1, …` for a key and walk on.
    case ondemand::json_type::string: {
        ondemand::raw_json_string raw;
        return value.get_raw_json_string().get(raw) == SUCCESS && isReadableString(raw.raw());
    }
    case ondemand::json_type::number: {
        double number = 0;
        return isPlainNumber(value.raw_json_token()) && value.get_double().get(number) == SUCCESS;
    }
    case ondemand::json_type::boolean: {
        bool flag = false;
        return value.get_bool().get(flag) == SUCCESS;
    }
    case ondemand::json_type::null: {
        bool isNull = false;
        return value.is_null().get(isNull) == SUCCESS && isNull;
    }
    }
    return false;
}

// Whether an optional field is null (absent and null read alike). A value that is not null is
// left unread for the caller; false for a literal that starts like null and is not ("nul1").
bool checkNull(ondemand::value &value, bool *isNull)
{
    return value.is_null().get(*isNull) == SUCCESS;
}

// A plain JSON integer within [min, max]. Qt also takes 1.0 or 1e2 for an integer; such bodies
// are declined and read by the precise parser.
bool readInteger(ondemand::value &value, qint64 min, qint64 max, qint64 *out)
{
    int64_t number = 0;
    if (value.get_int64().get(number) != SUCCESS || number < min || number > max)
        return false;
    *out = number;
    return true;
}

bool readInteger(ondemand::value &value, qint64 min, qint64 max, int *out)
{
    qint64 number = 0;
    if (!readInteger(value, min, max, &number))
        return false;
    *out = int(number);
    return true;
}

// Outside text, neutralised exactly as the precise parser does it.
bool readText(ondemand::value &value, QString *out, bool allowEmpty = true)
{
    std::string_view text;
    if (value.get_string().get(text) != SUCCESS || (!allowEmpty && text.empty()))
        return false;
    *out = printableText(QString::fromUtf8(text.data(), qsizetype(text.size())), printable::Unlimited);
    return true;
}

bool readOptionalText(ondemand::value &value, QString *out)
{
    bool isNull = false;
    if (!checkNull(value, &isNull))
        return false;
    if (isNull) {
        *out = printableText(QString(), printable::Unlimited);
        return true;
    }
    return readText(value, out);
}

// The first byte at or after `p` that is not an ASCII digit, found eight bytes at a time. It reads
// up to seven bytes past that byte, which the padding after the body allows.
const char *endOfDigits(const char *p)
{
    for (;; p += 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        // A digit byte is 0x30…0x39: high nibble 3, and adding 6 keeps it 3. Any byte that is not
        // leaves a bit set here (a carry out of a non-digit byte can only touch the bytes after it).
        const quint64 notDigits = ((word & 0xF0F0F0F0F0F0F0F0ULL) ^ 0x3030303030303030ULL)
            | (((word + 0x0606060606060606ULL) & 0xF0F0F0F0F0F0F0F0ULL) ^ 0x3030303030303030ULL);
        if (notDigits != 0)
            return p + qCountTrailingZeroBits(qFromLittleEndian(notDigits)) / 8;
    }
}

// A base-unit amount: a string of ASCII digits without escapes, read straight from the body.
bool readAmount(ondemand::value &value, Amount *out)
{
    ondemand::raw_json_string raw;
    if (value.get_raw_json_string().get(raw) != SUCCESS)
        return false;
    const char *const begin = raw.raw();
    const char *const end = endOfDigits(begin);
    if (*end != '"')
        return false;
    const std::optional<Amount> amount = Amount::fromAsciiDigits(QByteArrayView(begin, end - begin));
    if (!amount)
        return false;
    *out = *amount;
    return true;
}

bool readToken(ondemand::object row, TokenInfo *token)
{
    enum Required : unsigned { TokenId = 1, Symbol = 2, Decimals = 4, All = 7 };
    unsigned required = 0;
    // Absent optional fields get what the precise parser gives them.
    token->name = token->address = printableText(QString(), printable::Unlimited);
    KeySet keys;
    for (auto member : row) {
        ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) != SUCCESS || !takeKey(field, keys, &key))
            return false;
        ondemand::value &value = field.value();
        bool read = false;
        if (key == "tokenId") {
            read = readInteger(value, 0, MaxTokenId, &token->tokenId);
            required |= TokenId;
        } else if (key == "symbol") {
            read = readText(value, &token->symbol, /*allowEmpty=*/false);
            required |= Symbol;
        } else if (key == "decimals") {
            read = readInteger(value, 0, Amount::MaxDecimals, &token->decimals);
            required |= Decimals;
        } else if (key == "name") {
            read = readOptionalText(value, &token->name);
        } else if (key == "address") {
            read = readOptionalText(value, &token->address);
        } else if (key == "precision") {
            bool isNull = false;
            read = checkNull(value, &isNull)
                && (isNull || readInteger(value, 0, Amount::MaxDecimals, &token->precision));
        } else if (key == "enabled") {
            bool isNull = false;
            read = checkNull(value, &isNull) && (isNull || value.get_bool().get(token->enabled) == SUCCESS);
        } else {
            read = skipValue(value, 1);
        }
        if (!read)
            return false;
    }
    return required == All;
}

bool readPending(ondemand::value &value, Balance *balance)
{
    ondemand::object pending;
    if (value.get_object().get(pending) != SUCCESS)
        return false;
    enum Required : unsigned { Withdraw = 1, Deposit = 2, All = 3 };
    unsigned required = 0;
    KeySet keys;
    for (auto member : pending) {
        ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) != SUCCESS || !takeKey(field, keys, &key))
            return false;
        bool read = false;
        if (key == "withdraw") {
            read = readAmount(field.value(), &balance->pendingWithdraw);
            required |= Withdraw;
        } else if (key == "deposit") {
            read = readAmount(field.value(), &balance->pendingDeposit);
            required |= Deposit;
        } else {
            read = skipValue(field.value(), 2);
        }
        if (!read)
            return false;
    }
    return required == All;
}

bool readBalance(ondemand::object row, Balance *balance)
{
    enum Required : unsigned { AccountId = 1, TokenId = 2, Total = 4, Locked = 8, Pending = 16, All = 31 };
    unsigned required = 0;
    KeySet keys;
    for (auto member : row) {
        ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) != SUCCESS || !takeKey(field, keys, &key))
            return false;
        ondemand::value &value = field.value();
        bool read = false;
        if (key == "accountId") {
            read = readInteger(value, 0, MaxAccountId, &balance->accountId);
            required |= AccountId;
        } else if (key == "tokenId") {
            read = readInteger(value, 0, MaxTokenId, &balance->tokenId);
            required |= TokenId;
        } else if (key == "total") {
            read = readAmount(value, &balance->total);
            required |= Total;
        } else if (key == "locked") {
            read = readAmount(value, &balance->locked);
            required |= Locked;
        } else if (key == "pending") {
            read = readPending(value, balance);
            required |= Pending;
        } else {
            read = skipValue(value, 1);
        }
        if (!read)
            return false;
    }
    return required == All;
}

// Nothing but whitespace after the top-level array: QJsonDocument refuses "[…] x" as garbage at
// the end, and the On Demand API stops reading where the array closes.
bool atEnd(ondemand::document &document)
{
    const char *location = nullptr;
    return document.current_location().get(location) == simdjson::OUT_OF_BOUNDS;
}

// The rows of the top-level array, each read by readRow(object, rowsSoFar, &row); nullopt as soon
// as anything declines.
template <typename Row, typename ReadRow>
std::optional<QList<Row>> readRows(const QByteArray &body, ReadRow readRow)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end; a copy provides them.
    const simdjson::padded_string padded(body.constData(), size_t(body.size()));
    ondemand::parser parser;
    ondemand::document document;
    ondemand::array array;
    size_t count = 0;
    if (parser.iterate(padded).get(document) != SUCCESS || document.get_array().get(array) != SUCCESS
        || array.count_elements().get(count) != SUCCESS) {
        return std::nullopt;
    }
    QList<Row> rows;
    rows.reserve(qsizetype(count));
    for (auto item : array) {
        ondemand::object object;
        Row row;
        if (item.get_object().get(object) != SUCCESS || !readRow(object, rows, &row))
            return std::nullopt;
        rows.append(std::move(row));
    }
    if (!atEnd(document))
        return std::nullopt;
    return rows;
}

} // namespace

std::optional<QList<TokenInfo>> parseTokens(const QByteArray &body)
{
    std::bitset<MaxTokenId + 1> seenIds;
    return readRows<TokenInfo>(body, [&](ondemand::object object, const QList<TokenInfo> &, TokenInfo *token) {
        if (!readToken(object, token) || seenIds.test(size_t(token->tokenId)))
            return false;
        seenIds.set(size_t(token->tokenId));
        return true;
    });
}

std::optional<QList<Balance>> parseBalances(const QByteArray &body, std::optional<qint64> askedAccountId)
{
    std::bitset<MaxTokenId + 1> seenTokens;
    return readRows<Balance>(body, [&](ondemand::object object, const QList<Balance> &rows, Balance *balance) {
        if (!readBalance(object, balance) || seenTokens.test(size_t(balance->tokenId)))
            return false;
        // One account per request: the asked one, or (asked by address) the first row's.
        const qint64 account = askedAccountId ? *askedAccountId
                                              : (rows.isEmpty() ? balance->accountId : rows.constFirst().accountId);
        if (balance->accountId != account)
            return false;
        seenTokens.set(size_t(balance->tokenId));
        return true;
    });
}

} // namespace loopview::json::fastpath
