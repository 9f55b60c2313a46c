// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "outputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::OutputFile)
};

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool isStream(mode_t mode)
{
    return S_ISFIFO(mode) || S_ISCHR(mode);
}

} // namespace

OutputFile::OutputFile(QString path) : m_path(std::move(path)) {}

OutputFile::~OutputFile()
{
    cancel();
}

bool OutputFile::open()
{
    if (m_path.isEmpty())
        return refuse(Text::tr("no file name was given"));

    // stat() follows symbolic links: what matters is what the bytes would land in.
    struct stat target = {};
    if (::stat(QFile::encodeName(m_path).constData(), &target) != 0) {
        const int error = errno;
        if (error == ENOENT)
            return openAtomic();  // a new file (a missing folder is reported by QSaveFile)
        return refuse(systemReason(error));
    }
    if (S_ISREG(target.st_mode))
        return openAtomic();
    if (isStream(target.st_mode))
        return openStream(S_ISFIFO(target.st_mode));
    if (S_ISDIR(target.st_mode))
        return refuse(Text::tr("it is a folder"));
    if (S_ISBLK(target.st_mode))
        return refuse(Text::tr("it is a block device; only files, FIFOs and character devices are written"));
    return refuse(Text::tr("it is not a file, a FIFO or a character device"));
}

bool OutputFile::openAtomic()
{
    // QSaveFile resolves symbolic links itself, so a link to a file keeps pointing at the new file.
    auto file = std::make_unique<QSaveFile>(m_path);
    const bool opened = file->open(QIODevice::WriteOnly);
    if (opened && m_permissions)
        file->setPermissions(*m_permissions);
    m_device = std::move(file);  // kept on failure too: its errorString() says why
    if (!opened)
        return false;
    m_mode = Mode::Atomic;
    return true;
}

bool OutputFile::openStream(bool fifo)
{
    // No O_CREAT and no O_TRUNC: if the path was swapped for a regular file since stat(), it must
    // not be created or emptied here; fstat() below refuses it instead.
    int flags = O_WRONLY | O_NOCTTY | O_CLOEXEC;
    // A FIFO nobody reads makes a blocking open() wait for a reader: right for a command line,
    // wrong for a window, whose event loop must keep running.
    const bool mayBlock = fifo && !m_waitForReader;
    if (mayBlock)
        flags |= O_NONBLOCK;
    const int fd = ::open(QFile::encodeName(m_path).constData(), flags);
    if (fd < 0) {
        if (mayBlock && errno == ENXIO)
            return refuse(Text::tr("it is a FIFO that no program is reading"));
        return refuse(systemReason(errno));
    }
    struct stat opened = {};
    if (::fstat(fd, &opened) != 0 || !isStream(opened.st_mode)) {
        ::close(fd);
        return refuse(Text::tr("it changed while it was being opened"));
    }
    if (mayBlock)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);  // writes wait for the reader again
    auto file = std::make_unique<QFile>();
    // Unbuffered: bytes go to the reader as they are written, and a failed write shows at once.
    if (!file->open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        m_device = std::move(file);
        return false;
    }
    m_device = std::move(file);
    m_mode = Mode::Stream;
    return true;
}

bool OutputFile::refuse(QString reason)
{
    m_reason = std::move(reason);
    return false;
}

bool OutputFile::flushWithReason()
{
    // QFileDevice::flush() can stop after a partial write with no reason ("Unknown error"): a
    // write that hits `ulimit -f` or a full disk part-way reports only the bytes it wrote. As long
    // as bytes still go out, flush the rest again: that finishes, or fails at once with errno's
    // reason.
    for (;;) {
        const qint64 pending = m_device->bytesToWrite();
        const bool flushed = m_device->flush();
        const qint64 left = m_device->bytesToWrite();
        if (flushed && left == 0)
            return true;
        if (left == 0 || left >= pending)
            return false;
    }
}

bool OutputFile::commit()
{
    switch (m_mode) {
    case Mode::Unopened:
        return refuse(Text::tr("it was not opened"));
    case Mode::Atomic: {
        // Qt 6.4's QSaveFile::commit() renames the file even when its final flush wrote only part
        // of the buffer (a partial write sets no error): a `ulimit -f` would replace the previous
        // file with a truncated one. So flush here first, and keep the previous file on failure.
        if (!flushWithReason()) {
            const QString reason = describeWriteFailure();
            cancel();
            return refuse(reason);
        }
        m_mode = Mode::Unopened;
        return static_cast<QSaveFile *>(m_device.get())->commit();
    }
    case Mode::Stream: {
        m_mode = Mode::Unopened;
        const bool flushed = flushWithReason();
        const QString reason = flushed ? QString() : describeWriteFailure();
        m_device->close();
        return flushed || refuse(reason);
    }
    }
    return false;
}

void OutputFile::cancel()
{
    if (m_mode == Mode::Atomic) {
        auto *file = static_cast<QSaveFile *>(m_device.get());
        file->cancelWriting();
        file->commit();  // with writing cancelled this only removes the temporary file
    } else if (m_mode == Mode::Stream) {
        m_device->close();
    }
    m_mode = Mode::Unopened;
}

QString OutputFile::describeWriteFailure() const
{
    if (!m_device || m_device->error() == QFileDevice::NoError || m_device->errorString() == QFile().errorString())
        return Text::tr("not every byte could be written (is the disk full?)");
    return m_device->errorString();
}

QString OutputFile::errorString() const
{
    if (!m_reason.isEmpty())
        return m_reason;
    if (m_device)
        return m_device->errorString();
    return {};
}

std::optional<QString> OutputFile::writeAll(const QByteArray &bytes)
{
    return writeWith([&bytes](QIODevice *device) { return writeFully(device, bytes); });
}

std::optional<QString> OutputFile::writeWith(const BlockWriter &write)
{
    if (!open())
        return errorString();
    if (!write(m_device.get())) {
        const QString reason = describeWriteFailure();
        cancel();
        return reason;
    }
    if (!commit())
        return errorString();
    return std::nullopt;
}

bool writeFully(QIODevice *device, QByteArrayView bytes)
{
    // A short write is retried with the rest: that either finishes it or fails.
    for (qint64 written = 0; written < bytes.size();) {
        const qint64 n = device->write(bytes.data() + written, bytes.size() - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

void OutputFile::ignoreFileSizeLimitSignal()
{
    std::signal(SIGXFSZ, SIG_IGN);
}

} // namespace loopview
