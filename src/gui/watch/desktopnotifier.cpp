// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace loopview {

namespace {

const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

void DesktopNotifier::notify(const ChangeNotice &notice)
{
    if (m_sink) {
        m_sink(notice);
        return;
    }
    if (notifyOverDBus(notice))
        return;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(notice.title, notice.body, QSystemTrayIcon::Information);
}

bool DesktopNotifier::notifyOverDBus(const ChangeNotice &notice)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(NotificationsService))
        return false;
    // org.freedesktop.Notifications.Notify(app_name, replaces_id, app_icon, summary, body, actions,
    // hints, expire_timeout). Sent without waiting for the answer: the event loop never blocks.
    QDBusMessage message = QDBusMessage::createMethodCall(NotificationsService, QStringLiteral("/org/freedesktop/Notifications"),
                                                          NotificationsService, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    message << QCoreApplication::applicationName() << uint(0) << QGuiApplication::desktopFileName() << notice.title
            // Most servers read the body as markup: a symbol with "<" must stay text.
            << notice.body.toHtmlEscaped() << QStringList() << hints << int(-1);
    return bus.send(message);
}

} // namespace loopview
