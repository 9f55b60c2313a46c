// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// A wallet export is a file from elsewhere that holds a private key. The parser must return an
// account that makes a usable bookmark, or an Input/Malformed error with a message, and never let
// the private key into an error message; never crash, never undefined behaviour.
#include "core/walletexport.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool looksLikeOne = loopview::looksLikeWalletExport(bytes);
    const auto parsed = loopview::parseWalletExport(bytes);
    if (!parsed) {
        const loopview::Error &error = parsed.error();
        if (error.message.isEmpty()
            || (error.kind != loopview::ErrorKind::Input && error.kind != loopview::ErrorKind::Malformed))
            std::abort();
        // Whatever the file called its private key must not be quoted back.
        const QString privateKey = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("privateKey")).toString();
        if (privateKey.size() >= 8 && error.message.contains(privateKey))
            std::abort();
        return 0;
    }
    if (!looksLikeOne || !parsed->address)
        std::abort();  // accepted means it was recognised, and the address is what recognised it
    (void)parsed->networkHint();
    const loopview::Bookmark bookmark = parsed->toBookmark(QString(), loopview::Network::Mainnet);
    if (bookmark.label.isEmpty() || bookmark.account.isEmpty() || bookmark.validate().has_value())
        std::abort();
    return 0;
}
