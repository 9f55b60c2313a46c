// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/balanceproxymodel.h"
#include "gui/balancetablemodel.h"
#include "gui/naturalorder.h"

#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace loopview;
using namespace loopview::testdata;

class TestBalanceProxyModel : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTester();
    void sortsHugeAmountsNumerically();
    void sortsAcrossDecimalsByValue();
    void sortsNegativeAvailableFirst();
    void sortsTokenIdsNumerically();
    void sortsSymbolsNaturally();
    void sortsSymbolsAsTheirKeysCompareCaseInsensitively();
    void filtersBySymbolNameAndId();
    void hidesZeroBalances();
    void filterAndHideZeroCombine();

private:
    QStringList column(const QAbstractItemModel &model, int column) const;
};

QStringList TestBalanceProxyModel::column(const QAbstractItemModel &model, int column) const
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(BalanceTableModel::ExportRole).toString());
    return values;
}

void TestBalanceProxyModel::passesModelTester()
{
    BalanceTableModel model;
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(BalanceTableModel::TotalColumn, Qt::DescendingOrder);
    model.setBalances({balance(0, "1"), balance(1, "0"), balance(3, "25"), balance(99, "7")}, sampleTokens());
    proxy.setFilterText(QStringLiteral("t"));
    proxy.setHideZeroBalances(true);
    proxy.setFilterText(QString());
    proxy.sort(BalanceTableModel::TokenColumn, Qt::AscendingOrder);
    model.setStale(true);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestBalanceProxyModel::sortsHugeAmountsNumerically()
{
    // Unknown tokens (no decimals) so the keys are plain integers: 9 < 10 < 2^256−1.
    BalanceTableModel model;
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    const char *max = "115792089237316195423570985008687907853269984665640564039457584007913129639935";
    model.setBalances({balance(101, "10"), balance(102, max), balance(103, "9"), balance(104, "0")}, {});

    proxy.sort(BalanceTableModel::TotalColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, BalanceTableModel::TotalColumn),
             (QStringList{QStringLiteral("0"), QStringLiteral("9"), QStringLiteral("10"), QString::fromLatin1(max)}));
    proxy.sort(BalanceTableModel::TotalColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, BalanceTableModel::TotalColumn),
             (QStringList{QString::fromLatin1(max), QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("0")}));
}

void TestBalanceProxyModel::sortsAcrossDecimalsByValue()
{
    BalanceTableModel model;
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    // 1 ETH (10^18 base units) is less than 1000 USDT (10^9 base units).
    model.setBalances({balance(0, "1000000000000000000"), balance(3, "1000000000"), balance(4, "150000000")},
                      sampleTokens());
    proxy.sort(BalanceTableModel::TotalColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, BalanceTableModel::TokenColumn),
             (QStringList{QStringLiteral("ETH"), QStringLiteral("WBTC"), QStringLiteral("USDT")}));
    QCOMPARE(column(proxy, BalanceTableModel::TotalColumn),
             (QStringList{QStringLiteral("1"), QStringLiteral("1.5"), QStringLiteral("1000")}));
}

void TestBalanceProxyModel::sortsNegativeAvailableFirst()
{
    BalanceTableModel model;
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setBalances({balance(101, "5"), balance(102, "5", "7"), balance(103, "0")}, {});
    proxy.sort(BalanceTableModel::AvailableColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, BalanceTableModel::AvailableColumn),
             (QStringList{QStringLiteral("-2"), QStringLiteral("0"), QStringLiteral("5")}));
}

void TestBalanceProxyModel::sortsTokenIdsNumerically()
{
    BalanceTableModel model;
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setBalances({balance(10, "1"), balance(9, "1"), balance(100, "1")}, {});
    proxy.sort(BalanceTableModel::TokenIdColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, BalanceTableModel::TokenIdColumn),
             (QStringList{QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("100")}));
    // Unknown tokens come after every known symbol, in id order.
    model.setBalances({balance(10, "1"), balance(9, "1"), balance(1, "1")}, sampleTokens());
    proxy.sort(BalanceTableModel::TokenColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, BalanceTableModel::TokenColumn),
             (QStringList{QStringLiteral("LRC"), QStringLiteral("#9"), QStringLiteral("#10")}));
}

void TestBalanceProxyModel::sortsSymbolsNaturally()
{
    BalanceTableModel model;
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TokenRegistry tokens({token(1, "T100", "", 0), token(2, "T2", "", 0), token(3, "t10", "", 0),
                                token(4, "T9A", "", 0), token(5, "T09", "", 0), token(6, "AB", "", 0),
                                token(7, "T", "", 0)});
    model.setBalances({balance(1, "1"), balance(2, "1"), balance(3, "1"), balance(4, "1"), balance(5, "1"),
                       balance(6, "1"), balance(7, "1"), balance(8, "1"), balance(80, "1")},
                      tokens);
    proxy.sort(BalanceTableModel::TokenColumn, Qt::AscendingOrder);
    // Digit runs by value, letters case-insensitively; unknown tokens still last, in id order.
    QCOMPARE(column(proxy, BalanceTableModel::TokenColumn),
             (QStringList{QStringLiteral("AB"), QStringLiteral("T"), QStringLiteral("T2"), QStringLiteral("T09"),
                          QStringLiteral("T9A"), QStringLiteral("t10"), QStringLiteral("T100"), QStringLiteral("#8"),
                          QStringLiteral("#80")}));
    proxy.sort(BalanceTableModel::TokenColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, BalanceTableModel::TokenColumn).constFirst(), QStringLiteral("#80"));
    QCOMPARE(column(proxy, BalanceTableModel::TokenColumn).constLast(), QStringLiteral("AB"));
}

// The proxy reads the Token column's order from keys the model case-folds once per row; it must
// be the order of the SortRole keys under the case-insensitive natural comparison the proxy
// applies to string keys, ties in source order, on symbols of every kind.
void TestBalanceProxyModel::sortsSymbolsAsTheirKeysCompareCaseInsensitively()
{
    static const char *const pieces[] = {"A", "a", "Z", "z", "T", "t", "0", "00", "1", "9", "10", "0042", ".", "-",
                                         "ß", "ẞ", "Σ", "σ", "ς", "İ", "ı", "ǅ", "Ǆ", "Å", "Ω", "Ж", "ж", "１", "٣",
                                         "币", "\U00010400", "\U00010428", "\U0001F600"};
    QRandomGenerator random(12);
    QList<TokenInfo> list;
    QList<Balance> balances;
    for (int id = 0; id < 600; ++id) {
        QByteArray symbol;
        for (int i = 1 + random.bounded(4); i > 0; --i)
            symbol += pieces[random.bounded(int(std::size(pieces)))];
        // Some tokens are not in the list: they sort after every symbol, by id.
        if (id % 50 != 7) {
            TokenInfo info = token(id, "", "", 0);
            info.symbol = QString::fromUtf8(symbol);
            list.append(info);
        }
        balances.append(balance(id, "1"));
    }
    BalanceTableModel model;
    model.setBalances(balances, TokenRegistry(list));
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QList<int> expected(model.rowCount());
        std::iota(expected.begin(), expected.end(), 0);
        auto key = [&](int row) {
            return model.index(row, BalanceTableModel::TokenColumn).data(BalanceTableModel::SortRole).toString();
        };
        std::stable_sort(expected.begin(), expected.end(), [&](int left, int right) {
            const int c = naturalorder::compare(key(left), key(right), Qt::CaseInsensitive);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
        proxy.sort(BalanceTableModel::TokenColumn, order);
        QList<int> sorted;
        for (int row = 0; row < proxy.rowCount(); ++row)
            sorted.append(proxy.mapToSource(proxy.index(row, 0)).row());
        QCOMPARE(sorted, expected);
    }
}

void TestBalanceProxyModel::filtersBySymbolNameAndId()
{
    BalanceTableModel model;
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(BalanceTableModel::TokenIdColumn, Qt::AscendingOrder);
    model.setBalances({balance(0, "1"), balance(1, "1"), balance(3, "1"), balance(6, "1"), balance(42, "1")},
                      sampleTokens());

    proxy.setFilterText(QStringLiteral("lrc"));
    QCOMPARE(column(proxy, BalanceTableModel::TokenColumn), QStringList{QStringLiteral("LRC")});
    proxy.setFilterText(QStringLiteral("  usd "));  // names: "Tether USD", "USD Coin"
    QCOMPARE(column(proxy, BalanceTableModel::TokenColumn), (QStringList{QStringLiteral("USDT"), QStringLiteral("USDC")}));
    proxy.setFilterText(QStringLiteral("Ethereum"));
    QCOMPARE(column(proxy, BalanceTableModel::TokenColumn), QStringList{QStringLiteral("ETH")});
    proxy.setFilterText(QStringLiteral("42"));  // an unknown token is found by its id
    QCOMPARE(column(proxy, BalanceTableModel::TokenColumn), QStringList{QStringLiteral("#42")});
    proxy.setFilterText(QStringLiteral("nothing like this"));
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.sourceRowCount(), 5);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestBalanceProxyModel::hidesZeroBalances()
{
    BalanceTableModel model;
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(BalanceTableModel::TokenIdColumn, Qt::AscendingOrder);
    // USDC has nothing but a pending deposit: not a zero balance.
    model.setBalances({balance(0, "1"), balance(1, "0"), balance(3, "0", "0", "0", "0"), balance(6, "0", "0", "5")},
                      sampleTokens());
    QVERIFY(!proxy.hidesZeroBalances());
    proxy.setHideZeroBalances(true);
    QVERIFY(proxy.hidesZeroBalances());
    QCOMPARE(column(proxy, BalanceTableModel::TokenColumn), (QStringList{QStringLiteral("ETH"), QStringLiteral("USDC")}));
    proxy.setHideZeroBalances(false);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestBalanceProxyModel::filterAndHideZeroCombine()
{
    BalanceTableModel model;
    BalanceProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setBalances({balance(3, "0"), balance(6, "7")}, sampleTokens());
    proxy.setFilterText(QStringLiteral("usd"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setHideZeroBalances(true);
    QCOMPARE(column(proxy, BalanceTableModel::TokenColumn), QStringList{QStringLiteral("USDC")});
}

QTEST_MAIN(TestBalanceProxyModel)
#include "test_balanceproxymodel.moc"
