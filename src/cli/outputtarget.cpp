#include "outputtarget.h"

#include "console.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace loopview::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loopview::cli::OutputTarget", text);
}

} // namespace

std::optional<Error> OutputTarget::write(const QByteArray &bytes) const
{
    if (isStdout()) {
        if (!Console::writeStdout(bytes))
            return Error::io(tr("cannot write to standard output"));
        return std::nullopt;
    }

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("cannot write %1: %2").arg(m_path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error::io(tr("cannot write %1: %2").arg(m_path, reason));
    }
    if (!file.commit())
        return Error::io(tr("cannot write %1: %2").arg(m_path, file.errorString()));
    return std::nullopt;
}

} // namespace loopview::cli
