// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarkssubcommand.h"

#include "bookmarksfile.h"
#include "commonoptions.h"
#include "console.h"
#include "exitcode.h"

#include "core/bookmarkstore.h"
#include "core/printabletext.h"

#include <QCoreApplication>

namespace loopview::cli {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::cli::BookmarksCommand)
};

} // namespace

// `bookmarks --help` prints its own text (bookmarksHelpText()), so these descriptions are only
// what the parser knows about each option.
BookmarksOptions::BookmarksOptions()
    : format(QStringLiteral("format"), Text::tr("list: table (default) or json."), QStringLiteral("table|json"))
    , label(QStringLiteral("label"), Text::tr("The bookmark's name."), QStringLiteral("LABEL"))
    , accountId(commonoptions::accountId())
    , address(commonoptions::address())
    , network(commonoptions::network())
    , baseUrl(commonoptions::baseUrl())
    , tokens(QStringLiteral("tokens"), Text::tr("Token filter: ids or symbols, comma-separated."), QStringLiteral("LIST"))
    , note(QStringLiteral("note"), Text::tr("A note for yourself."), QStringLiteral("TEXT"))
    , storeKey(QStringLiteral("store-key"), Text::tr("Keep the API key in the system keyring for this bookmark."))
    , apiKeyFile(commonoptions::apiKeyFile(
          Text::tr("With add --store-key: read the key from FILE instead of LOOPVIEW_API_KEY.")))
    , timeout(commonoptions::timeout(Text::tr("The longest wait, in seconds, for the system keyring or for another "
                                              "program's lock on the bookmarks file (default 15).")))
    , help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."))
{
}

QList<QCommandLineOption> BookmarksOptions::all() const
{
    return {format, label, accountId, address, network, baseUrl, tokens, note, storeKey, apiKeyFile, timeout, help};
}

BookmarksSubcommand::BookmarksSubcommand(const BookmarksInvocation &invocation)
    : m_invocation(invocation)
{
}

std::unique_ptr<BookmarkStore> BookmarksSubcommand::openStore() const
{
    return openBookmarkStore(m_invocation.timeout);
}

Result<std::unique_ptr<KeychainKeyStore>> BookmarksSubcommand::openKeyring() const
{
    return m_invocation.context.keyring(m_invocation.timeout);
}

int BookmarksSubcommand::refuseArgument(const QString &argument)
{
    return reportError(Error::input(Text::tr("unexpected argument '%1'").arg(printableEcho(argument))));
}

bool BookmarksSubcommand::printLine(const QString &line)
{
    return Console::writeStdout((line + QLatin1Char('\n')).toUtf8());
}

int BookmarksSubcommand::printResult(const QString &line)
{
    return OutputTarget().writeOrReport((line + QLatin1Char('\n')).toUtf8());
}

QString BookmarksSubcommand::labelText(const Bookmark &bookmark)
{
    return printableText(bookmark.label, printable::EchoLength);
}

int BookmarksSubcommand::writeDocument(const BookmarkStore &store, const OutputTarget &target)
{
    const Result<QByteArray> document = store.exportJson();
    if (!document)
        return reportError(document.error());
    return target.writeOrReport(*document);
}

// The key is written first, so a refused key leaves the bookmarks unchanged; a bookmark the file
// then refuses takes its key out of the keyring again.
int BookmarksSubcommand::addWithKey(BookmarkStore &store, const Bookmark &bookmark, const QString &key) const
{
    if (std::optional<Error> invalid = bookmark.validate())
        return reportError(*invalid);
    std::unique_ptr<KeychainKeyStore> keys;
    if (!key.isEmpty()) {
        Result<std::unique_ptr<KeychainKeyStore>> opened = openKeyring();
        if (!opened)
            return reportError(opened.error());
        keys = std::move(opened).value();
        if (std::optional<Error> error = keyring::storeKey(*keys, bookmark.id, key))
            return reportError(*error);
    }
    const Result<Bookmark> added = store.add(bookmark);
    if (!added) {
        if (keys) {
            const KeyResult removed = keyring::deleteKey(*keys, bookmark.id);
            if (!removed.ok()) {
                Console::warning(Text::tr("the API key stored for the bookmark that was not added could not be "
                                          "removed from the keyring again: %1")
                                           .arg(removed.message));
            }
        }
        return reportError(added.error());
    }
    printLine(Text::tr("Added bookmark “%1” (%2).").arg(labelText(*added), added->id));
    if (!key.isEmpty())
        printLine(Text::tr("Stored its API key in the system keyring."));
    return ExitOk;
}

} // namespace loopview::cli
