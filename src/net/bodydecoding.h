// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"

#include <QByteArray>

// Unpacks a response body sent with Content-Encoding gzip or deflate, never beyond a size limit.
//
// Loopview asks for these two encodings itself (AcceptedEncodings) instead of letting Qt unpack
// bodies: Qt 6.4 stops a large expansion only with an anonymous error 299 that reads the same as a
// corrupt stream ("Decompression failed: "), and with that safety check off it unpacks a whole
// network read into memory before anyone can count (a 500 KiB bomb became 512 MiB). Here the
// output is counted as it is produced: a body growing past the limit is stopped there, and the
// message can say it was compressed and how far it grew. Brotli and zstd are not offered: fewer
// decoders face hostile input.
namespace loopview::bodydecoding {

// The Accept-Encoding header Loopview sends.
inline constexpr char AcceptedEncodings[] = "gzip, deflate";

// `body` unpacked according to `contentEncoding` (the header's value; empty or "identity" = as
// is). A Malformed error when the encoding was not asked for, the compressed data is corrupt or
// cut short, or the unpacked body would be larger than `maxBytes`.
Result<QByteArray> decode(const QByteArray &contentEncoding, const QByteArray &body, qint64 maxBytes);

} // namespace loopview::bodydecoding
