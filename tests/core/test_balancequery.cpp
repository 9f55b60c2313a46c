// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/balancequery.h"
#include "core/printabletext.h"

#include <QTest>

using loopview::Address;
using loopview::BalanceQuery;
using loopview::ErrorKind;
using loopview::Result;

class TestBalanceQuery : public QObject {
    Q_OBJECT

private slots:
    void parseAccountIdAccepts_data();
    void parseAccountIdAccepts();
    void parseAccountIdRejects_data();
    void parseAccountIdRejects();

    void parseTokenId_data();
    void parseTokenId();

    void parseTokenIdsAccepts_data();
    void parseTokenIdsAccepts();
    void parseTokenIdsRejects_data();
    void parseTokenIdsRejects();

    void fromInputWithAccountId();
    void fromInputWithAddress();
    void fromInputRejects_data();
    void fromInputRejects();

    void echoedValuesArePrintableAndCut_data();
    void echoedValuesArePrintableAndCut();
};

void TestBalanceQuery::parseAccountIdAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("id");

    QTest::newRow("one") << QStringLiteral("1") << qint64(1);
    QTest::newRow("typical") << QStringLiteral("123456") << qint64(123456);
    QTest::newRow("max uint32") << QStringLiteral("4294967295") << qint64(4294967295LL);
    QTest::newRow("leading zeros") << QStringLiteral("007") << qint64(7);
    QTest::newRow("pasted with spaces") << QStringLiteral(" 10110\n") << qint64(10110);
}

void TestBalanceQuery::parseAccountIdAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, id);

    const Result<qint64> parsed = loopview::parseAccountId(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), id);
}

void TestBalanceQuery::parseAccountIdRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << QStringLiteral("Account id is empty");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("Account id is empty");
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("Account id must be at least 1");
    QTest::newRow("zeros") << QStringLiteral("000")
                           << QStringLiteral("Account id must be at least 1");
    QTest::newRow("2^32") << QStringLiteral("4294967296")
                          << QStringLiteral(
                                 "Account id 4294967296 is too large (the maximum is 4294967295)");
    QTest::newRow("huge") << QStringLiteral("99999999999999999999999")
                          << QStringLiteral("Account id 99999999999999999999999 is too large (the "
                                            "maximum is 4294967295)");
    QTest::newRow("letter") << QStringLiteral(
        "12a4") << QStringLiteral("Account id must be digits only, but has 'a' at position 3");
    QTest::newRow("negative") << QStringLiteral(
        "-1") << QStringLiteral("Account id must be digits only, but has '-' at position 1");
    QTest::newRow("decimal") << QStringLiteral(
        "1.0") << QStringLiteral("Account id must be digits only, but has '.' at position 2");
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("\u0661\u0662")
        << QStringLiteral("Account id must be digits only, but has '\u0661' at position 1");
}

void TestBalanceQuery::parseAccountIdRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Result<qint64> parsed = loopview::parseAccountId(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::Input);
    QCOMPARE(parsed.error().message, message);
}

void TestBalanceQuery::parseTokenIdsAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("ids");

    QTest::newRow("empty") << QString() << QList<int>();
    QTest::newRow("blank") << QStringLiteral("   ") << QList<int>();
    QTest::newRow("single zero") << QStringLiteral("0") << QList<int> {0};
    QTest::newRow("list") << QStringLiteral("0,1,5") << QList<int> {0, 1, 5};
    QTest::newRow("spaces around") << QStringLiteral(" 0 , 1 ,5 ") << QList<int> {0, 1, 5};
    QTest::newRow("max uint16") << QStringLiteral("65535") << QList<int> {65535};
    QTest::newRow("leading zeros") << QStringLiteral("007") << QList<int> {7};
    QTest::newRow("order kept, repeats dropped")
        << QStringLiteral("5,1,5,0,1") << QList<int> {5, 1, 0};
}

void TestBalanceQuery::parseTokenId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("id");  // -1 = refused

    QTest::newRow("zero") << QStringLiteral("0") << 0;
    QTest::newRow("plain") << QStringLiteral("7") << 7;
    QTest::newRow("leading zeros") << QStringLiteral("007") << 7;
    QTest::newRow("many leading zeros") << QStringLiteral("00000000000000000000000001") << 1;
    QTest::newRow("maximum") << QStringLiteral("65535") << 65535;
    QTest::newRow("2^16") << QStringLiteral("65536") << -1;
    QTest::newRow("huge") << QStringLiteral("123456789012345678901234567890") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("negative") << QStringLiteral("-1") << -1;
    QTest::newRow("plus sign") << QStringLiteral("+1") << -1;
    QTest::newRow("space") << QStringLiteral(" 1") << -1;
    QTest::newRow("letters") << QStringLiteral("LRC") << -1;
    QTest::newRow("arabic-indic digit") << QString(QChar(0x0661)) << -1;
}

void TestBalanceQuery::parseTokenId()
{
    QFETCH(QString, text);
    QFETCH(int, id);

    const std::optional<int> parsed = loopview::parseTokenId(text);
    if (id < 0) {
        QVERIFY(!parsed.has_value());
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, id);
    }
}

void TestBalanceQuery::parseTokenIdsAccepts()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, ids);

    const Result<QList<int>> parsed = loopview::parseTokenIds(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), ids);
}

void TestBalanceQuery::parseTokenIdsRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty middle item")
        << QStringLiteral("0,,1") << QStringLiteral("Token id list has an empty item (item 2)");
    QTest::newRow("trailing comma")
        << QStringLiteral("0,1,") << QStringLiteral("Token id list has an empty item (item 3)");
    QTest::newRow("lone comma") << QStringLiteral(",")
                                << QStringLiteral("Token id list has an empty item (item 1)");
    QTest::newRow("word") << QStringLiteral("0, abc")
                          << QStringLiteral("Token id 'abc' (item 2) is not a whole number");
    QTest::newRow("negative") << QStringLiteral("-1")
                              << QStringLiteral("Token id '-1' (item 1) is not a whole number");
    QTest::newRow("inner space") << QStringLiteral("1 2")
                                 << QStringLiteral("Token id '1 2' (item 1) is not a whole number");
    QTest::newRow("semicolon list")
        << QStringLiteral("0;1") << QStringLiteral("Token id '0;1' (item 1) is not a whole number");
    QTest::newRow("2^16") << QStringLiteral(
        "1,65536") << QStringLiteral("Token id '65536' (item 2) is out of range (0 to 65535)");
    QTest::newRow("huge") << QStringLiteral("123456789012345678901234567890")
                          << QStringLiteral("Token id '123456789012345678901234567890' (item 1) is "
                                            "out of range (0 to 65535)");
}

void TestBalanceQuery::parseTokenIdsRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Result<QList<int>> parsed = loopview::parseTokenIds(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::Input);
    QCOMPARE(parsed.error().message, message);
}

void TestBalanceQuery::fromInputWithAccountId()
{
    const Result<BalanceQuery> query
        = BalanceQuery::fromInput(u" 10110 ", u"0, 1");
    QVERIFY2(query.ok(), qPrintable(query.ok() ? QString() : query.error().message));
    QVERIFY(!query->byAddress());
    QCOMPARE(std::get<qint64>(query->account), qint64(10110));
    QCOMPARE(query->accountText(), QStringLiteral("10110"));
    QCOMPARE(query->tokenIds, (QList<int> {0, 1}));
}

void TestBalanceQuery::fromInputWithAddress()
{
    const Result<BalanceQuery> query = BalanceQuery::fromInput(u"0x8656920c85342d646e5286cb841f90209272abeb");
    QVERIFY2(query.ok(), qPrintable(query.ok() ? QString() : query.error().message));
    QVERIFY(query->byAddress());
    QCOMPARE(std::get<Address>(query->account).toLower(),
             QStringLiteral("0x8656920c85342d646e5286cb841f90209272abeb"));
    // People are shown the checksummed form even when they typed lower case.
    QCOMPARE(query->accountText(), QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb"));
    QVERIFY(query->tokenIds.isEmpty());
}

void TestBalanceQuery::fromInputRejects_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("tokens");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty account")
        << QStringLiteral("  ") << QString()
        << QStringLiteral("Enter an account id or an L1 address (0x\u2026)");
    QTest::newRow("short address")
        << QStringLiteral("0x1234") << QString()
        << QStringLiteral("Invalid address: address must have 40 hex digits after 0x, but has 4");
    QTest::newRow("bad checksum")
        << QStringLiteral("0x8656920C85342d646E5286Cb841F90209272ABeb") << QString()
        << QStringLiteral("Invalid address: address has mixed-case letters but its EIP-55 checksum "
                          "is wrong; check it for a typo (an all-lowercase address skips the "
                          "checksum check)");
    QTest::newRow("bad id") << QStringLiteral("12x") << QString()
                            << QStringLiteral(
                                   "Account id must be digits only, but has 'x' at position 3");
    QTest::newRow("zero id") << QStringLiteral("0") << QString()
                             << QStringLiteral("Account id must be at least 1");
    QTest::newRow("bad tokens") << QStringLiteral("10110") << QStringLiteral("0,x")
                                << QStringLiteral("Token id 'x' (item 2) is not a whole number");
}

void TestBalanceQuery::fromInputRejects()
{
    QFETCH(QString, account);
    QFETCH(QString, tokens);
    QFETCH(QString, message);

    const Result<BalanceQuery> query = BalanceQuery::fromInput(account, tokens);
    QVERIFY(!query.ok());
    QCOMPARE(query.error().kind, ErrorKind::Input);
    QCOMPARE(query.error().message, message);
}

void TestBalanceQuery::echoedValuesArePrintableAndCut_data()
{
    // What the user typed (a form field, an argument, a bookmark from a file) is quoted back in
    // the message; the window and the terminal show it, so it must be inert and short.
    QTest::addColumn<QString>("message");
    const QString tail(200, QLatin1Char('x'));
    const QString hostile = QStringLiteral("\x1b]0;pwned\x07\x1b[31m\u009b\u202e") + tail;
    QTest::newRow("account id character") << loopview::parseAccountId(QStringLiteral("12\x1b[2J")).error().message;
    QTest::newRow("account id too large") << loopview::parseAccountId(QString(200, QLatin1Char('9'))).error().message;
    QTest::newRow("token id") << loopview::parseTokenIds(QString(QStringLiteral("1,") + hostile)).error().message;
    QTest::newRow("token id out of range") << loopview::parseTokenIds(QString(200, QLatin1Char('9'))).error().message;
}

void TestBalanceQuery::echoedValuesArePrintableAndCut()
{
    QFETCH(QString, message);
    QVERIFY(!message.isEmpty());
    QVERIFY2(loopview::isPrintableText(message), qPrintable(message));
    QVERIFY2(!message.contains(QString(loopview::printable::EchoLength + 1, QLatin1Char('x')))
                 && !message.contains(QString(loopview::printable::EchoLength + 1, QLatin1Char('9'))),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestBalanceQuery)
#include "test_balancequery.moc"
