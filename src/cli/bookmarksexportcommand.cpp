// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarksexportcommand.h"

#include "exitcode.h"

#include "core/bookmarkstore.h"
#include "core/printabletext.h"

#include <QCoreApplication>
#include <QDir>

namespace loopview::cli {

int BookmarksExportCommand::execute()
{
    if (positional().size() != 1) {
        return reportError(Error::input(QCoreApplication::translate(
            "loopview::cli::BookmarksCommand", "export needs one FILE (or - for standard output)")));
    }
    const std::unique_ptr<BookmarkStore> store = openStore();
    const OutputTarget target(positional().constFirst());
    if (const int status = writeDocument(*store, target); status != ExitOk || target.isStdout())
        return status;
    return printResult(QCoreApplication::translate("loopview::cli::BookmarksCommand",
                                                   "Exported %n bookmark(s) to %1 (without API keys).", nullptr,
                                                   store->count())
                           .arg(printableText(QDir::toNativeSeparators(target.path()), printable::EchoLength)));
}

} // namespace loopview::cli
