// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/bookmarkstore.h"
#include "gui/bookmarks/bookmarkfilewatcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;

class TestBookmarkFileWatcher : public QObject
{
    Q_OBJECT

private slots:
    // QSaveFile renames a new file over the old one; a watcher that only watched the old inode
    // would see the first outside change and miss every later one.
    void everyOutsideReplaceIsSeen()
    {
        QTemporaryDir dir;
        BookmarkStore shown(dir.path());
        shown.load();
        QVERIFY(shown.add(Bookmark::create(QStringLiteral("A"), QStringLiteral("1"), Network::Mainnet)).ok());
        BookmarkFileWatcher watcher(&shown);
        QVERIFY(watcher.watchedPaths().contains(shown.filePath()));

        BookmarkStore outside(dir.path());
        outside.load();
        for (int i = 2; i <= 4; ++i) {
            QVERIFY(outside.add(Bookmark::create(QStringLiteral("Outside %1").arg(i), QString::number(i),
                                                 Network::Mainnet)).ok());
            QTRY_COMPARE(shown.count(), i);
        }
        QCOMPARE(shown.bookmarks(), outside.bookmarks());

        // The file removed by hand: the store shows that too.
        QVERIFY(QFile::remove(shown.filePath()));
        QTRY_COMPARE(shown.count(), 0);
    }

    // The store's own writes come back through the watcher without resetting anything.
    void ownWritesCauseNoReset()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        BookmarkFileWatcher watcher(&store);
        QSignalSpy reset(&store, &BookmarkStore::bookmarksReset);
        QSignalSpy inserted(&store, &BookmarkStore::bookmarkInserted);
        QVERIFY(store.add(Bookmark::create(QStringLiteral("A"), QStringLiteral("1"), Network::Mainnet)).ok());
        // A later outside change proves the watcher ran in between; still no reset for our own.
        BookmarkStore outside(dir.path());
        outside.load();
        QVERIFY(outside.add(Bookmark::create(QStringLiteral("B"), QStringLiteral("2"), Network::Mainnet)).ok());
        QTRY_COMPARE(store.count(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 1); // the outside change only
    }
};

QTEST_GUILESS_MAIN(TestBookmarkFileWatcher)
#include "test_bookmarkfilewatcher.moc"
