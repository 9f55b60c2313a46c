// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Where the time of `loopview-cli balances --format csv` goes, phase by phase, on the job of
// issue 12 (5,000 balances, 5,000 tokens: benchmarks/fakeloopring.py generate DIR, then
// LOOPVIEW_BENCH_JOB=DIR), and what 100,000 rows cost the core (synthetic, no files needed).
// Run in Release; benchmarks/run-all.sh runs it with the job and quotes medians.
#include "core/amount.h"
#include "core/balanceexport.h"
#include "core/loopringjson.h"
#include "core/tokencache.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
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

// A balances body of one account with `rows` rows (token ids 0 … rows−1, so at most 65,536)
// whose amounts have 1 … 77 digits, as a whale account might.
QByteArray syntheticBalancesBody(int rows, qint64 accountId, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray body = "[";
    for (int i = 0; i < rows; ++i) {
        if (i)
            body += ',';
        auto amount = [&] { return randomDigits(random, 1 + random.bounded(77)).toLatin1(); };
        body += "{\"accountId\":" + QByteArray::number(accountId) + ",\"tokenId\":" + QByteArray::number(i)
            + ",\"total\":\"" + amount() + "\",\"locked\":\"" + amount() + "\",\"pending\":{\"withdraw\":\""
            + amount() + "\",\"deposit\":\"" + amount() + "\"}}";
    }
    return body + "]";
}

// 100,000 rows cannot be one account (token ids are 16-bit): two accounts of 50,000.
QList<QByteArray> hundredThousandRowBodies()
{
    return {syntheticBalancesBody(50000, 10110, 42), syntheticBalancesBody(50000, 10111, 43)};
}

QList<TokenInfo> syntheticTokens(int count)
{
    QList<TokenInfo> tokens;
    for (int i = 0; i < count; ++i)
        tokens.append({i, QStringLiteral("TK%1").arg(i), QStringLiteral("Token %1").arg(i), {}, i % 19, 6, true});
    return tokens;
}

// The job's bodies, or a skip when LOOPVIEW_BENCH_JOB does not name a generated job.
QByteArray jobBody(const char *name)
{
    const QString dir = qEnvironmentVariable("LOOPVIEW_BENCH_JOB");
    QFile file(dir + QLatin1Char('/') + QLatin1String(name));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

#define REQUIRE_JOB(body)                                                                          \
    if ((body).isEmpty())                                                                          \
        QSKIP("set LOOPVIEW_BENCH_JOB to a directory made by benchmarks/fakeloopring.py generate")

const QUrl JobBaseUrl(QStringLiteral("http://127.0.0.1:8080"));

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

    // --- the CLI's job, phase by phase, in the order the CLI runs them ------------------------
    void job1ServiceErrorProbeOnTokens()
    {
        const QByteArray body = jobBody("tokens.json");
        REQUIRE_JOB(body);
        QBENCHMARK {
            QVERIFY(!json::parseServiceError(body).has_value());
        }
    }
    void job2ParseTokens()
    {
        const QByteArray body = jobBody("tokens.json");
        REQUIRE_JOB(body);
        QBENCHMARK {
            QVERIFY(json::parseTokens(body).ok());
        }
    }
    void job3TokenRegistry()
    {
        const QByteArray body = jobBody("tokens.json");
        REQUIRE_JOB(body);
        const QList<TokenInfo> tokens = json::parseTokens(body).value();
        QBENCHMARK {
            const TokenRegistry registry(tokens);
            QCOMPARE(registry.size(), tokens.size());
        }
    }
    void job4TokenCacheStore()
    {
        const QByteArray body = jobBody("tokens.json");
        REQUIRE_JOB(body);
        QTemporaryDir dir;
        TokenCache cache(dir.path());
        QBENCHMARK {
            QVERIFY(cache.store(JobBaseUrl, body));
        }
    }
    void job5TokenCacheLoad()
    {
        const QByteArray body = jobBody("tokens.json");
        REQUIRE_JOB(body);
        QTemporaryDir dir;
        TokenCache cache(dir.path());
        QVERIFY(cache.store(JobBaseUrl, body));
        QBENCHMARK {
            QVERIFY(cache.load(JobBaseUrl).has_value());
        }
    }
    void job6ServiceErrorProbeOnBalances()
    {
        const QByteArray body = jobBody("balances.json");
        REQUIRE_JOB(body);
        QBENCHMARK {
            QVERIFY(!json::parseServiceError(body).has_value());
        }
    }
    void job7ParseBalances()
    {
        const QByteArray body = jobBody("balances.json");
        REQUIRE_JOB(body);
        QBENCHMARK {
            QVERIFY(json::parseBalances(body).ok());
        }
    }
    void job8FormatAmounts()
    {
        const QByteArray tokensBody = jobBody("tokens.json");
        const QByteArray balancesBody = jobBody("balances.json");
        REQUIRE_JOB(balancesBody);
        const TokenRegistry registry(json::parseTokens(tokensBody).value());
        const QList<Balance> balances = json::parseBalances(balancesBody).value();
        QBENCHMARK {
            const QList<BalanceRecord> records = makeBalanceRecords(balances, registry, AmountUnit::TokenUnits);
            QCOMPARE(records.size(), balances.size());
        }
    }
    void job9WriteCsv()
    {
        const QByteArray tokensBody = jobBody("tokens.json");
        const QByteArray balancesBody = jobBody("balances.json");
        REQUIRE_JOB(balancesBody);
        const TokenRegistry registry(json::parseTokens(tokensBody).value());
        const QList<BalanceRecord> records =
                makeBalanceRecords(json::parseBalances(balancesBody).value(), registry, AmountUnit::TokenUnits);
        QBENCHMARK {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(writeBalancesCsv(&buffer, records));
        }
    }
    // What the CLI does instead of job8 + job9 (balancesCsv: the same bytes, no records).
    void job89BalancesCsv()
    {
        const QByteArray tokensBody = jobBody("tokens.json");
        const QByteArray balancesBody = jobBody("balances.json");
        REQUIRE_JOB(balancesBody);
        const TokenRegistry registry(json::parseTokens(tokensBody).value());
        const QList<Balance> balances = json::parseBalances(balancesBody).value();
        QBENCHMARK {
            QVERIFY(!balancesCsv(balances, registry, AmountUnit::TokenUnits).isEmpty());
        }
    }

    // --- 100,000 rows -------------------------------------------------------------------------
    void parseBalances100k()
    {
        const QList<QByteArray> bodies = hundredThousandRowBodies();
        QBENCHMARK {
            qsizetype rows = 0;
            for (const QByteArray &body : bodies)
                rows += json::parseBalances(body).value().size();
            QCOMPARE(rows, 100000);
        }
    }
    void exportCsv100k()
    {
        // Amount formatting and the CSV writer together: the records path (JSON export, Copy as
        // CSV, the portfolio). File ▸ Export's CSV is written straight from the rows: bench_gui
        // exportCsv100k measures it.
        QList<Balance> balances;
        for (const QByteArray &body : hundredThousandRowBodies())
            balances += json::parseBalances(body).value();
        const TokenRegistry registry(syntheticTokens(50000));
        QBENCHMARK {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            const auto records = makeBalanceRecords(balances, registry, AmountUnit::TokenUnits);
            QVERIFY(writeBalancesCsv(&buffer, records));
        }
    }
    void exportCsvDirect100k()
    {
        // The same bytes the way the CLI writes them (balancesCsv).
        QList<Balance> balances;
        for (const QByteArray &body : hundredThousandRowBodies())
            balances += json::parseBalances(body).value();
        const TokenRegistry registry(syntheticTokens(50000));
        QBENCHMARK {
            QVERIFY(!balancesCsv(balances, registry, AmountUnit::TokenUnits).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
