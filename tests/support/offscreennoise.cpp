// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "offscreennoise.h"

#include <QString>
#include <QtGlobal>

namespace loopview::testsupport {

namespace {

QtMessageHandler previousHandler = nullptr;

void dropPluginNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("This plugin does not support")))
        return;
    previousHandler(type, context, message);
}

} // namespace

void quietOffscreenPluginNoise()
{
    // Installed once: installing it again would make it its own previous handler.
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(dropPluginNoise);
}

} // namespace loopview::testsupport
