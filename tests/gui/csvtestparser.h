// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

// A strict RFC 4180 reader for the export tests: what a spreadsheet or Python's csv module would
// read back from our files. Strict on purpose: a bare LF, a quote inside an unquoted field, text
// after a closing quote or a missing final CRLF is a failure, not something to guess about.

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace loopview::csvtest {

inline std::optional<QList<QStringList>> parse(const QString &text, QChar delimiter = QLatin1Char(','))
{
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    QList<QStringList> rows;
    QStringList row;
    QString field;
    State state = State::FieldStart;

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lineEnd = c == QLatin1Char('\r');
        if (lineEnd && state != State::Quoted) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return std::nullopt;  // CR without LF
            ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            state = State::FieldStart;
            continue;
        }
        switch (state) {
        case State::FieldStart:
            if (c == QLatin1Char('"')) {
                state = State::Quoted;
            } else if (c == delimiter) {
                row.append(field);
                field.clear();
            } else if (c == QLatin1Char('\n')) {
                return std::nullopt;  // bare LF
            } else {
                field += c;
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == delimiter) {
                row.append(field);
                field.clear();
                state = State::FieldStart;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\n')) {
                return std::nullopt;
            } else {
                field += c;
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"'))
                state = State::AfterQuote;
            else
                field += c;
            break;
        case State::AfterQuote:
            if (c == QLatin1Char('"')) {
                field += c;
                state = State::Quoted;
            } else if (c == delimiter) {
                row.append(field);
                field.clear();
                state = State::FieldStart;
            } else {
                return std::nullopt;  // text after a closing quote
            }
            break;
        }
    }
    // Every record, the last one included, ends with CRLF.
    if (state != State::FieldStart || !field.isEmpty() || !row.isEmpty())
        return std::nullopt;
    return rows;
}

} // namespace loopview::csvtest
