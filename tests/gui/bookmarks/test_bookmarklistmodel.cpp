// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/bookmarkstore.h"
#include "gui/bookmarks/bookmarklistmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;

class TestBookmarkListModel : public QObject
{
    Q_OBJECT

private slots:
    void followsTheStore()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        BookmarkListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(BookmarkListModel::ColumnCount));

        const Bookmark a = *store.add(Bookmark::create(QStringLiteral("Alpha"), QStringLiteral("1"), Network::Mainnet));
        Bookmark customB = Bookmark::create(QStringLiteral("Beta"), QStringLiteral("2"), Network::Custom,
                                            QUrl(QStringLiteral("https://node.example:8443")));
        customB.note = QStringLiteral("exchange hot wallet");
        const Bookmark b = *store.add(customB);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, BookmarkListModel::LabelColumn).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(1, BookmarkListModel::AccountColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, BookmarkListModel::NetworkColumn).data().toString(), QStringLiteral("Mainnet"));
        QCOMPARE(model.index(1, BookmarkListModel::NetworkColumn).data().toString(), QStringLiteral("node.example:8443"));
        QCOMPARE(model.index(1, 0).data(BookmarkListModel::BookmarkIdRole).toString(), b.id);
        QCOMPARE(model.index(1, 0).data(BookmarkListModel::BookmarkRole).value<Bookmark>(), b);
        QVERIFY(model.index(1, 0).data(BookmarkListModel::SearchTextRole).toString().contains(QLatin1String("hot wallet")));
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("https://node.example:8443")));
        QVERIFY(!model.index(0, 0).data(Qt::AccessibleTextRole).toString().isEmpty());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Label"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Bookmark renamed = a;
        renamed.label = QStringLiteral("Aleph");
        QVERIFY(!store.update(renamed));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Aleph"));

        QVERIFY(!store.remove(a.id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfId(b.id), 0);
        QCOMPARE(model.rowOfId(a.id), -1);
        QVERIFY(!store.insertAt(0, renamed));
        QCOMPARE(model.bookmarkAt(0).id, a.id);

        // A reload (e.g. after the file changed) resets the model.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        store.load();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void importInsertsSeveralRows()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        BookmarkListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(store.add(Bookmark::create(QStringLiteral("Existing"), QStringLiteral("1"), Network::Mainnet)).ok());
        const Result<BookmarkStore::ImportReport> report = store.importBookmarks({
            Bookmark::create(QStringLiteral("One"), QStringLiteral("2"), Network::Mainnet),
            Bookmark::create(QStringLiteral("Two"), QStringLiteral("3"), Network::Test),
        });
        QVERIFY(report.ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Two"));
    }
};

QTEST_MAIN(TestBookmarkListModel)
#include "test_bookmarklistmodel.moc"
