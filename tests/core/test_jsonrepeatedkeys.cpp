// json::firstRepeatedKey on valid JSON: finds a key given twice in one object, and nothing else.

#include "core/jsonrepeatedkeys.h"

#include <QJsonDocument>
#include <QTest>

using loopview::json::firstRepeatedKey;

class TestJsonRepeatedKeys : public QObject
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
};

QTEST_GUILESS_MAIN(TestJsonRepeatedKeys)
#include "test_jsonrepeatedkeys.moc"
