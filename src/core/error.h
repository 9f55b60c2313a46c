// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace loopview {

// What went wrong, coarsely enough that the GUI can pick a message and the CLI an exit code.
enum class ErrorKind {
    Input,      // the user's input is unusable (bad address, bad id, http to a remote host, missing key)
    Network,    // DNS, connect, TLS, timeout: the service was never heard from properly
    Service,    // the service answered and refused: HTTP error status or a resultInfo error code
    Malformed,  // the service answered something we cannot trust (bad JSON, missing field, bad amount)
    Io,         // a local file could not be read or written
    Cancelled,  // the user (or a newer request) cancelled
};

struct Error {
    ErrorKind kind = ErrorKind::Input;
    QString message;      // one human sentence, never containing the API key
    int httpStatus = 0;   // 0 when no HTTP status was received
    int apiCode = 0;      // Loopring resultInfo.code, 0 when none
    bool timedOut = false;
    QString field;        // for Malformed: the JSON path that failed, e.g. "[2].pending.deposit"

    // Built field by field: brace-initialising only the first members trips
    // -Wmissing-field-initializers under -Wextra.
    static Error make(ErrorKind kind, QString message)
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        return e;
    }
    static Error input(QString message) { return make(ErrorKind::Input, std::move(message)); }
    static Error malformed(QString field, QString message)
    {
        Error e = make(ErrorKind::Malformed, std::move(message));
        e.field = std::move(field);
        return e;
    }
    static Error io(QString message) { return make(ErrorKind::Io, std::move(message)); }
    static Error cancelled() { return make(ErrorKind::Cancelled, QStringLiteral("Cancelled")); }

    // Loopring's resultInfo codes that mean "the API key is wrong or missing".
    bool isApiKeyProblem() const { return apiCode == 104001 || apiCode == 104002; }
};

// A value or the reason there is none. Small on purpose: std::expected is C++23.
template <typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Hides an API key inside a message (a service may echo it back, and not always verbatim).
// Case is ignored, and any run of at least MinRedactedRun consecutive characters of the key is
// hidden too, so a key echoed lower-cased, upper-cased or truncated does not leak. Each hidden
// run becomes one `replacement`. Keys shorter than MinSecretLength are not Loopring keys (those
// have 64 characters) and would match ordinary words, mangling every message ("lookup" with the
// key "k"), so they are left alone; a key of 8 to 11 characters is hidden only as a whole.
namespace secretscrub {
inline constexpr qsizetype MinSecretLength = 8;
inline constexpr qsizetype MinRedactedRun = 12;
} // namespace secretscrub

QString redactSecret(QString text, const QString &secret, const QString &replacement);

} // namespace loopview
