// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "fiatvalue.h"

namespace loopview {

std::optional<Decimal> fiatValue(const Amount &amount, int decimals, const Decimal &price, int scale)
{
    Q_ASSERT(decimals >= 0 && decimals <= Amount::MaxDecimals);
    return Decimal::multiply(Decimal(amount, decimals), price, scale);
}

void FiatTotal::add(const Decimal &value)
{
    ++m_pricedCount;
    if (m_overflowed)
        return;
    if (const std::optional<Decimal> sum = m_value.checkedAdd(value))
        m_value = *sum;
    else
        m_overflowed = true;
}

} // namespace loopview
