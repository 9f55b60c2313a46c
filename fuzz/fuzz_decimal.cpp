// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Every string either parses to a Decimal whose machine form reads back as the same value and the
// same text, or is rejected with a reason; nothing in between, and never a crash.
#include "core/decimal.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString reason;
    const auto decimal = loopview::Decimal::parse(text, &reason);
    if (!decimal) {
        if (reason.isEmpty())
            std::abort();  // a rejection must always say why
        return 0;
    }
    if (decimal->scale() > loopview::Decimal::MaxParsedScale)
        std::abort();
    const QString machine = decimal->toString();
    const auto again = loopview::Decimal::parse(machine);
    if (!again || again->toString() != machine || again->compare(*decimal) != 0)
        std::abort();
    // A plain decimal without leading zeros is kept character for character.
    const bool plain = !text.contains(QLatin1Char('e')) && !text.contains(QLatin1Char('E'))
        && !(text.size() > 1 && text.startsWith(QLatin1Char('0')) && text.at(1) != QLatin1Char('.'));
    if (plain && machine != text)
        std::abort();
    return 0;
}
