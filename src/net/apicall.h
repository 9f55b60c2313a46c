// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>
#include <utility>

namespace loopview {

// One in-flight call to the Loopring API: the handle LoopringClient's get…() functions return,
// created as the client's child. The caller may deleteLater() it after finished(), or take
// ownership with setParent(). Destroying the client destroys the calls it still owns without
// finished(); calls re-parented elsewhere finish with a Cancelled error instead.
// finished() is emitted exactly once, always asynchronously (never from inside the get…() call):
// on success, on error, or on cancel() (with a Cancelled error).
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    bool isFinished() const { return m_finished; }
    // Valid after finished(): the response body (success) or the error.
    bool succeeded() const { return m_finished && !m_error.has_value(); }
    // Only meaningful when finished and not succeeded(); otherwise a placeholder Input error.
    const Error &error() const;
    QByteArray body() const { return m_body; }
    // The body moved out, for a caller done with the call: a large body is then not kept alive
    // until the call's deleteLater() runs. body() is empty afterwards.
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    // The same as one value, for callers that chain into the json:: parsers.
    Result<QByteArray> result() const;

public slots:
    // Aborts the pending reply or retry wait and finishes with Error::cancelled(). No-op once finished.
    void cancel();

signals:
    // The service asked us to slow down or was briefly unavailable; the call will make attempt
    // number `attempt` (2 for the first retry) after `delayMs`. `httpStatus` is what the service
    // answered (429 rate limit, 502/503/504 outage): decide by it, never by `reason`, a translated
    // sentence for people ("Rate limited (HTTP 429)").
    void retrying(int attempt, int delayMs, int httpStatus, const QString &reason);
    void finished();

private:
    friend class LoopringClient;
    friend class HttpExchange;
    explicit ApiCall(QObject *parent = nullptr);
    void finishWith(QByteArray body);
    void finishWith(Error error);
    // Finishes on the next event-loop turn, so callers can connect to finished() after get…().
    void finishLater(Error error);
    void finishLater(QByteArray body, std::chrono::milliseconds delay);

    bool m_finished = false;
    QByteArray m_body;
    std::optional<Error> m_error;
    std::function<void()> m_abort;  // set while a reply, retry timer or demo timer is pending
    QString m_secret;               // this call's API key, scrubbed from error messages as a last line of defence
};

} // namespace loopview
