// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/printabletext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTest>

using namespace loopview;

namespace {

const QString R(QChar(printable::Replacement));

QString fromUcs4(std::initializer_list<char32_t> codePoints)
{
    QString text;
    for (char32_t c : codePoints)
        text.append(QString::fromUcs4(&c, 1));
    return text;
}

} // namespace

class TestPrintableText : public QObject
{
    Q_OBJECT
private slots:
    void ordinaryTextPassesUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("account not found");
        QTest::newRow("empty") << QString();
        QTest::newRow("cjk") << QStringLiteral("账户不存在");
        QTest::newRow("astral emoji") << fromUcs4({U'A', 0x1F600, U'B'});
        QTest::newRow("rtl letters without overrides") << QStringLiteral("\u05D0\u05D1 LRC");
        QTest::newRow("zero-width joiner kept") << fromUcs4({0x1F469, 0x200D, 0x1F4BB});
    }
    void ordinaryTextPassesUnchanged()
    {
        QFETCH(QString, text);
        QCOMPARE(printableText(text), text);
        QVERIFY(isPrintableText(text));
    }

    void controlsAndOverridesAreReplaced_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("OSC retitle") << QStringLiteral("\x1b]0;pwned\x07ok")
                                     << R + QStringLiteral("]0;pwned") + R + QStringLiteral("ok");
        QTest::newRow("CSI recolour") << QStringLiteral("\x1b[31mred") << R + QStringLiteral("[31mred");
        QTest::newRow("C1 CSI") << QStringLiteral("a\u009B31mb") << QStringLiteral("a") + R + QStringLiteral("31mb");
        QTest::newRow("NUL") << QString::fromUtf16(u"a\0b", 3) << QStringLiteral("a") + R + QStringLiteral("b");
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a") + R;
        QTest::newRow("newline tab CR") << QStringLiteral("a\nb\tc\r") << QStringLiteral("a") + R + QStringLiteral("b") + R + QStringLiteral("c") + R;
        QTest::newRow("RLO spoof") << QStringLiteral("\u202ECRL") << R + QStringLiteral("CRL");
        QTest::newRow("every embedding and override")
            << QStringLiteral("\u202A\u202B\u202C\u202D\u202E") << R + R + R + R + R;
        QTest::newRow("isolates") << QStringLiteral("\u2066\u2067\u2068\u2069") << R + R + R + R;
        QTest::newRow("direction marks") << QStringLiteral("\u200E\u200F\u061C") << R + R + R;
        QTest::newRow("line separators") << QStringLiteral("a\u2028b\u2029") << QStringLiteral("a") + R + QStringLiteral("b") + R;
        QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) + QStringLiteral("x") << R + QStringLiteral("x");
        QTest::newRow("lone low surrogate") << QStringLiteral("x") + QString(QChar(0xDC00)) << QStringLiteral("x") + R;
        QTest::newRow("last C0 and first C1 edges")
            << QStringLiteral("\x1f\x20\x7e\u0080\u009f\u00a0")
            << R + QStringLiteral(" ~") + R + R + QStringLiteral("\u00a0");
    }
    void controlsAndOverridesAreReplaced()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(printableText(text), expected);
        QVERIFY(!isPrintableText(text));
    }

    void longTextIsCutWithAnEllipsis()
    {
        const QString text(100, QLatin1Char('x'));
        const QString cut = printableText(text, printable::EchoLength);
        QCOMPARE(cut.size(), printable::EchoLength);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QCOMPARE(cut.left(printable::EchoLength - 1), QString(printable::EchoLength - 1, QLatin1Char('x')));
    }

    void textAtTheLimitIsNotCut()
    {
        const QString text(printable::EchoLength, QLatin1Char('y'));
        QCOMPARE(printableText(text, printable::EchoLength), text);
    }

    void unlimitedKeepsEverything()
    {
        const QString text(5000, QLatin1Char('z'));
        QCOMPARE(printableText(text, printable::Unlimited), text);
        QCOMPARE(printableText(text).size(), printable::MessageLength);
    }

    void cutCountsCodePointsAndNeverSplitsAPair()
    {
        // Five emoji (ten UTF-16 units) cut to three code points: two emoji and the ellipsis.
        const QString emoji = fromUcs4({0x1F600, 0x1F601, 0x1F602, 0x1F603, 0x1F604});
        const QString cut = printableText(emoji, 3);
        QCOMPARE(cut, fromUcs4({0x1F600, 0x1F601, 0x2026}));
        for (qsizetype i = 0; i < cut.size(); ++i) {
            if (cut.at(i).isHighSurrogate())
                QVERIFY(i + 1 < cut.size() && cut.at(i + 1).isLowSurrogate());
        }
    }

    void replacementCountsTowardsTheLimit()
    {
        const QString cut = printableText(QStringLiteral("\x1b\x1b\x1b\x1b"), 3);
        QCOMPARE(cut, R + R + QChar(0x2026));
    }

    void zeroLimitGivesNothing()
    {
        QCOMPARE(printableText(QStringLiteral("abc"), 0), QString());
    }

    void echoIsCutAtEchoLength()
    {
        const QString echoed = printableEcho(QString(QStringLiteral("\x1b[31m") + QString(200, QLatin1Char('x'))));
        QCOMPARE(echoed.size(), printable::EchoLength);
        QVERIFY(echoed.startsWith(R + QStringLiteral("[31mxxx")));
        QVERIFY(echoed.endsWith(QChar(0x2026)));
    }

    void linesKeepTheirBreaks()
    {
        // A multi-line note in a tooltip or a text box: each line neutralised, the breaks kept.
        QCOMPARE(printableLines(QStringLiteral("first \u202eline\r\nsecond\x1b[2J\nthird")),
                 QStringLiteral("first ") + R + QStringLiteral("line\nsecond") + R + QStringLiteral("[2J\nthird"));
        QCOMPARE(printableLines(QString(400, QLatin1Char('y'))).size(), 400);  // no cap
        QCOMPARE(printableLines(QString()), QString());
    }

    void jsonEscapesKeepEveryStringExact()
    {
        // Strings full of what must not reach a terminal, in keys and values, compact and indented.
        const QString hostile = QStringLiteral("\x1b]0;pwned\x07 \x1b[31m \u009b31m \u202eCRL \u2066x\u2069 \u2028 \x7f")
            + QString::fromUtf16(u"nul\0end", 7) + QString(QChar(0xD800)) + QStringLiteral(" \U0001F600 \u00e9");
        const QJsonObject object{{hostile, hostile}, {QStringLiteral("plain"), QStringLiteral("a\tb\nc")}};
        for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            const QByteArray json = QJsonDocument(object).toJson(format);
            const QByteArray escaped = escapeUnprintableInJson(json);
            // Nothing that printableText() would replace is left raw, except JSON's own layout.
            QString withoutLayout = QString::fromUtf8(escaped);
            withoutLayout.remove(QLatin1Char('\n'));
            QVERIFY2(isPrintableText(withoutLayout), escaped.constData());
            QVERIFY(escaped.contains("\\u001b]0;pwned\\u0007"));
            QVERIFY(escaped.contains("\\u009b31m \\u202eCRL \\u2066x\\u2069 \\u2028 \\u007f"));
            // …and a JSON reader gets back exactly what was written.
            QJsonParseError error;
            const QJsonDocument read = QJsonDocument::fromJson(escaped, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(read.object(), QJsonDocument::fromJson(json).object());
        }
    }

    void jsonEscapesLeaveOrdinaryJsonAlone()
    {
        const QByteArray json = "[\n  {\"symbol\": \"LRC\", \"name\": \"账户 \xf0\x9f\x98\x80\", \"n\": 1}\n]\n";
        QCOMPARE(escapeUnprintableInJson(json), json);
    }

    void visibleCharacterNamesWhatCannotBeSeen_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<int>("position");

        QTest::newRow("letter") << QStringLiteral("0x12g4") << 4 << QStringLiteral("g") << 5;
        QTest::newRow("space") << QStringLiteral("12 4") << 2 << QStringLiteral("U+0020") << 3;
        QTest::newRow("escape") << QStringLiteral("a\x1b]0;") << 1 << QStringLiteral("U+001B") << 2;
        QTest::newRow("rlo") << QStringLiteral("\u202ECRL") << 0 << QStringLiteral("U+202E") << 1;
        // After an emoji (two UTF-16 units), positions still count what people see.
        QTest::newRow("after a pair") << QStringLiteral("\U0001F600x") << 2 << QStringLiteral("x") << 2;
        QTest::newRow("pair") << QStringLiteral("1\U0001F600") << 1 << QStringLiteral("\U0001F600") << 2;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << 0 << QStringLiteral("U+D800") << 1;
    }

    void visibleCharacterNamesWhatCannotBeSeen()
    {
        QFETCH(QString, text);
        QFETCH(int, index);
        QFETCH(QString, shown);
        QFETCH(int, position);
        QCOMPARE(visibleCharacter(text, index), shown);
        QCOMPARE(characterPosition(text, index), qsizetype(position));
    }
};

QTEST_GUILESS_MAIN(TestPrintableText)
#include "test_printabletext.moc"
