// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "datadirectory.h"

#include <QStandardPaths>

namespace loopview {

QString sharedDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QLatin1String("/Loopview/Loopview");
}

} // namespace loopview
