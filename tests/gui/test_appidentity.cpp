// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The application's identity against the files the package installs: the desktop file id set
// with QGuiApplication::setDesktopFileName (the Wayland app_id) must be the name of the installed
// desktop entry, or GNOME and Plasma cannot match the window to its launcher and icon.

#include "gui/appidentity.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

class TestAppIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopFileNameIsTheInstalledDesktopEntry();
    void metainfoLaunchesTheSameDesktopEntry();
    void settingsLiveWhereTheDocsSay();
};

void TestAppIdentity::initTestCase()
{
    loopview::setApplicationIdentity();
}

void TestAppIdentity::desktopFileNameIsTheInstalledDesktopEntry()
{
    // packaging/CMakeLists.txt installs this very file to share/applications under its own name.
    const QFileInfo desktopEntry(QStringLiteral(LOOPVIEW_DESKTOP_ENTRY));
    QVERIFY2(desktopEntry.isFile(), qPrintable(desktopEntry.filePath()));
    QCOMPARE(desktopEntry.suffix(), QStringLiteral("desktop"));
    QCOMPARE(QGuiApplication::desktopFileName(), desktopEntry.completeBaseName());

    QFile file(desktopEntry.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^Exec=loopview\\b"), QRegularExpression::MultilineOption)),
             "the desktop entry must start the loopview binary");
}

void TestAppIdentity::metainfoLaunchesTheSameDesktopEntry()
{
    QFile file(QStringLiteral(LOOPVIEW_METAINFO));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    const QString id = QGuiApplication::desktopFileName();
    QVERIFY2(text.contains(QStringLiteral("<id>%1</id>").arg(id)), qPrintable(id));
    QVERIFY2(text.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(id)),
             qPrintable(id));
    QCOMPARE(QFileInfo(file.fileName()).fileName(), id + QStringLiteral(".metainfo.xml"));
}

void TestAppIdentity::settingsLiveWhereTheDocsSay()
{
    // README: ~/.config/Loopview/Loopview.conf; the bookmarks directory follows the same names.
    QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("Loopview"));
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("Loopview"));
    QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(LOOPVIEW_VERSION));
    const QSettings settings;
    QVERIFY2(settings.fileName().endsWith(QLatin1String("/Loopview/Loopview.conf")), qPrintable(settings.fileName()));
}

QTEST_MAIN(TestAppIdentity)
#include "test_appidentity.moc"
