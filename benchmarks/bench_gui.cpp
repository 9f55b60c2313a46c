// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// What a whale account costs the window: one model reset (the rows kept as values, text made when asked),
// an exact numeric sort of the Total column and a natural sort of the Token column through the
// proxy, File ▸ Export's CSV, the symbol completion list of a 5,000-token list, and the memory each
// row takes (reported, not timed).
#include "gui/balanceproxymodel.h"
#include "gui/balancetablemodel.h"
#include "gui/export/balanceexporter.h"
#include "gui/forminput.h"

#include "core/loopringjson.h"

#include <QApplication>
#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

#include <malloc.h>

using namespace loopview;

namespace {

// `rows` balances with amounts of 1 … 40 digits; token ids are 16-bit, so past 65,536 rows the
// rows belong to a second account, as in a portfolio.
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
    for (int i = 0; i < rows; ++i) {
        Balance balance;
        balance.accountId = 10110 + i / 65536;
        balance.tokenId = i % 65536;
        balance.total = amount();
        balance.locked = amount();
        balance.pendingDeposit = amount();
        balance.pendingWithdraw = amount();
        balances.append(balance);
    }
    return balances;
}

TokenRegistry syntheticTokens(int count)
{
    QList<TokenInfo> tokens;
    for (int i = 0; i < count; ++i)
        tokens.append({i, QStringLiteral("TK%1").arg(i), QStringLiteral("Token %1").arg(i), {}, i % 19, 4, true});
    return TokenRegistry(tokens);
}

// Heap bytes in use (glibc's own count: exact, unlike the resident set, which moves by pages
// and keeps freed memory). Blocks above the mmap threshold (a 100,000-row array can be one) are
// counted apart from the arena's, in hblkhd.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

} // namespace

class BenchGui : public QObject
{
    Q_OBJECT
    // The `rows` of setBalances_data() sorted by `column` through the proxy, each round in the
    // other order.
    static void benchmarkSort(int column)
    {
        QFETCH(int, rows);
        BalanceTableModel model;
        model.setBalances(syntheticBalances(rows), syntheticTokens(qMin(rows, 65536)));
        BalanceProxyModel proxy;
        proxy.setSourceModel(&model);
        Qt::SortOrder order = Qt::AscendingOrder;
        QBENCHMARK {
            proxy.sort(column, order);
            order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        }
    }

private slots:
    void setBalances_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("10k") << 10000;
        QTest::newRow("100k") << 100000;
    }
    void setBalances()
    {
        QFETCH(int, rows);
        const QList<Balance> balances = syntheticBalances(rows);
        const TokenRegistry tokens = syntheticTokens(qMin(rows, 65536));
        BalanceTableModel model;
        QBENCHMARK {
            model.setBalances(balances, tokens);
        }
        QCOMPARE(model.rowCount(), rows);
    }
    void sortTotal_data() { setBalances_data(); }
    void sortTotal() { benchmarkSort(BalanceTableModel::TotalColumn); }
    // File ▸ Export… of 100,000 rows as CSV, what the dialog's defaults run: BalanceExporter::write
    // of the rows shown (through a proxy sorted by Total) with every offered column, into memory.
    // "prices-changes" adds price_usd, value_usd (half the tokens priced) and change_total;
    // "records-…" is the path the export took before (records, then the CsvWriter), the same bytes.
    void exportCsv100k_data()
    {
        QTest::addColumn<bool>("withPrices");
        QTest::addColumn<bool>("throughRecords");
        QTest::newRow("plain") << false << false;
        QTest::newRow("prices-changes") << true << false;
        QTest::newRow("records-plain") << false << true;
        QTest::newRow("records-prices-changes") << true << true;
    }
    void exportCsv100k()
    {
        QFETCH(bool, withPrices);
        QFETCH(bool, throughRecords);
        const int rows = 100000;
        const TokenRegistry tokens = syntheticTokens(65536);
        std::optional<PriceTable> prices;
        std::optional<BalanceChangeBase> changes;
        if (withPrices) {
            QList<Price> list;
            for (int i = 0; i < 65536; i += 2)
                list.append(Price{QStringLiteral("TK%1").arg(i), Decimal(Amount::fromUInt64(quint64(i) * 7919 + 1), 4),
                                  QDateTime()});
            prices = PriceTable(QStringLiteral("USD"), list);
            changes = BalanceChangeBase();
            changes->since = QDateTime::currentDateTimeUtc();
            changes->showVanished = false;
            for (int i = 0; i < 65536; i += 3)
                changes->totals.insert(i, Amount::fromUInt64(quint64(i) * 1000003));
        }
        BalanceTableModel model;
        model.setBalances(syntheticBalances(rows), tokens, prices, changes);
        BalanceProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(BalanceTableModel::TotalColumn, Qt::DescendingOrder);
        BalanceExporter exporter(&model);
        exporter.setView(&proxy);
        ExportOptions options;
        options.columns = exporter.offeredColumns();
        QBENCHMARK {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            if (throughRecords)
                QVERIFY(BalanceExporter::writeRecords(&buffer, exporter.records(options.scope, options.unit), options,
                                                      nullptr, exporter.currency()));
            else
                QVERIFY(exporter.write(&buffer, options));
            QVERIFY(buffer.size() > rows * 40);
        }
    }
    void sortToken_data() { setBalances_data(); }
    // Symbols with digit runs (TK9 < TK10 naturally), as many of the token list's have.
    void sortToken() { benchmarkSort(BalanceTableModel::TokenColumn); }
    void completionSymbols5k()
    {
        // Mainnet-like: bridged copies share symbols in other case mixes.
        QList<TokenInfo> list;
        for (int i = 0; i < 5000; ++i) {
            const QString symbol = i % 10 == 9 ? QStringLiteral("tk%1").arg(i - 9) : QStringLiteral("TK%1").arg(i);
            list.append({i, symbol, QStringLiteral("Token %1").arg(i), {}, 18, 4, true});
        }
        const TokenRegistry tokens(list);
        QBENCHMARK {
            QCOMPARE(forminput::completionSymbols(tokens).size(), 4500);
        }
    }

    // Not a timing: heap bytes per row of the parsed balances and of the model, at three sizes so
    // that linear growth shows. Printed as "memory-per-row" lines. The model shares the balances
    // with the list it was given, so "model" is what it adds beside them, and "model-alone" what
    // it holds once that list is gone (the balances included).
    void memoryPerRow()
    {
        const TokenRegistry tokens = syntheticTokens(65536);
        for (const int rows : {25000, 50000, 100000}) {
            const qint64 start = heapInUse();
            QList<Balance> balances = syntheticBalances(rows);
            const qint64 parsed = heapInUse();
            {
                BalanceTableModel model;
                model.setBalances(balances, tokens);
                const qint64 modelled = heapInUse();
                BalanceProxyModel proxy;
                proxy.setSourceModel(&model);
                proxy.sort(BalanceTableModel::TotalColumn, Qt::DescendingOrder);
                const qint64 sorted = heapInUse();
                balances.clear();
                balances.squeeze();
                const qint64 alone = heapInUse() - (sorted - modelled);
                qInfo("memory-per-row rows=%d balances=%.0f model=%.0f sorted-proxy=%.0f model-alone=%.0f bytes",
                      rows, double(parsed - start) / rows, double(modelled - parsed) / rows,
                      double(sorted - modelled) / rows, double(alone - start) / rows);
            }
        }
    }
};

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
