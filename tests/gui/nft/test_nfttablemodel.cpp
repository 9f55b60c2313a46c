// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/amountdisplay.h"
#include "gui/balanceproxymodel.h"
#include "gui/nft/nfttablemodel.h"
#include "gui/palettecolors.h"

#include "core/nftexport.h"

#include "../testdata.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QImage>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

using namespace loopview;
using namespace loopview::testdata;

namespace {

const char *const LongId = "0x00000000000000000000000000000000000000000000000000000000000beef1";

QList<NftBalance> sampleNfts()
{
    return {nft(32768, "0xbeef1", "2", "0", "Loopheads", "Head #9"),
            nft(32769, "0xA", "10", "3", "Loopheads", "Head #10"),
            nft(32770, "0x0100", "1", "0", "", "", "1"),
            nft(32771, "0x2", "9", "10", "Alpha", "")};
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestNftTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesModelTester()
    {
        NftTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNfts(sampleNfts());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(NftTableModel::ColumnCount));
        model.setStale(true);
        model.setNfts({nft(40000, "0x1", "1")});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void passesModelTesterThroughTheProxy()
    {
        NftTableModel model;
        BalanceProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNfts(sampleNfts());
        proxy.sort(NftTableModel::TotalColumn);
        proxy.setFilterText(QStringLiteral("loop"));
        QCOMPARE(proxy.rowCount(), 2);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void resetsOncePerList()
    {
        NftTableModel model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.setNfts(sampleNfts());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserts.count(), 0);
    }

    // The cell shows the id shortened; the tooltip, the export text and Copy NFT ID the whole id.
    void nftIdShortenedWithTheFullIdAtHand()
    {
        NftTableModel model;
        model.setNfts(sampleNfts());
        QCOMPARE(cell(model, 0, NftTableModel::NftIdColumn), QStringLiteral("0x0000…eef1"));
        QVERIFY(cell(model, 0, NftTableModel::NftIdColumn, Qt::ToolTipRole).contains(QLatin1String(LongId)));
        QCOMPARE(cell(model, 0, NftTableModel::NftIdColumn, NftTableModel::ExportRole), QLatin1String(LongId));
        for (int column = 0; column < NftTableModel::ColumnCount; ++column)
            QCOMPARE(cell(model, 0, column, NftTableModel::NftIdRole), QLatin1String(LongId));
    }

    // What copy and export take from the table is what the CSV writer writes, column by column.
    void exportRoleIsTheCsvText()
    {
        NftTableModel model;
        model.setNfts(sampleNfts());
        for (int row = 0; row < model.rowCount(); ++row) {
            const NftRecord record = makeNftRecord(sampleNfts().at(row));
            for (int column = 0; column < NftTableModel::ColumnCount; ++column)
                QCOMPARE(cell(model, row, column, NftTableModel::ExportRole),
                         nftColumnText(record, NftTableModel::machineColumn(column)));
        }
        QCOMPARE(cell(model, 3, NftTableModel::AvailableColumn, NftTableModel::ExportRole), QStringLiteral("-1"));
        QCOMPARE(cell(model, 2, NftTableModel::CollectionColumn, NftTableModel::ExportRole), QString());
    }

    void missingNamesAreMarkedNotInvented()
    {
        NftTableModel model;
        model.setNfts(sampleNfts());
        QCOMPARE(cell(model, 2, NftTableModel::CollectionColumn), NftTableModel::tr("No collection"));
        QCOMPARE(cell(model, 2, NftTableModel::NameColumn), NftTableModel::tr("No name"));
        QVERIFY(model.index(2, NftTableModel::NameColumn).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!model.index(0, NftTableModel::NameColumn).data(Qt::FontRole).value<QFont>().italic());
        // A stand-in is real content: italic, in the normal text colour, as in the token table.
        QVERIFY(!model.index(2, NftTableModel::NameColumn).data(Qt::ForegroundRole).isValid());
    }

    void negativeAvailableAndPendingAreFlagged()
    {
        NftTableModel model;
        model.setNfts(sampleNfts());
        QCOMPARE(model.index(3, NftTableModel::AvailableColumn).data(Qt::ForegroundRole).value<QColor>(),
                 palettecolors::negativeText(QGuiApplication::palette()));
        QVERIFY(!cell(model, 3, NftTableModel::AvailableColumn, Qt::ToolTipRole).isEmpty());
        const QPalette palette = QGuiApplication::palette();
        QCOMPARE(model.index(2, NftTableModel::PendingDepositColumn).data(Qt::BackgroundRole).value<QColor>(),
                 palettecolors::pendingBackground(palette, palettecolors::Pending::Deposit));
        QCOMPARE(model.index(2, NftTableModel::PendingDepositColumn).data(Qt::ForegroundRole).value<QColor>(),
                 palettecolors::pendingText(palette, palettecolors::Pending::Deposit));
        QVERIFY(!model.index(0, NftTableModel::PendingDepositColumn).data(Qt::BackgroundRole).isValid());
    }

    void staleDataIsMuted()
    {
        NftTableModel model;
        model.setNfts(sampleNfts());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStale(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, NftTableModel::TotalColumn).data(Qt::ForegroundRole).value<QColor>(),
                 palettecolors::staleText(QGuiApplication::palette()));
        model.setStale(true);
        QCOMPARE(changed.count(), 1);
    }

    // Thumbnails are off by default: no decoration at all. On, every Name cell has one (the
    // placeholder until its picture arrives); off again, or a new list, forgets the pictures.
    void thumbnailsDecorateTheNameColumnOnlyWhenShown()
    {
        NftTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNfts(sampleNfts());
        QVERIFY(!model.thumbnailsShown());
        QVERIFY(!model.index(0, NftTableModel::NameColumn).data(Qt::DecorationRole).isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setThumbnailsShown(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{Qt::DecorationRole});
        const QIcon placeholder = model.index(1, NftTableModel::NameColumn).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!placeholder.isNull());
        QVERIFY(!model.index(1, NftTableModel::CollectionColumn).data(Qt::DecorationRole).isValid());

        QImage picture(QSize(48, 48), QImage::Format_RGB32);
        picture.fill(Qt::red);
        model.setThumbnail(1, picture);
        QVERIFY(model.hasThumbnail(1));
        QVERIFY(!model.hasThumbnail(0));
        const QIcon icon = model.index(1, NftTableModel::NameColumn).data(Qt::DecorationRole).value<QIcon>();
        QCOMPARE(QColor(icon.pixmap(QSize(48, 48)).toImage().pixel(24, 24)), QColor(Qt::red));
        model.setThumbnail(99, picture);  // a row that is not there: ignored

        model.setThumbnailsShown(false);
        QVERIFY(!model.hasThumbnail(1));
        QVERIFY(!model.index(1, NftTableModel::NameColumn).data(Qt::DecorationRole).isValid());
        model.setThumbnail(1, picture);  // a late picture while off is dropped
        QVERIFY(!model.hasThumbnail(1));

        model.setThumbnailsShown(true);
        model.setThumbnail(1, picture);
        model.setNfts(sampleNfts());
        QVERIFY(!model.hasThumbnail(1));
    }

    // Counts sort as numbers ("10" after "9"), ids as 256-bit numbers, names without case.
    void sortsNumerically()
    {
        NftTableModel model;
        model.setNfts(sampleNfts());
        BalanceProxyModel proxy;
        proxy.setSourceModel(&model);

        proxy.sort(NftTableModel::TotalColumn, Qt::AscendingOrder);
        QStringList totals;
        for (int row = 0; row < proxy.rowCount(); ++row)
            totals << proxy.index(row, NftTableModel::TotalColumn).data(NftTableModel::ExportRole).toString();
        QCOMPARE(totals, QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("9"), QStringLiteral("10")}));

        proxy.sort(NftTableModel::NftIdColumn, Qt::AscendingOrder);
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, NftTableModel::TokenIdColumn).data().toString();
        // 0x2 < 0xA < 0x0100 < 0xbeef1, whatever the case or the leading zeros sent.
        QCOMPARE(ids, QStringList({QStringLiteral("32771"), QStringLiteral("32769"), QStringLiteral("32770"), QStringLiteral("32768")}));

        proxy.sort(NftTableModel::AvailableColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, NftTableModel::AvailableColumn).data(NftTableModel::ExportRole).toString(),
                 QStringLiteral("-1"));

        proxy.sort(NftTableModel::NameColumn, Qt::AscendingOrder);
        // Names in natural order, as the token symbols are.
        QCOMPARE(proxy.index(0, NftTableModel::NameColumn).data().toString(), QStringLiteral("Head #9"));
        QCOMPARE(proxy.index(1, NftTableModel::NameColumn).data().toString(), QStringLiteral("Head #10"));
        // Unnamed last.
        QCOMPARE(proxy.index(3, NftTableModel::NameColumn).data(NftTableModel::ExportRole).toString(), QString());
    }

    void filterMatchesNamesIdsAndSlots()
    {
        NftTableModel model;
        model.setNfts(sampleNfts());
        BalanceProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto shown = [&](const QString &text) {
            proxy.setFilterText(text);
            return proxy.rowCount();
        };
        QCOMPARE(shown(QStringLiteral("HEAD")), 2);
        QCOMPARE(shown(QStringLiteral("alpha")), 1);
        QCOMPARE(shown(QStringLiteral("beef1")), 1);      // part of the full id
        QCOMPARE(shown(QStringLiteral("32770")), 1);      // token slot
        QCOMPARE(shown(QStringLiteral("erc1155")), 4);
        QCOMPARE(shown(QStringLiteral("No collection")), 0);  // placeholders are not data
        QCOMPARE(shown(QString()), 4);
    }

    void headerHasTitlesAndTips()
    {
        NftTableModel model;
        for (int column = 0; column < NftTableModel::ColumnCount; ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        QCOMPARE(model.headerData(NftTableModel::TotalColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }
};

QTEST_MAIN(TestNftTableModel)
#include "test_nfttablemodel.moc"
