// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// printableText() is the gate for outside text on its way to a terminal or a cell. Whatever comes
// in (UTF-8 or raw UTF-16 with lone surrogates), what comes out must be printable, within the
// length cap, a faithful prefix of the uncapped result, and unchanged when it already was fine.
// escapeUnprintableInJson() must leave JSON that reads back to the same strings, with nothing
// unprintable left raw.
#include "core/printabletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // First byte: how to read the rest (UTF-8, or UTF-16 units that may be lone surrogates);
    // second byte: the length cap (255 = unlimited).
    const bool utf16 = data[0] & 1;
    const qsizetype maxLength = data[1] == 255 ? loopview::printable::Unlimited : qsizetype(data[1]);
    const char *bytes = reinterpret_cast<const char *>(data + 2);
    const size_t length = size - 2;
    QString text;
    if (utf16) {
        text.resize(qsizetype(length / 2));
        std::memcpy(text.data(), bytes, (length / 2) * 2);
    } else {
        text = QString::fromUtf8(bytes, qsizetype(length));
    }

    const QString full = loopview::printableText(text, loopview::printable::Unlimited);
    check(loopview::isPrintableText(full));
    check(!hasLoneSurrogate(full));
    check(codePoints(full) == codePoints(text));       // one replacement per character removed
    check(loopview::printableText(full, loopview::printable::Unlimited) == full);  // idempotent
    check((full == text) == loopview::isPrintableText(text));

    const QString capped = loopview::printableText(text, maxLength);
    check(loopview::isPrintableText(capped));
    if (maxLength < 0 || codePoints(full) <= maxLength) {
        check(capped == full);
    } else {
        check(codePoints(capped) == maxLength);
        if (maxLength > 0) {
            check(capped.endsWith(QChar(0x2026)));
            check(full.startsWith(capped.chopped(1)));
        }
    }

    const QByteArray json = QJsonDocument(QJsonArray{text, capped}).toJson(QJsonDocument::Compact);
    const QByteArray escaped = loopview::escapeUnprintableInJson(json);
    check(loopview::isPrintableText(QString::fromUtf8(escaped)));  // compact: no layout whitespace
    check(QJsonDocument::fromJson(escaped).array() == QJsonDocument::fromJson(json).array());
    return 0;
}
