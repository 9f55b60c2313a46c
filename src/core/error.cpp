// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "error.h"

#include <QList>

namespace loopview {

namespace {

// One UTF-16 unit in, one out, so positions in the folded text are positions in the original.
QChar folded(QChar c)
{
    return c.toCaseFolded();
}

} // namespace

QString redactSecret(QString text, const QString &secret, const QString &replacement)
{
    const qsizetype keyLength = secret.size();
    if (keyLength < secretscrub::MinSecretLength || text.isEmpty())
        return text;
    const qsizetype minRun = qMin(keyLength, secretscrub::MinRedactedRun);

    // Longest common substring, case-insensitive: run[j] is the length of the match of the text
    // ending at position i against the key ending at j; longest[i] the best over all j.
    // O(text × key), and both are short (a message, a 64-character key).
    QList<qsizetype> run(keyLength + 1, 0);
    QList<qsizetype> longest(text.size(), 0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = folded(text.at(i));
        for (qsizetype j = keyLength; j > 0; --j) {
            run[j] = c == folded(secret.at(j - 1)) ? run[j - 1] + 1 : 0;
            longest[i] = qMax(longest[i], run[j]);
        }
    }
    // A match of minRun or more ending at i hides the `longest[i]` characters up to i.
    QList<bool> hidden(text.size(), false);
    qsizetype stillHidden = 0;
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (longest[i] >= minRun)
            stillHidden = qMax(stillHidden, longest[i]);
        hidden[i] = stillHidden > 0;
        if (stillHidden > 0)
            --stillHidden;
    }

    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (!hidden[i]) {
            out.append(text.at(i++));
            continue;
        }
        out.append(replacement);
        while (i < text.size() && hidden[i])
            ++i;
    }
    return out;
}

} // namespace loopview
