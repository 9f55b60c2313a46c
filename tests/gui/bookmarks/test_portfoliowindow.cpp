// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/bookmarkstore.h"
#include "core/printabletext.h"
#include "fakeloopringserver.h"
#include "gui/bookmarks/portfoliowindow.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace loopview;

class TestPortfolioWindow : public QObject
{
    Q_OBJECT

private slots:
    // Issue 9 item 6: the status list names each bookmark by its label, from the user's file (or
    // one imported from someone else): shown through printableText(), never raw, and the error
    // beside it is printable too.
    void statusListShowsOutsideTextInert()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        const QUrl nothingListening(QStringLiteral("http://127.0.0.1:%1").arg(test::unusedLocalPort()));
        const QString label = QStringLiteral("\u202eCRL \x1b]0;pwned\x07");
        QVERIFY(store.add(Bookmark::create(label, QStringLiteral("1"), Network::Custom, nothingListening)).ok());

        PortfolioWindow portfolio(&store, nullptr);
        portfolio.setDefaultKeyProvider([] { return QStringLiteral("portfoliokey0000000000000000000000000000000000000000000000000000"); });
        portfolio.show();
        QSignalSpy finished(&portfolio, &PortfolioWindow::refreshFinished);
        portfolio.refreshAll();
        QVERIFY(finished.wait(15000));

        const QTreeWidgetItem *item = portfolio.statusList()->topLevelItem(0);
        QVERIFY(item);
        const QString R(QChar(0xFFFD));
        QCOMPARE(item->text(0), R + QStringLiteral("CRL ") + R + QStringLiteral("]0;pwned") + R);
        QVERIFY2(isPrintableText(item->text(1)) && !item->text(1).isEmpty(), qPrintable(item->text(1)));
    }
};

QTEST_MAIN(TestPortfolioWindow)
#include "test_portfoliowindow.moc"
