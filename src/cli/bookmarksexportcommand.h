// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "bookmarkssubcommand.h"

namespace loopview::cli {

// `bookmarks export FILE|-`: the bookmarks document, never with API keys.
class BookmarksExportCommand : public BookmarksSubcommand
{
public:
    static QString name() { return QStringLiteral("export"); }
    static QStringList acceptedOptions()
    {
        return {QStringLiteral("timeout")};
    }

    explicit BookmarksExportCommand(const BookmarksInvocation &invocation)
        : BookmarksSubcommand(invocation)
    {
    }
    int execute() override;
};

} // namespace loopview::cli
