// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bodydecoding.h"

#include "replyerrors.h"

#include <zlib.h>

#include <array>

namespace loopview::bodydecoding {

namespace {

// zlib's inflate state, ended however inflateAll() returns.
class Inflater
{
public:
    explicit Inflater(int windowBits) { m_ready = inflateInit2(&m_stream, windowBits) == Z_OK; }
    ~Inflater()
    {
        if (m_ready)
            inflateEnd(&m_stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    bool isReady() const { return m_ready; }
    z_stream &stream() { return m_stream; }

private:
    z_stream m_stream = {};
    bool m_ready = false;
};

struct Inflated {
    enum class Outcome { Done, TooLarge, Truncated, Corrupt };
    Outcome outcome = Outcome::Done;
    QByteArray body;
    QString reason;               // zlib's words for Corrupt ("incorrect header check")
    bool nothingUnpacked = false; // Corrupt from the very first byte
};

// 15 + 32 as windowBits: a zlib or a gzip header, detected; -15: raw deflate, no header.
Inflated inflateAll(const QByteArray &compressed, int windowBits, qint64 maxBytes)
{
    Inflated result;
    Inflater inflater(windowBits);
    if (!inflater.isReady()) {
        result.outcome = Inflated::Outcome::Corrupt;
        result.reason = QStringLiteral("zlib could not start");
        return result;
    }
    z_stream &stream = inflater.stream();
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    std::array<char, 64 * 1024> chunk;
    for (;;) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        const int status = inflate(&stream, Z_NO_FLUSH);
        if (status == Z_BUF_ERROR) {
            // No progress possible: the input ended inside the compressed data.
            result.outcome = Inflated::Outcome::Truncated;
            return result;
        }
        if (status != Z_OK && status != Z_STREAM_END) {
            result.outcome = Inflated::Outcome::Corrupt;
            result.reason = stream.msg ? QString::fromLatin1(stream.msg) : QString();
            result.nothingUnpacked = result.body.isEmpty() && stream.total_out == 0;
            return result;
        }
        // Counted before it is kept: memory never holds more than the limit and one chunk.
        const qsizetype produced = qsizetype(chunk.size() - stream.avail_out);
        if (result.body.size() + produced > maxBytes) {
            result.outcome = Inflated::Outcome::TooLarge;
            result.body.clear();
            return result;
        }
        result.body.append(chunk.data(), produced);
        if (status == Z_STREAM_END) {
            if (stream.avail_in == 0)
                return result;
            // Several gzip members one after another (RFC 1952 allows it): go on with the next.
            inflateReset(&stream);
        }
    }
}

} // namespace

Result<QByteArray> decode(const QByteArray &contentEncoding, const QByteArray &body, qint64 maxBytes)
{
    const QByteArray encoding = contentEncoding.trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity")
        return body;
    if (encoding != "gzip" && encoding != "x-gzip" && encoding != "deflate")
        return replyerrors::unrequestedEncoding(contentEncoding);

    Inflated inflated = inflateAll(body, 15 + 32, maxBytes);
    // "deflate" means zlib-wrapped data, but some servers send it raw: try that before giving up.
    if (inflated.outcome == Inflated::Outcome::Corrupt && inflated.nothingUnpacked && encoding == "deflate")
        inflated = inflateAll(body, -15, maxBytes);
    switch (inflated.outcome) {
    case Inflated::Outcome::Done:
        return std::move(inflated.body);
    case Inflated::Outcome::TooLarge:
        return replyerrors::unpackedBodyTooLarge(encoding, body.size(), maxBytes);
    case Inflated::Outcome::Truncated:
        return replyerrors::undecodableBody(encoding, QString());
    case Inflated::Outcome::Corrupt:
        return replyerrors::undecodableBody(encoding, inflated.reason);
    }
    return replyerrors::undecodableBody(encoding, inflated.reason);
}

} // namespace loopview::bodydecoding
