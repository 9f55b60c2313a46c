// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/address.h"

#include <QCryptographicHash>
#include <QTest>

using loopview::Address;

namespace {

const QString MixedCaseReason = QStringLiteral(
    "address has mixed-case letters but its EIP-55 checksum is wrong; check it for a typo (an "
    "all-lowercase address skips the checksum check)");

} // namespace

class TestAddress : public QObject {
    Q_OBJECT

private slots:
    void qtKeccakIsEthereumKeccak();

    void eip55Vectors_data();
    void eip55Vectors();
    void singleCaseSkipsChecksum_data();
    void singleCaseSkipsChecksum();
    void acceptsUppercasePrefixAndSurroundingWhitespace();

    void rejects_data();
    void rejects();
    void checksumFailureDoesNotSuggestAnAddress();
    void parseWithoutReasonPointer();

    void looksLikeAddress_data();
    void looksLikeAddress();
    void equalityIgnoresCase();
};

// EIP-55 needs the original Keccak padding, not FIPS-202 SHA3-256. Qt 6 names the former
// Keccak_256; pin that down with the well-known digests of the empty string.
void TestAddress::qtKeccakIsEthereumKeccak()
{
    QCOMPARE(QCryptographicHash::hash(QByteArray(), QCryptographicHash::Keccak_256).toHex(),
             QByteArray("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
    QCOMPARE(QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha3_256).toHex(),
             QByteArray("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"));
}

void TestAddress::eip55Vectors_data()
{
    QTest::addColumn<QString>("checksummed");

    // From the EIP-55 specification: all caps, all lower, and normal mixed case.
    QTest::newRow("all caps 1") << QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
    QTest::newRow("all caps 2") << QStringLiteral("0x8617E340B3D01FA5F11F306F4090FD50E238070D");
    QTest::newRow("all lower 1") << QStringLiteral("0xde709f2102306220921060314715629080e2fb77");
    QTest::newRow("all lower 2") << QStringLiteral("0x27b1fdb04752bbc536007a920d24acb045561c26");
    QTest::newRow("normal 1") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    QTest::newRow("normal 2") << QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
    QTest::newRow("normal 3") << QStringLiteral("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
    QTest::newRow("normal 4") << QStringLiteral("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb");
    // The example in the Loopring API reference.
    QTest::newRow("loopring example")
        << QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb");
}

void TestAddress::eip55Vectors()
{
    QFETCH(QString, checksummed);

    QString reason;
    const std::optional<Address> address = Address::parse(checksummed, &reason);
    QVERIFY2(address.has_value(), qPrintable(reason));
    QCOMPARE(address->toChecksummed(), checksummed);
    QCOMPARE(address->toLower(), checksummed.toLower());
}

void TestAddress::singleCaseSkipsChecksum_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("checksummed");

    const QString vector = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    QTest::newRow("lower") << vector.toLower() << vector;
    QTest::newRow("upper") << QStringLiteral("0x") + vector.mid(2).toUpper() << vector;
    const QString example = QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb");
    QTest::newRow("example lower") << example.toLower() << example;
    QTest::newRow("example upper") << QStringLiteral("0x") + example.mid(2).toUpper() << example;
    QTest::newRow("digits only") << QStringLiteral("0x0000000000000000000000000000000000000000")
                                 << QStringLiteral("0x0000000000000000000000000000000000000000");
}

void TestAddress::singleCaseSkipsChecksum()
{
    QFETCH(QString, input);
    QFETCH(QString, checksummed);

    QString reason;
    const std::optional<Address> address = Address::parse(input, &reason);
    QVERIFY2(address.has_value(), qPrintable(reason));
    QCOMPARE(address->toLower(), checksummed.toLower());
    QCOMPARE(address->toChecksummed(), checksummed);
}

void TestAddress::acceptsUppercasePrefixAndSurroundingWhitespace()
{
    const QString vector = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    const QString lower = vector.toLower();

    const std::optional<Address> upperPrefix
        = Address::parse(QString(QStringLiteral("0X") + vector.mid(2)));
    QVERIFY(upperPrefix.has_value());
    QCOMPARE(upperPrefix->toLower(), lower);

    const std::optional<Address> pasted
        = Address::parse(QString(QStringLiteral("  \t") + vector + QStringLiteral("\n")));
    QVERIFY(pasted.has_value());
    QCOMPARE(pasted->toLower(), lower);
    QCOMPARE(pasted->toChecksummed(), vector);
}

void TestAddress::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    const QString hex40 = QStringLiteral("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
    const QString prefix = QStringLiteral("address must start with the 0x prefix");

    QTest::newRow("empty") << QString() << QStringLiteral("address is empty");
    QTest::newRow("whitespace only") << QStringLiteral("   ") << QStringLiteral("address is empty");
    QTest::newRow("no prefix") << hex40 << prefix;
    QTest::newRow("x without zero") << QStringLiteral("x") + hex40 << prefix;
    QTest::newRow("account id") << QStringLiteral("123456") << prefix;
    QTest::newRow("prefix only") << QStringLiteral(
        "0x") << QStringLiteral("address must have 40 hex digits after 0x, but has 0");
    QTest::newRow("39 digits") << QStringLiteral("0x") + hex40.left(39)
                               << QStringLiteral(
                                      "address must have 40 hex digits after 0x, but has 39");
    QTest::newRow("41 digits") << QStringLiteral("0x") + hex40 + QStringLiteral("0")
                               << QStringLiteral(
                                      "address must have 40 hex digits after 0x, but has 41");
    QTest::newRow("64 digits (a key, not an address)")
        << QStringLiteral("0x") + hex40 + hex40.left(24)
        << QStringLiteral("address must have 40 hex digits after 0x, but has 64");
    QTest::newRow("letter g")
        << QStringLiteral("0x") + hex40.left(9) + QStringLiteral("g") + hex40.mid(10)
        << QStringLiteral(
               "address contains 'g' at position 12, which is not a hex digit (0-9, a-f)");
    QTest::newRow("inner space")
        << QStringLiteral("0x") + hex40.left(20) + QStringLiteral(" ") + hex40.mid(20)
        << QStringLiteral(
               "address contains 'U+0020' at position 23, which is not a hex digit (0-9, a-f)");
    QTest::newRow("double prefix")
        << QStringLiteral("0x0x") + hex40.left(38)
        << QStringLiteral(
               "address contains 'x' at position 4, which is not a hex digit (0-9, a-f)");
    QTest::newRow("non-ascii digit")
        << QStringLiteral("0x\u0661") + hex40.mid(1)
        << QStringLiteral(
               "address contains '\u0661' at position 3, which is not a hex digit (0-9, a-f)");
    QTest::newRow("checksum: one letter flipped")
        << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD") << MixedCaseReason;
    QTest::newRow("checksum: typo in digit")
        << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAee") << MixedCaseReason;
    QTest::newRow("checksum: example with a lower letter upper")
        << QStringLiteral("0x8656920C85342d646E5286Cb841F90209272ABeb") << MixedCaseReason;
}

void TestAddress::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);

    QString actualReason;
    const std::optional<Address> address = Address::parse(input, &actualReason);
    QVERIFY(!address.has_value());
    QCOMPARE(actualReason, reason);
}

// A typo yields a checksum failure; offering the "corrected" address would hand the user a
// valid-looking wrong address, so the message must not contain any address.
void TestAddress::checksumFailureDoesNotSuggestAnAddress()
{
    const QString typo = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAee");
    QString reason;
    QVERIFY(!Address::parse(typo, &reason).has_value());
    QVERIFY(!reason.contains(QStringLiteral("0x"), Qt::CaseInsensitive));
    QVERIFY(reason.contains(QStringLiteral("EIP-55")));
    QVERIFY(reason.contains(QStringLiteral("lowercase")));

    // The lower-case form of the same text is accepted: that is the documented way out.
    QVERIFY(Address::parse(typo.toLower()).has_value());
}

void TestAddress::parseWithoutReasonPointer()
{
    QVERIFY(!Address::parse(u"0x1234").has_value());
    QVERIFY(Address::parse(u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").has_value());
}

void TestAddress::looksLikeAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("looksLikeAddress");

    QTest::newRow("full address") << QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
                                  << true;
    QTest::newRow("short attempt") << QStringLiteral("0x12") << true;
    QTest::newRow("prefix only") << QStringLiteral("0x") << true;
    QTest::newRow("upper prefix") << QStringLiteral("0XAB") << true;
    QTest::newRow("pasted with spaces") << QStringLiteral("  0xab ") << true;
    QTest::newRow("account id") << QStringLiteral("123456") << false;
    QTest::newRow("zero") << QStringLiteral("0") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("hex without prefix")
        << QStringLiteral("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") << false;
    QTest::newRow("ens name") << QStringLiteral("vitalik.eth") << false;
}

void TestAddress::looksLikeAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, looksLikeAddress);
    QCOMPARE(Address::looksLikeAddress(text), looksLikeAddress);
}

void TestAddress::equalityIgnoresCase()
{
    const std::optional<Address> mixed
        = Address::parse(u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
    const std::optional<Address> lower
        = Address::parse(u"0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359");
    const std::optional<Address> other
        = Address::parse(u"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
    QVERIFY(mixed && lower && other);
    QVERIFY(*mixed == *lower);
    QVERIFY(!(*mixed == *other));
}

QTEST_GUILESS_MAIN(TestAddress)
#include "test_address.moc"
