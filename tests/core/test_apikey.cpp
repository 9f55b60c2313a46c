// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/apikey.h"

#include <QTest>

using namespace loopview;

class TestApiKey : public QObject
{
    Q_OBJECT

private slots:
    void acceptsKeysAndTrimsWhatSurroundsThem_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        const QString loopring = QStringLiteral("AbCdEf0123456789AbCdEf0123456789AbCdEf0123456789AbCdEf0123456789");
        QTest::newRow("as is") << loopring << loopring;
        QTest::newRow("file with newline") << loopring + QStringLiteral("\n") << loopring;
        QTest::newRow("windows line end") << loopring + QStringLiteral("\r\n") << loopring;
        QTest::newRow("pasted with spaces") << QStringLiteral("  ") + loopring + QStringLiteral("\t") << loopring;
        QTest::newRow("punctuation") << QStringLiteral("key-with_punct.~!") << QStringLiteral("key-with_punct.~!");
        QTest::newRow("longest") << QString(MaxApiKeyLength, QLatin1Char('k')) << QString(MaxApiKeyLength, QLatin1Char('k'));
    }

    void acceptsKeysAndTrimsWhatSurroundsThem()
    {
        QFETCH(QString, input);
        QFETCH(QString, key);
        const Result<QString> checked = validateApiKey(input, QStringLiteral("LOOPVIEW_API_KEY"));
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
        QCOMPARE(*checked, key);
    }

    void refusesWhatCannotBeAKey_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("The API key from X is empty");
        QTest::newRow("only whitespace") << QStringLiteral(" \n ") << QStringLiteral("is empty");
        QTest::newRow("line break") << QStringLiteral("abc\r\nX-Injected: 1") << QStringLiteral("a line break at position 4");
        QTest::newRow("lone LF") << QStringLiteral("abc\ndef") << QStringLiteral("a line break at position 4");
        QTest::newRow("inner space") << QStringLiteral("abc def") << QStringLiteral("a space at position 4");
        QTest::newRow("tab") << QStringLiteral("abc\tdef") << QStringLiteral("a space at position 4");
        QTest::newRow("escape") << QStringLiteral("ab\x1b[31m") << QStringLiteral("a control character at position 3");
        QTest::newRow("NUL") << QString::fromUtf16(u"ab\u0000cd", 5) << QStringLiteral("a control character at position 3");
        QTest::newRow("DEL") << QStringLiteral("ab\x7f") << QStringLiteral("a control character at position 3");
        QTest::newRow("C1 CSI") << QString::fromUtf16(u"ab\u009b31m") << QStringLiteral("a control character at position 3");
        QTest::newRow("non-ASCII") << QString::fromUtf16(u"k\u00e9y") << QStringLiteral("not printable ASCII at position 2");
        QTest::newRow("bidi override") << QString::fromUtf16(u"\u202ekey") << QStringLiteral("not printable ASCII at position 1");
        QTest::newRow("no-break space") << QString::fromUtf16(u"ab\u00a0cd") << QStringLiteral("a space at position 3");
        QTest::newRow("too long") << QString(MaxApiKeyLength + 1, QLatin1Char('k'))
                                  << QStringLiteral("too long to be an API key (257 characters; at most 256)");
    }

    void refusesWhatCannotBeAKey()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QString> checked = validateApiKey(input, QStringLiteral("X"));
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, ErrorKind::Input);
        QVERIFY2(checked.error().message.contains(expected), qPrintable(checked.error().message));
        // One line, and never the key itself.
        QVERIFY(!checked.error().message.contains(QLatin1Char('\n')));
        if (input.trimmed().size() > 3)
            QVERIFY(!checked.error().message.contains(input.trimmed()));
    }

    void withoutOriginSaysTheApiKey()
    {
        const Result<QString> checked = validateApiKey(QStringLiteral("a b"));
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error().message.startsWith(QLatin1String("The API key contains a space")),
                 qPrintable(checked.error().message));
    }
};

QTEST_APPLESS_MAIN(TestApiKey)
#include "test_apikey.moc"
