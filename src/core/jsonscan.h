// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QLatin1String>
#include <QString>
#include <optional>

// Two facts about a JSON text that QJsonDocument does not keep, read by one small scanner over the
// raw bytes. Both take text QJsonDocument already accepted: they are second, lightweight passes
// over valid JSON, not validators. Paths use the parsers' notation: "[2].pending.deposit",
// "resultInfo.code", "prices[3].price".
namespace loopview::json {

// Where a JSON text repeats a key inside one object ({"total":"1","total":"9"}). QJsonDocument
// silently keeps one of the two values, so which amount Loopview showed would be an accident of
// the parser; a response that says two things about one field is refused instead.
//
// Keys are compared after unescaping ("a" and "\u0061" are the same key). Returns the path of the
// first repeated key, or nullopt when every object's keys are distinct.
std::optional<QString> firstRepeatedKey(QByteArrayView json);

// The exact text of every number that is the value of a member named `member` (in any object, at
// any depth), keyed by the member's path: {"prices":[{"price":3000.10}]} with member "price" gives
// {"prices[0].price": "3000.10"}. QJsonDocument turns numbers into doubles, which cannot hold
// 3000.10 or 0.000000000000000001 exactly; a parser that must keep a decimal as sent looks its
// text up here by the path of the value it is reading. Numbers inside an array that is the
// member's value are not the member's value and are not listed. Keys are matched unescaped.
QHash<QString, QByteArray> numberLiterals(QByteArrayView json, QLatin1String member);

} // namespace loopview::json
