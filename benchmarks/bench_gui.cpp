// What a whale account costs the window: one model reset of 10,000 rows (every amount formatted
// once, exactly) and an exact numeric sort of the Total column through the proxy.
#include "gui/balanceproxymodel.h"
#include "gui/balancetablemodel.h"

#include "core/loopringjson.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QTest>

using namespace loopview;

namespace {

QList<Balance> syntheticBalances(int rows)
{
    QRandomGenerator random(7);
    QList<Balance> balances;
    balances.reserve(rows);
    auto amount = [&] {
        QString digits = QString::number(1 + random.bounded(9));
        const int length = 1 + random.bounded(40);
        for (int i = 1; i < length; ++i)
            digits += QChar(u'0' + char16_t(random.bounded(10)));
        return *Amount::parse(digits);
    };
    for (int i = 0; i < rows; ++i)
        balances.append({10110, i % 65536, amount(), amount(), amount(), amount()});
    return balances;
}

TokenRegistry syntheticTokens(int count)
{
    QList<TokenInfo> tokens;
    for (int i = 0; i < count; ++i)
        tokens.append({i, QStringLiteral("TK%1").arg(i), QStringLiteral("Token %1").arg(i), {}, i % 19, 4, true});
    return TokenRegistry(tokens);
}

} // namespace

class BenchGui : public QObject
{
    Q_OBJECT
private slots:
    void setBalances10k()
    {
        const QList<Balance> balances = syntheticBalances(10000);
        const TokenRegistry tokens = syntheticTokens(10000);
        BalanceTableModel model;
        QBENCHMARK {
            model.setBalances(balances, tokens);
        }
        QCOMPARE(model.rowCount(), 10000);
    }
    void sortTotal10k()
    {
        BalanceTableModel model;
        model.setBalances(syntheticBalances(10000), syntheticTokens(10000));
        BalanceProxyModel proxy;
        proxy.setSourceModel(&model);
        Qt::SortOrder order = Qt::AscendingOrder;
        QBENCHMARK {
            proxy.sort(BalanceTableModel::TotalColumn, order);
            order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        }
    }
};

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
