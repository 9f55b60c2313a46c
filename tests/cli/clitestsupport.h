// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

// What the in-process CLI tests share: stdout and stderr captured while a command runs in this
// process, and keyrings that keep keys across commands, or stall, or refuse on purpose.

#include "cli/command.h"
#include "core/bookmark.h"
#include "secrets/keystore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <cstdio>
#include <functional>

namespace loopview::test {

// Redirects one standard stream (by file descriptor) into a temporary file while alive.
class StreamCapture
{
public:
    StreamCapture(FILE *stream, int fd);
    ~StreamCapture();

    // Restores the stream and returns what was written meanwhile.
    QByteArray release();

private:
    FILE *m_stream;
    int m_fd;
    int m_saved = -1;
    QTemporaryFile m_file;
    QByteArray m_text;
};

// What a command printed and its exit status.
struct CommandRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QStringList errLines() const { return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// Runs `body` (which returns an exit status) with stdout and stderr captured.
CommandRun captureRun(const std::function<int()> &body);

// A keyring that keeps keys across commands, as the system one does. `stall` makes it never
// answer; `refuse` makes writes and deletes fail the way an access-denied keyring does, and
// `refuseReads` reads.
struct FakeKeyring {
    QHash<QString, QString> keys;
    bool stall = false;
    bool refuse = false;
    bool refuseReads = false;
    int calls = 0;
};

// The CLI's keyring factory over `keyring` (which must outlive the commands using it).
cli::KeyringFactory keyringFor(FakeKeyring *keyring);

// An environment holding only LOOPVIEW_API_KEY (or nothing, for an empty key).
QProcessEnvironment environmentWithKey(const QString &key);

} // namespace loopview::test

namespace loopview::test {

// `loopview-cli ARGUMENTS…` in this process (the program name is added), with `keyring` and
// `environment` as the command's context.
CommandRun runCli(const QStringList &arguments, FakeKeyring *keyring,
                  const QProcessEnvironment &environment = QProcessEnvironment());
// The same with any keyring factory (cli::systemKeyring(DIRECTORY) for the keyring plugin in DIRECTORY).
CommandRun runCli(const QStringList &arguments, const cli::KeyringFactory &keyring,
                  const QProcessEnvironment &environment = QProcessEnvironment());

// The bookmarks file as it is on disk now (XDG_DATA_HOME decides where).
QList<Bookmark> storedBookmarks();

} // namespace loopview::test
