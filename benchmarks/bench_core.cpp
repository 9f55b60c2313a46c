// Where time goes when a large account arrives: parsing the body, exact amount arithmetic and
// formatting, and the CSV export. Run in Release; quote medians from several runs.
#include "core/amount.h"
#include "core/balanceexport.h"
#include "core/loopringjson.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace loopview;

namespace {

QString randomDigits(QRandomGenerator &random, int count)
{
    QString digits;
    digits.reserve(count);
    digits.append(QChar(u'1' + char16_t(random.bounded(9))));
    for (int i = 1; i < count; ++i)
        digits.append(QChar(u'0' + char16_t(random.bounded(10))));
    return digits;
}

// A balances body with `rows` rows whose amounts have 1 … 77 digits, as a whale account might.
QByteArray syntheticBalancesBody(int rows)
{
    QRandomGenerator random(42);
    QByteArray body = "[";
    for (int i = 0; i < rows; ++i) {
        if (i)
            body += ',';
        auto amount = [&] { return randomDigits(random, 1 + random.bounded(77)).toLatin1(); };
        body += "{\"accountId\":10110,\"tokenId\":" + QByteArray::number(i % 65536) + ",\"total\":\""
            + amount() + "\",\"locked\":\"" + amount() + "\",\"pending\":{\"withdraw\":\"" + amount()
            + "\",\"deposit\":\"" + amount() + "\"}}";
    }
    return body + "]";
}

QList<TokenInfo> syntheticTokens(int count)
{
    QList<TokenInfo> tokens;
    for (int i = 0; i < count; ++i)
        tokens.append({i, QStringLiteral("TK%1").arg(i), QStringLiteral("Token %1").arg(i), {}, 18, 6, true});
    return tokens;
}

} // namespace

class BenchCore : public QObject
{
    Q_OBJECT
private slots:
    void parseMaxAmount()
    {
        const QString text = Amount::max().toString();
        QBENCHMARK {
            auto amount = Amount::parse(text);
            Q_UNUSED(amount);
        }
    }
    void formatMaxAmountAt18Decimals()
    {
        const Amount max = Amount::max();
        QBENCHMARK {
            auto text = max.toDecimalString(18);
            Q_UNUSED(text);
        }
    }
    void parseBalances10k()
    {
        const QByteArray body = syntheticBalancesBody(10000);
        QBENCHMARK {
            auto balances = json::parseBalances(body);
            QVERIFY(balances.ok());
        }
    }
    void exportCsv10k()
    {
        const auto balances = json::parseBalances(syntheticBalancesBody(10000));
        QVERIFY(balances.ok());
        const TokenRegistry registry(syntheticTokens(10000));
        QBENCHMARK {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            const auto records = makeBalanceRecords(balances.value(), registry, AmountUnit::TokenUnits);
            QVERIFY(writeBalancesCsv(&buffer, records));
        }
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
