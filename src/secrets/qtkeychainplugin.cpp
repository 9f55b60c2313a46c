// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "qtkeychainplugin.h"

#include "qtkeychainbackend.h"

namespace loopview {

std::unique_ptr<KeyStore> QtKeychainPlugin::createBackend()
{
    return createQtKeychainBackend();
}

} // namespace loopview
