// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"
#include "net/thumbnailurl.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace loopview {

// How much one thumbnail may cost. A minted NFT's image is whatever its minter uploaded: a body
// or a picture of any size, so both are capped before anything is kept or decoded.
struct ThumbnailLimits {
    qint64 maxBodyBytes = 2 * 1024 * 1024;   // Content-Length and the bytes actually received
    QSize maxImageSize{4096, 4096};           // checked from the image header, before decoding
    QSize thumbnailSize{48, 48};              // what is kept: twice the shown icon for HiDPI
    int maxConcurrent = 3;                    // requests at a time, to all hosts together
    int maxRedirects = 3;
    std::chrono::milliseconds timeout{20000};  // per request, without progress
    qint64 maxCacheBytes = 64 * 1024 * 1024;  // the disk cache
};

// The thumbnail of an image body: its format is one of the common web ones (PNG, JPEG, GIF, WebP,
// BMP), its size as the header states it within `limits.maxImageSize`, decoded under an
// allocation limit and scaled to fit `limits.thumbnailSize`. Pure and thread-safe: the loader runs
// it off the GUI thread. The error says why (for a tooltip; the bytes are never shown).
Result<QImage> decodeThumbnail(const QByteArray &bytes, const ThumbnailLimits &limits);

// Loads NFT thumbnails from the hosts their metadata names, with its own QNetworkAccessManager:
// never the Loopring client's, so no API key, header, cookie or connection of the service can go
// along. Each request is a bare GET: no cookies (neither sent nor stored), only allowed
// redirects (isAllowedThumbnailRedirect), bodies over the limit aborted, a few at a time.
// Responses are kept in a QNetworkDiskCache in `cacheDirectory` and preferred over the network
// (an image URL's content does not change: IPFS is content-addressed, CDNs version their paths).
class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailLoader(const QString &cacheDirectory, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    // $XDG_CACHE_HOME/loopview/thumbnails (~/.cache/loopview/thumbnails), beside the token lists.
    static QString defaultCacheDirectory();

    void setLimits(const ThumbnailLimits &limits) { m_limits = limits; }
    const ThumbnailLimits &limits() const { return m_limits; }
    // HttpsOnly unless a test says otherwise.
    void setSchemes(ThumbnailSchemes schemes) { m_schemes = schemes; }

    // Loads `urls` in this order, a few at a time, in place of what was still waiting; loads
    // already running go on. A URL loaded or failed before is not asked for again.
    void load(const QList<QUrl> &urls);
    // Drops what is waiting and aborts what runs; nothing more is reported for them.
    void cancel();

    int runningCount() const { return int(m_running.size()); }
    int waitingCount() const { return int(m_waiting.size()); }

signals:
    void loaded(const QUrl &url, const QImage &thumbnail);
    void failed(const QUrl &url, const QString &reason);

private:
    struct Download {
        QUrl url;  // as asked for, whatever the redirects
        QByteArray body;
        int redirects = 0;
    };

    void startNext();
    void start(const QUrl &url);
    void onMetaData(QNetworkReply *reply);
    // Reads what arrived; false when the reply is over the size limit (and failed) or not ours.
    bool onReadyRead(QNetworkReply *reply);
    void onRedirected(QNetworkReply *reply, const QUrl &target);
    void onFinished(QNetworkReply *reply);
    void fail(QNetworkReply *reply, const QString &reason);
    // Why a body was refused for its size: announced (Content-Length) or as it arrived.
    QString bodyTooLargeReason() const;
    void decode(const QUrl &url, const QByteArray &body);

    QNetworkAccessManager *m_network;
    ThumbnailLimits m_limits;
    ThumbnailSchemes m_schemes = ThumbnailSchemes::HttpsOnly;
    QList<QUrl> m_waiting;
    QHash<QNetworkReply *, Download> m_running;
    QSet<QUrl> m_done;  // loaded, failed or being decoded: never asked for twice
    quint64 m_generation = 0;  // bumped by cancel(): decodes of an older one are dropped
};

} // namespace loopview
