// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// bodydecoding::decode on real gzip and deflate data: what unpacks, what is refused and how.

#include "fakeloopringserver.h"
#include "net/bodydecoding.h"

#include <QTest>

#include <zlib.h>

using namespace loopview;

namespace {

constexpr qint64 Limit = 1024 * 1024;

// zlib-wrapped ("deflate" as the HTTP standard means it) or raw deflate, as some servers send it.
QByteArray deflated(const QByteArray &plain, bool raw)
{
    z_stream stream = {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, raw ? -15 : 15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(plain.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

class TestBodyDecoding : public QObject
{
    Q_OBJECT

private slots:
    void plainBodiesPassUnchanged()
    {
        for (const QByteArray &encoding : {QByteArray(), QByteArray("identity"), QByteArray(" Identity ")}) {
            const Result<QByteArray> body = bodydecoding::decode(encoding, "[1,2]", Limit);
            QVERIFY(body.ok());
            QCOMPARE(*body, QByteArray("[1,2]"));
        }
    }

    void gzipAndDeflateUnpack_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("compressed");
        const QByteArray plain = "[{\"tokenId\":0}]";
        QTest::newRow("gzip") << QByteArray("gzip") << test::gzipCompress(plain);
        QTest::newRow("x-gzip, upper case") << QByteArray("X-GZIP") << test::gzipCompress(plain);
        QTest::newRow("deflate (zlib)") << QByteArray("deflate") << deflated(plain, false);
        QTest::newRow("deflate (raw)") << QByteArray("deflate") << deflated(plain, true);
        // RFC 1952 allows several members one after another.
        QTest::newRow("two gzip members") << QByteArray("gzip")
                                          << test::gzipCompress("[{\"tokenId\"") + test::gzipCompress(":0}]");
    }

    void gzipAndDeflateUnpack()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, compressed);
        const Result<QByteArray> body = bodydecoding::decode(encoding, compressed, Limit);
        QVERIFY2(body.ok(), qPrintable(body.ok() ? QString() : body.error().message));
        QCOMPARE(*body, QByteArray("[{\"tokenId\":0}]"));
    }

    void exactlyTheLimitIsAccepted()
    {
        const Result<QByteArray> body = bodydecoding::decode("gzip", test::gzipCompress(QByteArray(Limit, ' ')), Limit);
        QVERIFY(body.ok());
        QCOMPARE(body->size(), Limit);
    }

    void growingPastTheLimitIsRefused()
    {
        const QByteArray bomb = test::gzipCompress(QByteArray(64 * Limit, '0'));
        const Result<QByteArray> body = bodydecoding::decode("gzip", bomb, Limit);
        QVERIFY(!body.ok());
        QCOMPARE(body.error().kind, ErrorKind::Malformed);
        QCOMPARE(body.error().message, QStringLiteral("The response was sent compressed (gzip, %1 bytes) and grew "
                                                      "past 1 MiB when unpacked; it was not read")
                                           .arg(bomb.size()));
        // One byte over is over.
        QVERIFY(!bodydecoding::decode("gzip", test::gzipCompress(QByteArray(Limit + 1, ' ')), Limit).ok());
    }

    void corruptDataIsNamed()
    {
        const Result<QByteArray> body = bodydecoding::decode("gzip", "this is not gzip at all", Limit);
        QVERIFY(!body.ok());
        QCOMPARE(body.error().kind, ErrorKind::Malformed);
        QCOMPARE(body.error().message,
                 QStringLiteral("The response was sent compressed (gzip) but could not be unpacked: incorrect header check"));
    }

    void truncatedDataIsNamed()
    {
        const QByteArray whole = test::gzipCompress(QByteArray(100000, 'a') + QByteArray(100000, 'b'));
        const Result<QByteArray> body = bodydecoding::decode("gzip", whole.left(whole.size() / 2), Limit);
        QVERIFY(!body.ok());
        QCOMPARE(body.error().message,
                 QStringLiteral("The response was sent compressed (gzip) but the compressed data ends early"));
    }

    void unrequestedEncodingIsRefused()
    {
        const Result<QByteArray> body = bodydecoding::decode("br", "\x1b\x03", Limit);
        QVERIFY(!body.ok());
        QCOMPARE(body.error().kind, ErrorKind::Malformed);
        QCOMPARE(body.error().message, QStringLiteral("The response came in an encoding Loopview did not ask for (br)"));
        // Header text is outside text: no escape sequence reaches a terminal.
        const Result<QByteArray> hostile = bodydecoding::decode("x\x1b]0;owned\x07", "", Limit);
        QVERIFY(!hostile.ok());
        QVERIFY(!hostile.error().message.contains(QLatin1Char('\x1b')));
    }
};

QTEST_GUILESS_MAIN(TestBodyDecoding)
#include "test_bodydecoding.moc"
