// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QByteArray>
#include <QString>
#include <sys/resource.h>
#include <thread>

// Files that are not files, for tests of where output goes: a FIFO read by another thread and a
// pseudo-terminal, whose slave side is a character device. Neither needs root, and neither risks
// the machine's /dev/null or a block device if the code under test renamed a file over it. And a
// file size limit, the one way to make a write fail part-way that works as root too.
namespace loopview::test {

// The type bits of `path` itself, not of what a symbolic link points to (S_IFIFO, S_IFLNK, …);
// 0 when it does not exist.
unsigned fileTypeOf(const QString &path);

// Reads a FIFO on a thread, as another program on the other end would. The FIFO is opened for
// reading at once, so a writer never waits, and a test that fails before anything was written (or
// after the FIFO was replaced) still ends instead of waiting forever.
class FifoReader
{
public:
    explicit FifoReader(const QString &fifoPath);
    ~FifoReader();
    FifoReader(const FifoReader &) = delete;
    FifoReader &operator=(const FifoReader &) = delete;

    // Call once the writer is done (committed, or its process exited): everything it wrote.
    QByteArray take();

private:
    int m_fifo = -1;
    int m_stop[2] = {-1, -1};  // a byte on m_stop[1] ends the thread after it drained the FIFO
    QByteArray m_bytes;
    std::thread m_thread;
};

// A pseudo-terminal in raw mode (bytes arrive as written, no newline translation).
class Pty
{
public:
    Pty();
    ~Pty();
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;

    bool isValid() const { return !m_slavePath.isEmpty(); }
    QString slavePath() const { return m_slavePath; }  // /dev/pts/N, a character device
    // What has been written to the slave side so far.
    QByteArray readAvailable() const;

private:
    int m_master = -1;
    QString m_slavePath;
};

// `ulimit -f` for this process while it lives: a write past `bytes` fails with EFBIG. SIGXFSZ is
// ignored first (as both programs do), or the first such write would end the test.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_active; }

private:
    rlimit m_saved = {};
    bool m_active = false;
};

} // namespace loopview::test
