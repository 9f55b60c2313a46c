// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "preferences.h"

#include "uilanguage.h"

#include "core/price.h"

#include <QSettings>

namespace loopview {

namespace {

const QString StartNetworkKey = QStringLiteral("preferences/v1/startNetwork");
const QString StartCustomUrlKey = QStringLiteral("preferences/v1/startCustomUrl");
const QString RequestTimeoutKey = QStringLiteral("preferences/v1/requestTimeoutSeconds");
const QString LanguageKey = QStringLiteral("preferences/v1/language");
const QString HideZeroKey = QStringLiteral("preferences/v1/hideZeroBalances");
const QString CurrencyKey = QStringLiteral("preferences/v1/currency");
const QString RecordHistoryKey = QStringLiteral("preferences/v1/recordHistory");
// The key the View menu's option was remembered under before it became a preference.
const QString RoundToTokenPrecisionKey = QStringLiteral("balances/v1/roundToTokenPrecision");
const QString WatchEnabledKey = QStringLiteral("preferences/v1/watch");
const QString WatchIntervalKey = QStringLiteral("preferences/v1/watchIntervalMinutes");
const QString WatchBookmarksKey = QStringLiteral("preferences/v1/watchBookmarks");
const QString TrayOnCloseKey = QStringLiteral("preferences/v1/trayOnClose");
const QString NftThumbnailsKey = QStringLiteral("preferences/v1/nftThumbnails");
const QString IpfsGatewayKey = QStringLiteral("preferences/v1/ipfsGateway");
// Stored as words, so reordering the enum changes nothing saved.
const QString TrayAsk = QStringLiteral("ask");
const QString TrayKeepWatching = QStringLiteral("tray");
const QString TrayQuit = QStringLiteral("quit");

QString trayOnCloseWord(Preferences::TrayOnClose choice)
{
    switch (choice) {
    case Preferences::TrayOnClose::KeepWatching:
        return TrayKeepWatching;
    case Preferences::TrayOnClose::Quit:
        return TrayQuit;
    case Preferences::TrayOnClose::Ask:
        break;
    }
    return TrayAsk;
}

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences preferences;
    // Networks are stored by their key ("mainnet"), so reordering the enum changes nothing saved.
    preferences.startNetwork = networkFromKey(settings.value(StartNetworkKey).toString());
    if (preferences.startNetwork == Network::Custom) {
        const Result<QUrl> url = parseBaseUrl(settings.value(StartCustomUrlKey).toString());
        if (url)
            preferences.startCustomUrl = *url;
        else
            preferences.startNetwork.reset();
    }
    bool isNumber = false;
    const qint64 seconds = settings.value(RequestTimeoutKey).toLongLong(&isNumber);
    if (isNumber && seconds >= MinRequestTimeout.count() && seconds <= MaxRequestTimeout.count())
        preferences.requestTimeout = std::chrono::seconds(seconds);
    preferences.language = uilanguage::find(settings.value(LanguageKey).toString());
    preferences.hideZeroBalances = settings.value(HideZeroKey, false).toBool();
    preferences.roundToTokenPrecision = settings.value(RoundToTokenPrecisionKey, false).toBool();
    if (const Result<QString> currency = parseCurrencyCode(settings.value(CurrencyKey).toString()))
        preferences.currency = *currency;
    preferences.recordHistory = settings.value(RecordHistoryKey, true).toBool();
    preferences.watchEnabled = settings.value(WatchEnabledKey, false).toBool();
    const int minutes = settings.value(WatchIntervalKey).toInt();
    if (intervalChoicesMinutes().contains(minutes))
        preferences.watchIntervalMinutes = minutes;
    preferences.watchBookmarks = settings.value(WatchBookmarksKey, false).toBool();
    const QString tray = settings.value(TrayOnCloseKey).toString();
    if (tray == TrayKeepWatching)
        preferences.trayOnClose = TrayOnClose::KeepWatching;
    else if (tray == TrayQuit)
        preferences.trayOnClose = TrayOnClose::Quit;
    preferences.showNftThumbnails = settings.value(NftThumbnailsKey, false).toBool();
    if (const Result<QUrl> gateway = parseIpfsGateway(settings.value(IpfsGatewayKey).toString()))
        preferences.ipfsGateway = *gateway;
    return preferences;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(StartNetworkKey, startNetwork ? networkKey(*startNetwork) : QString());
    settings.setValue(StartCustomUrlKey, startNetwork == Network::Custom ? startCustomUrl.toString() : QString());
    settings.setValue(RequestTimeoutKey, qint64(requestTimeout.count()));
    settings.setValue(LanguageKey, language);
    settings.setValue(HideZeroKey, hideZeroBalances);
    settings.setValue(CurrencyKey, currency);
    settings.setValue(RecordHistoryKey, recordHistory);
    saveRoundToTokenPrecision(settings, roundToTokenPrecision);
    saveWatchEnabled(settings, watchEnabled);
    settings.setValue(WatchIntervalKey, watchIntervalMinutes);
    settings.setValue(WatchBookmarksKey, watchBookmarks);
    saveTrayOnClose(settings, trayOnClose);
    settings.setValue(NftThumbnailsKey, showNftThumbnails);
    settings.setValue(IpfsGatewayKey, ipfsGateway.toString());
}

void Preferences::saveWatchEnabled(QSettings &settings, bool enabled)
{
    settings.setValue(WatchEnabledKey, enabled);
}

void Preferences::saveTrayOnClose(QSettings &settings, TrayOnClose choice)
{
    settings.setValue(TrayOnCloseKey, trayOnCloseWord(choice));
}

QList<int> Preferences::intervalChoicesMinutes()
{
    return {1, 5, 15, 60};
}

void Preferences::saveRoundToTokenPrecision(QSettings &settings, bool round)
{
    settings.setValue(RoundToTokenPrecisionKey, round);
}

} // namespace loopview
