// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/tabulartext.h"

#include "core/printabletext.h"

#include <algorithm>

namespace loopview {

QString jsonStringLiteral(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20) {
                out += QLatin1String("\\u") + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    out += QLatin1Char('"');
    return out;
}

QByteArray jsonObjectArray(const QStringList &keys, qsizetype rowCount,
                           const std::function<QString(qsizetype row, qsizetype column)> &jsonValue)
{
    if (rowCount == 0)
        return QByteArrayLiteral("[]\n");

    QStringList keyLiterals;
    keyLiterals.reserve(keys.size());
    for (const QString &key : keys)
        keyLiterals.append(jsonStringLiteral(key) + QLatin1String(": "));

    QString out = QStringLiteral("[\n");
    for (qsizetype r = 0; r < rowCount; ++r) {
        out += QLatin1String("  {");
        for (qsizetype c = 0; c < keys.size(); ++c) {
            out += QLatin1String(c == 0 ? "\n    " : ",\n    ");
            out += keyLiterals.at(c) + jsonValue(r, c);
        }
        out += QLatin1String(keys.isEmpty() ? "}" : "\n  }");
        out += QLatin1String(r + 1 < rowCount ? ",\n" : "\n");
    }
    out += QLatin1String("]\n");
    return escapeUnprintableInJson(out.toUtf8());
}

QString alignedTextTable(const QList<QStringList> &rows, const QList<TextAlignment> &alignments)
{
    const qsizetype columnCount = alignments.size();
    QList<qsizetype> widths(columnCount, 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < columnCount && c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }

    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < columnCount; ++c) {
            const QString cell = row.value(c);
            if (c > 0)
                line += QLatin1String("  ");
            if (alignments.at(c) == TextAlignment::Right)
                line += cell.rightJustified(widths[c]);
            else
                line += c + 1 < columnCount ? cell.leftJustified(widths[c]) : cell;
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace loopview
