#include "datadirectory.h"

#include <QStandardPaths>

namespace loopview {

QString sharedDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QLatin1String("/Loopview/Loopview");
}

} // namespace loopview
