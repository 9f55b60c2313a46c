// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/service.h"

#include <QString>

class QComboBox;

// A QComboBox offering the networks of core's list (AllNetworks): the window's form and the
// bookmark dialog fill theirs here, so both offer the same networks, named and ordered the same.
namespace loopview::networkcombo {

// Fills `combo` with one item per network: its label (networkLabel(); `customLabel` instead for
// Custom, since each form says what it wants there, e.g. "Custom URL…"), the Network as item data
// and, as tooltip, the published base URL (`customToolTip` for Custom).
void fill(QComboBox *combo, const QString &customLabel, const QString &customToolTip = {});

// The network of the current item (Mainnet when the combo is empty).
Network selected(const QComboBox *combo);
// Makes `network`'s item current.
void select(QComboBox *combo, Network network);

} // namespace loopview::networkcombo
