// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <functional>

// The layouts every list Loopview prints shares (balances, NFTs, …): a JSON array of objects whose
// keys keep the CSV column order, and an aligned text table for a terminal. The CSV counterpart is
// writeCsvRows() in core/csvwriter.h. Each list's own module decides its columns and values; these
// only lay them out, so every list prints the same way.
namespace loopview {

// A JSON string literal ("a\"b"), escaping what JSON requires.
QString jsonStringLiteral(QStringView text);

// [
//   {
//     "key": value,
//     …
//   },
//   …
// ]
// `jsonValue(row, column)` gives the value of a row for keys[column] as JSON text (a number, a
// jsonStringLiteral(), null). Written by hand rather than through QJsonObject, which would sort the
// keys. An empty list is "[]\n". UTF-8 with a trailing newline; every character printableText()
// would replace is written as a \uXXXX escape (escapeUnprintableInJson()), so a reader gets the
// exact strings and a terminal nothing it would act on.
QByteArray jsonObjectArray(const QStringList &keys, qsizetype rowCount,
                           const std::function<QString(qsizetype row, qsizetype column)> &jsonValue);

enum class TextAlignment { Left, Right };

// Columns padded to their widest cell, two spaces apart, "\n" after each row; `rows` starts with
// the header. Numbers read best right-aligned, words left-aligned; a left-aligned last column is
// not padded, so no line ends in spaces. The cells must be printable already: this only pads.
QString alignedTextTable(const QList<QStringList> &rows, const QList<TextAlignment> &alignments);

} // namespace loopview
