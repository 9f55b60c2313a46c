// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/service.h"
#include "net/thumbnailurl.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

class QSettings;

namespace loopview {

// What Edit ▸ Preferences chooses, kept in QSettings under "preferences/v1/…". Never the API key:
// keys live in the keyring or in memory only.
struct Preferences {
    // The shortest and longest request timeout offered: a second is already impatient, an hour
    // is as good as none.
    static constexpr std::chrono::seconds MinRequestTimeout{1};
    static constexpr std::chrono::seconds MaxRequestTimeout{3600};

    // The network the query form starts with; nullopt starts with the last one used.
    std::optional<Network> startNetwork;
    QUrl startCustomUrl;  // the service when startNetwork is Custom (a valid base URL)
    std::chrono::seconds requestTimeout = std::chrono::duration_cast<std::chrono::seconds>(DefaultRequestTimeout);
    QString language;  // a shipped language's code ("de", "zh_CN"); empty for the system's
    bool hideZeroBalances = false;  // the table starts with zero balances hidden
    // Amounts shown rounded to each token's precision. One setting with View ▸ Round to Token
    // Precision, which changes and remembers it too (saveRoundToTokenPrecision), so the dialog
    // always shows what the table does.
    bool roundToTokenPrecision = false;
    // The fiat currency of the Price and Value columns, as parseCurrencyCode() gives it. The
    // service documents USD and CNY; any other three-letter code is asked for as typed, and the
    // service's refusal (HTTP 400) is shown beside the balances.
    QString currency = QStringLiteral("USD");
    // Every successful live fetch is recorded in the history database (HistoryRecorder).
    bool recordHistory = true;

    // Watch (issue 14): refresh the shown account every `watchIntervalMinutes` (one of
    // intervalChoicesMinutes()) and notify about changes. Off by default; one
    // setting with View ▸ Watch for Changes (saveWatchEnabled), like the rounding above.
    enum class TrayOnClose { Ask, KeepWatching, Quit };
    bool watchEnabled = false;
    int watchIntervalMinutes = 5;
    bool watchBookmarks = false;  // Refresh all at each tick too
    // Closing the window while watching: ask, hide to a tray icon that keeps watching, or quit.
    TrayOnClose trayOnClose = TrayOnClose::Ask;

    // NFT thumbnails (issue 15): off by default, because loading an image tells the host that
    // serves it which NFTs you own. ipfs:// images load through `ipfsGateway` (parseIpfsGateway).
    bool showNftThumbnails = false;
    QUrl ipfsGateway = defaultIpfsGateway();

    // Values that were never saved, or no longer make sense (a language no longer shipped, a
    // timeout out of range, an invalid URL), read as the defaults.
    static Preferences load(const QSettings &settings);
    // The watch intervals offered, in minutes.
    static QList<int> intervalChoicesMinutes();
    void save(QSettings &settings) const;
    static void saveRoundToTokenPrecision(QSettings &settings, bool round);
    static void saveWatchEnabled(QSettings &settings, bool enabled);
    static void saveTrayOnClose(QSettings &settings, TrayOnClose choice);

    friend bool operator==(const Preferences &a, const Preferences &b)
    {
        return a.startNetwork == b.startNetwork && a.startCustomUrl == b.startCustomUrl
            && a.requestTimeout == b.requestTimeout && a.language == b.language
            && a.hideZeroBalances == b.hideZeroBalances && a.roundToTokenPrecision == b.roundToTokenPrecision
            && a.currency == b.currency && a.recordHistory == b.recordHistory
            && a.watchEnabled == b.watchEnabled && a.watchIntervalMinutes == b.watchIntervalMinutes
            && a.watchBookmarks == b.watchBookmarks && a.trayOnClose == b.trayOnClose
            && a.showNftThumbnails == b.showNftThumbnails && a.ipfsGateway == b.ipfsGateway;
    }
    friend bool operator!=(const Preferences &a, const Preferences &b) { return !(a == b); }
};

} // namespace loopview
