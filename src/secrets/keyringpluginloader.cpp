// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "keyringpluginloader.h"

#include "keyringbackendplugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::KeyringPluginLoader)
};

} // namespace

QString KeyringPluginLoader::defaultDirectory()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                           + QLatin1String(LOOPVIEW_KEYRING_PLUGIN_RELATIVE_DIR));
}

QString KeyringPluginLoader::fileName()
{
    return QStringLiteral(LOOPVIEW_KEYRING_PLUGIN_FILE);
}

KeyringPluginLoader::KeyringPluginLoader(QString directory) : m_directory(std::move(directory)) {}

QString KeyringPluginLoader::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

std::unique_ptr<KeyStore> KeyringPluginLoader::createBackend()
{
    m_errorString.clear();
    const QString path = filePath();
    // QPluginLoader would also look elsewhere for a bare name; the plugin is this file or none.
    if (!QFileInfo(path).isFile()) {
        m_errorString = Text::tr("the keyring plugin %1 is missing").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    QPluginLoader loader(path);
    QObject *instance = loader.instance();
    if (!instance) {
        //: %2 is the system's reason (from the dynamic loader)
        m_errorString = Text::tr("the keyring plugin %1 could not be loaded: %2")
                            .arg(QDir::toNativeSeparators(path), loader.errorString());
        return nullptr;
    }
    auto *plugin = qobject_cast<KeyringBackendPlugin *>(instance);
    if (!plugin) {
        m_errorString = Text::tr("%1 is not a keyring plugin of this version of Loopview")
                            .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    return plugin->createBackend();
}

} // namespace loopview
