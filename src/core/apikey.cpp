// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "apikey.h"

#include <QCoreApplication>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it: a plain tr()
// helper function would be filed under the namespace, where no translation is ever looked up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::ApiKey)
};

// What is wrong with one character of a key, or an empty string when it may be part of one.
QString problemWith(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\r' || u == u'\n')
        return Text::tr("a line break");
    if (u == u' ' || u == u'\t' || c.isSpace())
        return Text::tr("a space");
    if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f))
        return Text::tr("a control character");
    if (u > 0x7e)
        return Text::tr("a character that is not printable ASCII");
    return QString();
}

} // namespace

Result<QString> validateApiKey(QStringView key, const QString &origin)
{
    const QStringView trimmed = key.trimmed();
    const QString subject = origin.isEmpty()
        ? Text::tr("The API key")
        //: %1 is where the key came from, e.g. "LOOPVIEW_API_KEY" or "the API key file /home/me/key"
        : Text::tr("The API key from %1").arg(origin);
    if (trimmed.isEmpty())
        return Error::input(Text::tr("%1 is empty").arg(subject));
    if (trimmed.size() > MaxApiKeyLength) {
        return Error::input(Text::tr("%1 is too long to be an API key (%2 characters; at most %3)")
                                .arg(subject)
                                .arg(trimmed.size())
                                .arg(MaxApiKeyLength));
    }
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QString problem = problemWith(trimmed.at(i));
        if (!problem.isEmpty()) {
            //: %1 the key's origin, %2 e.g. "a line break", %3 a position counted from 1
            return Error::input(Text::tr("%1 contains %2 at position %3; an API key is printable ASCII "
                                   "without spaces")
                                    .arg(subject, problem)
                                    .arg(i + 1));
        }
    }
    return trimmed.toString();
}

} // namespace loopview
