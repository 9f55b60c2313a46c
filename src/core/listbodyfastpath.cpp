// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/listbodyfastpath.h"

#include "core/amount.h"
#include "core/printabletext.h"

#include <simdjson.h>

#include <algorithm>
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

// The key as written between its quotes. False for a key with an escape: keys are equal after
// unescaping ("a" and "\u0061"), so those objects are left to the precise parser.
bool readKey(const ondemand::field &field, std::string_view *key)
{
    const char *const begin = field.key().raw();
    const char *end = begin;
    while (*end != '"') {
        if (*end == '\\')
            return false;
        ++end;
    }
    *key = std::string_view(begin, size_t(end - begin));
    return true;
}

// The fields of a row that the walk reads, one bit each, and the keys of all others: a key given
// twice makes the precise parser refuse the body. The bits spare the rows' usual keys the
// comparisons with every key before them.
class RowKeys
{
public:
    // False when the row already had the field `bit` (0 for a key the walk does not read, which
    // is then looked up among the others).
    bool insert(unsigned bit, std::string_view key)
    {
        if (bit == 0)
            return m_others.insert(key);
        if (m_fields & bit)
            return false;
        m_fields |= bit;
        return true;
    }
    bool has(unsigned fields) const { return (m_fields & fields) == fields; }

private:
    unsigned m_fields = 0;
    KeySet m_others;
};

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

// The value as the body writes it. simdjson's raw token of a value runs on to the next structural
// character, so it includes any whitespace after the value; that is left off. Read before the
// value is consumed.
std::string_view writtenValue(ondemand::value &value)
{
    std::string_view token = value.raw_json_token();
    while (!token.empty() && isJsonWhitespace(token.back()))
        token.remove_suffix(1);
    return token;
}

// A number the walk does not use, as written: -?(0|[1-9][0-9]*)(\.[0-9]+)?, at most
// MaxNumberLength long.
bool isPlainNumber(std::string_view token)
{
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
        if (std::move(member).get(field) != SUCCESS || !readKey(field, &key) || !keys.insert(key)
            || !skipValue(field.value(), depth)) {
            return false;
        }
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
        return isPlainNumber(writtenValue(value)) && value.get_double().get(number) == SUCCESS;
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

// A base-unit amount: a string of ASCII digits without escapes, read straight from the body.
// Where the string ends is already known: its token runs to the next structural character
// (stage 1 found them all), so the digits are read once, by fromAsciiDigits, which checks them.
bool readAmount(ondemand::value &value, Amount *out)
{
    // The string with its quotes.
    const std::string_view token = writtenValue(value);
    ondemand::raw_json_string raw;
    if (value.get_raw_json_string().get(raw) != SUCCESS)
        return false;
    // At least the two quotes. An escaped quote inside leaves a backslash among the "digits",
    // which fromAsciiDigits refuses.
    if (token.size() < 2 || token.back() != '"')
        return false;
    const std::optional<Amount> amount = Amount::fromAsciiDigits(QByteArrayView(token.data() + 1, qsizetype(token.size()) - 2));
    if (!amount)
        return false;
    *out = *amount;
    return true;
}

bool readToken(ondemand::object row, TokenInfo *token)
{
    enum Field : unsigned {
        TokenId = 1, Symbol = 2, Decimals = 4, Name = 8, Address = 16, Precision = 32, Enabled = 64,
        Required = TokenId | Symbol | Decimals
    };
    // Absent optional fields get what the precise parser gives them.
    token->name = token->address = printableText(QString(), printable::Unlimited);
    RowKeys keys;
    for (auto member : row) {
        ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) != SUCCESS || !readKey(field, &key))
            return false;
        ondemand::value &value = field.value();
        unsigned bit = 0;
        bool read = false;
        if (key == "tokenId") {
            bit = TokenId;
            read = readInteger(value, 0, MaxTokenId, &token->tokenId);
        } else if (key == "symbol") {
            bit = Symbol;
            read = readText(value, &token->symbol, /*allowEmpty=*/false);
        } else if (key == "decimals") {
            bit = Decimals;
            read = readInteger(value, 0, Amount::MaxDecimals, &token->decimals);
        } else if (key == "name") {
            bit = Name;
            read = readOptionalText(value, &token->name);
        } else if (key == "address") {
            bit = Address;
            read = readOptionalText(value, &token->address);
        } else if (key == "precision") {
            bit = Precision;
            bool isNull = false;
            read = checkNull(value, &isNull)
                && (isNull || readInteger(value, 0, Amount::MaxDecimals, &token->precision));
        } else if (key == "enabled") {
            bit = Enabled;
            bool isNull = false;
            read = checkNull(value, &isNull) && (isNull || value.get_bool().get(token->enabled) == SUCCESS);
        } else {
            read = skipValue(value, 1);
        }
        if (!read || !keys.insert(bit, key))
            return false;
    }
    return keys.has(Required);
}

bool readPending(ondemand::value &value, Balance *balance)
{
    ondemand::object pending;
    if (value.get_object().get(pending) != SUCCESS)
        return false;
    enum Field : unsigned { Withdraw = 1, Deposit = 2 };
    RowKeys keys;
    for (auto member : pending) {
        ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) != SUCCESS || !readKey(field, &key))
            return false;
        unsigned bit = 0;
        bool read = false;
        if (key == "withdraw") {
            bit = Withdraw;
            read = readAmount(field.value(), &balance->pendingWithdraw);
        } else if (key == "deposit") {
            bit = Deposit;
            read = readAmount(field.value(), &balance->pendingDeposit);
        } else {
            read = skipValue(field.value(), 2);
        }
        if (!read || !keys.insert(bit, key))
            return false;
    }
    return keys.has(Withdraw | Deposit);
}

bool readBalance(ondemand::object row, Balance *balance)
{
    enum Field : unsigned { AccountId = 1, TokenId = 2, Total = 4, Locked = 8, Pending = 16 };
    RowKeys keys;
    for (auto member : row) {
        ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) != SUCCESS || !readKey(field, &key))
            return false;
        ondemand::value &value = field.value();
        unsigned bit = 0;
        bool read = false;
        if (key == "accountId") {
            bit = AccountId;
            read = readInteger(value, 0, MaxAccountId, &balance->accountId);
        } else if (key == "tokenId") {
            bit = TokenId;
            read = readInteger(value, 0, MaxTokenId, &balance->tokenId);
        } else if (key == "total") {
            bit = Total;
            read = readAmount(value, &balance->total);
        } else if (key == "locked") {
            bit = Locked;
            read = readAmount(value, &balance->locked);
        } else if (key == "pending") {
            bit = Pending;
            read = readPending(value, balance);
        } else {
            read = skipValue(value, 1);
        }
        if (!read || !keys.insert(bit, key))
            return false;
    }
    return keys.has(AccountId | TokenId | Total | Locked | Pending);
}

// Balance rows read from their bytes, for rows written the way the service writes every row,
//   {"accountId":N,"tokenId":N,"total":"D","locked":"D","pending":{"withdraw":"D","deposit":"D"}}
// with these fields in this order, no whitespace inside, integers of digits only (no sign,
// fraction or exponent) and amounts of digits only. Such a row means exactly what the precise
// parser and the field-by-field walk (readBalance) read from it, and one pass over its bytes takes
// a fraction of their time. Anything else makes row() say false, and the caller reads it another
// way. Every read stays before `end`: no padding is needed.
class ServiceShapedBytes
{
public:
    ServiceShapedBytes(const char *begin, const char *end) : m_p(begin), m_end(end) {}

    bool row(Balance *balance)
    {
        return literal("{\"accountId\":") && integer(MaxAccountId, &balance->accountId)
            && literal(",\"tokenId\":") && integer(MaxTokenId, &balance->tokenId)
            && literal(",\"total\":\"") && amount(&balance->total)
            && literal(",\"locked\":\"") && amount(&balance->locked)
            && literal(",\"pending\":{\"withdraw\":\"") && amount(&balance->pendingWithdraw)
            && literal(",\"deposit\":\"") && amount(&balance->pendingDeposit) && literal("}}");
    }

    // One character, after any JSON whitespace before it.
    bool punctuation(char c)
    {
        skipWhitespace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool isAtEnd()
    {
        skipWhitespace();
        return m_p == m_end;
    }

    void skipWhitespace()
    {
        while (m_p != m_end && isJsonWhitespace(*m_p))
            ++m_p;
    }

private:
    template <size_t N>
    bool literal(const char (&text)[N])
    {
        constexpr size_t length = N - 1;  // without the terminating zero
        if (size_t(m_end - m_p) < length || std::memcmp(m_p, text, length) != 0)
            return false;
        m_p += length;
        return true;
    }

    // 0, or up to ten digits without a leading zero, at most `max`. Reading stops after a leading
    // 0, so "01" leaves a digit where the next literal is expected and the row is refused there.
    template <typename Integer>
    bool integer(qint64 max, Integer *out)
    {
        constexpr int MaxDigits = 10;  // MaxAccountId has ten
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        const int maxDigits = *m_p == '0' ? 1 : MaxDigits;
        qint64 value = 0;
        int digits = 0;
        while (m_p != m_end && isDigit(*m_p) && digits < maxDigits) {
            value = value * 10 + (*m_p++ - '0');
            ++digits;
        }
        if (value > max)
            return false;
        *out = Integer(value);
        return true;
    }

    // The digits up to the closing quote, and the quote. An escape among them (\" included)
    // leaves a backslash that fromAsciiDigits refuses.
    bool amount(Amount *out)
    {
        const char *const quote = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
        if (!quote)
            return false;
        const std::optional<Amount> amount = Amount::fromAsciiDigits(QByteArrayView(m_p, quote - m_p));
        if (!amount)
            return false;
        *out = *amount;
        m_p = quote + 1;
        return true;
    }

    const char *m_p;
    const char *const m_end;
};

// The rules across the rows of one balances body: every row of one account (the asked one, or
// asked by address, the first row's), each token once.
class BalanceRowRules
{
public:
    explicit BalanceRowRules(std::optional<qint64> askedAccountId) : m_askedAccountId(askedAccountId) {}

    // `first` is the body's first row, which may be `row` itself.
    bool accept(const Balance &row, const Balance &first)
    {
        if (m_seenTokens.test(size_t(row.tokenId)) || row.accountId != m_askedAccountId.value_or(first.accountId))
            return false;
        m_seenTokens.set(size_t(row.tokenId));
        return true;
    }

private:
    std::optional<qint64> m_askedAccountId;
    std::bitset<MaxTokenId + 1> m_seenTokens;
};

// A whole balances body of service-shaped rows (ServiceShapedBytes), read from its bytes without
// simdjson: nullopt for any other body, which the simdjson walk then reads. Whitespace is taken
// where JSON allows it between the rows.
std::optional<QList<Balance>> readServiceShapedBalances(const QByteArray &body, std::optional<qint64> askedAccountId)
{
    const char *const begin = body.constData();
    const char *const end = begin + body.size();
    ServiceShapedBytes bytes(begin, end);
    if (!bytes.punctuation('['))
        return std::nullopt;
    // Every service-shaped row has two opening braces, and digits have none: for a body this
    // path reads, that is the number of rows.
    const qsizetype count = qsizetype(std::count(begin, end, '{') / 2);
    QList<Balance> rows(count);
    Balance *row = rows.data();
    Balance *const rowsEnd = row + count;
    BalanceRowRules rules(askedAccountId);
    if (!bytes.punctuation(']')) {
        do {
            bytes.skipWhitespace();
            if (row == rowsEnd || !bytes.row(row) || !rules.accept(*row, rows.constFirst()))
                return std::nullopt;
            ++row;
        } while (bytes.punctuation(','));
        if (!bytes.punctuation(']'))
            return std::nullopt;
    }
    if (row != rowsEnd || !bytes.isAtEnd())
        return std::nullopt;
    return rows;
}

// Nothing but whitespace after the top-level array: QJsonDocument refuses "[…] x" as garbage at
// the end, and the On Demand API stops reading where the array closes.
bool atEnd(ondemand::document &document)
{
    const char *location = nullptr;
    return document.current_location().get(location) == simdjson::OUT_OF_BOUNDS;
}

// The body as simdjson reads it: up to SIMDJSON_PADDING bytes past its end, whatever they hold
// (they are read in whole blocks for speed and never affect the result). A body read from the
// network usually has that much of its own buffer to spare, since QIODevice grows the buffer by
// doubling, and is then read where it is; only a body without the room is copied. For the 3 MB
// token list that copy was the largest single allocation of a CLI run.
class PaddedBody
{
public:
    explicit PaddedBody(const QByteArray &body)
    {
        const size_t size = size_t(body.size());
        if (sparePastEnd(body) >= qsizetype(simdjson::SIMDJSON_PADDING)) {
            m_view = simdjson::padded_string_view(body.constData(), size, size + simdjson::SIMDJSON_PADDING);
        } else {
            m_copy = simdjson::padded_string(body.constData(), size);
            m_view = m_copy;
        }
    }
    PaddedBody(const PaddedBody &) = delete;
    PaddedBody &operator=(const PaddedBody &) = delete;

    const simdjson::padded_string_view &view() const { return m_view; }

private:
    // The bytes of the body's allocation after its last one. Not capacity() - size(): capacity()
    // also counts the room before the data, which a remove() from the front leaves. data_ptr()
    // has no const overload in Qt 6.4; it is only read here.
    static qsizetype sparePastEnd(const QByteArray &body)
    {
        return const_cast<QByteArray &>(body).data_ptr().freeSpaceAtEnd();
    }

    simdjson::padded_string m_copy;
    simdjson::padded_string_view m_view;
};

// The rows of the top-level array, each read by readRow(item, bodyEnd, rows, &row) straight into its
// place in `rows` (made to the array's length first, so `rows` holds it and the rows before it);
// nullopt as soon as anything declines. A row readRow leaves unread (because it read its bytes
// itself) is skipped by the array's iterator.
template <typename Row, typename ReadRow>
std::optional<QList<Row>> readRows(const QByteArray &body, ReadRow readRow)
{
    const PaddedBody padded(body);
    ondemand::parser parser;
    ondemand::document document;
    ondemand::array array;
    size_t count = 0;
    if (parser.iterate(padded.view()).get(document) != SUCCESS || document.get_array().get(array) != SUCCESS
        || array.count_elements().get(count) != SUCCESS) {
        return std::nullopt;
    }
    QList<Row> rows(static_cast<qsizetype>(count));
    Row *row = rows.data();
    Row *const rowsEnd = row + rows.size();
    const char *const bodyEnd = padded.view().data() + padded.view().size();
    for (auto item : array) {
        ondemand::value value;
        if (row == rowsEnd || item.get(value) != SUCCESS || !readRow(value, bodyEnd, rows, row++))
            return std::nullopt;
    }
    if (row != rowsEnd || !atEnd(document))
        return std::nullopt;
    return rows;
}

} // namespace

std::optional<QList<TokenInfo>> parseTokens(const QByteArray &body)
{
    std::bitset<MaxTokenId + 1> seenIds;
    return readRows<TokenInfo>(body, [&](ondemand::value &item, const char *, const QList<TokenInfo> &, TokenInfo *token) {
        ondemand::object object;
        if (item.get_object().get(object) != SUCCESS || !readToken(object, token) || seenIds.test(size_t(token->tokenId)))
            return false;
        seenIds.set(size_t(token->tokenId));
        return true;
    });
}

std::optional<QList<Balance>> parseBalances(const QByteArray &body, std::optional<qint64> askedAccountId)
{
    if (std::optional<QList<Balance>> rows = readServiceShapedBalances(body, askedAccountId))
        return rows;
    BalanceRowRules rules(askedAccountId);
    return readRows<Balance>(body, [&](ondemand::value &item, const char *bodyEnd, const QList<Balance> &rows, Balance *balance) {
        // The row starts at its value's token. A row of the service's own shape is read from its
        // bytes and left for the array's iterator to skip; any other is walked field by field.
        if (!ServiceShapedBytes(item.raw_json_token().data(), bodyEnd).row(balance)) {
            ondemand::object object;
            if (item.get_object().get(object) != SUCCESS || !readBalance(object, balance))
                return false;
        }
        return rules.accept(*balance, rows.constFirst());
    });
}

} // namespace loopview::json::fastpath
