#include "apikeysource.h"

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
    return checked(key, variable);
}

Result<QString> ApiKeySource::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::input(tr("cannot read API key file %1: %2 (or set %3 instead)")
                                .arg(path, file.errorString(), QLatin1String(EnvironmentVariable)));
    }
    const QByteArray bytes = file.read(MaxKeyFileBytes + 1);
    if (bytes.size() > MaxKeyFileBytes)
        return Error::input(tr("API key file %1 is too large to be a key file").arg(path));

    const QString key = QString::fromUtf8(bytes).trimmed();
    if (key.isEmpty()) {
        return Error::input(tr("API key file %1 is empty (or set %2 instead)")
                                .arg(path, QLatin1String(EnvironmentVariable)));
    }
    return checked(key, tr("API key file %1").arg(path));
}

Result<QString> ApiKeySource::checked(QString key, const QString &origin)
{
    // The key becomes an HTTP header value: spaces or control characters would corrupt the
    // request (or smuggle a header), so refuse them. The message names the origin, not the key.
    for (const QChar c : std::as_const(key)) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            return Error::input(tr("the API key from %1 contains spaces or characters that are not "
                                   "printable ASCII")
                                    .arg(origin));
        }
    }
    return key;
}

} // namespace loopview::cli
