// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/errortext.h"

#include <QTest>

using namespace loopview;

namespace {

Error makeError(ErrorKind kind, const QString &message)
{
    Error error;
    error.kind = kind;
    error.message = message;
    return error;
}

Error serviceError(int httpStatus, int apiCode, const QString &message = QStringLiteral("refused"))
{
    Error error = makeError(ErrorKind::Service, message);
    error.httpStatus = httpStatus;
    error.apiCode = apiCode;
    return error;
}

const QUrl Base(QStringLiteral("https://api3.loopring.io"));

} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT
private slots:
    void apiKeyProblemsPointAtTheKeyField();
    void networkErrorsNameTheHost();
    void timeoutsSayHowLongWeWaited();
    void malformedDataNamesTheField();
    void httpErrorsCarryStatusAndCode();
    void accountNotFound();
    void retryMessages();
    void retryIsJudgedByStatusNotByItsSentence();
    void keyProblemsSayWhereKeysComeFrom();
    void timeoutNamesTheRetryOfItsPlace();
    void retryIsOfferedOnlyWhereItMayHelp();
};

void TestErrorText::keyProblemsSayWhereKeysComeFrom()
{
    for (const int code : {104001, 104002}) {
        const QString text = errortext::describe(serviceError(400, code), Base, 15);
        QVERIFY2(text.contains(QLatin1String("Export Account")), qPrintable(text));
    }
    QVERIFY(errortext::whereKeysComeFrom().contains(QLatin1String("Loopring wallet")));
}

void TestErrorText::timeoutNamesTheRetryOfItsPlace()
{
    Error error = makeError(ErrorKind::Network, QStringLiteral("timed out"));
    error.timedOut = true;
    QVERIFY(errortext::describe(error, Base, 6).contains(QLatin1String("press F5")));
    // In the portfolio F5 would refresh the window's account: its text names its own button.
    const QString portfolio = errortext::describe(error, Base, 6, errortext::RetryBy::RefreshAll);
    QVERIFY2(portfolio.contains(QLatin1String("press Refresh all to try again")), qPrintable(portfolio));
    QVERIFY(!portfolio.contains(QLatin1String("F5")));
}

void TestErrorText::retryIsOfferedOnlyWhereItMayHelp()
{
    Error timeout = makeError(ErrorKind::Network, QStringLiteral("timed out"));
    timeout.timedOut = true;
    QVERIFY(errortext::mayRetryHelp(timeout));
    QVERIFY(errortext::mayRetryHelp(makeError(ErrorKind::Malformed, QStringLiteral("bad"))));
    QVERIFY(errortext::mayRetryHelp(serviceError(503, 0)));
    QVERIFY(errortext::mayRetryHelp(serviceError(429, 0)));
    QVERIFY(!errortext::mayRetryHelp(makeError(ErrorKind::Input, QStringLiteral("bad id"))));
    QVERIFY(!errortext::mayRetryHelp(serviceError(400, 101002)));  // unknown account
    QVERIFY(!errortext::mayRetryHelp(serviceError(200, 101001)));
    QVERIFY(!errortext::mayRetryHelp(serviceError(400, 104003)));
    QVERIFY(!errortext::mayRetryHelp(serviceError(401, 104002)));  // rejected key
    QVERIFY(!errortext::mayRetryHelp(serviceError(404, 0)));
}

void TestErrorText::apiKeyProblemsPointAtTheKeyField()
{
    const QString invalid = errortext::describe(serviceError(400, 104002), Base, 15);
    QVERIFY(invalid.contains(QLatin1String("API key field")));
    QVERIFY(invalid.contains(QLatin1String("104002")));
    const QString empty = errortext::describe(serviceError(400, 104001), Base, 15);
    QVERIFY(empty.contains(QLatin1String("API key field")));
}

void TestErrorText::networkErrorsNameTheHost()
{
    Error error = makeError(ErrorKind::Network, QStringLiteral("Connection refused"));
    const QString text = errortext::describe(error, Base, 15);
    QVERIFY(text.startsWith(QLatin1String("Could not reach api3.loopring.io")));
    QVERIFY(text.contains(QLatin1String("Connection refused")));
}

void TestErrorText::timeoutsSayHowLongWeWaited()
{
    Error error = makeError(ErrorKind::Network, QStringLiteral("timed out"));
    error.timedOut = true;
    const QString text = errortext::describe(error, Base, 6);
    QVERIFY(text.contains(QLatin1String("api3.loopring.io did not answer within 6 s")));
}

void TestErrorText::malformedDataNamesTheField()
{
    const Error error = Error::malformed(QStringLiteral("[2].pending.deposit"), QStringLiteral("not a number"));
    QCOMPARE(errortext::describe(error, Base, 15),
             QStringLiteral("The service sent data Loopview cannot read (field [2].pending.deposit): not a number"));
}

void TestErrorText::httpErrorsCarryStatusAndCode()
{
    QVERIFY(errortext::describe(serviceError(500, 0), Base, 15).contains(QLatin1String("HTTP 500")));
    QVERIFY(errortext::describe(serviceError(503, 0), Base, 15).contains(QLatin1String("HTTP 503")));
    QVERIFY(errortext::describe(serviceError(429, 0), Base, 15).contains(QLatin1String("rate-limiting")));
    const QString coded = errortext::describe(serviceError(400, 100001, QStringLiteral("invalid arguments")), Base, 15);
    QVERIFY(coded.contains(QLatin1String("invalid arguments")));
    QVERIFY(coded.contains(QLatin1String("HTTP 400")));
    QVERIFY(coded.contains(QLatin1String("code 100001")));
    QVERIFY(errortext::describe(serviceError(404, 0, QStringLiteral("Not Found")), Base, 15).contains(QLatin1String("HTTP 404")));
}

void TestErrorText::accountNotFound()
{
    QVERIFY(errortext::describe(serviceError(400, 101002), Base, 15).contains(QLatin1String("does not know this account")));
}

void TestErrorText::retryMessages()
{
    QCOMPARE(errortext::describeRetry(429, QStringLiteral("Rate limited (HTTP 429)"), 3),
             QStringLiteral("The service is rate-limiting us; retrying in 3 s…"));
    const QString outage = errortext::describeRetry(503, QStringLiteral("Service briefly unavailable (HTTP 503)"), 1);
    QVERIFY(outage.contains(QLatin1String("HTTP 503")));
    QVERIFY(outage.contains(QLatin1String("retrying in 1 s")));
}

void TestErrorText::retryIsJudgedByStatusNotByItsSentence()
{
    // The reason is a translated sentence: in another language it need not say "429" at all, and
    // an outage's sentence may well contain those digits (a port, a request id).
    QCOMPARE(errortext::describeRetry(429, QStringLiteral("Zu viele Anfragen"), 2),
             QStringLiteral("The service is rate-limiting us; retrying in 2 s…"));
    const QString outage = errortext::describeRetry(503, QStringLiteral("Service at :4290 briefly unavailable"), 2);
    QVERIFY2(!outage.contains(QLatin1String("rate-limiting")), qPrintable(outage));
    QVERIFY(outage.startsWith(QLatin1String("Service at :4290 briefly unavailable")));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "test_errortext.moc"
