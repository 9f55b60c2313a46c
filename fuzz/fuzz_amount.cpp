// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Every string either parses to an Amount whose decimal form reads back to the same value, or is
// rejected with a reason; nothing in between, and never a crash.
#include "core/amount.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString reason;
    const auto amount = loopview::Amount::parse(text, &reason);
    if (!amount) {
        if (reason.isEmpty())
            std::abort();  // a rejection must always say why
        return 0;
    }
    const auto again = loopview::Amount::parse(amount->toString());
    if (!again || *again != *amount)
        std::abort();
    for (int decimals : {0, 6, 18, 77}) {
        const auto scaled = loopview::Amount::parseScaled(amount->toDecimalString(decimals), decimals);
        if (!scaled || *scaled != *amount)
            std::abort();
    }
    return 0;
}
