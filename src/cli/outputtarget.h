#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace loopview::cli {

// Where a command's finished output goes: standard output, or a file replaced atomically with
// QSaveFile so a failed write leaves no partial file and the previous file untouched.
class OutputTarget
{
public:
    explicit OutputTarget(QString path = {}) : m_path(std::move(path)) {}

    bool isStdout() const { return m_path.isEmpty(); }
    QString path() const { return m_path; }

    // An Io error (exit status 6) naming the file and the reason when the bytes could not be written.
    std::optional<Error> write(const QByteArray &bytes) const;

private:
    QString m_path;
};

} // namespace loopview::cli
