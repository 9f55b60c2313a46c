// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The NFTs tab driven as a user would: the demo list and the fake server's pages in a real table,
// filter, sort, copy, export, and what stays on screen when a refresh fails.
#include "gui/balanceproxymodel.h"
#include "gui/export/filedialog.h"
#include "gui/messagebar.h"
#include "gui/nft/nftpanel.h"
#include "gui/nft/nftsession.h"
#include "gui/nft/nfttablemodel.h"

#include "core/nftexport.h"
#include "core/service.h"
#include "net/demobackend.h"
#include "net/loopringclient.h"

#include "fakeloopringserver.h"
#include "fakenftservice.h"

#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace loopview;
using namespace loopview::test;
using namespace std::chrono_literals;

class TestNftPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<loopview::NftSnapshot>();
        qRegisterMetaType<loopview::Error>();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_server = std::make_unique<FakeLoopringServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<LoopringClient>();
        m_client->setRetryDelays(1ms, 1ms);
        m_session = std::make_unique<NftSession>(m_client.get());
        m_session->setRequestsPerSecond(0);
        m_panel = std::make_unique<NftPanel>(m_session.get());
        m_panel->resize(900, 500);
        m_panel->show();
        QGuiApplication::clipboard()->clear();
    }

    void cleanup()
    {
        FileDialog::clearNextFileName();
        m_panel.reset();
        m_session.reset();
        m_client.reset();
        m_server.reset();
    }

    void startsEmptyWithNothingToCopyOrExport()
    {
        QCOMPARE(m_panel->model()->rowCount(), 0);
        QVERIFY(!m_panel->copyAction()->isEnabled());
        QVERIFY(!m_panel->exportCsvAction()->isEnabled());
        QVERIFY(!m_panel->view()->isVisible());
        QVERIFY(!m_panel->filterEdit()->isEnabled());
    }

    void showsTheDemoNfts()
    {
        showDemo();
        const int total = m_panel->model()->rowCount();
        QVERIFY(total >= 4);
        QVERIFY(m_panel->view()->isVisible());
        QVERIFY(m_panel->statusText().contains(QStringLiteral("NFTs shown: %1 of %1").arg(total)));
        QVERIFY(m_panel->statusText().contains(
            QStringLiteral("NFTs of demo account %1 (sample data)").arg(demobackend::accountId())));
        // The id column is shortened on screen, complete in the tooltip.
        const QModelIndex id = m_panel->proxy()->index(0, NftTableModel::NftIdColumn);
        QVERIFY(id.data().toString().contains(QChar(0x2026)));
        QVERIFY(id.data(Qt::ToolTipRole).toString().contains(id.data(NftTableModel::NftIdRole).toString()));
        QVERIFY(m_panel->exportCsvAction()->isEnabled());
    }

    void filterNarrowsTheTableAndTheStatus()
    {
        showDemo();
        const int total = m_panel->model()->rowCount();
        const QString name = m_panel->model()->nfts().constFirst().details.name;
        QVERIFY(!name.isEmpty());
        QTest::keyClicks(m_panel->filterEdit(), name);
        QVERIFY(m_panel->proxy()->rowCount() >= 1);
        QVERIFY(m_panel->proxy()->rowCount() < total);
        QVERIFY(m_panel->statusText().contains(
            QStringLiteral("NFTs shown: %1 of %2").arg(m_panel->proxy()->rowCount()).arg(total)));
        m_panel->filterEdit()->clear();
        QCOMPARE(m_panel->proxy()->rowCount(), total);
    }

    // Copy takes exact values and the full NFT id, never the shortened cell text.
    void copyGivesFullIds()
    {
        showDemo();
        QTableView *view = m_panel->view();
        const QModelIndex id = m_panel->proxy()->index(1, NftTableModel::NftIdColumn);
        const QModelIndex total = m_panel->proxy()->index(1, NftTableModel::TotalColumn);
        view->selectionModel()->setCurrentIndex(id, QItemSelectionModel::ClearAndSelect);
        view->selectionModel()->select(total, QItemSelectionModel::Select);
        QVERIFY(m_panel->copyAction()->isEnabled());
        m_panel->copyAction()->trigger();
        const QString fullId = id.data(NftTableModel::NftIdRole).toString();
        QCOMPARE(fullId.size(), 66);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 fullId + QLatin1Char('\t') + total.data(NftTableModel::ExportRole).toString() + QLatin1Char('\n'));

        view->selectionModel()->setCurrentIndex(m_panel->proxy()->index(1, NftTableModel::NameColumn),
                                                QItemSelectionModel::ClearAndSelect);
        m_panel->copyNftIdAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), fullId);
    }

    // Copy as CSV: the selected cells' columns in the header's order, the rows in the table's, a
    // header row, exact counts and the full NFT id, written by the export's CSV writer.
    void copyAsCsvGivesHeaderAndFullIds()
    {
        showDemo();
        QTableView *view = m_panel->view();
        view->sortByColumn(NftTableModel::TotalColumn, Qt::DescendingOrder);
        const QModelIndex firstTotal = m_panel->proxy()->index(0, NftTableModel::TotalColumn);
        const QModelIndex secondId = m_panel->proxy()->index(1, NftTableModel::NftIdColumn);
        view->selectionModel()->setCurrentIndex(firstTotal, QItemSelectionModel::ClearAndSelect);
        view->selectionModel()->select(secondId, QItemSelectionModel::Select);
        QVERIFY(m_panel->copyCsvAction()->isEnabled());
        m_panel->copyCsvAction()->trigger();

        const QList<NftRecord> shown = m_panel->shownRecords();
        QByteArray expected;
        QBuffer buffer(&expected);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writeNftsCsv(&buffer, shown.mid(0, 2), {NftColumn::NftId, NftColumn::Total}));
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(QStringLiteral("text/csv")), expected);
        QCOMPARE(mime->text(), QString::fromUtf8(expected));
        QVERIFY(expected.startsWith("nft_id,total\r\n"));
        QVERIFY(expected.contains(shown.at(1).nftId.toString().toUtf8()));
    }

    // The file holds the rows the table shows, in its order, written by the shared writers: the
    // same bytes `loopview-cli nfts` writes for them.
    void exportWritesTheShownRowsInTheirOrder()
    {
        showDemo();
        m_panel->view()->sortByColumn(NftTableModel::TotalColumn, Qt::DescendingOrder);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        const QString csvPath = dir.filePath(QStringLiteral("nfts.csv"));
        FileDialog::setNextFileName(csvPath);
        m_panel->exportCsvAction()->trigger();
        QVERIFY(FileDialog::lastProposedPath().endsWith(m_panel->suggestedBaseName() + QLatin1String(".csv")));
        QVERIFY(m_panel->suggestedBaseName().startsWith(QLatin1String("loopring-demo-nfts-")));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray written = csv.readAll();
        QVERIFY(written.startsWith("account_id,token_id,nft_id,nft_type,token_address,collection,name,total,locked,"
                                   "available,pending_deposit,pending_withdraw\r\n"));
        QByteArray expected;
        QBuffer buffer(&expected);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writeNftsCsv(&buffer, m_panel->shownRecords()));
        QCOMPARE(written, expected);
        QCOMPARE(m_panel->messageBar()->kind(), MessageBar::Kind::Positive);

        // Descending totals: the first exported row has the largest count.
        const QList<NftRecord> records = m_panel->shownRecords();
        for (qsizetype i = 1; i < records.size(); ++i)
            QVERIFY(records.at(i - 1).total.toLongLong() >= records.at(i).total.toLongLong());

        m_panel->filterEdit()->setText(m_panel->model()->nfts().constFirst().details.name);
        const QString jsonPath = dir.filePath(QStringLiteral("nfts.json"));
        QVERIFY(m_panel->exportShownTo(jsonPath, ExportFormat::Json));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(array.size(), m_panel->proxy()->rowCount());
    }

    void aRefusedExportSaysSoAndWritesNothing()
    {
        showDemo();
        QTemporaryDir dir;
        QVERIFY(!m_panel->exportShownTo(dir.path(), ExportFormat::Csv));  // a folder
        QCOMPARE(m_panel->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(m_panel->messageBar()->isVisible());
    }

    // A failed refresh leaves the last list on screen, muted, with the error and whose it is.
    void aFailedRefreshKeepsTheListStale()
    {
        FakeNftService::generated(3).install(*m_server);
        QSignalSpy changed(m_session.get(), &NftSession::snapshotChanged);
        m_session->fetch(request(QStringLiteral("10001")));
        QVERIFY(changed.wait(10000));
        QCOMPARE(m_panel->model()->rowCount(), 3);
        QVERIFY(!m_panel->model()->isStale());

        m_server->clearRoutes();
        m_server->route(FakeNftService::path(), FakeResponse::resultInfo(400, 104002, "invalid apiKey"));
        QSignalSpy failed(m_session.get(), &NftSession::failed);
        m_session->fetch(request(QStringLiteral("10001")));
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_panel->model()->rowCount(), 3);
        QVERIFY(m_panel->model()->isStale());
        QVERIFY(m_panel->view()->isVisible());
        QCOMPARE(m_panel->messageBar()->kind(), MessageBar::Kind::Error);
        QCOMPARE(m_panel->messageBar()->text(), failed.at(0).at(1).toString());
        QVERIFY(m_panel->statusText().contains(QLatin1String("the last refresh failed")));
        QVERIFY(m_panel->statusText().contains(QStringLiteral("NFTs of account 10001 on %1").arg(host())));
        QVERIFY(m_panel->noticeLabel()->isVisible());
        QVERIFY(m_panel->noticeLabel()->text().contains(QLatin1String("the last refresh failed")));
    }

    // Another account's failure leaves the previous account's rows greyed, not stale, with a
    // notice that says whose they are and which account could not be fetched.
    void anotherAccountsFailureGreysTheRowsAndSaysWhose()
    {
        FakeNftService::generated(3).install(*m_server);
        QSignalSpy changed(m_session.get(), &NftSession::snapshotChanged);
        m_session->fetch(request(QStringLiteral("10001")));
        QVERIFY(changed.wait(10000));
        QVERIFY(!m_panel->noticeLabel()->isVisible());
        QVERIFY(!m_panel->view()->accessibleName().contains(QLatin1String("20002")));

        m_server->clearRoutes();
        m_server->route(FakeNftService::path(), FakeResponse::resultInfo(400, 104002, "invalid apiKey"));
        QSignalSpy failed(m_session.get(), &NftSession::failed);
        m_session->fetch(request(QStringLiteral("20002")));
        QVERIFY(failed.wait(10000));

        QCOMPARE(m_panel->model()->rowCount(), 3);
        QVERIFY(m_panel->model()->isStale());  // greyed
        const QString notice =
            QStringLiteral("Showing account 10001 on %1: account 20002 on %1 could not be fetched").arg(host());
        QVERIFY(m_panel->noticeLabel()->isVisible());
        QCOMPARE(m_panel->noticeLabel()->text(), notice);
        QVERIFY(m_panel->view()->accessibleName().contains(notice));
        QVERIFY2(!m_panel->statusText().contains(QLatin1String("the last refresh failed")),
                 qPrintable(m_panel->statusText()));
        QVERIFY(m_panel->statusText().contains(QStringLiteral("NFTs of account 10001 on %1").arg(host())));

        // The shown account again: the rows are its answer once more.
        m_server->clearRoutes();
        FakeNftService::generated(3).install(*m_server);
        m_session->fetch(request(QStringLiteral("10001")));
        QVERIFY(changed.wait(10000));
        QVERIFY(!m_panel->model()->isStale());
        QVERIFY(!m_panel->noticeLabel()->isVisible());
    }

    void progressAndCancelWhileLoading()
    {
        const FakeNftService service = FakeNftService::generated(120);
        m_server->routeHandler(FakeNftService::path(), [service](const RecordedRequest &request) {
            FakeResponse response = service.respond(request);
            if (request.query().queryItemValue(QStringLiteral("offset")) != QLatin1String("0"))
                response.neverAnswer = true;
            return response;
        });
        m_session->fetch(request(QStringLiteral("10001")));
        QProgressBar *progress = m_panel->findChild<QProgressBar *>();
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(progress->maximum(), 3, 10000);
        QCOMPARE(progress->value(), 1);
        QVERIFY(m_panel->statusText().contains(NftSession::tr("Loading NFTs: page %1 of %2…").arg(2).arg(3)));

        QVERIFY(m_panel->cancelAction()->isEnabled());
        m_panel->cancelAction()->trigger();
        QVERIFY(!m_session->isBusy());
        QVERIFY(!progress->isVisible());
        QCOMPARE(m_panel->messageBar()->kind(), MessageBar::Kind::Information);
    }

private:
    void showDemo()
    {
        FetchRequest demo;
        demo.accountText = QString::number(demobackend::accountId());
        demo.demo = true;
        QSignalSpy changed(m_session.get(), &NftSession::snapshotChanged);
        m_session->fetch(demo);
        QVERIFY(changed.wait(10000));
    }

    FetchRequest request(const QString &account) const
    {
        FetchRequest request;
        request.baseUrl = m_server->baseUrl();
        request.accountText = account;
        request.apiKey = QStringLiteral("nft-panel-test-key");
        return request;
    }

    QString host() const { return hostLabel(m_server->baseUrl()); }

    std::unique_ptr<FakeLoopringServer> m_server;
    std::unique_ptr<LoopringClient> m_client;
    std::unique_ptr<NftSession> m_session;
    std::unique_ptr<NftPanel> m_panel;
};

QTEST_MAIN(TestNftPanel)
#include "test_nftpanel.moc"
