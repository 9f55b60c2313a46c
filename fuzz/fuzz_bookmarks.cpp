// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The bookmarks file loader reads whatever is on disk (or in a file someone sent for import). It
// must accept a list of bookmarks that survive their own round trip, or refuse with a reason;
// never crash. BookmarkStore::load() and import both go through parseBookmarksJson's parser.
#include "core/bookmarkstore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)loopview::BookmarkStore::looksLikeBookmarksJson(bytes);
    const auto parsed = loopview::BookmarkStore::parseBookmarksJson(bytes);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort();  // a refusal must always say why
        return 0;
    }
    // What was read is written back the way the store writes it, and reads back the same.
    QJsonArray list;
    for (const loopview::Bookmark &bookmark : parsed.value()) {
        (void)bookmark.validate();
        (void)bookmark.tokenFilter();
        (void)bookmark.toQuery();
        list.append(bookmark.toJson());
    }
    const QJsonObject root{{QStringLiteral("schema"), loopview::BookmarkStore::SchemaVersion},
                           {QStringLiteral("bookmarks"), list}};
    const QByteArray written = QJsonDocument(root).toJson();
    const auto again = loopview::BookmarkStore::parseBookmarksJson(written);
    if (!again || again.value() != parsed.value())
        std::abort();
    return 0;
}
