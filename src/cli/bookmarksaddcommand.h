// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "bookmarkssubcommand.h"

namespace loopview::cli {

// `bookmarks add --label LABEL (--account-id N | --address 0x…) …`: a new bookmark, and with
// --store-key its API key in the keyring (both or neither).
class BookmarksAddCommand : public BookmarksSubcommand
{
public:
    static QString name() { return QStringLiteral("add"); }
    static QStringList acceptedOptions()
    {
        return {QStringLiteral("label"),    QStringLiteral("account-id"), QStringLiteral("address"),
                QStringLiteral("network"),  QStringLiteral("base-url"),   QStringLiteral("tokens"),
                QStringLiteral("note"),     QStringLiteral("store-key"),  QStringLiteral("api-key-file"),
                QStringLiteral("timeout")};
    }

    explicit BookmarksAddCommand(const BookmarksInvocation &invocation)
        : BookmarksSubcommand(invocation)
    {
    }
    int execute() override;
};

} // namespace loopview::cli
