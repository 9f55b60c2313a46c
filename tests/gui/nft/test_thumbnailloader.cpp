// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// NFT thumbnails from the fake server on 127.0.0.1: what a request carries (nothing of Loopview's
// or Loopring's), what is refused (other schemes, downgrading redirects, bodies and pictures over
// the limits) and that the disk cache answers the second time.
#include "gui/nft/thumbnailloader.h"

#include "fakeloopringserver.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace loopview;
using namespace loopview::test;

namespace {

// A PNG of `size`; `noisy` makes it compress badly, so its body is large for its pixels.
QByteArray png(QSize size, bool noisy = false)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(200, 80, 20));
    if (noisy) {
        QRandomGenerator random(42);
        for (int y = 0; y < size.height(); ++y) {
            for (int x = 0; x < size.width(); ++x)
                image.setPixel(x, y, random.generate());
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

FakeResponse image(const QByteArray &body)
{
    FakeResponse response;
    response.body = body;
    response.contentType = "image/png";
    return response;
}

} // namespace

class TestThumbnailLoader : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<FakeLoopringServer>();
        QVERIFY(m_server->listen());
        m_cache = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cache->isValid());
        m_loader = makeLoader();
    }

    void cleanup()
    {
        m_loader.reset();
        m_cache.reset();
        m_server.reset();
    }

    void decodesAndScalesToThumbnailSize()
    {
        const Result<QImage> wide = decodeThumbnail(png(QSize(400, 200)), ThumbnailLimits());
        QVERIFY(wide.ok());
        QCOMPARE(wide->size(), QSize(48, 24));
        QCOMPARE(QColor(wide->pixel(10, 10)), QColor(200, 80, 20));
        // Smaller pictures are scaled up to the same box, so every row's icon is drawn alike.
        QCOMPARE(decodeThumbnail(png(QSize(4, 4)), ThumbnailLimits())->size(), QSize(48, 48));
    }

    void decodeRefusesHugeDimensionsAndOtherFormats()
    {
        ThumbnailLimits limits;
        QVERIFY(decodeThumbnail(png(QSize(4096, 1)), limits).ok());
        const Result<QImage> wide = decodeThumbnail(png(QSize(4097, 1)), limits);
        QVERIFY(!wide.ok());
        QVERIFY2(wide.error().message.contains(QLatin1String("4097 x 1")), qPrintable(wide.error().message));
        QVERIFY(!decodeThumbnail(png(QSize(1, 4097)), limits).ok());
        QVERIFY(!decodeThumbnail(QByteArray("<html>not an image</html>"), limits).ok());
        QVERIFY(!decodeThumbnail(QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"), limits).ok());
        QVERIFY(!decodeThumbnail(QByteArray(), limits).ok());
        // A PNG cut off after its header claims a size but has no pixels.
        QVERIFY(!decodeThumbnail(png(QSize(64, 64)).left(40), limits).ok());
    }

    void loadsWithABareRequest()
    {
        FakeResponse response = image(png(QSize(64, 64)));
        response.withHeader("Set-Cookie", "tracker=abc; Path=/");
        m_server->route(QStringLiteral("/img/a.png"), response);
        m_server->route(QStringLiteral("/img/b.png"), image(png(QSize(64, 32))));
        QSignalSpy loaded(m_loader.get(), &ThumbnailLoader::loaded);

        m_loader->load({m_server->url(QStringLiteral("/img/a.png"))});
        QTRY_COMPARE(loaded.size(), 1);
        m_loader->load({m_server->url(QStringLiteral("/img/b.png"))});
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(1).at(0).toUrl(), m_server->url(QStringLiteral("/img/b.png")));
        QCOMPARE(loaded.at(1).at(1).value<QImage>().size(), QSize(48, 24));

        QCOMPARE(m_server->requestCount(), 2);
        for (const RecordedRequest &request : m_server->requests()) {
            QCOMPARE(request.method, QByteArray("GET"));
            QVERIFY(!request.hasHeader("X-API-KEY"));
            QVERIFY(!request.hasHeader("Authorization"));
            // The cookie the first image's host set is not sent back to anyone.
            QVERIFY2(!request.hasHeader("Cookie"), request.header("Cookie").constData());
            for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
                QVERIFY2(!it.key().contains("loopring") && !it.value().toLower().contains("loopring"),
                         QByteArray(it.key() + ": " + it.value()).constData());
                QVERIFY2(!it.key().contains("loopview") && !it.value().toLower().contains("loopview"),
                         QByteArray(it.key() + ": " + it.value()).constData());
            }
        }
    }

    void refusesHttpUnderTheApplicationsPolicy()
    {
        m_server->route(QStringLiteral("/img/a.png"), image(png(QSize(8, 8))));
        auto production = std::make_unique<ThumbnailLoader>(m_cache->path());  // HttpsOnly: never changed here
        QSignalSpy failed(production.get(), &ThumbnailLoader::failed);
        QSignalSpy loaded(production.get(), &ThumbnailLoader::loaded);
        production->load({m_server->url(QStringLiteral("/img/a.png")), QUrl(QStringLiteral("file:///etc/hostname")),
                          QUrl(QStringLiteral("data:image/png;base64,iVBORw0KGgo="))});
        QCOMPARE(failed.size(), 3);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(production->runningCount(), 0);
        QTest::qWait(50);
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void refusesABodyOverTheLimitAnnounced()
    {
        ThumbnailLimits limits;
        limits.maxBodyBytes = 4096;
        m_loader->setLimits(limits);
        const QByteArray body = png(QSize(64, 64), true);
        QVERIFY(body.size() > limits.maxBodyBytes);
        m_server->route(QStringLiteral("/img/big.png"), image(body));
        QSignalSpy failed(m_loader.get(), &ThumbnailLoader::failed);
        QSignalSpy loaded(m_loader.get(), &ThumbnailLoader::loaded);

        m_loader->load({m_server->url(QStringLiteral("/img/big.png"))});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("4 KiB")), qPrintable(failed.at(0).at(1).toString()));
        QTest::qWait(50);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(m_loader->runningCount(), 0);
    }

    void refusesABodyOverTheLimitAsItStreams()
    {
        ThumbnailLimits limits;
        limits.maxBodyBytes = 4096;
        m_loader->setLimits(limits);
        FakeResponse response = image(png(QSize(64, 64), true));
        response.omitContentLength = true;  // the size shows only as the bytes arrive
        m_server->route(QStringLiteral("/img/big.png"), response);
        QSignalSpy failed(m_loader.get(), &ThumbnailLoader::failed);
        QSignalSpy loaded(m_loader.get(), &ThumbnailLoader::loaded);

        m_loader->load({m_server->url(QStringLiteral("/img/big.png"))});
        QTRY_COMPARE(failed.size(), 1);
        QTest::qWait(50);
        // No partial picture: the first 4 KiB of a PNG would decode to a partly drawn image.
        QCOMPARE(loaded.size(), 0);
    }

    void refusesHugeDimensions()
    {
        m_server->route(QStringLiteral("/img/wide.png"), image(png(QSize(5000, 2))));
        QSignalSpy failed(m_loader.get(), &ThumbnailLoader::failed);
        QSignalSpy loaded(m_loader.get(), &ThumbnailLoader::loaded);
        m_loader->load({m_server->url(QStringLiteral("/img/wide.png"))});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("5000 x 2")), qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(loaded.size(), 0);
    }

    void usesTheDiskCacheTheSecondTime()
    {
        FakeResponse response = image(png(QSize(32, 32)));
        response.withHeader("Cache-Control", "public, max-age=31536000, immutable");
        m_server->route(QStringLiteral("/ipfs/QmCid"), response);
        const QUrl url = m_server->url(QStringLiteral("/ipfs/QmCid"));
        {
            QSignalSpy loaded(m_loader.get(), &ThumbnailLoader::loaded);
            m_loader->load({url});
            QTRY_COMPARE(loaded.size(), 1);
        }
        QCOMPARE(m_server->requestCount(), 1);

        // Another run of the application: a new loader on the same cache directory.
        m_loader = makeLoader();
        QSignalSpy loaded(m_loader.get(), &ThumbnailLoader::loaded);
        m_loader->load({url});
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(1).value<QImage>().size(), QSize(48, 48));
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(!QDir(m_cache->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void followsOnlyAllowedRedirects()
    {
        m_server->route(QStringLiteral("/img/a.png"), image(png(QSize(8, 8))));
        m_server->route(QStringLiteral("/moved"), FakeResponse::redirect(m_server->url(QStringLiteral("/img/a.png"))));
        QUrl elsewhere = m_server->url(QStringLiteral("/img/a.png"));
        elsewhere.setHost(QStringLiteral("localhost"));  // http to a host the test policy does not allow
        m_server->route(QStringLiteral("/away"), FakeResponse::redirect(elsewhere));
        m_server->route(QStringLiteral("/file"), FakeResponse::redirect(QUrl(QStringLiteral("file:///etc/hostname"))));
        QSignalSpy loaded(m_loader.get(), &ThumbnailLoader::loaded);
        QSignalSpy failed(m_loader.get(), &ThumbnailLoader::failed);

        m_loader->load({m_server->url(QStringLiteral("/moved"))});
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toUrl(), m_server->url(QStringLiteral("/moved")));

        m_loader->load({m_server->url(QStringLiteral("/away")), m_server->url(QStringLiteral("/file"))});
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(loaded.size(), 1);
        // The refused targets were never asked: /moved, /img/a.png, /away, /file.
        QCOMPARE(m_server->requestCount(), 4);
    }

    void runsAFewAtATimeAndCancels()
    {
        m_server->route(QStringLiteral("/slow"), FakeResponse::silent());
        QList<QUrl> urls;
        for (int i = 0; i < 7; ++i)
            urls.append(m_server->url(QStringLiteral("/slow?n=%1").arg(i)));
        m_loader->load(urls);
        const int limit = m_loader->limits().maxConcurrent;
        QTRY_COMPARE(m_server->requestCount(), qsizetype(limit));
        QCOMPARE(m_loader->runningCount(), limit);
        QCOMPARE(m_loader->waitingCount(), 7 - limit);

        // A new set of rows on screen replaces what waits; what runs goes on.
        m_loader->load(urls.mid(5));
        QCOMPARE(m_loader->waitingCount(), 2);

        QSignalSpy failed(m_loader.get(), &ThumbnailLoader::failed);
        m_loader->cancel();
        QCOMPARE(m_loader->runningCount(), 0);
        QCOMPARE(m_loader->waitingCount(), 0);
        QTest::qWait(50);
        QCOMPARE(failed.size(), 0);  // cancelled is not failed: nothing to report
        QCOMPARE(m_server->requestCount(), qsizetype(limit));
    }

private:
    std::unique_ptr<ThumbnailLoader> makeLoader()
    {
        auto loader = std::make_unique<ThumbnailLoader>(m_cache->path());
        loader->setSchemes(ThumbnailSchemes::HttpsOrLoopbackHttpForTesting);
        return loader;
    }

    std::unique_ptr<FakeLoopringServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<ThumbnailLoader> m_loader;
};

QTEST_MAIN(TestThumbnailLoader)
#include "test_thumbnailloader.moc"
