// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "error.h"

#include <QString>
#include <QStringView>

namespace loopview {

// The longest text accepted as an API key. Loopring's keys have 64 characters; a test service's
// may differ, but nothing this long is a key (it is a pasted file or a mistake).
inline constexpr qsizetype MaxApiKeyLength = 256;

// The one check for an API key entering Loopview: typed into the window or the bookmark dialog,
// read from --api-key-file or LOOPVIEW_API_KEY, or taken from a wallet export.
//
// Surrounding whitespace (a file's trailing newline) is trimmed. What remains must be printable
// ASCII without spaces (U+0021–U+007E), at most MaxApiKeyLength characters: the key becomes an HTTP
// header value, where a line break would smuggle a header and a space or control character would
// corrupt the request. The Input error names `origin` ("LOOPVIEW_API_KEY", "the API key file
// /x/key") and the first offending character by position and kind, never the key itself. An empty
// `origin` reads "The API key …".
Result<QString> validateApiKey(QStringView key, const QString &origin = {});

} // namespace loopview
