// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "bookmarkssubcommand.h"

namespace loopview::cli {

// `bookmarks remove LABEL|ID`: the bookmark and its key in the keyring; the key goes first, and
// a keyring that refuses or stays silent leaves both where they are.
class BookmarksRemoveCommand : public BookmarksSubcommand
{
public:
    static QString name() { return QStringLiteral("remove"); }
    static QStringList acceptedOptions()
    {
        return {QStringLiteral("timeout")};
    }

    explicit BookmarksRemoveCommand(const BookmarksInvocation &invocation)
        : BookmarksSubcommand(invocation)
    {
    }
    int execute() override;
};

} // namespace loopview::cli
