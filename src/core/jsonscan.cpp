// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "jsonscan.h"

#include <QByteArray>
#include <QSet>

#include <array>
#include <cstring>
#include <vector>

namespace loopview::json {

namespace {

// One open object or array. Levels are reused as the scan goes deeper and back, so a body of many
// small rows allocates nothing per row: keys without escapes are views into the text.
struct Level {
    bool isObject = false;
    bool expectKey = true;      // objects: the next string is a key (after '{' or ',')
    qsizetype index = 0;        // arrays: the element being read
    QByteArray currentKey;      // objects: the member being read (for the path)
    std::vector<QByteArray> keys;  // objects: the keys so far, UTF-8 with escapes resolved
    QSet<QByteArray> manyKeys;     // the same once an object has many keys (no quadratic search)

    void enter(bool object)
    {
        isObject = object;
        expectKey = true;
        index = 0;
        currentKey.clear();
        keys.clear();
        manyKeys.clear();
    }

    // False when `key` was seen before in this object.
    bool insertKey(const QByteArray &key)
    {
        constexpr size_t LinearSearchLimit = 16;
        if (keys.size() < LinearSearchLimit) {
            for (const QByteArray &seen : keys) {
                if (seen == key)
                    return false;
            }
            keys.push_back(key);
            if (keys.size() == LinearSearchLimit) {
                for (const QByteArray &seen : keys)
                    manyKeys.insert(seen);
            }
            return true;
        }
        if (manyKeys.contains(key))
            return false;
        manyKeys.insert(key);
        return true;
    }
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

// The text of a string with its escapes resolved, as UTF-8.
QByteArray unescaped(QByteArrayView raw)
{
    QString text;
    qsizetype runStart = 0;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        if (raw[pos] != '\\') {
            ++pos;
            continue;
        }
        text += QString::fromUtf8(raw.sliced(runStart, pos - runStart));
        const char escaped = pos + 1 < raw.size() ? raw[pos + 1] : '\0';
        pos += 2;
        switch (escaped) {
        case 'b': text += QLatin1Char('\b'); break;
        case 'f': text += QLatin1Char('\f'); break;
        case 'n': text += QLatin1Char('\n'); break;
        case 'r': text += QLatin1Char('\r'); break;
        case 't': text += QLatin1Char('\t'); break;
        case 'u': {
            char16_t unit = 0;
            for (qsizetype i = 0; i < 4 && pos + i < raw.size(); ++i)
                unit = char16_t(unit * 16 + hexValue(raw[pos + i]));
            text += QChar(unit);  // surrogate halves pair up as they are appended
            pos += 4;
            break;
        }
        default: text += QLatin1Char(escaped); break;  // \" \\ \/
        }
        runStart = pos;
    }
    text += QString::fromUtf8(raw.sliced(runStart));
    return text.toUtf8();
}

// Reads the string whose opening quote is at json[pos - 1]; leaves pos after the closing quote.
// Returns the raw bytes between the quotes; *hasEscapes says whether they need unescaped().
QByteArrayView readString(QByteArrayView json, qsizetype &pos, bool *hasEscapes)
{
    const qsizetype start = pos;
    *hasEscapes = false;
    const char *const begin = json.data();
    const char *const end = begin + json.size();
    const char *p = begin + pos;
    for (;;) {
        // Most strings (amounts, symbols) have no escape: jump to the next quote.
        const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!quote) {
            p = end;
            break;
        }
        // An odd run of backslashes right before it escapes the quote.
        qsizetype backslashes = 0;
        for (const char *b = quote; b > p && b[-1] == '\\'; --b)
            ++backslashes;
        // (QByteArrayView rather than memchr: GCC cannot see that quote >= p and warns.)
        if (!*hasEscapes && QByteArrayView(p, quote - p).contains('\\'))
            *hasEscapes = true;
        if (backslashes % 2 == 0) {
            p = quote;
            break;
        }
        p = quote + 1;
    }
    pos = p - begin;
    const QByteArrayView raw = json.sliced(start, pos - start);
    ++pos;
    return raw;
}

// "[2].pending.deposit": the open levels, then `key` as the member of the innermost object.
QString pathOf(const std::vector<Level> &levels, qsizetype depth, const QByteArray &key)
{
    QString path;
    for (qsizetype i = 0; i < depth; ++i) {
        const Level &level = levels[size_t(i)];
        const bool last = i + 1 == depth;
        if (!level.isObject) {
            path += QLatin1Char('[') + QString::number(level.index) + QLatin1Char(']');
            continue;
        }
        if (!path.isEmpty())
            path += QLatin1Char('.');
        path += QString::fromUtf8(last ? key : level.currentKey);
    }
    return path;
}

// The bytes that open or close something, separate items, or start a string; everything else
// (whitespace, ':', numbers, true, false, null) is skipped without a second look.
constexpr std::array<bool, 256> StructuralBytes = [] {
    std::array<bool, 256> table{};
    for (const unsigned char c : {'{', '}', '[', ']', ',', '"'})
        table[c] = true;
    return table;
}();

// The same plus the bytes a number starts with, for a scan that reads numbers. Outside strings,
// JSON has digits and '-' only in numbers; QJsonDocument also reads ".6" and "-.5" as numbers, so
// a '.' can start one too.
constexpr std::array<bool, 256> StructuralAndNumberBytes = [] {
    std::array<bool, 256> table = StructuralBytes;
    for (const unsigned char c : {'-', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})
        table[c] = true;
    return table;
}();

bool isNumberByte(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Walks the structure of valid JSON once, keeping the path of open objects and arrays, and tells
// `visitor` about each key and (when Visitor::WantsNumbers) each number that is an object member's
// value. Either callback returns false to stop the scan.
template <typename Visitor>
void scan(QByteArrayView json, Visitor &visitor)
{
    constexpr const std::array<bool, 256> &interesting =
        Visitor::WantsNumbers ? StructuralAndNumberBytes : StructuralBytes;
    std::vector<Level> levels;
    qsizetype depth = 0;  // levels[0 … depth-1] are open
    qsizetype pos = 0;
    while (pos < json.size()) {
        const char c = json[pos];
        if (!interesting[static_cast<unsigned char>(c)]) {
            ++pos;
            continue;
        }
        Level *top = depth > 0 ? &levels[size_t(depth - 1)] : nullptr;
        switch (c) {
        case '{':
        case '[':
            if (size_t(depth) == levels.size())
                levels.emplace_back();
            levels[size_t(depth)].enter(c == '{');
            ++depth;
            ++pos;
            break;
        case '}':
        case ']':
            if (depth > 0)
                --depth;
            ++pos;
            break;
        case ',':
            if (top && top->isObject)
                top->expectKey = true;
            else if (top)
                ++top->index;
            ++pos;
            break;
        case '"': {
            ++pos;
            bool hasEscapes = false;
            const QByteArrayView raw = readString(json, pos, &hasEscapes);
            if (!top || !top->isObject || !top->expectKey)
                break;  // a value, not a key
            top->expectKey = false;
            // Unescaped keys are views into `json`, which outlives the scan: nothing is copied.
            QByteArray key = hasEscapes ? unescaped(raw) : QByteArray::fromRawData(raw.data(), raw.size());
            if (!visitor.key(levels, depth, *top, key))
                return;
            top->currentKey = std::move(key);
            break;
        }
        default: {
            // The first byte of a number (only interesting when the visitor wants numbers).
            const qsizetype start = pos;
            while (pos < json.size() && isNumberByte(json[pos]))
                ++pos;
            if (top && top->isObject && !top->expectKey
                && !visitor.number(levels, depth, *top, json.sliced(start, pos - start))) {
                return;
            }
            break;
        }
        }
    }
}

struct RepeatedKeyFinder {
    static constexpr bool WantsNumbers = false;
    std::optional<QString> found;

    bool key(const std::vector<Level> &levels, qsizetype depth, Level &top, const QByteArray &key)
    {
        if (top.insertKey(key))
            return true;
        found = pathOf(levels, depth, key);
        return false;
    }
    bool number(const std::vector<Level> &, qsizetype, Level &, QByteArrayView) { return true; }
};

struct NumberLiteralCollector {
    static constexpr bool WantsNumbers = true;
    QByteArray member;
    QHash<QString, QByteArray> literals;

    bool key(const std::vector<Level> &, qsizetype, Level &, const QByteArray &) { return true; }
    bool number(const std::vector<Level> &levels, qsizetype depth, Level &top, QByteArrayView literal)
    {
        if (top.currentKey == member)
            literals.insert(pathOf(levels, depth, top.currentKey), literal.toByteArray());
        return true;
    }
};

} // namespace

std::optional<QString> firstRepeatedKey(QByteArrayView json)
{
    RepeatedKeyFinder finder;
    scan(json, finder);
    return finder.found;
}

QHash<QString, QByteArray> numberLiterals(QByteArrayView json, QLatin1String member)
{
    NumberLiteralCollector collector;
    collector.member = QByteArray(member.data(), member.size());
    scan(json, collector);
    return collector.literals;
}

} // namespace loopview::json
