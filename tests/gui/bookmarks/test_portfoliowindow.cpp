// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/bookmarkstore.h"
#include "core/printabletext.h"
#include "fakeloopringserver.h"
#include "fakenftservice.h"
#include "gui/appidentity.h"
#include "gui/bookmarks/portfoliomodel.h"
#include "gui/bookmarks/portfoliowindow.h"
#include "gui/preferences.h"

#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace loopview;

class TestPortfolioWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Issue 14: what the portfolio is worth, per service and per account, in the currency of
    // Edit > Preferences, with the service's own prices.
    void valueOfThePortfolioPerServiceAndAccount()
    {
        {
            QSettings settings = openAppSettings();
            Preferences preferences = Preferences::load(settings);
            preferences.currency = QStringLiteral("USD");
            preferences.save(settings);
        }
        test::FakeLoopringServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/api/v3/exchange/tokens"),
                     test::FakeResponse::json(test::readFixture(QStringLiteral("tokens-sample.json"))));
        server.route(QStringLiteral("/api/v3/user/balances"),
                     test::FakeResponse::json(test::readFixture(QStringLiteral("balances-sample.json"))).forQueriedAccount());
        server.route(QStringLiteral("/api/v3/price"), test::FakeResponse::prices("USD"));
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        QVERIFY(store.add(Bookmark::create(QStringLiteral("Savings"), QStringLiteral("20533"), Network::Custom, server.baseUrl())).ok());
        QVERIFY(store.add(Bookmark::create(QStringLiteral("Trading"), QStringLiteral("20534"), Network::Custom, server.baseUrl())).ok());

        PortfolioWindow portfolio(&store, nullptr);
        portfolio.setDefaultKeyProvider([] { return QStringLiteral("portfoliokey0000000000000000000000000000000000000000000000000000"); });
        portfolio.show();
        QSignalSpy finished(&portfolio, &PortfolioWindow::refreshFinished);
        portfolio.refreshAll();
        QVERIFY(finished.wait(15000));

        // Lines: ETH 1.74682 × 3000.12 = 5240.67, LRC 31600.5 × 0.2530 = 7994.93, USDT 9.040026 ×
        // 1.0001 = 9.04, WBTC 0.00002 × 36500 = 0.73; USDC has no price. Each account: 6622.68.
        auto *label = portfolio.findChild<QLabel *>(QStringLiteral("portfolioValueLabel"));
        QVERIFY(label && label->isVisible());
        const QString value = portfolio.valueText();
        QVERIFY2(value.startsWith(QLatin1String("Total value on ")), qPrintable(value));
        QVERIFY2(value.contains(QLatin1String(": 13,245.37 USD (excl. 1 ")), qPrintable(value));
        QVERIFY2(value.contains(QLatin1String("Per account: Savings 6,622.68 USD")), qPrintable(value));
        QVERIFY2(value.contains(QLatin1String("Trading 6,622.68 USD")), qPrintable(value));
        QCOMPARE(portfolio.model()->headerData(PortfolioModel::ValueColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Value (USD)"));
    }

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

    // Issue 11: totals that leave accounts out say so, while fetching and after a failure, and a
    // failed account is told apart from a done one by more than colour.
    void partialTotalsAndFailedRowsAreMarked()
    {
        test::FakeLoopringServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/api/v3/exchange/tokens"),
                     test::FakeResponse::json(test::readFixture(QStringLiteral("tokens-sample.json"))));
        server.route(QStringLiteral("/api/v3/user/balances"),
                     test::FakeResponse::json(test::readFixture(QStringLiteral("balances-sample.json"))));
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        const QUrl nothingListening(QStringLiteral("http://127.0.0.1:%1").arg(test::unusedLocalPort()));
        const Result<Bookmark> added = store.add(Bookmark::create(QStringLiteral("Savings"), QStringLiteral("20533"), Network::Custom, server.baseUrl()));
        const Result<Bookmark> addedBad = store.add(Bookmark::create(QStringLiteral("Gone"), QStringLiteral("1"), Network::Custom, nothingListening));
        QVERIFY(added.ok() && addedBad.ok());
        const Bookmark good = added.value();
        const Bookmark bad = addedBad.value();

        PortfolioWindow portfolio(&store, nullptr);
        portfolio.setDefaultKeyProvider([] { return QStringLiteral("portfoliokey0000000000000000000000000000000000000000000000000000"); });
        portfolio.show();
        QVERIFY(!portfolio.isPartial());
        QSignalSpy finished(&portfolio, &PortfolioWindow::refreshFinished);
        portfolio.refreshAll();
        // While accounts are being fetched the totals are partial, and say so.
        QVERIFY(portfolio.isPartial());
        QVERIFY2(portfolio.summaryText().startsWith(QLatin1String("Partial totals: 0 of 2")), qPrintable(portfolio.summaryText()));
        QCOMPARE(portfolio.portfolioView()->accessibleName(), QStringLiteral("Portfolio totals per token, partial"));
        QVERIFY(finished.wait(15000));

        // One failed: still partial.
        QVERIFY(portfolio.isPartial());
        QVERIFY2(portfolio.summaryText().startsWith(QLatin1String("Partial totals: 1 of 2 accounts included")),
                 qPrintable(portfolio.summaryText()));
        QCOMPARE(portfolio.portfolioView()->accessibleName(), QStringLiteral("Portfolio totals per token, partial"));
        const QTreeWidgetItem *goodItem = nullptr;
        const QTreeWidgetItem *badItem = nullptr;
        for (int i = 0; i < portfolio.statusList()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = portfolio.statusList()->topLevelItem(i);
            (item->text(0) == good.label ? goodItem : badItem) = item;
        }
        QVERIFY(goodItem && badItem);
        QCOMPARE(goodItem->text(1), QStringLiteral("Done"));
        QVERIFY2(badItem->text(1).startsWith(QLatin1String("Failed: Could not reach 127.0.0.1")), qPrintable(badItem->text(1)));
        QVERIFY(!badItem->icon(1).isNull());
        QVERIFY(goodItem->icon(1).isNull());

        // Without the failing account the totals are whole again.
        QVERIFY(!store.remove(bad.id).has_value());
        portfolio.refreshAll();
        QVERIFY(finished.wait(15000));
        QVERIFY(!portfolio.isPartial());
        QCOMPARE(portfolio.portfolioView()->accessibleName(), QStringLiteral("Portfolio totals per token"));
    }

    // Issue 15: the portfolio says how many NFTs each account holds, and a count that fails says
    // so without failing the account.
    void statusListCountsEachAccountsNfts()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::FakeLoopringServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/api/v3/exchange/tokens"),
                     test::FakeResponse::json(test::readFixture(QStringLiteral("tokens-sample.json"))));
        server.route(QStringLiteral("/api/v3/user/balances"),
                     test::FakeResponse::json(test::readFixture(QStringLiteral("balances-sample.json"))).forQueriedAccount());
        const test::FakeNftService nfts = test::FakeNftService::generated(1234);
        server.routeHandler(test::FakeNftService::path(), [nfts](const test::RecordedRequest &request) {
            if (request.query().queryItemValue(QStringLiteral("accountId")) == QLatin1String("2"))
                return test::FakeResponse::resultInfo(500, 100000, "unknown error");
            return nfts.respond(request);
        });

        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        QVERIFY(store.add(Bookmark::create(QStringLiteral("One"), QStringLiteral("1"), Network::Custom, server.baseUrl())).ok());
        QVERIFY(store.add(Bookmark::create(QStringLiteral("Two"), QStringLiteral("2"), Network::Custom, server.baseUrl())).ok());

        PortfolioWindow portfolio(&store, nullptr);
        portfolio.refresher()->setRequestsPerSecond(0);
        portfolio.setDefaultKeyProvider([] { return QStringLiteral("portfoliokey0000000000000000000000000000000000000000000000000000"); });
        QSignalSpy finished(&portfolio, &PortfolioWindow::refreshFinished);
        portfolio.refreshAll();
        QVERIFY(finished.wait(15000));

        QTreeWidget *list = portfolio.statusList();
        QCOMPARE(list->headerItem()->text(2), PortfolioWindow::tr("NFTs"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("1,234"));
        QCOMPARE(list->topLevelItem(1)->text(1), PortfolioWindow::tr("Done"));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("—"));
        QVERIFY(!list->topLevelItem(1)->toolTip(2).isEmpty());
    }
};

QTEST_MAIN(TestPortfolioWindow)
#include "test_portfoliowindow.moc"
