// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace loopview {

// Output made in blocks and written as it is made: given the device, it writes to it and says
// false when the device refused bytes (the device's error then says why). OutputFile, and the
// CLI's standard output and --output, take it beside whole bytes.
using BlockWriter = std::function<bool(QIODevice *device)>;

// A path the user named for output (--output, bookmarks export, the export dialog), written the
// way that path needs. "Replace the file atomically" is right for files and wrong for everything
// else: renaming a new file over a FIFO, /dev/stdout or a device node destroys it, and the reader
// on the other end never sees a byte. So the path is looked at first (following symbolic links):
//
//  - nothing there yet, or a regular file: written to a QSaveFile and renamed into place only when
//    every byte was written, so a failed write (full disk, ulimit -f) leaves the previous file as
//    it was. A symbolic link is followed: the file it points to is replaced and the link stays.
//  - a FIFO, a pipe (/dev/stdout, a shell's process substitution) or a character device
//    (/dev/null, a terminal): written straight through, nothing renamed, nothing truncated.
//  - a directory, a block device, a socket or anything else: refused before a byte is written.
//
// Usage: open(), write to device(), commit(); any failure leaves errorString() saying why.
class OutputFile
{
public:
    enum class Mode {
        Unopened,
        Atomic,   // a new or regular file, through QSaveFile
        Stream,   // a FIFO, pipe or character device, written in place
    };

    explicit OutputFile(QString path);
    ~OutputFile();  // an atomic write that was not committed is discarded
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    QString path() const { return m_path; }
    Mode mode() const { return m_mode; }

    // Permissions of a file written atomically (the bookmarks export is private to its owner).
    // Without it a new file gets the usual umask and a replaced file keeps its permissions.
    // Never applied to a stream: a FIFO or device is not ours to change.
    void setPermissions(QFileDevice::Permissions permissions) { m_permissions = permissions; }
    // Whether open() on a FIFO that no program reads yet waits for a reader (true, the default,
    // as a shell's redirection does) or fails at once (for a window, whose event loop must run).
    void setWaitForReader(bool wait) { m_waitForReader = wait; }

    // Decides how to write (see above) and opens the path; false (with errorString()) when the
    // path is refused or cannot be opened.
    bool open();
    // The device to write to after a successful open(); null before.
    QFileDevice *device() const { return m_device.get(); }
    // Makes the bytes final: renames the atomic file into place, or flushes the stream.
    bool commit();
    // Gives up: the atomic file is discarded (the previous file stays), the stream is closed.
    void cancel();

    // Why open(), a write or commit() failed, as a lower-case phrase ("it is a directory",
    // "No space left on device") for a sentence such as "cannot write FILE: <reason>".
    QString errorString() const;

    // open(), write `bytes`, commit(): nullopt on success, else errorString().
    std::optional<QString> writeAll(const QByteArray &bytes);
    // open(), let `write` write to device() (false when the device refused bytes), commit():
    // nullopt on success, else why not. For output made in blocks, never all in memory at once.
    std::optional<QString> writeWith(const BlockWriter &write);

    // A write past the file size limit (ulimit -f, RLIMIT_FSIZE) raises SIGXFSZ, whose default
    // action kills the process without a word. Programs that write files call this once at start:
    // with the signal ignored, the write fails with EFBIG instead and takes the ordinary
    // "cannot write" path, which keeps the previous file and says why.
    static void ignoreFileSizeLimitSignal();

private:
    bool openAtomic();
    bool openStream(bool fifo);
    bool refuse(QString reason);
    bool flushWithReason();
    QString describeWriteFailure() const;

    QString m_path;
    Mode m_mode = Mode::Unopened;
    std::optional<QFileDevice::Permissions> m_permissions;
    bool m_waitForReader = true;
    std::unique_ptr<QFileDevice> m_device;
    QString m_reason;  // why open() refused the path, or why commit() failed
};

// Writes all of `bytes`, a short write retried with the rest: true, or false once the device
// refuses (its error says why).
bool writeFully(QIODevice *device, QByteArrayView bytes);

} // namespace loopview
