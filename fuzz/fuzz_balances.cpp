// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The balances parser takes whatever the network hands it. It must either return rows whose
// amounts are well-formed, or a Malformed error with a message; never crash or hang.
#include "core/loopringjson.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto balances = loopview::json::parseBalances(body);
    if (!balances) {
        if (balances.error().kind != loopview::ErrorKind::Malformed || balances.error().message.isEmpty())
            std::abort();
    } else {
        for (const auto &balance : balances.value())
            (void)balance.available().toDecimalString(18);
    }
    (void)loopview::json::parseTokens(body);
    (void)loopview::json::parseServiceError(body);
    return 0;
}
