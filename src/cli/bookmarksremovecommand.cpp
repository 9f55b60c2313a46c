// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarksremovecommand.h"

#include "console.h"

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

int BookmarksRemoveCommand::execute()
{
    if (positional().size() != 1)
        return reportError(Error::input(Text::tr("remove needs one LABEL or ID")));
    const QString wanted = positional().constFirst();
    const std::unique_ptr<BookmarkStore> store = openStore();
    const std::optional<Bookmark> bookmark = store->findByLabelOrId(wanted);
    if (!bookmark) {
        return reportError(Error::input(
            Text::tr("no bookmark named '%1' (see: loopview-cli bookmarks list)").arg(printableEcho(wanted))));
    }

    // The key goes first. A keyring that refuses, or does not answer in time, leaves both the
    // bookmark and its key where they are: never a "Removed" with the key still in the keyring.
    // (A machine without any keyring has no key to remove; that is not a failure.) The key is
    // read first so that it can be put back if the bookmarks file then refuses the change.
    const Result<std::unique_ptr<KeychainKeyStore>> opened = openKeyring();
    if (!opened) {
        return reportError(Error::io(Text::tr("bookmark “%1” was not removed: %2")
                                         .arg(labelText(*bookmark), opened.error().message)));
    }
    KeychainKeyStore &keys = **opened;
    const KeyResult stored = keyring::readKey(keys, bookmark->id);
    const KeyResult deleted = stored.status == KeyResult::Status::TimedOut
                                  || stored.status == KeyResult::Status::Failed
                              ? stored
                              : keyring::deleteKey(keys, bookmark->id);
    if (!deleted.ok()) {
        return reportError(Error::io(Text::tr("bookmark “%1” was not removed: its API key could not be removed from "
                                              "the keyring (%2)")
                                               .arg(labelText(*bookmark), deleted.message)));
    }
    if (std::optional<Error> error = store->remove(bookmark->id)) {
        if (stored.ok()) {
            if (std::optional<Error> restored = keyring::storeKey(keys, bookmark->id, stored.key))
                Console::warning(Text::tr("its API key was removed from the keyring and could not be put back: %1")
                                           .arg(restored->message));
        }
        return reportError(*error);
    }
    return printResult(Text::tr("Removed bookmark “%1”.").arg(labelText(*bookmark)));
}

} // namespace loopview::cli
