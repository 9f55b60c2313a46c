// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "keyringbackendplugin.h"

#include <QObject>

namespace loopview {

// The QtKeychain backend as a plugin (libloopview-keyring.so in LOOPVIEW_KEYRING_PLUGIN_DIR). The
// plugin, not loopview-cli, links QtKeychain, QtDBus, libdbus, libsystemd and libgcrypt: about a
// megabyte a CLI run would otherwise map for nothing when the key comes from LOOPVIEW_API_KEY.
class QtKeychainPlugin : public QObject, public KeyringBackendPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LoopviewKeyringBackendPlugin_iid)
    Q_INTERFACES(loopview::KeyringBackendPlugin)
public:
    std::unique_ptr<KeyStore> createBackend() override;
};

} // namespace loopview
