#pragma once

#include "core/error.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <optional>

namespace loopview::cli {

// `loopview-cli bookmarks list|add|remove|import|export …`: the same bookmarks file as the desktop
// application (AppDataLocation of Loopview), keys in the system keyring only.
//
// Runs synchronously (a local event loop waits for the keyring) and returns the exit status;
// nullopt when the command line is not a bookmarks command (`bookmarks` must come first).
std::optional<int> runBookmarksCommandIfRequested(const QStringList &arguments,
                                                  const QProcessEnvironment &environment);

// `balances --bookmark LABEL`: the bookmark's network/URL, account and token filter become the
// ordinary options, so the rest of the CLI parses and validates them as if typed. The bookmark's
// key comes from the keyring unless --api-key-file is given; without a stored key the usual
// LOOPVIEW_API_KEY applies.
struct BookmarkSelection {
    QStringList arguments;  // to parse instead of the original ones
    QString apiKey;         // from the keyring; empty = resolve as usual
    QString label;          // empty when no --bookmark was given
};
Result<BookmarkSelection> applyBookmarkOption(const QStringList &arguments);

QString bookmarksHelpText();

} // namespace loopview::cli
