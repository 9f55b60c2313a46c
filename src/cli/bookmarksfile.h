// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <chrono>
#include <memory>

namespace loopview {
class BookmarkStore;
} // namespace loopview

namespace loopview::cli {

// The bookmarks file as the CLI opens it (the bookmarks subcommands and `balances --bookmark`):
// loaded, waiting at most `lockTimeout` for another program's lock, with its load problems
// reported on stderr as warnings (they do not stop the command). A change re-reads the file under
// its lock and may find it damaged meanwhile: that is reported the same way, once.
std::unique_ptr<BookmarkStore> openBookmarkStore(std::chrono::milliseconds lockTimeout);

} // namespace loopview::cli
