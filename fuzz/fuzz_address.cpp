// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Whatever the input, Address::parse never crashes, and an accepted address is stable under its
// own checksummed and lower-case forms.
#include "core/address.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString reason;
    const auto address = loopview::Address::parse(text, &reason);
    if (!address)
        return reason.isEmpty() ? (std::abort(), 0) : 0;
    const auto checksummed = loopview::Address::parse(address->toChecksummed());
    const auto lower = loopview::Address::parse(address->toLower());
    if (!checksummed || !lower || !(*checksummed == *address) || !(*lower == *address))
        std::abort();
    return 0;
}
