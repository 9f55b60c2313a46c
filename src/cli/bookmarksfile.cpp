// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarksfile.h"

#include "console.h"

#include "core/bookmarkstore.h"

namespace loopview::cli {

std::unique_ptr<BookmarkStore> openBookmarkStore(std::chrono::milliseconds lockTimeout)
{
    auto store = std::make_unique<BookmarkStore>();
    store->setLockTimeout(lockTimeout);
    BookmarkStore *raw = store.get();
    QObject::connect(raw, &BookmarkStore::bookmarksReset, raw, [raw, reported = QString()]() mutable {
        const QString &message = raw->lastLoadReport().message;
        if (!message.isEmpty() && message != reported)
            Console::warning(message);
        reported = message;
    });
    store->load();
    return store;
}

} // namespace loopview::cli
