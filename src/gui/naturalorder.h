// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QStringView>

namespace loopview::naturalorder {

// Orders text the way people count: runs of ASCII digits compare by value ("T2" < "T10" < "T100"),
// every other UTF-16 unit on its own, case-insensitively or not. Only ASCII digits: a symbol's
// other digits are letters here. Text equal by value ("T02" and "T2") is ordered by its plain
// units, so the order is total. <0, 0, >0.
//
// On text that is already case-folded (QString::toCaseFolded()), Qt::CaseSensitive gives the same
// order as Qt::CaseInsensitive without folding a unit per comparison: folding a folded unit
// changes nothing (test_naturalorder checks every unit).
int compare(QStringView a, QStringView b, Qt::CaseSensitivity sensitivity);

} // namespace loopview::naturalorder
