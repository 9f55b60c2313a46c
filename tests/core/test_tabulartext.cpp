// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/tabulartext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace loopview;

class TestTabularText : public QObject {
    Q_OBJECT

private slots:
    void stringLiterals()
    {
        QCOMPARE(jsonStringLiteral(u"LRC"), QStringLiteral("\"LRC\""));
        QCOMPARE(jsonStringLiteral(u"a\"b\\c"), QStringLiteral("\"a\\\"b\\\\c\""));
        QCOMPARE(jsonStringLiteral(QStringLiteral("\b\f\n\r\t\x01")), QStringLiteral("\"\\b\\f\\n\\r\\t\\u0001\""));
        // Not JSON's to escape: left for escapeUnprintableInJson, which writes the whole document.
        QCOMPARE(jsonStringLiteral(u"\u202E\u00e9"), QStringLiteral("\"\u202E\u00e9\""));
    }

    void objectArrayKeepsKeyOrder()
    {
        const QStringList keys = {QStringLiteral("z"), QStringLiteral("a")};
        const QByteArray json = jsonObjectArray(keys, 2, [](qsizetype row, qsizetype column) {
            return column == 0 ? QString::number(row) : jsonStringLiteral(QStringLiteral("r%1").arg(row));
        });
        QCOMPARE(json, QByteArray("[\n"
                                  "  {\n"
                                  "    \"z\": 0,\n"
                                  "    \"a\": \"r0\"\n"
                                  "  },\n"
                                  "  {\n"
                                  "    \"z\": 1,\n"
                                  "    \"a\": \"r1\"\n"
                                  "  }\n"
                                  "]\n"));
    }

    void objectArrayEdges()
    {
        QCOMPARE(jsonObjectArray({QStringLiteral("k")}, 0, [](qsizetype, qsizetype) { return QString(); }),
                 QByteArray("[]\n"));
        QCOMPARE(jsonObjectArray({}, 1, [](qsizetype, qsizetype) { return QString(); }), QByteArray("[\n  {}\n]\n"));
    }

    void objectArrayEscapesForTerminals()
    {
        const QString hostile = QStringLiteral("\x1b]0;x\x07\u202Eab\u009b");
        const QByteArray json = jsonObjectArray({QStringLiteral("k")}, 1, [&](qsizetype, qsizetype) {
            return jsonStringLiteral(hostile);
        });
        for (const char *raw : {"\x1b", "\x07", "\xe2\x80\xae", "\xc2\x9b"})
            QVERIFY2(!json.contains(raw), json.constData());
        QCOMPARE(QJsonDocument::fromJson(json).array().at(0).toObject().value(QLatin1String("k")).toString(), hostile);
    }

    void alignedColumns()
    {
        using A = TextAlignment;
        const QString table = alignedTextTable({{QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("N")},
                                                {QStringLiteral("7"), QStringLiteral("Lighthouse"), QStringLiteral("1000")},
                                                {QStringLiteral("12345"), QStringLiteral("x"), QStringLiteral("2")}},
                                               {A::Right, A::Left, A::Right});
        QCOMPARE(table, QStringLiteral("   ID  NAME           N\n"
                                       "    7  Lighthouse  1000\n"
                                       "12345  x              2\n"));
    }

    void leftAlignedLastColumnIsNotPadded()
    {
        using A = TextAlignment;
        const QString table = alignedTextTable({{QStringLiteral("N"), QStringLiteral("NAME")},
                                                {QStringLiteral("1"), QStringLiteral("a long name")}},
                                               {A::Right, A::Left});
        QCOMPARE(table, QStringLiteral("N  NAME\n1  a long name\n"));
    }

    void shortRowsAreFilledWithEmptyCells()
    {
        using A = TextAlignment;
        QCOMPARE(alignedTextTable({{QStringLiteral("A"), QStringLiteral("B")}, {QStringLiteral("xyz")}}, {A::Left, A::Right}),
                 QStringLiteral("A    B\nxyz   \n"));
    }
};

QTEST_GUILESS_MAIN(TestTabularText)
#include "test_tabulartext.moc"
