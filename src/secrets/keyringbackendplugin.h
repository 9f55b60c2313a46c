// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "keystore.h"

#include <QtPlugin>
#include <memory>

namespace loopview {

// What a keyring plugin offers: new backends for KeychainKeyStore. loopview-cli finds the one
// plugin that implements it with KeyringPluginLoader, only when a command reads or writes a key.
class KeyringBackendPlugin
{
public:
    virtual ~KeyringBackendPlugin() = default;

    // A backend of its own for each caller, without a timeout (KeychainKeyStore adds one).
    virtual std::unique_ptr<KeyStore> createBackend() = 0;
};

} // namespace loopview

// The number changes with any change to the interface above or to KeyStore, so that a plugin left
// from another build is refused instead of being called through the wrong layout.
#define LoopviewKeyringBackendPlugin_iid "io.loopview.Loopview.KeyringBackendPlugin/1"
Q_DECLARE_INTERFACE(loopview::KeyringBackendPlugin, LoopviewKeyringBackendPlugin_iid)
