#include "apikeysource.h"

#include "core/apikey.h"
#include "core/printabletext.h"

#include <QCoreApplication>
#include <QFile>

namespace loopview::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loopview::cli::ApiKeySource", text);
}

// A key file is one short line; anything much larger is not a key file and is not read whole.
constexpr qint64 MaxKeyFileBytes = 4096;

} // namespace

Result<QString> ApiKeySource::resolve(const QString &keyFile, const QProcessEnvironment &environment)
{
    if (!keyFile.isEmpty())
        return readFile(keyFile);

    const QString variable = QLatin1String(EnvironmentVariable);
    const QString key = environment.value(variable).trimmed();
    if (key.isEmpty()) {
        return Error::input(tr("no API key: set %1 or use --api-key-file FILE (not needed with --demo)")
                                .arg(variable));
    }
    return validateApiKey(key, variable);
}

Result<QString> ApiKeySource::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::input(tr("cannot read API key file %1: %2 (or set %3 instead)")
                                .arg(printableEcho(path), file.errorString(), QLatin1String(EnvironmentVariable)));
    }
    const QByteArray bytes = file.read(MaxKeyFileBytes + 1);
    if (bytes.size() > MaxKeyFileBytes)
        return Error::input(tr("API key file %1 is too large to be a key file").arg(printableEcho(path)));

    const QString key = QString::fromUtf8(bytes).trimmed();
    if (key.isEmpty()) {
        return Error::input(tr("API key file %1 is empty (or set %2 instead)")
                                .arg(printableEcho(path), QLatin1String(EnvironmentVariable)));
    }
    return validateApiKey(key, tr("the API key file %1").arg(printableEcho(path)));
}

} // namespace loopview::cli
