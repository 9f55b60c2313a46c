// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QObject>

class QSocketNotifier;

namespace loopview::cli {

// Turns SIGINT into a Qt signal (self-pipe trick): a signal handler may only do async-signal-safe
// work, so it writes one byte and the event loop does the rest. Lets Ctrl+C cancel the request
// in flight and exit through the normal path instead of dying mid-write.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    void drain();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace loopview::cli
