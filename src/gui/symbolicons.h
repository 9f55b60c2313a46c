// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QIcon>

// Small symbolic icons drawn with QPainter at whatever size and device pixel ratio they are asked
// for, in colours taken from the application palette at paint time: crisp on high-DPI screens,
// right on dark themes, and independent of which icon theme (if any) the desktop has.
namespace loopview::symbolicons {

enum class Symbol {
    Eye,          // show the hidden text
    EyeCrossed,   // hide it again
    Information,
    Positive,
    Warning,
    Error,
    Close,
    Refresh,
};

QIcon icon(Symbol symbol);

} // namespace loopview::symbolicons
