#include "core/error.h"

#include <QTest>

using namespace loopview;

class TestError : public QObject
{
    Q_OBJECT
private slots:
    void resultHoldsValueOrError()
    {
        const Result<int> value(42);
        QVERIFY(value.ok());
        QCOMPARE(value.value(), 42);

        const Result<int> failure(Error::malformed(QStringLiteral("[0].total"), QStringLiteral("bad")));
        QVERIFY(!failure.ok());
        QCOMPARE(failure.error().kind, ErrorKind::Malformed);
        QCOMPARE(failure.error().field, QStringLiteral("[0].total"));
    }

    void apiKeyProblemCodes()
    {
        Error error = Error::make(ErrorKind::Service, QStringLiteral("refused"));
        QVERIFY(!error.isApiKeyProblem());
        error.apiCode = 104002;
        QVERIFY(error.isApiKeyProblem());
        error.apiCode = 104001;
        QVERIFY(error.isApiKeyProblem());
        error.apiCode = 101002;
        QVERIFY(!error.isApiKeyProblem());
    }

    void redactSecretHidesEveryOccurrence()
    {
        const QString key = QStringLiteral("0123456789abcdefKEY");
        QCOMPARE(redactSecret(QStringLiteral("echo %1 and %1").arg(key), key, QStringLiteral("***")),
                 QStringLiteral("echo *** and ***"));
    }

    void redactSecretLeavesShortNonKeysAlone()
    {
        // A one-letter "key" must not turn "lookup" into "loo***up".
        QCOMPARE(redactSecret(QStringLiteral("name lookup failed"), QStringLiteral("k"), QStringLiteral("***")),
                 QStringLiteral("name lookup failed"));
        QCOMPARE(redactSecret(QStringLiteral("text"), QString(), QStringLiteral("***")), QStringLiteral("text"));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "test_error.moc"
