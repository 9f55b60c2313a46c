// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"
#include "secrets/keychainkeystore.h"

#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace loopview::cli {

// How the CLI reaches the keyring: a KeychainKeyStore whose every call ends within `timeout` (the
// command's --timeout), with TimedOut if the keyring stays silent, or an Io error when there is no
// keyring code to run (its plugin is missing or broken). Tests give it a backend that stalls or
// refuses on purpose. Commands call it only when they read or write a key.
using KeyringFactory =
    std::function<Result<std::unique_ptr<KeychainKeyStore>>(std::chrono::milliseconds timeout)>;
// The system keyring through QtKeychain, from the keyring plugin (KeyringPluginLoader) in its
// installed place, or in `pluginDirectory`. The plugin is loaded by the first call, not before.
KeyringFactory systemKeyring();
KeyringFactory systemKeyring(const QString &pluginDirectory);

// The keyring calls the CLI makes, each waiting (on a local event loop) for its one answer. Keys
// are stored per bookmark id.
namespace keyring {

// A key read is registered with Console as the secret to mask.
KeyResult readKey(KeychainKeyStore &keys, const QString &bookmarkId);
KeyResult deleteKey(KeychainKeyStore &keys, const QString &bookmarkId);
// Writes the key. A refusal, a keyring that does not answer, or one that keeps keys only in memory
// (gone when this process exits) is an Io error: the caller changes nothing then.
std::optional<Error> storeKey(KeychainKeyStore &keys, const QString &bookmarkId, const QString &key);

} // namespace keyring

} // namespace loopview::cli
