// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

class QCommandLineParser;

namespace loopview {

// The one gate for text that came from outside Loopview (service messages, HTTP reason phrases,
// token symbols and names, bookmark fields from a file, echoed argument values) on its way to a
// terminal, a table cell, a tooltip or a message. Such text may carry terminal escapes
// (ESC ] 0;… BEL retitles a terminal, ESC [ recolours it, U+009B is a one-character CSI) or
// bidirectional overrides that make "U+202E CRL" render as "LRC" and impersonate another token.
//
// printableText() replaces, each with one visible U+FFFD so the user can see that something
// was removed:
//  - C0 controls U+0000–U+001F (tab and newline too: a message is one line) and DEL U+007F,
//  - C1 controls U+0080–U+009F,
//  - bidi embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069, and the invisible
//    direction marks U+200E, U+200F, U+061C,
//  - line and paragraph separators U+2028, U+2029,
//  - lone UTF-16 surrogates (a JSON "\ud800" escape), which are no character at all.
// It then caps the length: text longer than maxLength characters (code points) is cut to
// maxLength − 1 and ends with "…". A cut never splits a surrogate pair.
namespace printable {
// Service messages, reason phrases, file contents quoted in a message.
inline constexpr qsizetype MessageLength = 300;
// A value from the command line or a field echoed back inside an error message.
inline constexpr qsizetype EchoLength = 80;
// No cap: table cells whose width the view handles (the text is still neutralised).
inline constexpr qsizetype Unlimited = -1;
// What replaces each removed character.
inline constexpr char16_t Replacement = u'\uFFFD';
} // namespace printable

QString printableText(QStringView text, qsizetype maxLength = printable::MessageLength);

// A value someone typed or a file held (an argument, a form field, a bookmark field) quoted back
// inside a message: printable, and cut at printable::EchoLength.
inline QString printableEcho(QStringView text)
{
    return printableText(text, printable::EchoLength);
}

// Multi-line text (a bookmark's note) for a place that shows lines (a tooltip, a text box): each
// line through printableText() without a cap, the line breaks kept ("\r\n" and "\n" become "\n").
QString printableLines(QStringView text);

// QCommandLineParser's complaint after a failed parse(), in one line: the option names it would
// quote from the command line as typed are echoed like every value (printableEcho()). For the
// CLI and for the desktop app's own options.
QString commandLineError(const QCommandLineParser &parser);

// True when printableText() would change nothing but the length cap: no character needs replacing.
bool isPrintableText(QStringView text);

// For a parser's message that names the one character it refused ("contains 'g' at position 12"):
// the code point at text[index] as people can read it back, itself when visible (a surrogate pair
// is one character, so an emoji reads as itself), else "U+XXXX": controls, spaces, format
// characters such as bidi overrides, lone surrogates. Such a message never carries the character
// that could steer a terminal, and an invisible one is still named.
QString visibleCharacter(QStringView text, qsizetype index);
// The 1-based position of text[index] counted in characters as people see them (a surrogate pair
// counts once), for the same messages.
qsizetype characterPosition(QStringView text, qsizetype index);

// For JSON, which can say every character exactly: UTF-8 JSON text in which each character that
// printableText() would replace is written as a \uXXXX escape instead (one per UTF-16 unit). A JSON
// reader gets exactly the same strings; a terminal gets only characters that cannot steer it.
// `json` must be JSON text as a writer produces it: such characters can then occur only inside
// strings (JSON's own whitespace, tab, LF and CR, is left alone).
QByteArray escapeUnprintableInJson(const QByteArray &json);

} // namespace loopview
