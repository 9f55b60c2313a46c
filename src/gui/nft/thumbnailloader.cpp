// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "thumbnailloader.h"

#include "net/requestpolicy.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace loopview {

namespace {

// The translation context of the decoder's messages (see docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::ThumbnailLoader)
};

// Raster formats browsers show. Not SVG or anything else a plugin might add: a thumbnail needs
// none of them, and every decoder is attack surface for bytes from a stranger's host.
const QList<QByteArray> AllowedFormats = {"png", "jpeg", "jpg", "gif", "webp", "bmp"};

struct Decoded {
    QImage image;
    QString error;
};

} // namespace

Result<QImage> decodeThumbnail(const QByteArray &bytes, const ThumbnailLimits &limits)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer).toLower();
    if (!AllowedFormats.contains(format))
        return Error::malformed(QString(), Text::tr("The image is not in a format Loopview shows (PNG, JPEG, GIF, WebP)"));
    buffer.seek(0);
    QImageReader reader(&buffer, format);
    // A few bytes of header can claim a picture of gigabytes: its size is checked before any
    // pixel is decoded, and the allocation limit stops a decoder that was lied to.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return Error::malformed(QString(), Text::tr("The image's size cannot be read"));
    if (size.width() > limits.maxImageSize.width() || size.height() > limits.maxImageSize.height()) {
        //: %1 x %2 is the image's size in pixels, %3 x %4 the largest allowed.
        return Error::malformed(QString(), Text::tr("The image is %1 x %2 pixels, more than the %3 x %4 allowed")
                                               .arg(size.width())
                                               .arg(size.height())
                                               .arg(limits.maxImageSize.width())
                                               .arg(limits.maxImageSize.height()));
    }
    const qint64 maxPixels = qint64(limits.maxImageSize.width()) * limits.maxImageSize.height();
    reader.setAllocationLimit(int(maxPixels * 4 / (1024 * 1024)) + 1);  // 32-bit pixels, in MiB
    const QSize target = size.scaled(limits.thumbnailSize, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    // JPEG decodes straight to the smaller size, cheaply; other formats are scaled afterwards.
    if (reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(target);
    QImage image = reader.read();
    if (image.isNull())
        return Error::malformed(QString(), Text::tr("The image could not be decoded"));
    if (image.size() != target)
        image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

ThumbnailLoader::ThumbnailLoader(const QString &cacheDirectory, QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    auto *cache = new QNetworkDiskCache(m_network);
    cache->setCacheDirectory(cacheDirectory);
    cache->setMaximumCacheSize(m_limits.maxCacheBytes);
    m_network->setCache(cache);
    m_network->setAutoDeleteReplies(false);
}

ThumbnailLoader::~ThumbnailLoader()
{
    cancel();
}

QString ThumbnailLoader::defaultCacheDirectory()
{
    // Beside the token lists (TokenCache::defaultDirectory()): one Loopview folder in the cache.
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QLatin1String("/loopview/thumbnails");
}

void ThumbnailLoader::load(const QList<QUrl> &urls)
{
    m_waiting.clear();
    for (const QUrl &url : urls) {
        if (m_done.contains(url) || m_waiting.contains(url))
            continue;
        const bool running = std::any_of(m_running.cbegin(), m_running.cend(),
                                         [&url](const Download &download) { return download.url == url; });
        if (!running)
            m_waiting.append(url);
    }
    startNext();
}

void ThumbnailLoader::cancel()
{
    ++m_generation;
    m_waiting.clear();
    const QList<QNetworkReply *> replies = m_running.keys();
    m_running.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    // What was cancelled may be asked for again; what was loaded stays loaded.
    m_done.clear();
}

void ThumbnailLoader::startNext()
{
    while (m_running.size() < m_limits.maxConcurrent && !m_waiting.isEmpty())
        start(m_waiting.takeFirst());
}

void ThumbnailLoader::start(const QUrl &url)
{
    m_done.insert(url);
    if (!isAllowedThumbnailUrl(url, m_schemes)) {
        emit failed(url, tr("Only https addresses are loaded"));
        return;
    }
    QNetworkRequest request(url);
    // A bare GET: no cookies either way, no stored credentials, no header of Loopview's own.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    request.setTransferTimeout(int(m_limits.timeout.count()));

    QNetworkReply *reply = m_network->get(request);
    m_running.insert(reply, Download{url, {}, 0});
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QIODevice::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) { onRedirected(reply, target); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void ThumbnailLoader::onMetaData(QNetworkReply *reply)
{
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_limits.maxBodyBytes)
        fail(reply, bodyTooLargeReason());
}

bool ThumbnailLoader::onReadyRead(QNetworkReply *reply)
{
    auto it = m_running.find(reply);
    if (it == m_running.end())
        return false;
    // Counted as it arrives: a server may send no Content-Length, or more than it announced.
    it->body.append(reply->read(m_limits.maxBodyBytes + 1 - it->body.size()));
    if (it->body.size() > m_limits.maxBodyBytes) {
        fail(reply, bodyTooLargeReason());
        return false;
    }
    return true;
}

void ThumbnailLoader::onRedirected(QNetworkReply *reply, const QUrl &target)
{
    auto it = m_running.find(reply);
    if (it == m_running.end())
        return;
    const QUrl from = reply->url();
    if (!isAllowedThumbnailRedirect(from, from.resolved(target), m_schemes)) {
        fail(reply, tr("The image's host redirected to an address that is not https"));
        return;
    }
    emit reply->redirectAllowed();
}

void ThumbnailLoader::onFinished(QNetworkReply *reply)
{
    // What is left unread is counted like the rest.
    if (!onReadyRead(reply))
        return;
    const Download download = m_running.take(reply);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        emit failed(download.url, status != 0 && status != 200 ? tr("The image's host answered HTTP %1").arg(status)
                                                               : reply->errorString());
    } else {
        decode(download.url, download.body);
    }
    startNext();
}

QString ThumbnailLoader::bodyTooLargeReason() const
{
    //: %1 is a size such as "2 MiB".
    return tr("The image is larger than %1").arg(describeByteSize(m_limits.maxBodyBytes));
}

void ThumbnailLoader::fail(QNetworkReply *reply, const QString &reason)
{
    const auto it = m_running.find(reply);
    if (it == m_running.end())
        return;
    const QUrl url = it->url;
    m_running.erase(it);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    emit failed(url, reason);
    startNext();
}

void ThumbnailLoader::decode(const QUrl &url, const QByteArray &body)
{
    // Decoding a 4096 x 4096 picture takes a while: never on the GUI thread.
    auto *watcher = new QFutureWatcher<Decoded>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, url, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Decoded decoded = watcher->result();
        if (decoded.image.isNull())
            emit failed(url, decoded.error);
        else
            emit loaded(url, decoded.image);
    });
    watcher->setFuture(QtConcurrent::run([body, limits = m_limits] {
        const Result<QImage> image = decodeThumbnail(body, limits);
        return image ? Decoded{*image, {}} : Decoded{{}, image.error().message};
    }));
}

} // namespace loopview
