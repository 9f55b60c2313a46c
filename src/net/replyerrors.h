// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

// Turns what came back from the wire into one human Error. Messages name the host and the HTTP
// status, never the URL's query or any header, so they cannot leak the API key.
namespace loopview::replyerrors {

// DNS, connect, TLS and transport failures: ErrorKind::Network.
// "Could not connect to 127.0.0.1:1234: connection refused".
Error networkFailure(QNetworkReply::NetworkError code, const QString &detail, const QUrl &url);

// HTTP ≥ 400 (and stray 3xx): ErrorKind::Service with httpStatus, plus apiCode when the body has a
// resultInfo. HTML bodies are never quoted, only the status line.
Error httpFailure(int httpStatus, const QByteArray &reasonPhrase, const QByteArray &body);

// A 2xx whose body is an error after all: a resultInfo with a non-zero code (Service), or a web
// page (captive portal, proxy login) where JSON was expected (Malformed). nullopt when it looks fine.
std::optional<Error> failureInSuccessBody(int httpStatus, const QByteArray &contentType, const QByteArray &body);

Error timeout(std::chrono::milliseconds limit);
Error bodyTooLarge(qint64 limit);
Error crossOriginRedirect(const QUrl &target, const QUrl &origin, bool apiKeySent, int httpStatus);
// More than `limit` redirects, each of them to the same origin (a redirect loop): Service.
Error tooManyRedirects(const QUrl &origin, int limit, int httpStatus);

// Compressed bodies (see bodydecoding.h), all Malformed: the service sent what cannot be used.
// `compressedBytes` arrived and unpacked to more than `limit`.
Error unpackedBodyTooLarge(const QByteArray &encoding, qint64 compressedBytes, qint64 limit);
// Corrupt or cut short; `reason` is zlib's (empty when the data simply ended too early).
Error undecodableBody(const QByteArray &encoding, const QString &reason);
// A Content-Encoding Loopview did not offer (br, zstd, compress…).
Error unrequestedEncoding(const QByteArray &encoding);

// The standard reason phrase ("Bad Gateway") for when the service sent none.
QString standardReasonPhrase(int httpStatus);

} // namespace loopview::replyerrors
