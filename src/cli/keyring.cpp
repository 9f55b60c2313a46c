// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "keyring.h"

#include "console.h"

#include "core/printabletext.h"
#include "secrets/keyringpluginloader.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace loopview::cli {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::cli::BookmarksCommand)
};

// Waits for one asynchronous keyring answer.
KeyResult waitForKey(const std::function<void(KeyStore::Callback)> &start)
{
    QEventLoop loop;
    std::optional<KeyResult> result;
    start([&](const KeyResult &answer) {
        result = answer;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

KeyringFactory systemKeyring()
{
    // The directory is found when a key is needed: it depends on the running executable.
    return [](std::chrono::milliseconds timeout) {
        return systemKeyring(KeyringPluginLoader::defaultDirectory())(timeout);
    };
}

KeyringFactory systemKeyring(const QString &pluginDirectory)
{
    return [pluginDirectory](std::chrono::milliseconds timeout) -> Result<std::unique_ptr<KeychainKeyStore>> {
        KeyringPluginLoader plugin(pluginDirectory);
        std::unique_ptr<KeyStore> backend = plugin.createBackend();
        if (!backend) {
            // Not "no key stored": the installation is broken, and a bookmark's key may well be
            // in the keyring. Same shape and exit status as the other keyring failures.
            return Error::io(Text::tr("no system keyring available (%1)").arg(printableText(plugin.errorString())));
        }
        return std::make_unique<KeychainKeyStore>(std::move(backend), timeout);
    };
}

namespace keyring {

KeyResult readKey(KeychainKeyStore &keys, const QString &bookmarkId)
{
    KeyResult read = waitForKey([&](KeyStore::Callback done) { keys.readKey(bookmarkId, nullptr, std::move(done)); });
    if (read.ok())
        Console::setSecret(read.key);
    return read;
}

KeyResult deleteKey(KeychainKeyStore &keys, const QString &bookmarkId)
{
    return waitForKey([&](KeyStore::Callback done) { keys.deleteKey(bookmarkId, nullptr, std::move(done)); });
}

std::optional<Error> storeKey(KeychainKeyStore &keys, const QString &bookmarkId, const QString &key)
{
    const KeyResult written = waitForKey([&](KeyStore::Callback done) {
        keys.writeKey(bookmarkId, key, nullptr, std::move(done));
    });
    if (!written.ok())
        return Error::io(Text::tr("the API key could not be stored in the keyring: %1").arg(written.message));
    if (!written.persistent) {
        // A CLI process ends right away: a memory-only key would be gone before it could be used.
        return Error::io(Text::tr("no system keyring available (%1): the API key cannot be stored; "
                                  "use LOOPVIEW_API_KEY instead")
                                   .arg(keys.fallbackReason()));
    }
    return std::nullopt;
}

} // namespace keyring

} // namespace loopview::cli
