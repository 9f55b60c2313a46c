// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "net/requestpolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace loopview;
using namespace std::chrono_literals;

class TestRequestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void sameOrigin_data();
    void sameOrigin();
    void retryableStatuses();
    void transportFailures_data();
    void transportFailures();
    void retryAfter_data();
    void retryAfter();
    void durationsAndSizes();
};

void TestRequestPolicy::sameOrigin_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("same host, other path") << "https://api3.loopring.io/x" << "https://api3.loopring.io/y?z=1" << true;
    QTest::newRow("explicit default port") << "https://api3.loopring.io" << "https://api3.loopring.io:443/x" << true;
    QTest::newRow("host case") << "https://API3.loopring.io" << "https://api3.loopring.io" << true;
    QTest::newRow("other host") << "https://api3.loopring.io" << "https://evil.example" << false;
    QTest::newRow("subdomain") << "https://loopring.io" << "https://api3.loopring.io" << false;
    QTest::newRow("other port") << "http://127.0.0.1:8080" << "http://127.0.0.1:8081" << false;
    QTest::newRow("downgrade to http") << "https://api3.loopring.io" << "http://api3.loopring.io" << false;
    QTest::newRow("http port 443 is not https") << "https://api3.loopring.io" << "http://api3.loopring.io:443" << false;
}

void TestRequestPolicy::sameOrigin()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(isSameOrigin(QUrl(a), QUrl(b)), same);
    QCOMPARE(isSameOrigin(QUrl(b), QUrl(a)), same);
}

void TestRequestPolicy::transportFailures_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transport");
    QTest::newRow("success") << int(QNetworkReply::NoError) << 200 << false;
    QTest::newRow("HTTP 404 as Qt restates it") << int(QNetworkReply::ContentNotFoundError) << 404 << false;
    QTest::newRow("HTTP 400") << int(QNetworkReply::ProtocolInvalidOperationError) << 400 << false;
    QTest::newRow("unknown 4xx") << int(QNetworkReply::UnknownContentError) << 429 << false;
    QTest::newRow("HTTP 503") << int(QNetworkReply::ServiceUnavailableError) << 503 << false;
    QTest::newRow("no answer") << int(QNetworkReply::ConnectionRefusedError) << 0 << true;
    // A status line came, then the body went wrong: the error is the answer, not the status.
    QTest::newRow("200, body failed (299)") << int(QNetworkReply::UnknownContentError) << 200 << true;
    QTest::newRow("200, protocol failure") << int(QNetworkReply::ProtocolFailure) << 200 << true;
    QTest::newRow("200, cut off") << int(QNetworkReply::RemoteHostClosedError) << 200 << true;
    QTest::newRow("1xx with an error") << int(QNetworkReply::UnknownNetworkError) << 100 << true;
    QTest::newRow("500, cut off") << int(QNetworkReply::RemoteHostClosedError) << 500 << true;
    QTest::newRow("502, protocol failure") << int(QNetworkReply::ProtocolFailure) << 502 << true;
}

void TestRequestPolicy::transportFailures()
{
    QFETCH(int, error);
    QFETCH(int, status);
    QFETCH(bool, transport);
    QCOMPARE(isTransportFailure(QNetworkReply::NetworkError(error), status), transport);
}

void TestRequestPolicy::retryableStatuses()
{
    QVERIFY(isRetryableServerStatus(502));
    QVERIFY(isRetryableServerStatus(503));
    QVERIFY(isRetryableServerStatus(504));
    QVERIFY(!isRetryableServerStatus(500));
    QVERIFY(!isRetryableServerStatus(429));
    QVERIFY(!isRetryableServerStatus(400));
}

void TestRequestPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("capMs");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("absent") << QByteArray() << qint64(10000) << qint64(1000);
    QTest::newRow("seconds") << QByteArray("3") << qint64(10000) << qint64(3000);
    QTest::newRow("zero") << QByteArray("0") << qint64(10000) << qint64(0);
    QTest::newRow("capped") << QByteArray("120") << qint64(10000) << qint64(10000);
    QTest::newRow("absurd") << QByteArray("99999999999999999") << qint64(10000) << qint64(10000);
    QTest::newRow("negative") << QByteArray("-5") << qint64(10000) << qint64(1000);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(10000) << qint64(1000);
    QTest::newRow("default capped") << QByteArray() << qint64(20) << qint64(20);
    QTest::newRow("http date") << QByteArray("Wed, 01 Nov 2023 12:00:05 GMT") << qint64(10000) << qint64(5000);
    QTest::newRow("http date in past") << QByteArray("Wed, 01 Nov 2023 11:00:00 GMT") << qint64(10000) << qint64(0);
}

void TestRequestPolicy::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, capMs);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2023, 11, 1), QTime(12, 0, 0), QTimeZone::utc());
    QCOMPARE(retryAfterDelay(header, std::chrono::milliseconds(capMs), now).count(), expectedMs);
}

void TestRequestPolicy::durationsAndSizes()
{
    QCOMPARE(describeDuration(15000ms), QStringLiteral("15 s"));
    QCOMPARE(describeDuration(200ms), QStringLiteral("0.2 s"));
    QCOMPARE(describeDuration(1500ms), QStringLiteral("1.5 s"));
    QCOMPARE(describeByteSize(16 * 1024 * 1024), QStringLiteral("16 MiB"));
    QCOMPARE(describeByteSize(1024), QStringLiteral("1 KiB"));
    QCOMPARE(describeByteSize(100), QStringLiteral("100 bytes"));
}

QTEST_GUILESS_MAIN(TestRequestPolicy)
#include "test_requestpolicy.moc"
