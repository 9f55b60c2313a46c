#pragma once

#include "core/error.h"
#include "secrets/keychainkeystore.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace loopview::cli {

// How the bookmarks commands reach the keyring: a KeychainKeyStore whose every call ends within
// `timeout` (the command's --timeout), with TimedOut if the keyring stays silent. Tests give it a
// backend that stalls or refuses on purpose.
using KeyringFactory = std::function<std::unique_ptr<KeychainKeyStore>(std::chrono::milliseconds timeout)>;
// The system keyring through QtKeychain.
KeyringFactory systemKeyring();

// `loopview-cli bookmarks list|add|remove|import|export …`: the same bookmarks file as the desktop
// application (AppDataLocation of Loopview), keys in the system keyring only.
//
// Runs synchronously (a local event loop waits for the keyring) and returns the exit status;
// nullopt when the command line is not a bookmarks command (`bookmarks` must come first).
std::optional<int> runBookmarksCommandIfRequested(const QStringList &arguments,
                                                  const QProcessEnvironment &environment,
                                                  const KeyringFactory &keyring = systemKeyring());

// `balances --bookmark LABEL`: the bookmark's network/URL, account and token filter become the
// ordinary options, so the rest of the CLI parses and validates them as if typed. The bookmark's
// key comes from the keyring unless --api-key-file is given; without a stored key the usual
// LOOPVIEW_API_KEY applies.
struct BookmarkSelection {
    QStringList arguments;  // to parse instead of the original ones
    QString apiKey;         // from the keyring; empty = resolve as usual
    QString label;          // empty when no --bookmark was given
};
Result<BookmarkSelection> applyBookmarkOption(const QStringList &arguments,
                                              const KeyringFactory &keyring = systemKeyring());

QString bookmarksHelpText();

} // namespace loopview::cli
