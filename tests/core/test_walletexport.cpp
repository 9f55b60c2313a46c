// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/balanceexport.h"
#include "core/bookmarkstore.h"
#include "core/walletexport.h"
#include "secrets/memorykeystore.h"

#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;

namespace {

// Recognisable fake secrets: a real export's key material never appears in tests.
const QByteArray PrivateKey = "0x0badc0ffee5ecre7000000000000000000000000000000000000000000000042";
const QByteArray ApiKey = "ApIkEy7e5700000000000000000000000000000000000000000000000000abcd";
const QString Owner = QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb");

QByteArray currentExport()
{
    return "{\"address\":\"0x8656920c85342d646e5286cb841f90209272abeb\",\"accountId\":12345,"
           "\"level\":\"\",\"nonce\":1,\"apiKey\":\"" + ApiKey + "\","
           "\"publicX\":\"0x1b2c\",\"publicY\":\"0x3d4e\",\"privateKey\":\"" + PrivateKey + "\"}";
}

QByteArray legacyExport(bool withApiKey)
{
    QByteArray json = "{\"accountAddress\":\"0x8656920c85342d646E5286Cb841F90209272ABeb\","
                      "\"publicKeyX\":\"0x1b2c\",\"publicKeyY\":\"0x3d4e\","
                      "\"privateKey\":\"" + PrivateKey + "\",\"exchangeName\":\"LoopringDEX: Beta 1\","
                      "\"exchangeAddress\":\"0x0BABA1Ad5bE3a5C0a66E7ac838a129Bf948f1eA4\","
                      "\"chainId\":1,\"accountId\":\"777\"";
    if (withApiKey)
        json += ",\"apiKey\":\"" + ApiKey + "\"";
    return json + "}";
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Every regular file under `root` whose bytes contain `needle` (raw, or as UTF-16 for good measure).
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    const QByteArray utf16(reinterpret_cast<const char *>(QString::fromLatin1(needle).utf16()),
                           needle.size() * 2);
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(needle) || bytes.contains(utf16) || bytes.contains(needle.toLower()))
            hits.append(path);
    }
    return hits;
}

} // namespace

class TestWalletExport : public QObject
{
    Q_OBJECT

private slots:
    void parsesCurrentShape()
    {
        const Result<WalletExport> parsed = parseWalletExport(currentExport());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->shape, WalletExport::Shape::Current);
        QCOMPARE(parsed->address->toChecksummed(), Owner);
        QCOMPARE(*parsed->accountId, qint64(12345));
        QCOMPARE(parsed->apiKey, QString::fromLatin1(ApiKey));
        QVERIFY(parsed->containedPrivateKey);
        QVERIFY(!parsed->networkHint().has_value());
    }

    void parsesLegacyShape()
    {
        const Result<WalletExport> parsed = parseWalletExport(legacyExport(false));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->shape, WalletExport::Shape::Legacy);
        QCOMPARE(parsed->address->toChecksummed(), Owner);
        QCOMPARE(*parsed->accountId, qint64(777)); // written as a string by old exports
        QVERIFY(!parsed->hasApiKey());
        QCOMPARE(parsed->networkHint(), std::optional<Network>(Network::Mainnet));
        QVERIFY(parsed->containedPrivateKey);

        const Result<WalletExport> withKey = parseWalletExport(legacyExport(true));
        QVERIFY(withKey.ok());
        QCOMPARE(withKey->apiKey, QString::fromLatin1(ApiKey));
    }

    void rejectsOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::newRow("not json") << QByteArray("privateKey=0xabc") << int(ErrorKind::Input);
        QTest::newRow("array") << QByteArray("[]") << int(ErrorKind::Input);
        QTest::newRow("bookmarks file") << QByteArray("{\"schema\":1,\"bookmarks\":[]}") << int(ErrorKind::Input);
        QTest::newRow("bad address") << QByteArray("{\"address\":\"0x123\",\"accountId\":1}") << int(ErrorKind::Malformed);
        QTest::newRow("bad checksum")
            << QByteArray("{\"address\":\"0x8656920c85342d646E5286Cb841F90209272ABEB\"}") << int(ErrorKind::Malformed);
        QTest::newRow("fractional id")
            << QByteArray("{\"address\":\"0x8656920c85342d646e5286cb841f90209272abeb\",\"accountId\":1.5}")
            << int(ErrorKind::Malformed);
        // Issue 9 item 15: a double beyond qint64 was cast to it (undefined behaviour, UBSan).
        for (const char *huge : {"1e300", "-1e300", "9.3e18", "1e19", "9007199254740993"}) {
            QTest::addRow("accountId %s", huge)
                << QByteArray("{\"address\":\"0x8656920c85342d646e5286cb841f90209272abeb\",\"accountId\":")
                       + huge + '}'
                << int(ErrorKind::Malformed);
        }
        QTest::newRow("api key not text")
            << QByteArray("{\"address\":\"0x8656920c85342d646e5286cb841f90209272abeb\",\"apiKey\":5}")
            << int(ErrorKind::Malformed);
    }

    void rejectsOtherFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        const Result<WalletExport> parsed = parseWalletExport(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(int(parsed.error().kind), kind);
        QVERIFY(!parsed.error().message.contains(QLatin1String("0xabc")));
        if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()).startsWith("accountId")) {
            QCOMPARE(parsed.error().field, QStringLiteral("accountId"));
            QVERIFY2(parsed.error().message.contains(QLatin1String("too large")), qPrintable(parsed.error().message));
        }
    }

    void errorsNeverQuoteThePrivateKey()
    {
        // A broken export whose private key sits right at the parse error.
        const QByteArray broken = "{\"address\":\"0x8656920c85342d646e5286cb841f90209272abeb\","
                                  "\"privateKey\":\"" + PrivateKey + "\" oops}";
        const Result<WalletExport> parsed = parseWalletExport(broken);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.contains(QString::fromLatin1(PrivateKey)));
        QVERIFY(!parsed.error().field.contains(QString::fromLatin1(PrivateKey)));
    }

    void bookmarkFromExport()
    {
        const WalletExport parsed = *parseWalletExport(currentExport());
        const Bookmark bookmark = parsed.toBookmark(QString(), Network::Mainnet);
        QCOMPARE(bookmark.account, QStringLiteral("12345"));
        QVERIFY(bookmark.label.startsWith(QLatin1String("Wallet 0x8656")));
        QVERIFY(!bookmark.validate().has_value());
        QVERIFY(bookmark.note.contains(Owner));

        WalletExport withoutId = parsed;
        withoutId.accountId.reset();
        QCOMPARE(withoutId.toBookmark(QStringLiteral("Mine"), Network::Test).account, Owner);
    }

    void readsFilesAndDetectsShapes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.json"));
        writeFile(path, legacyExport(true));
        const Result<WalletExport> parsed = readWalletExportFile(path);
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed->accountId, qint64(777));
        QVERIFY(looksLikeWalletExport(currentExport()));
        QVERIFY(looksLikeWalletExport(legacyExport(false)));
        QVERIFY(!looksLikeWalletExport("{\"schema\":1,\"bookmarks\":[]}"));
        QCOMPARE(readWalletExportFile(dir.filePath(QStringLiteral("missing.json"))).error().kind,
                 ErrorKind::Io);
    }

    // Everything the program writes after importing an export: bookmarks file, bookmark export,
    // a balance CSV, settings. None of it may contain the private key or the API key.
    void secretsNeverReachAnyWrittenFile_data()
    {
        QTest::addColumn<QByteArray>("exportBytes");
        QTest::newRow("current") << currentExport();
        QTest::newRow("legacy") << legacyExport(true);
    }

    void secretsNeverReachAnyWrittenFile()
    {
        QFETCH(QByteArray, exportBytes);
        QTemporaryDir inbox;   // where the user's export sits: not written by us
        QTemporaryDir output;  // everything Loopview writes
        const QString exportPath = inbox.filePath(QStringLiteral("loopring-export.json"));
        writeFile(exportPath, exportBytes);

        const Result<WalletExport> parsed = readWalletExportFile(exportPath);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->hasApiKey());

        BookmarkStore store(output.filePath(QStringLiteral("data")));
        store.load();
        const Result<Bookmark> bookmark = store.add(parsed->toBookmark(QString(), Network::Mainnet));
        QVERIFY(bookmark.ok());
        QVERIFY(!store.exportToFile(output.filePath(QStringLiteral("exported-bookmarks.json"))).has_value());

        MemoryKeyStore keys;
        bool stored = false;
        keys.writeKey(bookmark->id, parsed->apiKey, this, [&stored](const KeyResult &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);

        Balance balance;
        balance.accountId = *parsed->accountId;
        balance.tokenId = 1;
        balance.total = Amount::fromUInt64(1000);
        QSaveFile csv(output.filePath(QStringLiteral("balances.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(writeBalancesCsv(&csv, makeBalanceRecords({balance}, TokenRegistry(), AmountUnit::BaseUnits)));
        QVERIFY(csv.commit());

        {
            QSettings settings(output.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("bookmarks/lastUsed"), bookmark->id);
            settings.setValue(QStringLiteral("bookmarks/keyStored"), stored);
        }

        QDirIterator anyFile(output.path(), QDir::Files, QDirIterator::Subdirectories);
        int fileCount = 0;
        while (anyFile.hasNext()) {
            anyFile.next();
            ++fileCount;
        }
        QCOMPARE(fileCount, 4);
        QCOMPARE(filesContaining(output.path(), PrivateKey), QStringList());
        QCOMPARE(filesContaining(output.path(), PrivateKey.mid(2)), QStringList()); // without 0x
        QCOMPARE(filesContaining(output.path(), ApiKey), QStringList());
        // The check itself works: the user's own export does contain both.
        QCOMPARE(filesContaining(inbox.path(), PrivateKey).size(), 1);
        QCOMPARE(filesContaining(inbox.path(), ApiKey).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWalletExport)
#include "test_walletexport.moc"
