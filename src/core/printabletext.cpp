// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "printabletext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::CommandLine)
};

constexpr char16_t Ellipsis = u'\u2026';

bool mustReplace(char32_t c)
{
    if (c < 0x20 || c == 0x7F)
        return true;  // C0 controls and DEL
    if (c >= 0x80 && c <= 0x9F)
        return true;  // C1 controls (U+009B is a complete CSI on many terminals)
    if (c >= 0x202A && c <= 0x202E)
        return true;  // LRE, RLE, PDF, LRO, RLO
    if (c >= 0x2066 && c <= 0x2069)
        return true;  // LRI, RLI, FSI, PDI
    switch (c) {
    case 0x200E:  // LEFT-TO-RIGHT MARK
    case 0x200F:  // RIGHT-TO-LEFT MARK
    case 0x061C:  // ARABIC LETTER MARK
    case 0x2028:  // LINE SEPARATOR
    case 0x2029:  // PARAGRAPH SEPARATOR
        return true;
    default:
        return false;
    }
}

// Walks the text one code point at a time; a lone surrogate is reported as itself so the caller
// replaces it like any other character that must not pass.
template <typename Visit>
void forEachCodePoint(QStringView text, Visit visit)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(unit, text.at(i + 1)), text.mid(i, 2), false);
            i += 2;
            continue;
        }
        visit(char32_t(unit.unicode()), text.mid(i, 1), unit.isSurrogate());
        ++i;
    }
}

// Printable ASCII (U+0020–U+007E) only: nothing in it needs replacing and each unit is a character.
bool isPrintableAscii(QStringView text)
{
    bool printable = true;
    for (const QChar c : text)
        printable &= c.unicode() - 0x20u < 0x5Fu;
    return printable;
}

} // namespace

QString printableText(QStringView text, qsizetype maxLength)
{
    // Most outside text (every symbol and name of a token list) is short printable ASCII: copied
    // as it is, rather than character by character below.
    if (!text.isEmpty() && (maxLength < 0 || text.size() <= maxLength) && isPrintableAscii(text))
        return text.toString();

    QString out;
    out.reserve(maxLength >= 0 ? qMin(text.size(), maxLength + 1) : text.size());
    qsizetype codePoints = 0;
    bool cut = false;
    forEachCodePoint(text, [&](char32_t c, QStringView units, bool loneSurrogate) {
        if (cut)
            return;
        if (maxLength >= 0 && codePoints == maxLength) {
            cut = true;
            return;
        }
        if (loneSurrogate || mustReplace(c))
            out.append(QChar(printable::Replacement));
        else
            out.append(units);
        ++codePoints;
    });
    if (cut && maxLength > 0) {
        // Make room for the ellipsis by dropping the last code point kept.
        const qsizetype last = out.size() - 1;
        out.chop(last > 0 && out.at(last).isLowSurrogate() && out.at(last - 1).isHighSurrogate() ? 2 : 1);
        out.append(QChar(Ellipsis));
    }
    return out;
}

bool isPrintableText(QStringView text)
{
    bool printable = true;
    forEachCodePoint(text, [&](char32_t c, QStringView, bool loneSurrogate) {
        if (loneSurrogate || mustReplace(c))
            printable = false;
    });
    return printable;
}

QString visibleCharacter(QStringView text, qsizetype index)
{
    const QChar c = text[index];
    if (c.isHighSurrogate() && index + 1 < text.size() && text[index + 1].isLowSurrogate())
        return text.mid(index, 2).toString();
    if (!c.isPrint() || c.isSpace())
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return QString(c);
}

qsizetype characterPosition(QStringView text, qsizetype index)
{
    qsizetype position = 1;
    for (qsizetype i = 0; i < index; ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++position;
    }
    return position;
}

QString printableLines(QStringView text)
{
    QStringList lines;
    for (QStringView line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        lines.append(printableText(line, printable::Unlimited));
    }
    return lines.join(QLatin1Char('\n'));
}

QString commandLineError(const QCommandLineParser &parser)
{
    // QCommandLineParser quotes unknown option names as typed; say it ourselves with the name
    // echoed like any other value. Its other complaints name options the program defined.
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return printableText(parser.errorText());
    const QString name = unknown.constFirst();
    const QString dashes = name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--");
    return Text::tr("unknown option '%1'")
        .arg(printableEcho(QString(dashes + name)));
}

QByteArray escapeUnprintableInJson(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size() + 16);
    forEachCodePoint(text, [&](char32_t c, QStringView units, bool loneSurrogate) {
        const bool jsonWhitespace = c == u'\t' || c == u'\n' || c == u'\r';
        if (!loneSurrogate && (jsonWhitespace || !mustReplace(c))) {
            out.append(units);
            return;
        }
        for (const QChar unit : units)
            out += QStringLiteral("\\u%1").arg(unit.unicode(), 4, 16, QLatin1Char('0'));
    });
    return out.toUtf8();
}

} // namespace loopview
