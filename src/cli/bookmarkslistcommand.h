// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "bookmarkssubcommand.h"

namespace loopview::cli {

// `bookmarks list [--format table|json]`: the bookmarks as a table for people, or the whole
// bookmarks document as JSON.
class BookmarksListCommand : public BookmarksSubcommand
{
public:
    static QString name() { return QStringLiteral("list"); }
    static QStringList acceptedOptions()
    {
        return {QStringLiteral("format"), QStringLiteral("timeout")};
    }

    explicit BookmarksListCommand(const BookmarksInvocation &invocation)
        : BookmarksSubcommand(invocation)
    {
    }
    int execute() override;
};

} // namespace loopview::cli
