// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/csvwriter.h"

#include <QBuffer>
#include <QTest>

#include <functional>

using namespace loopview;

namespace {

QByteArray written(const std::function<void(CsvWriter &)> &write, CsvWriter::Options options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    write(writer);
    if (!writer.ok())
        qFatal("unexpected CSV write failure");
    return buffer.data();
}

CsvCell text(const char *utf8)
{
    return CsvCell::textCell(QString::fromUtf8(utf8));
}

CsvCell number(const char *utf8)
{
    return CsvCell::numberCell(QString::fromUtf8(utf8));
}

// Accepts `capacity` bytes, then fails every write, like a full disk.
class FullDevice : public QIODevice {
public:
    explicit FullDevice(qint64 capacity) : m_capacity(capacity) { open(QIODevice::WriteOnly); }
    QByteArray data;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *bytes, qint64 size) override
    {
        if (data.size() + size > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        data.append(bytes, size);
        return size;
    }

private:
    qint64 m_capacity;
};

} // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT

private slots:
    void headerAndRowsWithCrlf()
    {
        const QByteArray bytes = written([](CsvWriter &writer) {
            writer.writeHeader({QStringLiteral("symbol"), QStringLiteral("total")});
            writer.writeRow({text("ETH"), number("1.5")});
            writer.writeRow({text("LRC"), number("-5")});
        });
        QCOMPARE(bytes, QByteArray("symbol,total\r\nETH,1.5\r\nLRC,-5\r\n"));
    }

    void textCellEncoding_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("plain") << QStringLiteral("USDT") << QByteArray("USDT");
        QTest::newRow("empty") << QString() << QByteArray("");
        QTest::newRow("quote") << QStringLiteral("He said \"hi\"")
                               << QByteArray("\"He said \"\"hi\"\"\"");
        QTest::newRow("only quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("newline") << QStringLiteral("line1\nline2")
                                 << QByteArray("\"line1\nline2\"");
        QTest::newRow("inner CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("semicolon with comma delimiter")
            << QStringLiteral("a;b") << QByteArray("a;b");
        QTest::newRow("equals") << QStringLiteral("=SUM(A1:A9)") << QByteArray("'=SUM(A1:A9)");
        QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1");
        QTest::newRow("minus") << QStringLiteral("-5") << QByteArray("'-5");
        QTest::newRow("at") << QStringLiteral("@cmd") << QByteArray("'@cmd");
        QTest::newRow("leading tab") << QStringLiteral("\tx") << QByteArray("'\tx");
        QTest::newRow("leading CR") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
        QTest::newRow("formula with comma") << QStringLiteral("=1,2") << QByteArray("\"'=1,2\"");
        QTest::newRow("formula with quotes") << QStringLiteral("=HYPERLINK(\"http://evil\")")
                                             << QByteArray("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        QTest::newRow("inner equals untouched") << QStringLiteral("a=b") << QByteArray("a=b");
        QTest::newRow("leading space not a formula") << QStringLiteral(" =1") << QByteArray(" =1");
        QTest::newRow("unicode") << QString::fromUtf8("Ω€🙂") << QByteArray("Ω€🙂");
    }

    void textCellEncoding()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, expected);
        const QByteArray bytes = written([&](CsvWriter &writer) {
            writer.writeRow({CsvCell::textCell(cell), number("1")});
        });
        QCOMPARE(bytes, QByteArray(expected + ",1\r\n"));
    }

    void numberCellsAreNotGuarded_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("negative") << QStringLiteral("-5") << QByteArray("-5");
        QTest::newRow("negative fraction")
            << QStringLiteral("-0.000001") << QByteArray("-0.000001");
        QTest::newRow("zero") << QStringLiteral("0") << QByteArray("0");
        QTest::newRow("huge") << QStringLiteral(
            "115792089237316195423570985008687907853269984665640564039457584007913129639935")
                              << QByteArray("115792089237316195423570985008687907853269984665640564"
                                            "039457584007913129639935");
        QTest::newRow("empty") << QString() << QByteArray("");
        // A caller mislabelling text as a number still cannot inject a formula.
        QTest::newRow("formula labelled number") << QStringLiteral("=1+1") << QByteArray("'=1+1");
        QTest::newRow("lone minus") << QStringLiteral("-") << QByteArray("'-");
        QTest::newRow("minus letters") << QStringLiteral("-x") << QByteArray("'-x");
        QTest::newRow("trailing dot") << QStringLiteral("-1.") << QByteArray("'-1.");
    }

    void numberCellsAreNotGuarded()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, expected);
        const QByteArray bytes
            = written([&](CsvWriter &writer) { writer.writeRow({CsvCell::numberCell(cell)}); });
        QCOMPARE(bytes, QByteArray(expected + "\r\n"));
    }

    void headerIsNotGuardedButQuoted()
    {
        const QByteArray bytes = written([](CsvWriter &writer) {
            writer.writeHeader(
                {QStringLiteral("-delta"), QStringLiteral("a,b"), QStringLiteral("ok")});
        });
        QCOMPARE(bytes, QByteArray("-delta,\"a,b\",ok\r\n"));
    }

    void byteOrderMarkOnce()
    {
        CsvWriter::Options options;
        options.byteOrderMark = true;
        const QByteArray bytes = written(
            [](CsvWriter &writer) {
                writer.writeHeader({QStringLiteral("symbol")});
                writer.writeRow({text("ETH")});
                writer.writeRow({text("LRC")});
            },
            options);
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFsymbol\r\nETH\r\nLRC\r\n"));
    }

    void byteOrderMarkBeforeFirstRowWithoutHeader()
    {
        CsvWriter::Options options;
        options.byteOrderMark = true;
        const QByteArray bytes
            = written([](CsvWriter &writer) { writer.writeRow({text("=x")}); }, options);
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF'=x\r\n"));
    }

    void nothingWrittenWithoutRows()
    {
        CsvWriter::Options options;
        options.byteOrderMark = true;
        QCOMPARE(written([](CsvWriter &) {}, options), QByteArray());
    }

    void semicolonDelimiter()
    {
        CsvWriter::Options options;
        options.delimiter = CsvDelimiter::Semicolon;
        const QByteArray bytes = written(
            [](CsvWriter &writer) {
                writer.writeHeader({QStringLiteral("symbol"), QStringLiteral("total")});
                writer.writeRow({text("a;b"), number("1.5")});
                writer.writeRow({text("a,b"), number("-2")});
            },
            options);
        QCOMPARE(bytes, QByteArray("symbol;total\r\n\"a;b\";1.5\r\na,b;-2\r\n"));
    }

    void tabDelimiter()
    {
        CsvWriter::Options options;
        options.delimiter = CsvDelimiter::Tab;
        const QByteArray bytes = written(
            [](CsvWriter &writer) {
                writer.writeRow({text("a\tb"), text("a,b"), text("\tlead"), number("-3")});
            },
            options);
        QCOMPARE(bytes, QByteArray("\"a\tb\"\ta,b\t\"'\tlead\"\t-3\r\n"));
    }

    void emptyRowIsAnEmptyLine()
    {
        QCOMPARE(written([](CsvWriter &writer) { writer.writeRow({}); }), QByteArray("\r\n"));
    }

    void writeFailureIsSticky()
    {
        FullDevice device(20);
        CsvWriter writer(&device);
        writer.writeHeader({QStringLiteral("symbol"), QStringLiteral("total")}); // 14 bytes: fits
        QVERIFY(writer.ok());
        writer.writeRow({text("LONGSYMBOL"), number("1")}); // does not fit
        QVERIFY(!writer.ok());
        QVERIFY(writer.errorString().contains(QLatin1String("No space left on device")));
        writer.writeRow({text("A")}); // would fit, but nothing more is written after a failure
        QVERIFY(!writer.ok());
        QCOMPARE(device.data, QByteArray("symbol,total\r\n"));
    }

    void closedDeviceFails()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        CsvWriter writer(&buffer);
        writer.writeRow({text("x")});
        QVERIFY(!writer.ok());
        QVERIFY(!writer.errorString().isEmpty());
        QVERIFY(buffer.data().isEmpty());
    }

    void delimiterNames()
    {
        QCOMPARE(csvDelimiterFromName(u","), CsvDelimiter::Comma);
        QCOMPARE(csvDelimiterFromName(u"Comma"), CsvDelimiter::Comma);
        QCOMPARE(csvDelimiterFromName(u";"), CsvDelimiter::Semicolon);
        QCOMPARE(csvDelimiterFromName(u"semicolon"), CsvDelimiter::Semicolon);
        QCOMPARE(csvDelimiterFromName(u"\t"), CsvDelimiter::Tab);
        QCOMPARE(csvDelimiterFromName(u"TAB"), CsvDelimiter::Tab);
        QVERIFY(!csvDelimiterFromName(u"|").has_value());
        QVERIFY(!csvDelimiterFromName(u"").has_value());
        QCOMPARE(csvDelimiterChar(CsvDelimiter::Semicolon), QLatin1Char(';'));
    }

    void rowsOfAList()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QStringList symbols = {QStringLiteral("LRC"), QStringLiteral("=1+1")};
        QList<qsizetype> asked;
        QVERIFY(writeCsvRows(&buffer, {QStringLiteral("symbol"), QStringLiteral("n")}, symbols.size(),
                             [&](qsizetype row) {
                                 asked.append(row);
                                 return QList<CsvCell>{CsvCell::textCell(symbols.at(row)),
                                                       CsvCell::numberCell(QString::number(row))};
                             }));
        QCOMPARE(buffer.data(), QByteArray("symbol,n\r\nLRC,0\r\n'=1+1,1\r\n"));
        QCOMPARE(asked, (QList<qsizetype>{0, 1}));

        QBuffer empty;
        empty.open(QIODevice::WriteOnly);
        QVERIFY(writeCsvRows(&empty, {QStringLiteral("symbol")}, 0, [](qsizetype) { return QList<CsvCell>(); },
                             {CsvDelimiter::Semicolon, true}));
        QCOMPARE(empty.data(), QByteArray("\xEF\xBB\xBFsymbol\r\n"));
    }

    // A full disk stops the list at once: no row is even built after the failed write.
    void rowsStopAtTheFirstFailure()
    {
        FullDevice device(20);
        qsizetype built = 0;
        QString error;
        QVERIFY(!writeCsvRows(&device, {QStringLiteral("symbol"), QStringLiteral("total")}, 1000,
                              [&](qsizetype) {
                                  ++built;
                                  return QList<CsvCell>{text("LONGSYMBOL"), number("1")};
                              },
                              {}, &error));
        QCOMPARE(built, 1);
        QVERIFY(error.contains(QLatin1String("No space left on device")));
        QCOMPARE(device.data, QByteArray("symbol,total\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csvwriter.moc"
