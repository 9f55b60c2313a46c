// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "changenotice.h"

#include <QObject>
#include <QPointer>
#include <functional>

#include <QSystemTrayIcon>

namespace loopview {

// Shows a Watch notification on the desktop: through the freedesktop notification service on the
// session bus when one runs (GNOME, KDE, most Linux desktops), else as a message of the tray icon
// when it is shown. Tests replace the delivery with a sink.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    using Sink = std::function<void(const ChangeNotice &notice)>;

    explicit DesktopNotifier(QObject *parent = nullptr);

    void setSink(Sink sink) { m_sink = std::move(sink); }
    // The tray icon, while one is shown (Watch keeps running with the window closed).
    void setTrayIcon(QSystemTrayIcon *tray) { m_tray = tray; }

public slots:
    void notify(const loopview::ChangeNotice &notice);

private:
    bool notifyOverDBus(const ChangeNotice &notice);

    Sink m_sink;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace loopview
