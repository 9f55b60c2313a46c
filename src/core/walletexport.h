// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "address.h"
#include "bookmark.h"
#include "error.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace loopview {

// What Loopview takes from the Loopring wallet's "Export Account" file: the owner address, the
// account id and the API key. The file also carries the account's L2 private key; it is never
// copied out of the parser (there is deliberately no field for it), never shown and never logged.
struct WalletExport {
    enum class Shape {
        Current, // address, accountId, apiKey, publicX, publicY, privateKey, level, nonce
        Legacy,  // accountAddress, publicKeyX, publicKeyY, exchangeName, exchangeAddress, chainId, …
    };

    Shape shape = Shape::Current;
    std::optional<Address> address;
    std::optional<qint64> accountId;
    QString apiKey;                  // empty when the export has none (older exports)
    std::optional<int> chainId;      // legacy exports only: 1 = mainnet, 5 = Goerli test
    bool containedPrivateKey = false; // so the UI can say it was ignored

    bool hasApiKey() const { return !apiKey.isEmpty(); }

    // The network the export belongs to when the file says so (legacy chainId), else nullopt.
    std::optional<Network> networkHint() const;

    // A bookmark for this account (no key: keys go to the keyring, never into bookmarks).
    // An empty label becomes "Wallet 0x1234…abcd".
    Bookmark toBookmark(const QString &label, Network network, const QUrl &customBaseUrl = {}) const;
};

// Parses an export file's bytes. Input error when the JSON is not a wallet export at all,
// Malformed naming the field when a needed field is wrong. Private key material is never part of
// the result or of any error message.
Result<WalletExport> parseWalletExport(const QByteArray &json);

// Reads and parses a file, then overwrites the raw bytes in memory so the private key does not
// linger in a buffer after the parse.
Result<WalletExport> readWalletExportFile(const QString &path);

// True when the bytes look like a wallet export (either shape) rather than a bookmarks file.
bool looksLikeWalletExport(const QByteArray &json);

} // namespace loopview
