// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "bookmarkssubcommand.h"

namespace loopview::cli {

// `bookmarks import FILE`: a Loopview bookmarks file (its own labels, services and filters), or a
// Loopring wallet "Export Account" file (one bookmark; its private key is ignored, its API key kept
// only with --store-key).
class BookmarksImportCommand : public BookmarksSubcommand
{
public:
    static QString name() { return QStringLiteral("import"); }
    static QStringList acceptedOptions()
    {
        return {QStringLiteral("label"),  QStringLiteral("network"),   QStringLiteral("base-url"),
                QStringLiteral("tokens"), QStringLiteral("note"),      QStringLiteral("store-key"),
                QStringLiteral("timeout")};
    }

    explicit BookmarksImportCommand(const BookmarksInvocation &invocation)
        : BookmarksSubcommand(invocation)
    {
    }
    int execute() override;

private:
    int importWalletExport(const QString &path) const;
    // The export's key for an account that is already bookmarked: never replaces a stored key
    // without saying so.
    int storeKeyOfExisting(const Bookmark &existing, const QString &key) const;
};

} // namespace loopview::cli
