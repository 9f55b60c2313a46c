// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The raw-JSON scans on valid JSON: json::firstRepeatedKey finds a key given twice in one object
// and nothing else; json::numberLiterals gives a member's number exactly as written.

#include "core/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using loopview::json::firstRepeatedKey;
using loopview::json::numberLiterals;

using Literals = QHash<QString, QByteArray>;

class TestJsonScan : public QObject
{
    Q_OBJECT

private slots:
    void distinctKeysPass_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("scalars") << QByteArray("42");
        QTest::newRow("empty object and array") << QByteArray(R"({"a":{},"b":[]})");
        QTest::newRow("same key in sibling objects") << QByteArray(R"([{"a":1},{"a":2}])");
        QTest::newRow("same key at two depths") << QByteArray(R"({"a":{"a":{"a":1}}})");
        QTest::newRow("keys differing in case") << QByteArray(R"({"total":"1","Total":"2"})");
        // Quotes, backslashes, braces, commas and colons inside strings are text, not structure.
        QTest::newRow("structure inside strings")
            << QByteArray("{\"a\":\"x\\\",\\\"a\\\":{\",\"b\":\"\\\\\",\"c\":\"}],:{\"}");
        QTest::newRow("a value equal to a key") << QByteArray(R"({"a":"a","b":"a"})");
        QTest::newRow("arrays of arrays") << QByteArray(R"({"a":[[1,{"b":1}],[{"b":2}]],"b":0})");
        QTest::newRow("unicode keys") << QByteArray("{\"\xc3\xa4\":1,\"a\":2,\"\\ud83d\\ude00\":3}");
        QByteArray wide = "{";
        for (int i = 0; i < 40; ++i)
            wide += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i);
        QTest::newRow("wide object") << QByteArray(wide + "}");
    }

    void distinctKeysPass()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!QJsonDocument::fromJson(json).isNull() || json == "42");
        const std::optional<QString> repeated = firstRepeatedKey(json);
        QVERIFY2(!repeated.has_value(), qPrintable(repeated.value_or(QString())));
    }

    void repeatedKeysAreFound_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("top level") << QByteArray(R"({"a":1,"b":2,"a":3})") << QStringLiteral("a");
        QTest::newRow("nested") << QByteArray(R"({"resultInfo":{"code":0,"code":1}})") << QStringLiteral("resultInfo.code");
        QTest::newRow("in a row") << QByteArray(R"([{"x":1},{"y":1,"y":2}])") << QStringLiteral("[1].y");
        QTest::newRow("deep") << QByteArray(R"([{"p":[0,{"q":{"r":1,"r":2}}]}])") << QStringLiteral("[0].p[1].q.r");
        QTest::newRow("after a nested object") << QByteArray(R"({"a":{"b":1},"c":2,"a":3})") << QStringLiteral("a");
        QTest::newRow("escaped spelling") << QByteArray(R"({"total":"1","t\u006ftal":"9"})") << QStringLiteral("total");
        QTest::newRow("escaped quote in key") << QByteArray("{\"a\\\"b\":1,\"a\\u0022b\":2}") << QStringLiteral("a\"b");
        QTest::newRow("surrogate pair key") << QByteArray("{\"\xf0\x9f\x98\x80\":1,\"\\ud83d\\ude00\":2}")
                                            << QString::fromUtf8("\xf0\x9f\x98\x80");
        QTest::newRow("whitespace around") << QByteArray(" {\n \"a\" : 1 ,\n \"a\" : 1 }\n") << QStringLiteral("a");
        QTest::newRow("first of several") << QByteArray(R"({"a":{"b":1,"b":2},"a":3})") << QStringLiteral("a.b");
        // A key ending in an escaped backslash: its closing quote is a real one.
        QTest::newRow("key ending in a backslash") << QByteArray("{\"a\\\\\":1,\"b\":\"\\\\\\\"\",\"a\\\\\":2}")
                                                   << QStringLiteral("a\\");
        // Past the first sixteen keys the object is searched through a hash: same answers.
        QByteArray wide = "{";
        for (int i = 0; i < 40; ++i)
            wide += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
        QTest::newRow("wide object, late repeat") << QByteArray(wide + "\"k39\":0}") << QStringLiteral("k39");
        QTest::newRow("wide object, early key repeated late") << QByteArray(wide + "\"k3\":0}") << QStringLiteral("k3");
    }

    void repeatedKeysAreFound()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QVERIFY(!QJsonDocument::fromJson(json).isNull());
        QCOMPARE(firstRepeatedKey(json), std::optional<QString>(path));
    }

    void numberLiteralsKeepTheText_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<Literals>("expected");
        QTest::newRow("as written, not as a double")
            << QByteArray(R"({"prices":[{"symbol":"ETH","price":3000.10},{"price":0.000000000000000001}]})")
            << Literals{{QStringLiteral("prices[0].price"), "3000.10"},
                        {QStringLiteral("prices[1].price"), "0.000000000000000001"}};
        QTest::newRow("exponent and sign kept")
            << QByteArray(R"([{"price":1e-7},{"price":-2.5E+3},{"price":0}])")
            << Literals{{QStringLiteral("[0].price"), "1e-7"},
                        {QStringLiteral("[1].price"), "-2.5E+3"},
                        {QStringLiteral("[2].price"), "0"}};
        QTest::newRow("more digits than a double holds")
            << QByteArray(R"({"price":123456789012345678901234567890.123456789012345678901234567890})")
            << Literals{{QStringLiteral("price"), "123456789012345678901234567890.123456789012345678901234567890"}};
        QTest::newRow("whitespace around the number")
            << QByteArray("{ \"price\" :\n\t12.5 ,\"x\":1}") << Literals{{QStringLiteral("price"), "12.5"}};
        QTest::newRow("last member, before the brace")
            << QByteArray(R"({"a":{"price":7}})") << Literals{{QStringLiteral("a.price"), "7"}};
        // A string is not a number; neither is anything inside an array or object given as the value.
        QTest::newRow("not numbers") << QByteArray(R"({"price":"3000.12","q":{"price":[1,2]},"r":{"price":{"price":"1"}}})")
                                     << Literals{};
        QTest::newRow("other members are ignored")
            << QByteArray(R"({"updatedAt":1700000000000,"prices":5,"priceX":1,"Price":2})") << Literals{};
        QTest::newRow("the member's value, not its siblings")
            << QByteArray(R"({"price":1,"n":[3,4],"m":-5})") << Literals{{QStringLiteral("price"), "1"}};
        QTest::newRow("escaped key")
            << QByteArray("{\"pr\\u0069ce\":42}") << Literals{{QStringLiteral("price"), "42"}};
        // Digits and structure inside strings are text.
        QTest::newRow("strings that look like numbers")
            << QByteArray("{\"a\":\"\\\"price\\\":5\",\"price\":6,\"b\":\"-1, 2]\"}") << Literals{{QStringLiteral("price"), "6"}};
        // QJsonDocument reads these as numbers although JSON does not; the literal is still theirs.
        QTest::newRow("numbers only Qt reads")
            << QByteArray(R"([{"price":.6},{"price":-.5},{"price":1.e5},{"price":1.}])")
            << Literals{{QStringLiteral("[0].price"), ".6"},
                        {QStringLiteral("[1].price"), "-.5"},
                        {QStringLiteral("[2].price"), "1.e5"},
                        {QStringLiteral("[3].price"), "1."}};
        QTest::newRow("top-level number") << QByteArray("5") << Literals{};
    }

    void numberLiteralsKeepTheText()
    {
        QFETCH(QByteArray, json);
        QFETCH(Literals, expected);
        QVERIFY(!QJsonDocument::fromJson(json).isNull() || json == "5");
        QCOMPARE(numberLiterals(json, QLatin1String("price")), expected);
    }

    // Every literal found is the number QJsonDocument read at that path.
    void numberLiteralsAgreeWithQJsonDocument()
    {
        const QByteArray json = R"({"prices":[{"price":1.5,"updatedAt":1},{"x":{"price":2e2}},{"price":-0.25}]})";
        const Literals literals = numberLiterals(json, QLatin1String("price"));
        QCOMPARE(literals.size(), 3);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonArray prices = root.value(QLatin1String("prices")).toArray();
        QCOMPARE(literals.value(QStringLiteral("prices[0].price")).toDouble(), prices.at(0)[QLatin1String("price")].toDouble());
        QCOMPARE(literals.value(QStringLiteral("prices[1].x.price")).toDouble(),
                 prices.at(1)[QLatin1String("x")][QLatin1String("price")].toDouble());
        QCOMPARE(literals.value(QStringLiteral("prices[2].price")).toDouble(), prices.at(2)[QLatin1String("price")].toDouble());
    }
};

QTEST_GUILESS_MAIN(TestJsonScan)
#include "test_jsonscan.moc"
