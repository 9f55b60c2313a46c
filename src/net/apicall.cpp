// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "apicall.h"

#include <QTimer>

namespace loopview {

ApiCall::ApiCall(QObject *parent) : QObject(parent) {}

ApiCall::~ApiCall() = default;

const Error &ApiCall::error() const
{
    static const Error noError = Error::input(QStringLiteral("No error"));
    return m_error ? *m_error : noError;
}

Result<QByteArray> ApiCall::result() const
{
    if (!m_finished)
        return Error::input(tr("The request has not finished yet"));
    if (m_error)
        return *m_error;
    return m_body;
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_abort)
        m_abort();
    finishWith(Error::cancelled());
}

void ApiCall::finishWith(QByteArray body)
{
    if (m_finished)
        return;
    m_finished = true;
    m_abort = nullptr;
    m_body = std::move(body);
    emit finished();
}

void ApiCall::finishWith(Error error)
{
    if (m_finished)
        return;
    // Messages are built from hosts and status lines only, but a service could echo the key back
    // in its resultInfo text: never let it reach a label, a log or a terminal.
    error.message = redactSecret(std::move(error.message), m_secret, tr("[API key]"));
    m_finished = true;
    m_abort = nullptr;
    m_error = std::move(error);
    emit finished();
}

void ApiCall::finishLater(Error error)
{
    QTimer::singleShot(0, this, [this, error] { finishWith(error); });
}

void ApiCall::finishLater(QByteArray body, std::chrono::milliseconds delay)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, body] { finishWith(body); });
    m_abort = [timer] { timer->stop(); };
    timer->start(delay);
}

} // namespace loopview
