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
}

void Preferences::saveRoundToTokenPrecision(QSettings &settings, bool round)
{
    settings.setValue(RoundToTokenPrecisionKey, round);
}

} // namespace loopview
