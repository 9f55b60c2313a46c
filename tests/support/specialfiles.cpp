// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "specialfiles.h"

#include "core/outputfile.h"

#include <QFile>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace loopview::test {

unsigned fileTypeOf(const QString &path)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & S_IFMT;
}

FifoReader::FifoReader(const QString &fifoPath)
{
    // Non-blocking: opening the read end of a FIFO otherwise waits for a writer.
    m_fifo = ::open(QFile::encodeName(fifoPath).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_fifo < 0 || ::pipe(m_stop) != 0)
        return;
    m_thread = std::thread([this] {
        char buffer[4096];
        auto drain = [&] {
            for (ssize_t n; (n = ::read(m_fifo, buffer, sizeof buffer)) > 0;)
                m_bytes.append(buffer, n);
        };
        bool writerCame = false;
        for (;;) {
            pollfd watched[2] = {{m_fifo, POLLIN, 0}, {m_stop[0], POLLIN, 0}};
            if (::poll(watched, 2, -1) < 0)
                break;
            if (watched[0].revents & POLLIN) {
                writerCame = true;
                drain();
            }
            // The writer closed its end after writing: everything has been read.
            if (writerCame && (watched[0].revents & POLLHUP) && !(watched[0].revents & POLLIN))
                break;
            if (watched[1].revents & POLLIN) {
                drain();
                break;
            }
        }
    });
}

FifoReader::~FifoReader()
{
    take();
    for (int fd : {m_fifo, m_stop[0], m_stop[1]}) {
        if (fd >= 0)
            ::close(fd);
    }
}

QByteArray FifoReader::take()
{
    if (m_thread.joinable()) {
        const char stop = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_stop[1], &stop, 1);
        m_thread.join();
    }
    return m_bytes;
}

Pty::Pty()
{
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
        return;
    const char *name = ::ptsname(m_master);
    if (!name)
        return;
    const int slave = ::open(name, O_RDWR | O_NOCTTY);
    if (slave < 0)
        return;
    termios settings = {};
    ::tcgetattr(slave, &settings);
    ::cfmakeraw(&settings);
    ::tcsetattr(slave, TCSANOW, &settings);
    ::close(slave);
    m_slavePath = QFile::decodeName(name);
}

Pty::~Pty()
{
    if (m_master >= 0)
        ::close(m_master);
}

QByteArray Pty::readAvailable() const
{
    QByteArray bytes;
    char buffer[4096];
    pollfd ready = {m_master, POLLIN, 0};
    while (::poll(&ready, 1, 0) > 0 && (ready.revents & POLLIN)) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        bytes.append(buffer, n);
    }
    return bytes;
}

FileSizeLimit::FileSizeLimit(rlim_t bytes)
{
    OutputFile::ignoreFileSizeLimitSignal();
    if (::getrlimit(RLIMIT_FSIZE, &m_saved) != 0)
        return;
    rlimit limited = m_saved;
    limited.rlim_cur = bytes;
    m_active = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
}

FileSizeLimit::~FileSizeLimit()
{
    if (m_active)
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
}

} // namespace loopview::test
