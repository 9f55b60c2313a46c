// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarksexportcommand.h"

#include "exitcode.h"

#include "core/bookmarkstore.h"
#include "core/printabletext.h"

#include <QCoreApplication>
#include <QDir>

namespace loopview::cli {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::cli::BookmarksCommand)
};

} // namespace

int BookmarksExportCommand::execute()
{
    if (positional().size() != 1) {
        return reportError(Error::input(Text::tr("export needs one FILE (or - for standard output)")));
    }
    const std::unique_ptr<BookmarkStore> store = openStore();
    const OutputTarget target(positional().constFirst());
    if (const int status = writeDocument(*store, target); status != ExitOk || target.isStdout())
        return status;
    return printResult(Text::tr("Exported %n bookmark(s) to %1 (without API keys).", nullptr,
                                                   store->count())
                           .arg(printableText(QDir::toNativeSeparators(target.path()), printable::EchoLength)));
}

} // namespace loopview::cli
