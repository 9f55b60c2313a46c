// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "keystore.h"

#include <memory>

namespace loopview {

// The system keyring through QtKeychain (Secret Service, KWallet, …), without a timeout or a
// fallback: KeychainKeyStore adds both. Its errors are classified so that KeychainKeyStore can tell
// "no keyring here" (Unavailable: fall back to memory) from a refusal (Failed: tell the user).
//
// Only the code in the library loopview_secrets_qtkeychain links QtKeychain (and with it QtDBus,
// libdbus, libsystemd, libgcrypt). The window links it directly; loopview-cli reaches it through
// the plugin in qtkeychainplugin.h, so that a command that never touches the keyring does not map
// those libraries.
std::unique_ptr<KeyStore> createQtKeychainBackend();

} // namespace loopview
