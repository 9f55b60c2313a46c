// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

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

    void redactSecretIgnoresCaseAndHidesSlices_data()
    {
        QTest::addColumn<QString>("echoed");
        const QString key = QStringLiteral("Kx7tQm2LbN9vR4sW8yZ1cD5fG3hJ6kP0");
        QTest::newRow("exact") << key;
        QTest::newRow("upper-cased") << key.toUpper();
        QTest::newRow("lower-cased") << key.toLower();
        QTest::newRow("12-character slice") << key.mid(7, 12);
        QTest::newRow("20-character slice, lower-cased") << key.mid(3, 20).toLower();
        QTest::newRow("prefix") << key.left(16);
        QTest::newRow("suffix") << key.right(13).toUpper();
    }
    void redactSecretIgnoresCaseAndHidesSlices()
    {
        QFETCH(QString, echoed);
        const QString key = QStringLiteral("Kx7tQm2LbN9vR4sW8yZ1cD5fG3hJ6kP0");
        QCOMPARE(redactSecret(QStringLiteral("invalid apikey: %1.").arg(echoed), key, QStringLiteral("***")),
                 QStringLiteral("invalid apikey: ***."));
    }

    void redactSecretKeepsShorterSlices()
    {
        // Eleven characters of a 32-character key say nothing useful about it; hiding them would
        // start to mangle ordinary text (ids, hashes) that happens to share a few characters.
        const QString key = QStringLiteral("Kx7tQm2LbN9vR4sW8yZ1cD5fG3hJ6kP0");
        const QString text = QStringLiteral("token %1 unknown").arg(key.mid(4, 11));
        QCOMPARE(redactSecret(text, key, QStringLiteral("***")), text);
    }

    void redactSecretJoinsTouchingSlicesIntoOne()
    {
        // Two slices back to back, and the key twice with a lower-cased copy between: each
        // stretch of key material becomes one marker, the text around it stays.
        const QString key = QStringLiteral("abcdefghijklmnopqrstuvwxyz012345");
        QCOMPARE(redactSecret(QStringLiteral("[%1%2]").arg(key.mid(20), key.left(12)), key, QStringLiteral("*")),
                 QStringLiteral("[*]"));
        QCOMPARE(redactSecret(QStringLiteral("%1 / %2").arg(key, key.toUpper()), key, QStringLiteral("*")),
                 QStringLiteral("* / *"));
    }

    void redactSecretHidesAMidLengthKeyOnlyWhole()
    {
        // Between 8 and 11 characters the whole key is the smallest run that is hidden.
        const QString key = QStringLiteral("Secret99x");
        QCOMPARE(redactSecret(QStringLiteral("key SECRET99X and secret99"), key, QStringLiteral("***")),
                 QStringLiteral("key *** and secret99"));
    }

    void redactSecretLeavesShortNonKeysAlone()
    {
        // A one-letter "key" must not turn "lookup" into "loo***up".
        QCOMPARE(redactSecret(QStringLiteral("name lookup failed"), QStringLiteral("k"), QStringLiteral("***")),
                 QStringLiteral("name lookup failed"));
        QCOMPARE(redactSecret(QStringLiteral("text"), QString(), QStringLiteral("***")), QStringLiteral("text"));
        // Seven characters: still not a key, in any case.
        QCOMPARE(redactSecret(QStringLiteral("PASSWORD password"), QStringLiteral("passwor"), QStringLiteral("***")),
                 QStringLiteral("PASSWORD password"));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "test_error.moc"
