// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The simdjson path for the two list bodies against the precise QJsonDocument parsers: whenever
// the fast path answers, its answer is the precise parser's, field for field; on every body the
// precise parser refuses, the fast path declines; and on ordinary bodies it does answer (else
// it would be correct but useless). fuzz/fuzz_listbodies.cpp does the same on random bytes.
#include "core/listbodyfastpath.h"
#include "core/loopringjson.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <functional>
#include <numeric>

using namespace loopview;

namespace {

QByteArray readFixture(const char *name)
{
    QFile file(QString::fromUtf8(LOOPVIEW_FIXTURES_DIR) + QLatin1Char('/') + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    return file.readAll();
}

// Equal down to null and empty strings, so nothing downstream can tell which path read a body.
bool sameText(const QString &a, const QString &b)
{
    return a == b && a.isNull() == b.isNull();
}

QString describe(const TokenInfo &t)
{
    return QStringLiteral("{%1 %2 %3 %4 %5 %6 %7}").arg(t.tokenId).arg(t.symbol, t.name, t.address).arg(t.decimals)
        .arg(t.precision).arg(t.enabled);
}

QString describe(const Balance &b)
{
    return QStringLiteral("{%1 %2 %3 %4 %5 %6}").arg(b.accountId).arg(b.tokenId).arg(b.total.toString(),
        b.locked.toString(), b.pendingWithdraw.toString(), b.pendingDeposit.toString());
}

bool same(const TokenInfo &a, const TokenInfo &b)
{
    return a.tokenId == b.tokenId && sameText(a.symbol, b.symbol) && sameText(a.name, b.name)
        && sameText(a.address, b.address) && a.decimals == b.decimals && a.precision == b.precision
        && a.enabled == b.enabled;
}

bool same(const Balance &a, const Balance &b)
{
    return a.accountId == b.accountId && a.tokenId == b.tokenId && a.total == b.total && a.locked == b.locked
        && a.pendingWithdraw == b.pendingWithdraw && a.pendingDeposit == b.pendingDeposit;
}

// Which way a body went through parseTokens/parseBalances, and what differed if anything did.
enum class Path { Fast, Declined };
struct Outcome {
    Path path = Path::Declined;
    QString mismatch;  // empty: the fast path declined or gave exactly the precise rows, and the
                       // public parser gave exactly the precise result
};

#define VERIFY_SAME(outcome)                                                                        \
    do {                                                                                            \
        const Outcome verified = (outcome);                                                         \
        QVERIFY2(verified.mismatch.isEmpty(), qPrintable(verified.mismatch));                       \
    } while (false)

template <typename Row>
Outcome compare(const std::optional<QList<Row>> &fast, const Result<QList<Row>> &precise, const QByteArray &body)
{
    if (!fast)
        return {Path::Declined, {}};
    const QString where = QStringLiteral(" in body %1").arg(QString::fromUtf8(body.left(300)));
    if (!precise) {
        return {Path::Fast, QStringLiteral("the fast path accepted what the precise parser refuses (%1)")
                                    .arg(precise.error().message) + where};
    }
    const QList<Row> &expected = precise.value();
    if (fast->size() != expected.size())
        return {Path::Fast, QStringLiteral("%1 rows, precise %2").arg(fast->size()).arg(expected.size()) + where};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (!same(fast->at(i), expected.at(i))) {
            return {Path::Fast, QStringLiteral("row %1: fast %2, precise %3")
                                    .arg(i).arg(describe(fast->at(i)), describe(expected.at(i))) + where};
        }
    }
    return {Path::Fast, {}};
}

// What callers of json::parseTokens/parseBalances see is what the precise parser gives, whichever
// path read the body: the same rows, or the same error (kind, message, field) word for word.
template <typename Row>
QString publicMismatch(const Result<QList<Row>> &published, const Result<QList<Row>> &precise, const QByteArray &body)
{
    const QString where = QStringLiteral(" in body %1").arg(QString::fromUtf8(body.left(300)));
    if (bool(published) != bool(precise))
        return QStringLiteral("the public parser %1 where the precise one %2")
                   .arg(published ? u"accepted" : u"refused", precise ? u"accepted" : u"refused") + where;
    if (!precise) {
        const Error &a = published.error();
        const Error &b = precise.error();
        if (a.kind != b.kind || a.message != b.message || a.field != b.field)
            return QStringLiteral("error \"%1\" at %2, precise \"%3\" at %4").arg(a.message, a.field, b.message, b.field) + where;
        return {};
    }
    if (published.value().size() != precise.value().size())
        return QStringLiteral("%1 rows, precise %2").arg(published.value().size()).arg(precise.value().size()) + where;
    for (qsizetype i = 0; i < precise.value().size(); ++i) {
        if (!same(published.value().at(i), precise.value().at(i)))
            return QStringLiteral("row %1 differs").arg(i) + where;
    }
    return {};
}

// The fast path against the precise parser, then the public parser (whichever path it took)
// against the precise parser too.
Outcome compareTokens(const QByteArray &body)
{
    const Result<QList<TokenInfo>> precise = json::precise::parseTokens(body);
    Outcome outcome = compare(json::fastpath::parseTokens(body), precise, body);
    if (outcome.mismatch.isEmpty())
        outcome.mismatch = publicMismatch(json::parseTokens(body), precise, body);
    return outcome;
}

Outcome compareBalances(const QByteArray &body, std::optional<qint64> askedAccountId = std::nullopt)
{
    const Result<QList<Balance>> precise = json::precise::parseBalances(body, askedAccountId);
    Outcome outcome = compare(json::fastpath::parseBalances(body, askedAccountId), precise, body);
    if (outcome.mismatch.isEmpty())
        outcome.mismatch = publicMismatch(json::parseBalances(body, askedAccountId), precise, body);
    return outcome;
}

// Bodies shaped like the service's, valid, with everything the fast path must read exactly:
// escapes and non-ASCII text, control and bidi characters, optional fields null or absent,
// unknown fields of every JSON type at some depth, whitespace between tokens, any field order.
// `ordinary` leaves out what the fast path declines by design (escaped keys, numbers with
// exponents or a fraction where an integer goes), so such bodies must take the fast path.
class BodyGenerator
{
public:
    BodyGenerator(quint32 seed, bool ordinary) : m_random(seed), m_ordinary(ordinary) {}

    QByteArray tokens(int count)
    {
        QList<QByteArray> rows;
        for (const int id : shuffledIds(count)) {
            QList<QByteArray> fields = {
                member("tokenId", integer(id)),
                member("symbol", string(text(1 + m_random.bounded(12)))),
                member("decimals", integer(m_random.bounded(Amount::MaxDecimals + 1))),
            };
            if (chance(80))
                fields += member("name", chance(10) ? QByteArray("null") : string(text(m_random.bounded(30))));
            if (chance(80))
                fields += member("address", chance(10) ? QByteArray("null") : string(address()));
            if (chance(70))
                fields += member("precision", chance(10) ? QByteArray("null") : integer(m_random.bounded(19)));
            if (chance(70))
                fields += member("enabled", chance(10) ? QByteArray("null") : QByteArray(chance(50) ? "true" : "false"));
            addUnknownFields(fields);
            rows += object(fields);
        }
        return array(rows);
    }

    QByteArray balances(int count, qint64 accountId)
    {
        QList<QByteArray> rows;
        for (const int id : shuffledIds(count)) {
            QList<QByteArray> pending = {member("withdraw", amount()), member("deposit", amount())};
            addUnknownFields(pending);
            QList<QByteArray> fields = {
                member("accountId", integer(accountId)), member("tokenId", integer(id)),
                member("total", amount()), member("locked", amount()), member("pending", object(pending)),
            };
            addUnknownFields(fields);
            rows += object(fields);
        }
        return array(rows);
    }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    QList<int> shuffledIds(int count)
    {
        QList<int> ids(count);
        std::iota(ids.begin(), ids.end(), int(m_random.bounded(100)));
        std::shuffle(ids.begin(), ids.end(), m_random);
        return ids;
    }

    QByteArray space()
    {
        static const char *const spaces[] = {"", "", "", " ", "\n  ", "\t", "\r\n"};
        return spaces[m_random.bounded(7)];
    }

    QByteArray key(const char *name)
    {
        if (m_ordinary || !chance(5))
            return '"' + QByteArray(name) + '"';
        // The same key with its first letter escaped: equal to the precise parser.
        return "\"\\u00" + QByteArray::number(uchar(name[0]), 16) + QByteArray(name + 1) + '"';
    }

    QByteArray member(const char *name, const QByteArray &value)
    {
        return space() + key(name) + space() + ':' + space() + value + space();
    }

    QByteArray object(QList<QByteArray> members)
    {
        std::shuffle(members.begin(), members.end(), m_random);
        return '{' + members.join(',') + '}';
    }

    QByteArray array(const QList<QByteArray> &items) { return space() + '[' + items.join(',') + ']' + space(); }

    QByteArray integer(qint64 value)
    {
        if (m_ordinary || !chance(5))
            return QByteArray::number(value);
        return chance(50) ? QByteArray::number(value) + ".0" : QByteArray::number(value) + "e0";
    }

    QByteArray amount()
    {
        switch (m_random.bounded(10)) {
        case 0: return "\"0\"";
        case 1: return '"' + Amount::max().toString().toLatin1() + '"';
        case 2: return "\"000" + QByteArray::number(m_random.bounded(1000)) + '"';
        default: break;
        }
        QByteArray digits = QByteArray::number(1 + m_random.bounded(9));
        for (int i = m_random.bounded(77); i > 0; --i)
            digits += char('0' + m_random.bounded(10));
        return '"' + digits + '"';
    }

    QString address()
    {
        QString hex = QStringLiteral("0x");
        for (int i = 0; i < 40; ++i)
            hex += QLatin1Char("0123456789abcdefABCDEF"[m_random.bounded(22)]);
        return hex;
    }

    // Text from the service as it may come: mostly ASCII, sometimes anything.
    QString text(int length)
    {
        static const char16_t palette[] = {u'A', u'z', u'0', u' ', u'"', u'\\', u'/', u'\u00e9', u'\u4e2d',
                                           u'\u202e', u'\u200f', u'\u0001', u'\n', u'\u009b', u'\u007f', u'\uffff'};
        QString out;
        for (int i = 0; i < length; ++i) {
            if (chance(75)) {
                out += QLatin1Char(char('A' + m_random.bounded(26)));
            } else if (chance(10)) {
                out += QString::fromUcs4(U"\U0001F600");  // outside the BMP: a surrogate pair
            } else {
                out += QChar(palette[m_random.bounded(int(std::size(palette)))]);
            }
        }
        return out;
    }

    // A JSON string of `value`, each character written raw or escaped as JSON allows.
    QByteArray string(const QString &value)
    {
        QByteArray out = "\"";
        for (qsizetype i = 0; i < value.size(); ++i) {
            const QChar c = value.at(i);
            const bool mustEscape = c == u'"' || c == u'\\' || c.unicode() < 0x20;
            if (c == u'"' || c == u'\\') {
                out += chance(50) ? QByteArray("\\") + char(c.unicode()) : unicodeEscape(c);
            } else if (c == u'\n' && chance(50)) {
                out += "\\n";
            } else if (c == u'/' && chance(50)) {
                out += "\\/";
            } else if (c.isHighSurrogate() && i + 1 < value.size()) {
                // A pair is one character: two escapes, or its four UTF-8 bytes.
                out += chance(15) ? unicodeEscape(c) + unicodeEscape(value.at(i + 1))
                                  : QStringView(value).mid(i, 2).toUtf8();
                ++i;
            } else if (mustEscape || chance(15)) {
                out += unicodeEscape(c);
            } else {
                out += QString(c).toUtf8();
            }
        }
        return out + '"';
    }

    static QByteArray unicodeEscape(QChar c)
    {
        return "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    }

    // A value the parsers ignore, up to a few levels deep.
    QByteArray unknownValue(int depth)
    {
        switch (m_random.bounded(depth > 3 ? 6 : 8)) {
        case 0: return "true";
        case 1: return "false";
        case 2: return "null";
        case 3: return string(text(m_random.bounded(10)));
        case 4: return QByteArray::number(qint64(m_random.generate64() >> m_random.bounded(64))) + (chance(30) ? ".25" : "");
        case 5:
            if (!m_ordinary && chance(30))
                return chance(50) ? "1e-400" : "-2.5E+3";
            return chance(50) ? "-0" : "0.000001";
        case 6: {
            QList<QByteArray> items;
            for (int i = m_random.bounded(4); i > 0; --i)
                items += space() + unknownValue(depth + 1) + space();
            return '[' + items.join(',') + ']';
        }
        default: {
            QList<QByteArray> members;
            for (int i = m_random.bounded(4); i > 0; --i)
                members += member(QByteArray("k" + QByteArray::number(i)).constData(), unknownValue(depth + 1));
            return object(members);
        }
        }
    }

    void addUnknownFields(QList<QByteArray> &fields)
    {
        for (int i = m_random.bounded(4); i > 0; --i)
            fields += member(QByteArray("extra" + QByteArray::number(i)).constData(), unknownValue(1));
    }

    QRandomGenerator m_random;
    bool m_ordinary;
};

// Bodies the precise parser refuses (or must read itself), each a small change to a good one.
QList<QByteArray> troublesomeTokenBodies()
{
    const QByteArray row = R"({"tokenId":1,"symbol":"LRC","decimals":18,"name":"Loopring","extra":{"a":[1,2,{"b":null}]}})";
    return {
        "",
        " ",
        "[]",
        "[] x",
        "[],",
        "{}",
        "\"tokens\"",
        "\xEF\xBB\xBF[" + row + "]",
        "[" + row + "] [" + row + "]",
        "[" + row + "]\0",
        "[" + row + ",]",
        "[" + row,
        "[1]",
        "[null]",
        "[[" + row + "]]",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"symbol":"LRC"}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"s\u0079mbol":"X"}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":{"a":1,"a":2}}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":[{"a":1,"b":{"c":1,"c":1}}]}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"t\u006bkenId":1}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18},{"tokenId":1,"symbol":"LRD","decimals":6}])",
        R"([{"symbol":"LRC","decimals":18}])",
        R"([{"tokenId":1,"decimals":18}])",
        R"([{"tokenId":1,"symbol":"LRC"}])",
        R"([{"tokenId":1,"symbol":"","decimals":18}])",
        R"([{"tokenId":1,"symbol":null,"decimals":18}])",
        R"([{"tokenId":1,"symbol":7,"decimals":18}])",
        R"([{"tokenId":-1,"symbol":"LRC","decimals":18}])",
        R"([{"tokenId":65536,"symbol":"LRC","decimals":18}])",
        R"([{"tokenId":1.5,"symbol":"LRC","decimals":18}])",
        R"([{"tokenId":1.0,"symbol":"LRC","decimals":18}])",
        R"([{"tokenId":1e0,"symbol":"LRC","decimals":18}])",
        R"([{"tokenId":"1","symbol":"LRC","decimals":18}])",
        R"([{"tokenId":-0,"symbol":"LRC","decimals":18}])",
        R"([{"tokenId":99999999999999999999999,"symbol":"LRC","decimals":18}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":78}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"precision":78}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"precision":"2"}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"enabled":1}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"enabled":tru}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"name":7}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"address":[]}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":1e-400}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":1e400}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":1.}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":01}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":-}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":12345678901234567890123456789012345678901234567890}])",
        // A string value followed by a colon: read only, not consumed, simdjson would skip it as
        // a key and walk on over the rest of the row (found by fuzz_listbodies).
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":"1u": "1", "d": "2"}, "e": true}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":7: "1", "d": "2"}, "e": true}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":[{"a":"1": 2, "b": 3}, "c"}]}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":nul}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"precision":nul1}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"name":nulll}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"address":nul}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"enabled":nuLL}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":"\u12G4"}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":"\x"}])",
        R"([{"tokenId":1,"symbol":"LRC","decimals":18,"extra":"\ud800"}])",
        R"([{"tokenId":1,"symbol":"L\ud800RC","decimals":18}])",
        R"([{"tokenId":1,"symbol":"L\xRC","decimals":18}])",
        "[{\"tokenId\":1,\"symbol\":\"L\x01RC\",\"decimals\":18}]",
        "[{\"tokenId\":1,\"symbol\":\"L\xC3RC\",\"decimals\":18}]",
        "[{\"tokenId\":1,\"symbol\":\"L\xED\xA0\x80RC\",\"decimals\":18}]",
        "[{\"tokenId\":1,\"symbol\":\"L\xEF\xBF\xBERC\",\"decimals\":18}]",
        "[{\"tokenId\":1,\"symbol\":\"LRC\",\"decimals\":18,\"extra\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}]",
    };
}

QList<QByteArray> troublesomeBalanceBodies()
{
    auto row = [](const char *fields) -> QByteArray {
        return "[{\"accountId\":7,\"tokenId\":1," + QByteArray(fields) + "}]";
    };
    return {
        row(R"("total":"10","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":"10","locked":"2","pending":{"withdraw":"0","deposit":"0","deposit":"1"})"),
        row(R"("total":"10","locked":"2","pending":{"withdraw":"0"})"),
        row(R"("total":"10","locked":"2","pending":{"withdraw":"0","deposit":0})"),
        row(R"("total":"10","locked":"2","pending":[])"),
        row(R"("total":"10","locked":"2","pending":null)"),
        row(R"("total":"10","locked":"2")"),
        row(R"("total":"1.5","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":"","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":"-1","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":" 1","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":"1e3","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":"\u0031","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":"12345678\u0039","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":"１","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":10,"locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":"115792089237316195423570985008687907853269984665640564039457584007913129639936","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":"0115792089237316195423570985008687907853269984665640564039457584007913129639935","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":"1234567890123456789012345678901234567890x","locked":"2","pending":{"withdraw":"0","deposit":"0"})"),
        row(R"("total":"10","locked":"2","pending":{"withdraw":"0","deposit":"0"},"total":"10")"),
        row(R"("total":"10","locked":"2","pending":{"withdraw":"0","deposit":"0"},"accountId":7)"),
        row(R"("total":"10","locked":"2","pending":{"withdraw":"0","deposit":"0"},"extra":{"x":1,"x":1})"),
        row(R"("total":"10","locked":"2","pending":{"withdraw":"0","deposit":"0","x":"1": "2", "y": 3},"z":1})"),
        row(R"("total":"10","locked":"2","pending":{"withdraw":"0","deposit":"0"},"x":"1": "2", "y": 3}, "z":1})"),
        R"([{"accountId":7,"tokenId":1,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}},)"
        R"({"accountId":8,"tokenId":2,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])",
        R"([{"accountId":7,"tokenId":1,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}},)"
        R"({"accountId":7,"tokenId":1,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])",
        R"([{"accountId":4294967296,"tokenId":1,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])",
        R"([{"accountId":-7,"tokenId":1,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}}])",
    };
}

// One balance row written the way the service writes it (no whitespace, this field order), which
// the fast path reads from its bytes: every field can be replaced by other text.
QByteArray serviceRow(const QByteArray &accountId = "10110", const QByteArray &tokenId = "1",
                      const QByteArray &total = "\"1000\"", const QByteArray &locked = "\"0\"",
                      const QByteArray &withdraw = "\"0\"", const QByteArray &deposit = "\"0\"")
{
    return "{\"accountId\":" + accountId + ",\"tokenId\":" + tokenId + ",\"total\":" + total + ",\"locked\":"
        + locked + ",\"pending\":{\"withdraw\":" + withdraw + ",\"deposit\":" + deposit + "}}";
}

// Bodies of service-shaped rows, or bodies that differ from one in a single place: whatever the
// fast path makes of them, it must be what the precise parser makes of them.
QList<QByteArray> nearlyServiceShapedBalanceBodies()
{
    const QByteArray row = serviceRow();
    const QByteArray other = serviceRow("10110", "2", "\"5\"");
    const QByteArray max = "\"115792089237316195423570985008687907853269984665640564039457584007913129639935\"";
    const QByteArray pastMax = "\"115792089237316195423570985008687907853269984665640564039457584007913129639936\"";
    QList<QByteArray> bodies;
    for (const char *accountId : {"0", "7", "010110", "00", "-7", "-0", "4294967295", "4294967296",
                                        "12345678901", "10110.0", "1e4", "\"10110\"", " 10110", "10110 "}) {
        bodies += "[" + serviceRow(accountId) + "]";
    }
    for (const char *tokenId : {"0", "65535", "65536", "01", "1.5", "1E0", "null", "99999999999999999999"})
        bodies += "[" + serviceRow("10110", tokenId) + "]";
    for (const QByteArray &amount : {QByteArray("\"0\""), QByteArray("\"000123\""), max, pastMax, QByteArray("\"\""),
                                     QByteArray("\"1.5\""), QByteArray("\"-1\""), QByteArray("\" 1\""),
                                     QByteArray("\"1 \""), QByteArray("\"\\u0031\""), QByteArray("\"12\\\"3\""),
                                     QByteArray("\"1\\\""), QByteArray("\"１\""), QByteArray("1"),
                                     QByteArray("\"1\x01\""), QByteArray("\"12345678901234567x\"")}) {
        bodies += "[" + serviceRow("10110", "1", amount) + "]";
        bodies += "[" + serviceRow("10110", "1", "\"1\"", amount) + "]";
        bodies += "[" + serviceRow("10110", "1", "\"1\"", "\"0\"", amount) + "]";
        bodies += "[" + serviceRow("10110", "1", "\"1\"", "\"0\"", "\"0\"", amount) + "]";
    }
    bodies += {
        "[]", " [ ] ", "[\n]", "[", "]", "", "[" + row, "[" + row + ",", "[" + row + ",]", "[," + row + "]",
        "[" + row + "]", " \r\n[ " + row + " ,\n\t" + other + "\n]\n", "[" + row + "," + other + "]",
        "[" + row + other + "]", "[" + row + "] ", "[" + row + "]x", "[" + row + "],", "[" + row + "]{",
        "[" + row + "][" + row + "]", "[" + row + "]" + QByteArray(1, '\0'), "[" + row + "," + row + "]",
        "[" + row + "," + serviceRow("10111", "2") + "]", "[" + row + ",{}]", "[" + row + ",{" + "]",
        "[" + row + ",{\"accountId\":10110}]", "[" + row.chopped(1) + "]", "[" + row.chopped(2) + "]",
        "[" + row.chopped(1) + ",\"extra\":1}]", "[" + row.chopped(2) + ",\"x\":\"{\"}}]",
        "[" + row.left(row.size() - 2) + "},\"extra\":{}}]", "[" + QByteArray(row).replace(":", ": ") + "]",
        "[" + QByteArray(row).replace("\"tokenId\":1,", "") + "]",
        "[" + QByteArray(row).replace("\"accountId\":10110,\"tokenId\":1", "\"tokenId\":1,\"accountId\":10110") + "]",
        "[" + QByteArray(row).replace("\"total\"", "\"tot\\u0061l\"") + "]",
        "[" + QByteArray(row).replace("\"total\"", "\"Total\"") + "]",
        "\xEF\xBB\xBF[" + row + "]", "{" + row + "}", "[[" + row + "]]",
    };
    return bodies;
}

} // namespace

class TestListBodyFastPath : public QObject
{
    Q_OBJECT

private slots:
    void fixturesTakeTheFastPath()
    {
        for (const Outcome &outcome : {compareTokens(readFixture("tokens-sample.json")),
                                      compareBalances(readFixture("balances-sample.json")),
                                      compareBalances(readFixture("balances-sample.json"), 20533)}) {
            VERIFY_SAME(outcome);
            QCOMPARE(outcome.path, Path::Fast);
        }
    }

    void generatedBodiesReadTheSame_data()
    {
        QTest::addColumn<bool>("ordinary");
        QTest::newRow("ordinary") << true;
        QTest::newRow("with what the fast path declines") << false;
    }

    void generatedBodiesReadTheSame()
    {
        QFETCH(bool, ordinary);
        int fast = 0;
        for (quint32 seed = 1; seed <= 300; ++seed) {
            BodyGenerator generator(seed, ordinary);
            const int rows = int(seed % 7 == 0 ? 0 : seed % 40);
            const Outcome tokens = compareTokens(generator.tokens(rows));
            const Outcome balances = compareBalances(generator.balances(rows, 10110), 10110);
            VERIFY_SAME(tokens);
            VERIFY_SAME(balances);
            if (ordinary) {
                QCOMPARE(tokens.path, Path::Fast);
                QCOMPARE(balances.path, Path::Fast);
            }
            fast += (tokens.path == Path::Fast) + (balances.path == Path::Fast);
        }
        // Both ways are exercised: bodies the fast path read and compared, and declined ones.
        if (!ordinary)
            QVERIFY2(fast > 50 && fast < 550, qPrintable(QString::number(fast)));
    }

    void troublesomeBodiesAreLeftToThePreciseParser()
    {
        for (const QByteArray &body : troublesomeTokenBodies()) {
            VERIFY_SAME(compareTokens(body));
            VERIFY_SAME(compareBalances(body));
        }
        for (const QByteArray &body : troublesomeBalanceBodies()) {
            VERIFY_SAME(compareBalances(body));
            VERIFY_SAME(compareBalances(body, 7));
            VERIFY_SAME(compareBalances(body, 8));
            VERIFY_SAME(compareTokens(body));
        }
    }

    void serviceShapedBodiesReadTheSame()
    {
        for (const QByteArray &body : nearlyServiceShapedBalanceBodies()) {
            VERIFY_SAME(compareBalances(body));
            VERIFY_SAME(compareBalances(body, 10110));
            VERIFY_SAME(compareBalances(body, 7));
        }
        // Many rows of the service's shape, amounts of every length up to 78 digits: read by the
        // fast path, row for row the precise parser's.
        QRandomGenerator random(12);
        QList<QByteArray> rows;
        for (int tokenId = 0; tokenId < 2000; ++tokenId) {
            // 1 to 77 digits (any of those is below 2^256).
            auto amount = [&] {
                QByteArray digits = QByteArray::number(1 + random.bounded(9));
                for (int i = random.bounded(77); i > 0; --i)
                    digits += char('0' + random.bounded(10));
                return QByteArray('"' + digits + '"');
            };
            rows += serviceRow("10110", QByteArray::number(tokenId), amount(), amount(), amount(), amount());
        }
        for (const QByteArray &body : {QByteArray("[" + rows.join(',') + "]"), QByteArray("[\n" + rows.join(",\n") + "\n]\n")}) {
            const Outcome outcome = compareBalances(body, 10110);
            VERIFY_SAME(outcome);
            QCOMPARE(outcome.path, Path::Fast);
        }
    }

    void theFastPathDeclinesWhatItCannotVouchFor_data()
    {
        QTest::addColumn<QByteArray>("body");
        // Valid for Qt and read by the precise parser, but not by the fast path: the key
        // comparison would have to unescape, and Qt's number rules differ from simdjson's.
        QTest::newRow("escaped key") << QByteArray(R"([{"tokenId":1,"symbol":"LRC","decimals":18,"n\u0061me":"x"}])");
        QTest::newRow("exponent") << QByteArray(R"([{"tokenId":1,"symbol":"LRC","decimals":18,"x":1e-400}])");
        QTest::newRow("integral fraction") << QByteArray(R"([{"tokenId":1.0,"symbol":"LRC","decimals":18}])");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[{\"tokenId\":1,\"symbol\":\"LRC\",\"decimals\":18}]");
        QTest::newRow("deep") << QByteArray("[{\"tokenId\":1,\"symbol\":\"LRC\",\"decimals\":18,\"x\":"
                                            + QByteArray(20, '[') + QByteArray(20, ']') + "}]");
        QTest::newRow("repeated key") << QByteArray(R"([{"tokenId":1,"symbol":"LRC","decimals":18,"x":{"y":1,"y":1}}])");
    }

    void theFastPathDeclinesWhatItCannotVouchFor()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!json::fastpath::parseTokens(body).has_value());
    }

    // simdjson may read past a body's end: into the body's own spare bytes when it has enough of
    // them, else into a padded copy. Whichever it is, and whatever the spare bytes hold, the rows
    // are the precise parser's. The bodies have room after them, room only before them (after a
    // remove() from the front, which capacity() still counts), and none.
    void bodiesAreReadTheSameWhateverFollowsThem()
    {
        const QByteArray tokens = readFixture("tokens-sample.json");
        // A space inside each row keeps the balances off the byte-level reader, on simdjson.
        const QByteArray balances = readFixture("balances-sample.json").replace("{\"accountId\"", "{ \"accountId\"");
        QVERIFY(balances.contains("{ \"accountId\""));
        // Spare room full of bytes that would change the parse if they were read as the body.
        const auto withGarbageAfter = [](const QByteArray &body) {
            QByteArray roomy;
            roomy.reserve(body.size() + 4096);
            roomy.append(body);
            roomy.append(QByteArray(2048, '"').append("]}[1,\\u"));
            roomy.truncate(body.size());
            return roomy;
        };
        // Plenty of capacity in all, but only 8 bytes of it after the end.
        const auto withRoomOnlyBefore = [](const QByteArray &body) {
            constexpr qsizetype Front = 4096;
            QByteArray shifted;
            shifted.reserve(Front + body.size() + 8);
            shifted.append(QByteArray(Front, ' ')).append(body);
            shifted.remove(0, Front);
            return shifted;
        };
        const auto tight = [](const QByteArray &body) { return QByteArray(body.constData(), body.size()); };
        for (const auto &variant : {std::function<QByteArray(const QByteArray &)>(withGarbageAfter),
                                    std::function<QByteArray(const QByteArray &)>(withRoomOnlyBefore),
                                    std::function<QByteArray(const QByteArray &)>(tight)}) {
            const QByteArray tokenBody = variant(tokens);
            const QByteArray balanceBody = variant(balances);
            QCOMPARE(tokenBody, tokens);
            QCOMPARE(balanceBody, balances);
            for (const Outcome &outcome : {compareTokens(tokenBody), compareBalances(balanceBody, 20533)}) {
                VERIFY_SAME(outcome);
                QCOMPARE(outcome.path, Path::Fast);
            }
        }
    }

    void publicParsersGiveThePreciseErrors()
    {
        // What callers see when the fast path declines: the precise parser's own message.
        const QByteArray body = R"([{"tokenId":1,"symbol":"LRC","decimals":18},{"tokenId":1,"symbol":"X","decimals":6}])";
        const Result<QList<TokenInfo>> tokens = json::parseTokens(body);
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().field, QStringLiteral("[1].tokenId"));
        QCOMPARE(tokens.error().message, json::precise::parseTokens(body).error().message);
    }
};

QTEST_GUILESS_MAIN(TestListBodyFastPath)
#include "test_listbodyfastpath.moc"
