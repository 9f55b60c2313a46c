// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "command.h"
#include "outputtarget.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>
#include <chrono>
#include <memory>

namespace loopview {
struct Bookmark;
class BookmarkStore;
} // namespace loopview

namespace loopview::cli {

// Every option of `loopview-cli bookmarks …`. One parser reads them all; each subcommand names the
// ones it accepts (acceptedOptions()) and the others are refused rather than silently ignored.
struct BookmarksOptions {
    BookmarksOptions();

    QCommandLineOption format;
    QCommandLineOption label;
    QCommandLineOption accountId;
    QCommandLineOption address;
    QCommandLineOption network;
    QCommandLineOption baseUrl;
    QCommandLineOption tokens;
    QCommandLineOption note;
    QCommandLineOption storeKey;
    QCommandLineOption apiKeyFile;
    QCommandLineOption timeout;
    QCommandLineOption help;

    QList<QCommandLineOption> all() const;
};

// What a subcommand runs with: the parsed command line, its positional arguments after the
// subcommand's name, how long it may wait (for the keyring and for the bookmarks file's lock),
// and the command's context.
struct BookmarksInvocation {
    const QCommandLineParser &parser;
    const BookmarksOptions &options;
    QStringList positional;
    std::chrono::milliseconds timeout;
    CommandContext context;
};

// The base of `bookmarks list|add|remove|import|export`: the same bookmarks file as the desktop
// application (AppDataLocation of Loopview), keys in the system keyring only. Each runs
// synchronously (a local event loop waits for the keyring) and returns its exit status.
class BookmarksSubcommand : public Command
{
protected:
    explicit BookmarksSubcommand(const BookmarksInvocation &invocation);

    const QCommandLineParser &parser() const { return m_invocation.parser; }
    const BookmarksOptions &options() const { return m_invocation.options; }
    const QStringList &positional() const { return m_invocation.positional; }
    const QProcessEnvironment &environment() const { return m_invocation.context.environment; }

    std::unique_ptr<BookmarkStore> openStore() const;
    Result<std::unique_ptr<KeychainKeyStore>> openKeyring() const;

    // The usage error for a positional argument the subcommand does not take.
    static int refuseArgument(const QString &argument);
    // A line on the way, such as a notice before the result: a failure shows in the final line.
    static bool printLine(const QString &line);
    // The line that ends a command; when stdout cannot take it, the one error line and exit 6.
    static int printResult(const QString &line);
    // A bookmark's label inside a message: the user's text, but it came from a file.
    static QString labelText(const Bookmark &bookmark);
    // The whole bookmarks document (list --format json, export), on stdout unless told otherwise.
    static int writeDocument(const BookmarkStore &store, const OutputTarget &target = OutputTarget());

    // Adds `bookmark`, and its key when one is given; either both or neither (add, import).
    int addWithKey(BookmarkStore &store, const Bookmark &bookmark, const QString &key) const;

private:
    const BookmarksInvocation &m_invocation;
};

} // namespace loopview::cli
