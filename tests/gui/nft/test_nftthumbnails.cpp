// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Thumbnails in the NFTs tab: none and no request at all until they are turned on; then only the
// rows on screen, through the IPFS gateway, without the API key; turning them off clears them.
// The NFT list comes from one fake server, the images from another (another "host").
#include "gui/nft/nftpanel.h"
#include "gui/nft/nftsession.h"
#include "gui/nft/nfttablemodel.h"
#include "gui/nft/nftthumbnails.h"
#include "gui/nft/thumbnailloader.h"

#include "net/demobackend.h"
#include "net/loopringclient.h"

#include "fakeloopringserver.h"
#include "fakenftservice.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QIcon>
#include <QImage>
#include <QJsonObject>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace loopview;
using namespace loopview::test;
using namespace std::chrono_literals;

namespace {

const QString ApiKey = QStringLiteral("thumbnail-test-api-key");

FakeResponse pngResponse()
{
    QImage image(QSize(16, 16), QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    FakeResponse response;
    QBuffer buffer(&response.body);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    response.contentType = "image/png";
    return response;
}

} // namespace

class TestNftThumbnails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<loopview::NftSnapshot>();
        qRegisterMetaType<loopview::Error>();
    }

    void init()
    {
        m_service = std::make_unique<FakeLoopringServer>();
        QVERIFY(m_service->listen());
        m_images = std::make_unique<FakeLoopringServer>();
        QVERIFY(m_images->listen());
        m_images->route(QStringLiteral("/ipfs/QmThumb"), pngResponse());
        m_cache = std::make_unique<QTemporaryDir>();
        m_client = std::make_unique<LoopringClient>();
        m_session = std::make_unique<NftSession>(m_client.get());
        m_session->setRequestsPerSecond(0);
        m_panel = std::make_unique<NftPanel>(m_session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_panel->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_panel->thumbnails()->setCacheDirectoryForTesting(m_cache->path());
        m_panel->resize(900, 300);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_panel.reset();
        m_session.reset();
        m_client.reset();
        m_images.reset();
        m_service.reset();
        m_cache.reset();
    }

    void offByDefaultMeansNoRequestAndNoIcon()
    {
        QVERIFY(!m_panel->thumbnails()->isEnabled());
        QVERIFY(!m_panel->thumbnails()->loader());
        m_panel->thumbnails()->setSchemesForTesting(ThumbnailSchemes::HttpsOrLoopbackHttpForTesting);
        fetch(withImages(5, [this](int i) { return imageUrl(i); }));
        QTest::qWait(100);
        QCOMPARE(m_images->connectionCount(), 0);
        QVERIFY(!m_panel->model()->index(0, NftTableModel::NameColumn).data(Qt::DecorationRole).isValid());
    }

    void loadsShownRowsWithoutTheApiKeyAndOffClearsThem()
    {
        enable();
        fetch(withImages(3, [this](int i) { return imageUrl(i); }));
        NftTableModel *model = m_panel->model();
        for (int row = 0; row < 3; ++row)
            QTRY_VERIFY(model->hasThumbnail(row));
        const QIcon icon = model->index(0, NftTableModel::NameColumn).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage::Format_RGB32).pixel(24, 24),
                 QColor(Qt::darkCyan).rgb());
        QVERIFY(m_images->requestCount() >= 1);
        for (const RecordedRequest &request : m_images->requests()) {
            QVERIFY(!request.hasHeader("X-API-KEY"));
            for (const QByteArray &value : request.headers)
                QVERIFY(!value.contains(ApiKey.toUtf8()));
        }
        // Every row names the same image: one request for all of them.
        QCOMPARE(m_images->requestCount(), 1);

        m_panel->thumbnails()->setOptions(false, gateway());
        QVERIFY(!m_panel->thumbnails()->loader());
        for (int row = 0; row < 3; ++row) {
            QVERIFY(!model->hasThumbnail(row));
            QVERIFY(!model->index(row, NftTableModel::NameColumn).data(Qt::DecorationRole).isValid());
        }
    }

    void mapsIpfsThroughTheGateway()
    {
        enable();
        fetch(withImages(1, [](int) { return QStringLiteral("ipfs://ipfs/QmThumb"); }));
        QTRY_VERIFY(m_panel->model()->hasThumbnail(0));
        QCOMPARE(m_images->lastRequest().path(), QStringLiteral("/ipfs/QmThumb"));
    }

    void placeholderWhenRefusedOrMissing()
    {
        // The application's policy: the fake server's http:// is refused like any http.
        m_panel->thumbnails()->setOptions(true, gateway());
        fetch(withImages(2, [this](int i) { return i == 0 ? imageUrl(0) : QString(); }));
        QTest::qWait(100);
        QCOMPARE(m_images->connectionCount(), 0);
        for (int row = 0; row < 2; ++row) {
            QVERIFY(!m_panel->model()->hasThumbnail(row));
            const QVariant decoration = m_panel->model()->index(row, NftTableModel::NameColumn).data(Qt::DecorationRole);
            QVERIFY(decoration.canConvert<QIcon>());
            QVERIFY(!decoration.value<QIcon>().isNull());
        }
    }

    void onlyRowsOnScreenAreLoaded()
    {
        enable();
        const int count = 150;
        for (int i = 0; i < count; ++i)
            m_images->route(QStringLiteral("/img/%1.png").arg(i), pngResponse());
        fetch(withImages(count, [this](int i) { return m_images->url(QStringLiteral("/img/%1.png").arg(i)).toString(); }));
        QTRY_VERIFY(m_panel->model()->hasThumbnail(0));
        QTRY_COMPARE(m_panel->thumbnails()->loader()->waitingCount() + m_panel->thumbnails()->loader()->runningCount(), 0);
        const qsizetype firstScreen = m_images->requestCount();
        QVERIFY2(firstScreen > 0 && firstScreen < 30, QByteArray::number(firstScreen).constData());
        QVERIFY(!m_panel->model()->hasThumbnail(count - 1));

        QScrollBar *scroll = m_panel->view()->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        QTRY_VERIFY(m_panel->model()->hasThumbnail(count - 1));
        QVERIFY(m_images->requestCount() < 2 * firstScreen + 2);
        QVERIFY(!m_panel->model()->hasThumbnail(count / 2));
    }

    void demoListLoadsNothing()
    {
        enable();
        FetchRequest demo;
        demo.accountText = QString::number(demobackend::accountId());
        demo.demo = true;
        QSignalSpy changed(m_session.get(), &NftSession::snapshotChanged);
        m_session->fetch(demo);
        QVERIFY(changed.wait(10000));
        QTest::qWait(50);
        QVERIFY(m_panel->model()->rowCount() > 0);
        QCOMPARE(m_panel->thumbnails()->loader()->runningCount(), 0);
        QCOMPARE(m_panel->thumbnails()->loader()->waitingCount(), 0);
    }

    void aNewListCancelsWhatWasLoading()
    {
        enable();
        m_images->route(QStringLiteral("/slow"), FakeResponse::silent());
        fetch(withImages(4, [this](int i) { return m_images->url(QStringLiteral("/slow?n=%1").arg(i)).toString(); }));
        ThumbnailLoader *loader = m_panel->thumbnails()->loader();
        QTRY_VERIFY(loader->runningCount() > 0);

        fetch(withImages(2, [](int) { return QString(); }));
        QCOMPARE(loader->runningCount(), 0);
        QCOMPARE(loader->waitingCount(), 0);
    }

private:
    QUrl gateway() const { return m_images->url(QStringLiteral("/ipfs/")); }
    QString imageUrl(int) const { return m_images->url(QStringLiteral("/ipfs/QmThumb")).toString(); }

    void enable()
    {
        m_panel->thumbnails()->setSchemesForTesting(ThumbnailSchemes::HttpsOrLoopbackHttpForTesting);
        m_panel->thumbnails()->setOptions(true, gateway());
        QVERIFY(m_panel->thumbnails()->loader());
    }

    template <typename UrlOf>
    FakeNftService withImages(int count, UrlOf urlOf) const
    {
        QList<QJsonObject> items = FakeNftService::generated(count).items();
        for (int i = 0; i < items.size(); ++i) {
            QJsonObject metadata = items[i].value(QStringLiteral("metadata")).toObject();
            QJsonObject base = metadata.value(QStringLiteral("base")).toObject();
            base.insert(QStringLiteral("image"), urlOf(i));
            metadata.insert(QStringLiteral("base"), base);
            items[i].insert(QStringLiteral("metadata"), metadata);
        }
        return FakeNftService(items);
    }

    void fetch(const FakeNftService &service)
    {
        m_service->clearRoutes();
        service.install(*m_service);
        FetchRequest request;
        request.baseUrl = m_service->baseUrl();
        request.accountText = QStringLiteral("10001");
        request.apiKey = ApiKey;
        QSignalSpy changed(m_session.get(), &NftSession::snapshotChanged);
        m_session->fetch(request);
        QVERIFY(changed.wait(10000));
    }

    std::unique_ptr<FakeLoopringServer> m_service;
    std::unique_ptr<FakeLoopringServer> m_images;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<LoopringClient> m_client;
    std::unique_ptr<NftSession> m_session;
    std::unique_ptr<NftPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestNftThumbnails)
#include "test_nftthumbnails.moc"
