// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarkslistcommand.h"

#include "core/bookmarkstore.h"
#include "core/printabletext.h"
#include "core/tabulartext.h"

#include <QCoreApplication>

namespace loopview::cli {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::cli::BookmarksCommand)
};

} // namespace

int BookmarksListCommand::execute()
{
    if (!positional().isEmpty())
        return refuseArgument(positional().constFirst());
    const QString format =
        parser().isSet(options().format) ? parser().value(options().format) : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return reportError(Error::input(Text::tr("--format must be table or json")));
    const std::unique_ptr<BookmarkStore> store = openStore();
    if (format == QLatin1String("json"))
        return writeDocument(*store);

    if (store->count() == 0)
        return printResult(Text::tr("No bookmarks."));
    QList<QStringList> rows{{Text::tr("LABEL"), Text::tr("ACCOUNT"), Text::tr("NETWORK"), Text::tr("TOKENS")}};
    for (const Bookmark &bookmark : store->bookmarks()) {
        // The file is the user's and may have been edited or sent by someone else: every field is
        // shown through printableText(), never raw.
        const QString network = bookmark.network == Network::Custom ? bookmark.effectiveBaseUrl().toString()
                                                                    : networkKey(bookmark.network);
        rows.append({printableText(bookmark.label, printable::Unlimited),
                     printableText(bookmark.account, printable::Unlimited),
                     printableText(network, printable::Unlimited),
                     bookmark.tokens.isEmpty() ? Text::tr("all") : printableText(bookmark.tokens, printable::Unlimited)});
    }
    using A = TextAlignment;
    const QString text = alignedTextTable(rows, {A::Left, A::Left, A::Left, A::Left});
    return OutputTarget().writeOrReport(text.toUtf8());
}

} // namespace loopview::cli
