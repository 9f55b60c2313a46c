// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Preferences: what Edit ▸ Preferences saves reads back the same, never holds a key, and values
// that make no sense (hand-edited, or from a build that shipped other languages) read as defaults.

#include "gui/preferences.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;

Q_DECLARE_METATYPE(loopview::Preferences)

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void nothingSavedReadsAsDefaults();
    void savedChoicesReadBack_data();
    void savedChoicesReadBack();
    void nonsenseReadsAsDefaults_data();
    void nonsenseReadsAsDefaults();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("Loopview.conf")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPreferences::nothingSavedReadsAsDefaults()
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    const Preferences preferences = Preferences::load(settings);
    QCOMPARE(preferences, Preferences());
    QVERIFY(!preferences.startNetwork);
    QCOMPARE(preferences.requestTimeout, std::chrono::seconds(15));
    QCOMPARE(preferences.language, QString());
    QCOMPARE(preferences.hideZeroBalances, false);
    QCOMPARE(preferences.roundToTokenPrecision, false);
    QCOMPARE(preferences.currency, QStringLiteral("USD"));
    QCOMPARE(preferences.recordHistory, true);
    QCOMPARE(preferences.watchEnabled, false);  // Watch is off until asked for
    QCOMPARE(preferences.watchIntervalMinutes, 5);
    QCOMPARE(preferences.watchBookmarks, false);
    QCOMPARE(preferences.trayOnClose, Preferences::TrayOnClose::Ask);
    // Thumbnails tell image hosts what the account owns: off until asked for.
    QCOMPARE(preferences.showNftThumbnails, false);
    QCOMPARE(preferences.ipfsGateway, QUrl(QStringLiteral("https://ipfs.io/ipfs/")));
}

void TestPreferences::savedChoicesReadBack_data()
{
    QTest::addColumn<Preferences>("preferences");
    Preferences test;
    test.startNetwork = Network::Test;
    test.requestTimeout = std::chrono::seconds(42);
    test.language = QStringLiteral("zh_CN");
    test.hideZeroBalances = true;
    test.roundToTokenPrecision = true;
    test.currency = QStringLiteral("CNY");
    test.recordHistory = false;
    QTest::newRow("test network, Chinese") << test;
    Preferences custom;
    custom.startNetwork = Network::Custom;
    custom.startCustomUrl = QUrl(QStringLiteral("https://loopring.example.org/api"));
    custom.requestTimeout = Preferences::MaxRequestTimeout;
    QTest::newRow("custom service") << custom;
    Preferences shortest;
    shortest.requestTimeout = Preferences::MinRequestTimeout;
    shortest.language = QStringLiteral("de");
    QTest::newRow("last used network, shortest timeout") << shortest;
    Preferences watching;
    watching.watchEnabled = true;
    watching.watchIntervalMinutes = 60;
    watching.watchBookmarks = true;
    watching.trayOnClose = Preferences::TrayOnClose::KeepWatching;
    QTest::newRow("watching hourly, in the tray") << watching;
    Preferences quitting;
    quitting.watchIntervalMinutes = 1;
    quitting.trayOnClose = Preferences::TrayOnClose::Quit;
    QTest::newRow("not watching, quit on close") << quitting;
    Preferences thumbnails;
    thumbnails.showNftThumbnails = true;
    thumbnails.ipfsGateway = QUrl(QStringLiteral("https://gateway.example/ipfs/"));
    QTest::newRow("NFT thumbnails through another gateway") << thumbnails;
}

void TestPreferences::savedChoicesReadBack()
{
    QFETCH(Preferences, preferences);
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        preferences.save(settings);
    }
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    QCOMPARE(Preferences::load(settings), preferences);
}

void TestPreferences::nonsenseReadsAsDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("unknown network") << QStringLiteral("startNetwork") << QVariant(QStringLiteral("moonnet"));
    QTest::newRow("custom without URL") << QStringLiteral("startNetwork") << QVariant(QStringLiteral("custom"));
    QTest::newRow("timeout zero") << QStringLiteral("requestTimeoutSeconds") << QVariant(0);
    QTest::newRow("timeout too long") << QStringLiteral("requestTimeoutSeconds") << QVariant(3601);
    QTest::newRow("timeout not a number") << QStringLiteral("requestTimeoutSeconds") << QVariant(QStringLiteral("soon"));
    QTest::newRow("language not shipped") << QStringLiteral("language") << QVariant(QStringLiteral("tlh"));
    QTest::newRow("currency not a code") << QStringLiteral("currency") << QVariant(QStringLiteral("US$"));
    QTest::newRow("currency too long") << QStringLiteral("currency") << QVariant(QStringLiteral("EURO"));
    QTest::newRow("watch interval not offered") << QStringLiteral("watchIntervalMinutes") << QVariant(7);
    QTest::newRow("tray choice unknown") << QStringLiteral("trayOnClose") << QVariant(QStringLiteral("sometimes"));
    QTest::newRow("http gateway") << QStringLiteral("ipfsGateway") << QVariant(QStringLiteral("http://ipfs.io/ipfs/"));
    QTest::newRow("file gateway") << QStringLiteral("ipfsGateway") << QVariant(QStringLiteral("file:///tmp/"));
    QTest::newRow("gateway with a query") << QStringLiteral("ipfsGateway") << QVariant(QStringLiteral("https://gw.example/?x"));
}

void TestPreferences::nonsenseReadsAsDefaults()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/v1/") + key, value);
        // A plain-http remote URL is refused like in the form: the start network falls back too.
        settings.setValue(QStringLiteral("preferences/v1/startCustomUrl"), QStringLiteral("http://remote.example"));
    }
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    QCOMPARE(Preferences::load(settings), Preferences());
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "test_preferences.moc"
