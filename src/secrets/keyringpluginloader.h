// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "keystore.h"

#include <QString>
#include <memory>

namespace loopview {

// Loads the keyring plugin (keyringbackendplugin.h) and makes backends with it. The plugin stays
// loaded until the process ends: the backends it made run its code.
class KeyringPluginLoader
{
public:
    // Where the plugin is: LOOPVIEW_KEYRING_PLUGIN_DIR (lib/<multiarch>/loopview) beside the
    // <bindir> of the running executable, the same relative place in the build tree (build/bin,
    // build/lib/x86_64-linux-gnu/loopview) and in an installed package (/usr/bin,
    // /usr/lib/x86_64-linux-gnu/loopview). Relative to the executable and never a path of the
    // build machine, so an installed program cannot load a plugin from someone's build tree.
    static QString defaultDirectory();
    // The plugin's file name.
    static QString fileName();

    explicit KeyringPluginLoader(QString directory = defaultDirectory());

    // A new backend, or nullptr when the plugin cannot be loaded or is not a keyring plugin;
    // errorString() then says why.
    std::unique_ptr<KeyStore> createBackend();
    QString errorString() const { return m_errorString; }
    QString filePath() const;

private:
    QString m_directory;
    QString m_errorString;
};

} // namespace loopview
