// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarksaddcommand.h"

#include "apikeysource.h"
#include "commonoptions.h"
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

int BookmarksAddCommand::execute()
{
    const QCommandLineParser &parser = this->parser();
    const BookmarksOptions &o = options();
    if (!positional().isEmpty())
        return refuseArgument(positional().constFirst());
    if (!parser.isSet(o.label) || parser.value(o.label).trimmed().isEmpty())
        return reportError(Error::input(Text::tr("add needs --label LABEL")));
    if (parser.isSet(o.accountId) == parser.isSet(o.address))
        return reportError(Error::input(Text::tr("add needs exactly one of --account-id N or --address 0x…")));
    const Result<ServiceChoice> service = resolveService(parser);
    if (!service)
        return reportError(service.error());

    // Resolve the key before touching the store, so a missing key changes nothing.
    QString key;
    if (parser.isSet(o.storeKey)) {
        const Result<QString> resolved = ApiKeySource::resolve(parser.value(o.apiKeyFile), environment());
        if (!resolved)
            return reportError(resolved.error());
        key = *resolved;
        Console::setSecret(key);
    } else if (parser.isSet(o.apiKeyFile)) {
        return reportError(Error::input(Text::tr("--api-key-file is only used with --store-key")));
    }

    const QString account = parser.isSet(o.accountId) ? parser.value(o.accountId) : parser.value(o.address);
    Bookmark bookmark = Bookmark::create(parser.value(o.label).trimmed(), account.trimmed(), service->network,
                                         service->baseUrl);
    bookmark.tokens = parser.value(o.tokens).trimmed();
    bookmark.note = parser.value(o.note).trimmed();

    const std::unique_ptr<BookmarkStore> store = openStore();
    return addWithKey(*store, bookmark, key);
}

} // namespace loopview::cli
