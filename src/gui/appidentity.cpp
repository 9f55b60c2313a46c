// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "appidentity.h"

#include <QGuiApplication>
#include <QString>

namespace loopview {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Loopview"));
    QCoreApplication::setApplicationName(QStringLiteral("Loopview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOPVIEW_VERSION));
    QGuiApplication::setDesktopFileName(DesktopFileId);
}

QSettings openAppSettings()
{
    return QSettings(QStringLiteral("Loopview"), QStringLiteral("Loopview"));
}

} // namespace loopview
