// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/nft.h"

#include <QTest>

using namespace loopview;

namespace {

const QString Zeros58 = QString(58, QLatin1Char('0'));

} // namespace

class TestNftId : public QObject {
    Q_OBJECT

private slots:
    void normalises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");

        QTest::newRow("without leading zeros") << QStringLiteral("0xbeef00") << QStringLiteral("0x") + Zeros58 + QStringLiteral("beef00");
        QTest::newRow("upper-case digits") << QStringLiteral("0xBEEF00") << QStringLiteral("0x") + Zeros58 + QStringLiteral("beef00");
        QTest::newRow("upper-case prefix") << QStringLiteral("0XbeEF00") << QStringLiteral("0x") + Zeros58 + QStringLiteral("beef00");
        QTest::newRow("one digit") << QStringLiteral("0x7") << QStringLiteral("0x") + QString(63, QLatin1Char('0')) + QStringLiteral("7");
        QTest::newRow("zero") << QStringLiteral("0x0") << QStringLiteral("0x") + QString(64, QLatin1Char('0'));
        const QString full = QStringLiteral("0a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526272829");
        QTest::newRow("64 digits") << QStringLiteral("0x") + full.toUpper() << QStringLiteral("0x") + full;
        QTest::newRow("max") << QStringLiteral("0x") + QString(64, QLatin1Char('f')) << QStringLiteral("0x") + QString(64, QLatin1Char('f'));
        // Extra leading zeros do not make a number larger.
        QTest::newRow("more than 64 digits, all zeros first")
            << QStringLiteral("0x") + QString(10, QLatin1Char('0')) + QString(64, QLatin1Char('f'))
            << QStringLiteral("0x") + QString(64, QLatin1Char('f'));
    }

    void normalises()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QString reason;
        const std::optional<NftId> id = NftId::parse(text, &reason);
        QVERIFY2(id.has_value(), qPrintable(reason));
        QCOMPARE(id->toString(), normalised);
        QCOMPARE(id->toString().size(), 66);
        QVERIFY(reason.isEmpty());
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << QString() << QStringLiteral("NFT id is empty");
        QTest::newRow("decimal") << QStringLiteral("12345") << QStringLiteral("NFT id must be hexadecimal and start with 0x");
        QTest::newRow("bare hex") << QStringLiteral("beef") << QStringLiteral("NFT id must be hexadecimal and start with 0x");
        QTest::newRow("only 0") << QStringLiteral("0") << QStringLiteral("NFT id must be hexadecimal and start with 0x");
        QTest::newRow("prefix only") << QStringLiteral("0x") << QStringLiteral("NFT id has no hex digits after 0x");
        QTest::newRow("non-hex letter") << QStringLiteral("0xbeeg") << QStringLiteral("NFT id contains 'g' at position 6, which is not a hex digit (0-9, a-f)");
        QTest::newRow("space") << QStringLiteral("0xbe ef") << QStringLiteral("NFT id contains 'U+0020' at position 5, which is not a hex digit (0-9, a-f)");
        QTest::newRow("leading space") << QStringLiteral(" 0x1") << QStringLiteral("NFT id must be hexadecimal and start with 0x");
        QTest::newRow("second prefix") << QStringLiteral("0x0x1") << QStringLiteral("NFT id contains 'x' at position 4, which is not a hex digit (0-9, a-f)");
        QTest::newRow("escape") << QStringLiteral("0x1\x1b]0;") << QStringLiteral("NFT id contains 'U+001B' at position 4, which is not a hex digit (0-9, a-f)");
        QTest::newRow("fullwidth digit") << QStringLiteral("0x1\uFF12") << QStringLiteral("NFT id contains '\uFF12' at position 4, which is not a hex digit (0-9, a-f)");
        QTest::newRow("257 bits") << QStringLiteral("0x1") + QString(64, QLatin1Char('0'))
                                  << QStringLiteral("NFT id has 65 significant hex digits, more than the 64 of a 256-bit number");
    }

    void refusesWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString actual;
        QVERIFY(!NftId::parse(text, &actual).has_value());
        QCOMPARE(actual, reason);
        QVERIFY(!NftId::parse(text).has_value());  // no reason asked for: no crash
    }

    void defaultIsZero()
    {
        QCOMPARE(NftId().toString(), QStringLiteral("0x") + QString(64, QLatin1Char('0')));
        QCOMPARE(NftId(), *NftId::parse(QStringLiteral("0x00")));
    }

    void oneNftOneIdWhateverTheServiceSent()
    {
        const NftId shortForm = *NftId::parse(QStringLiteral("0xBEEF00"));
        const NftId longForm = *NftId::parse(QString(QStringLiteral("0x") + Zeros58 + QStringLiteral("beef00")));
        QCOMPARE(shortForm, longForm);
        QVERIFY(!(shortForm != longForm));
    }

    void ordersAsNumbers()
    {
        // As text "0xff" > "0x100"; as ids 0xff < 0x100.
        const NftId small = *NftId::parse(QStringLiteral("0xff"));
        const NftId large = *NftId::parse(QStringLiteral("0x100"));
        QVERIFY(small < large);
        QVERIFY(!(large < small));
        QVERIFY(NftId() < small);
    }

    void abbreviated()
    {
        const NftId id = *NftId::parse(QStringLiteral("0x0a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526272829"));
        QCOMPARE(id.abbreviated(), QStringLiteral("0x0a0b\u20262829"));
        QCOMPARE(NftId::parse(QStringLiteral("0xbeef00"))->abbreviated(), QStringLiteral("0x0000\u2026ef00"));
    }
};

QTEST_GUILESS_MAIN(TestNftId)
#include "test_nftid.moc"
