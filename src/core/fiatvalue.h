// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "amount.h"
#include "decimal.h"

#include <optional>

// What a token amount is worth in a fiat currency: total × price, exact, in decimal.
namespace loopview {

// Fiat values are rounded to cents: "1234.50" in machine formats (the CSV's value_usd column), with
// both decimals always written. A person's view groups the same text by locale (the GUI's
// amountdisplay::groupMachineText()); machine formats never group.
inline constexpr int FiatValueScale = 2;

// `amount` base units of a token with `decimals` (0 … 77) × `price`, rounded half away from zero
// to `scale` decimals. Nothing passes through floating point, and the one rounding happens after
// the exact product. nullopt when the value exceeds 2^256−1 units of 10^−scale: that is bad data (no
// real supply is near it), and a caller shows it as such rather than a wrapped number.
std::optional<Decimal> fiatValue(const Amount &amount, int decimals, const Decimal &price,
                                 int scale = FiatValueScale);

// The total value of a list of tokens in one currency (values of different currencies are never
// added). Tokens without a price are left out and counted, so a view can say "excl. 2 tokens
// without a price"; an overflow is remembered instead of wrapping.
class FiatTotal
{
public:
    void add(const Decimal &value);
    // A value that could not be computed (fiatValue() overflowed) spoils the total as an overflow
    // of the sum would.
    void addOverflowed() { m_overflowed = true; }
    void addUnpriced() { ++m_unpricedCount; }

    const Decimal &value() const { return m_value; }  // meaningless once overflowed()
    bool overflowed() const { return m_overflowed; }
    int unpricedCount() const { return m_unpricedCount; }
    int pricedCount() const { return m_pricedCount; }

private:
    Decimal m_value{Amount(), FiatValueScale};
    bool m_overflowed = false;
    int m_unpricedCount = 0;
    int m_pricedCount = 0;
};

} // namespace loopview
