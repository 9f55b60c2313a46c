// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarksimportcommand.h"

#include "commonoptions.h"
#include "console.h"
#include "exitcode.h"

#include "core/apikey.h"
#include "core/bookmarkstore.h"
#include "core/printabletext.h"
#include "core/walletexport.h"

#include <QCoreApplication>

namespace loopview::cli {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::cli::BookmarksCommand)
};

} // namespace

int BookmarksImportCommand::execute()
{
    if (positional().size() != 1)
        return reportError(Error::input(Text::tr("import needs one FILE")));
    const QString path = positional().constFirst();
    Result<QByteArray> read = BookmarkStore::readImportFile(path);
    if (!read)
        return reportError(read.error());
    QByteArray &bytes = read.value();

    if (looksLikeWalletExport(bytes)) {
        bytes.fill('\0'); // it holds a private key; the wallet parser reads the file itself
        return importWalletExport(path);
    }
    const BookmarksOptions &o = options();
    if (parser().isSet(o.storeKey))
        return reportError(
            Error::input(Text::tr("--store-key applies to wallet exports only: bookmark files carry no keys")));
    // A bookmarks file brings its own labels, services, filters and notes: say so rather than
    // silently dropping options the user expected to apply.
    for (const QCommandLineOption *option : {&o.label, &o.network, &o.baseUrl, &o.tokens, &o.note}) {
        if (parser().isSet(*option))
            return reportError(Error::input(Text::tr("--%1 applies to wallet exports only: a bookmarks file keeps its own")
                                                      .arg(option->names().constFirst())));
    }
    const Result<QList<Bookmark>> incoming = BookmarkStore::parseBookmarksJson(bytes);
    if (!incoming) {
        Error error = incoming.error();
        error.kind = ErrorKind::Input;
        error.message = Text::tr("%1 is neither a Loopview bookmarks file nor a Loopring wallet export: %2")
                            .arg(printableEcho(path), incoming.error().message);
        return reportError(error);
    }
    const std::unique_ptr<BookmarkStore> store = openStore();
    const Result<BookmarkStore::ImportReport> report = store->importBookmarks(*incoming);
    if (!report)
        return reportError(report.error());
    QString line = Text::tr("Imported %n bookmark(s)", nullptr, report->added);
    if (report->skippedDuplicates > 0)
        line += QStringLiteral("; ") + Text::tr("%n already present", nullptr, report->skippedDuplicates);
    return printResult(line + QLatin1Char('.'));
}

int BookmarksImportCommand::importWalletExport(const QString &path) const
{
    const QCommandLineParser &parser = this->parser();
    const BookmarksOptions &o = options();
    Result<WalletExport> parsed = readWalletExportFile(path);
    if (!parsed) {
        Error error = parsed.error();
        if (error.kind == ErrorKind::Io)
            error.kind = ErrorKind::Input; // an unreadable input file is the caller's to fix
        return reportError(error);
    }
    if (parsed->containedPrivateKey)
        printLine(Text::tr("The export's private key was ignored: Loopview never stores or shows it."));

    const Result<ServiceChoice> service = resolveService(parser, parsed->networkHint().value_or(Network::Mainnet));
    if (!service)
        return reportError(service.error());
    Bookmark bookmark = parsed->toBookmark(parser.value(o.label), service->network, service->baseUrl);
    if (parser.isSet(o.tokens))
        bookmark.tokens = parser.value(o.tokens).trimmed();
    if (parser.isSet(o.note))
        bookmark.note = parser.value(o.note).trimmed();

    const std::unique_ptr<BookmarkStore> store = openStore();
    std::optional<Bookmark> existing;
    for (const Bookmark &candidate : store->bookmarks()) {
        if (candidate.sameAccountAs(bookmark))
            existing = candidate;
    }
    QString key;
    if (parsed->hasApiKey()) {
        Console::setSecret(parsed->apiKey);
        if (parser.isSet(o.storeKey)) {
            // The same check as every other key that enters: nothing unusable goes to the keyring.
            const Result<QString> valid = validateApiKey(parsed->apiKey, Text::tr("the wallet export"));
            if (!valid)
                return reportError(valid.error());
            key = *valid;
        } else {
            printLine(Text::tr("The export's API key was not stored; add --store-key to keep it in the system keyring."));
        }
    }
    if (!existing)
        return addWithKey(*store, bookmark, key);

    printLine(Text::tr("Already bookmarked as “%1”.").arg(labelText(*existing)));
    if (key.isEmpty())
        return ExitOk;
    return storeKeyOfExisting(*existing, key);
}

int BookmarksImportCommand::storeKeyOfExisting(const Bookmark &existing, const QString &key) const
{
    const Result<std::unique_ptr<KeychainKeyStore>> opened = openKeyring();
    if (!opened)
        return reportError(opened.error());
    KeychainKeyStore &keys = **opened;
    const KeyResult stored = keyring::readKey(keys, existing.id);
    if (stored.status == KeyResult::Status::TimedOut || stored.status == KeyResult::Status::Failed) {
        return reportError(Error::io(Text::tr("cannot tell whether an API key is stored for “%1” (%2); nothing was "
                                              "changed")
                                               .arg(labelText(existing), stored.message)));
    }
    if (stored.ok() && stored.key == key)
        return printResult(Text::tr("Its API key is already stored in the system keyring."));
    if (std::optional<Error> error = keyring::storeKey(keys, existing.id, key))
        return reportError(*error);
    if (stored.ok()) {
        Console::warning(Text::tr("replaced the API key stored for “%1” with the one from the wallet export")
                                   .arg(labelText(existing)));
    }
    return printResult(Text::tr("Stored its API key in the system keyring."));
}

} // namespace loopview::cli
