// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "naturalorder.h"

namespace loopview::naturalorder {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// One unit against another, alone (a surrogate is not paired with its neighbour).
int compareUnits(QChar a, QChar b, Qt::CaseSensitivity sensitivity)
{
    if (sensitivity == Qt::CaseInsensitive)
        return QStringView(&a, 1).compare(QStringView(&b, 1), Qt::CaseInsensitive);
    return a == b ? 0 : (a < b ? -1 : 1);
}

} // namespace

int compare(QStringView a, QStringView b, Qt::CaseSensitivity sensitivity)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (isAsciiDigit(a.at(i)) && isAsciiDigit(b.at(j))) {
            qsizetype aEnd = i;
            qsizetype bEnd = j;
            while (aEnd < a.size() && isAsciiDigit(a.at(aEnd)))
                ++aEnd;
            while (bEnd < b.size() && isAsciiDigit(b.at(bEnd)))
                ++bEnd;
            // Compare by value without converting: leading zeros off, then length, then digits.
            QStringView aDigits = a.sliced(i, aEnd - i);
            QStringView bDigits = b.sliced(j, bEnd - j);
            while (aDigits.size() > 1 && aDigits.front() == QLatin1Char('0'))
                aDigits = aDigits.sliced(1);
            while (bDigits.size() > 1 && bDigits.front() == QLatin1Char('0'))
                bDigits = bDigits.sliced(1);
            if (aDigits.size() != bDigits.size())
                return aDigits.size() < bDigits.size() ? -1 : 1;
            if (const int c = aDigits.compare(bDigits); c != 0)
                return c;
            i = aEnd;
            j = bEnd;
            continue;
        }
        if (const int c = compareUnits(a.at(i), b.at(j), sensitivity); c != 0)
            return c;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return a.compare(b);
}

} // namespace loopview::naturalorder
