// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// KeyringPluginLoader: finds the keyring plugin this build made where the executables look for
// it, gets a working backend from it, and turns a missing, broken or foreign plugin into a
// message instead of a crash.
#include "secrets/keyringpluginloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;

class TestKeyringPluginLoader : public QObject
{
    Q_OBJECT

private:
    static QString builtPluginDirectory() { return QFileInfo(QStringLiteral(LOOPVIEW_KEYRING_PLUGIN_PATH)).absolutePath(); }

private slots:
    void buildTreeMirrorsTheInstalledLayout()
    {
        QCOMPARE(KeyringPluginLoader::fileName(), QFileInfo(QStringLiteral(LOOPVIEW_KEYRING_PLUGIN_PATH)).fileName());
        // The tests run from <build>/tests, a sibling of <build>/bin: the same relative way up
        // leads both to the plugin the build made.
        QCOMPARE(QFileInfo(KeyringPluginLoader::defaultDirectory()).canonicalFilePath(),
                 QFileInfo(builtPluginDirectory()).canonicalFilePath());
    }

    void builtPluginMakesPersistentBackends()
    {
        KeyringPluginLoader loader(builtPluginDirectory());
        const std::unique_ptr<KeyStore> first = loader.createBackend();
        QVERIFY2(first, qPrintable(loader.errorString()));
        QVERIFY(loader.errorString().isEmpty());
        QVERIFY(first->isPersistent());
        // Loading again reuses the loaded plugin; every caller gets a backend of its own.
        const std::unique_ptr<KeyStore> second = KeyringPluginLoader(builtPluginDirectory()).createBackend();
        QVERIFY(second);
        QVERIFY(second.get() != first.get());
    }

    void missingPluginIsAMessage()
    {
        const QTemporaryDir empty;
        KeyringPluginLoader loader(empty.path());
        QVERIFY(!loader.createBackend());
        QCOMPARE(loader.errorString(),
                 QStringLiteral("the keyring plugin %1 is missing").arg(QDir(empty.path()).filePath(KeyringPluginLoader::fileName())));
    }

    void brokenPluginIsAMessage()
    {
        const QTemporaryDir dir;
        QFile file(QDir(dir.path()).filePath(KeyringPluginLoader::fileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x7f" "ELF but not really");
        file.close();
        KeyringPluginLoader loader(dir.path());
        QVERIFY(!loader.createBackend());
        QVERIFY2(loader.errorString().startsWith(QStringLiteral("the keyring plugin %1 could not be loaded: ").arg(file.fileName())),
                 qPrintable(loader.errorString()));
    }

    // A real Qt plugin that is not ours (Qt's SQLite driver under the plugin's name) is loaded
    // but refused: it does not implement KeyringBackendPlugin.
    void foreignPluginIsRefused()
    {
        const QString sqlite = QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/sqldrivers/libqsqlite.so");
        if (!QFileInfo::exists(sqlite))
            QSKIP("Qt's SQLite driver is not installed");
        const QTemporaryDir dir;
        const QString planted = QDir(dir.path()).filePath(KeyringPluginLoader::fileName());
        QVERIFY(QFile::copy(sqlite, planted));
        KeyringPluginLoader loader(dir.path());
        QVERIFY(!loader.createBackend());
        QCOMPARE(loader.errorString(), QStringLiteral("%1 is not a keyring plugin of this version of Loopview").arg(planted));
    }
};

QTEST_GUILESS_MAIN(TestKeyringPluginLoader)
#include "test_keyringpluginloader.moc"
