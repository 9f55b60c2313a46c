// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "networkcombo.h"

#include <QComboBox>

namespace loopview::networkcombo {

void fill(QComboBox *combo, const QString &customLabel, const QString &customToolTip)
{
    combo->clear();
    for (const Network network : AllNetworks) {
        const bool custom = network == Network::Custom;
        combo->addItem(custom ? customLabel : networkLabel(network), int(network));
        combo->setItemData(combo->count() - 1,
                           custom ? customToolTip : defaultBaseUrl(network).toDisplayString(), Qt::ToolTipRole);
    }
}

Network selected(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? Network(data.toInt()) : Network::Mainnet;
}

void select(QComboBox *combo, Network network)
{
    combo->setCurrentIndex(combo->findData(int(network)));
}

} // namespace loopview::networkcombo
