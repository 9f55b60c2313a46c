#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace loopview::json {

// Where a JSON text repeats a key inside one object ({"total":"1","total":"9"}). QJsonDocument
// silently keeps one of the two values, so which amount Loopview showed would be an accident of
// the parser; a response that says two things about one field is refused instead.
//
// `json` must be text QJsonDocument already accepted: this is a second, lightweight pass over
// valid JSON, not a validator. Keys are compared after unescaping ("a" and "\u0061" are the same
// key). Returns the path of the first repeated key in the parsers' notation
// ("[2].pending.deposit", "resultInfo.code"), or nullopt when every object's keys are distinct.
std::optional<QString> firstRepeatedKey(QByteArrayView json);

} // namespace loopview::json
