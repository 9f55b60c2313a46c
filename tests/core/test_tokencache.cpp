// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/tokencache.h"
#include "specialfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray tokensFixture()
{
    return readFile(QString::fromUtf8(LOOPVIEW_FIXTURES_DIR)
                    + QLatin1String("/tokens-sample.json"));
}

const QUrl Mainnet(QStringLiteral("https://api3.loopring.io"));
const QUrl Test(QStringLiteral("https://uat2.loopring.io"));

} // namespace

class TestTokenCache : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A fresh directory per test function.
        m_cacheDir
            = m_dir.path() + QLatin1Char('/') + QString::fromLatin1(QTest::currentTestFunction());
    }

    void missingIsAbsent()
    {
        TokenCache cache(m_cacheDir);
        QVERIFY(!cache.load(Mainnet).has_value());
    }

    void storeThenLoad()
    {
        TokenCache cache(m_cacheDir);
        const QDateTime fetchedAt
            = QDateTime::fromString(QStringLiteral("2024-03-01T10:20:30.456Z"), Qt::ISODateWithMs);
        QVERIFY(cache.store(Mainnet, tokensFixture(), fetchedAt));

        const std::optional<CachedTokens> cached = cache.load(Mainnet);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->tokens.size(), 5);
        QCOMPARE(cached->tokens.at(2).symbol, QStringLiteral("USDT"));
        QCOMPARE(cached->tokens.at(2).decimals, 6);
        QCOMPARE(cached->fetchedAt, fetchedAt);
        QCOMPARE(cached->fetchedAt.timeSpec(), Qt::UTC);

        // A cache for another base URL stays independent.
        QVERIFY(!cache.load(Test).has_value());
    }

    void fileKeepsBodyVerbatim()
    {
        TokenCache cache(m_cacheDir);
        const QByteArray body = tokensFixture();
        QVERIFY(cache.store(Mainnet, body));

        const QString path = cache.filePath(Mainnet);
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(m_cacheDir).absoluteFilePath());
        QVERIFY(QRegularExpression(QStringLiteral("^tokens-[0-9a-f]{32}\\.json$"))
                    .match(QFileInfo(path).fileName())
                    .hasMatch());

        // The magic line with the version, a one-line JSON header, then the body byte for byte.
        const QByteArray bytes = readFile(path);
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.value(0), QByteArray("loopview-token-cache 2"));
        const QJsonObject header = QJsonDocument::fromJson(lines.value(1)).object();
        QCOMPARE(header.value(QLatin1String("baseUrl")).toString(),
                 QStringLiteral("https://api3.loopring.io"));
        QCOMPARE(header.value(QLatin1String("bodySize")).toInteger(), body.size());
        QVERIFY(QDateTime::fromString(header.value(QLatin1String("fetchedAt")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(bytes.sliced(lines.value(0).size() + lines.value(1).size() + 2), body);
    }

    // What releases before the header-and-body format wrote: still read, and replaced by the
    // new format at the next store.
    void jsonWrapperOfEarlierReleasesIsRead()
    {
        TokenCache cache(m_cacheDir);
        QVERIFY(QDir().mkpath(m_cacheDir));
        QJsonObject wrapper;
        wrapper.insert(QLatin1String("version"), 1);
        wrapper.insert(QLatin1String("baseUrl"), QStringLiteral("https://api3.loopring.io"));
        wrapper.insert(QLatin1String("fetchedAt"), QStringLiteral("2024-03-01T10:20:30.456Z"));
        wrapper.insert(QLatin1String("body"), QString::fromUtf8(tokensFixture()));
        QVERIFY(writeFile(cache.filePath(Mainnet), QJsonDocument(wrapper).toJson(QJsonDocument::Indented)));

        const std::optional<CachedTokens> cached = cache.load(Mainnet);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->tokens.size(), 5);
        QCOMPARE(cached->tokens.at(2).symbol, QStringLiteral("USDT"));
        QCOMPARE(cached->fetchedAt,
                 QDateTime::fromString(QStringLiteral("2024-03-01T10:20:30.456Z"), Qt::ISODateWithMs));
        QVERIFY(!cache.load(Test).has_value());

        QVERIFY(cache.store(Mainnet, tokensFixture()));
        QVERIFY(readFile(cache.filePath(Mainnet)).startsWith("loopview-token-cache 2\n"));
        QVERIFY(cache.load(Mainnet).has_value());
    }

    // The temporary file of a store never stays behind, whether the store succeeded or not.
    void storeLeavesOnlyTheCacheFile()
    {
        TokenCache cache(m_cacheDir);
        QVERIFY(cache.store(Mainnet, tokensFixture()));
        QVERIFY(!cache.store(Mainnet, QByteArray("[{\"symbol\": \"\xff\xfe\"}]")));
        {
            const loopview::test::FileSizeLimit limit(64);
            QVERIFY(limit.isActive());
            QVERIFY(!cache.store(Mainnet, tokensFixture()));
        }
        QCOMPARE(QDir(m_cacheDir).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(cache.filePath(Mainnet)).fileName()});
    }

    void equivalentUrlsShareOneFile()
    {
        TokenCache cache(m_cacheDir);
        QVERIFY(
            cache.store(QUrl(QStringLiteral("HTTPS://API3.Loopring.io:443/")), tokensFixture()));
        QCOMPARE(cache.filePath(QUrl(QStringLiteral("https://api3.loopring.io/?x=1#frag"))),
                 cache.filePath(Mainnet));
        QVERIFY(cache.load(Mainnet).has_value());

        QVERIFY(cache.filePath(Mainnet) != cache.filePath(Test));
        QVERIFY(cache.filePath(Mainnet)
                != cache.filePath(QUrl(QStringLiteral("https://api3.loopring.io:8443"))));
        QVERIFY(cache.filePath(Mainnet)
                != cache.filePath(QUrl(QStringLiteral("http://api3.loopring.io"))));
        QVERIFY(cache.filePath(Mainnet)
                != cache.filePath(QUrl(QStringLiteral("https://api3.loopring.io/proxy"))));
    }

    void storeReplacesPreviousList()
    {
        TokenCache cache(m_cacheDir);
        QVERIFY(cache.store(Mainnet, tokensFixture()));
        QVERIFY(cache.store(Mainnet, R"([{"tokenId": 42, "symbol": "NEW", "decimals": 2}])"));
        const std::optional<CachedTokens> cached = cache.load(Mainnet);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->tokens.size(), 1);
        QCOMPARE(cached->tokens.at(0).symbol, QStringLiteral("NEW"));
    }

    void nonUtf8BodyIsNotStored()
    {
        TokenCache cache(m_cacheDir);
        QVERIFY(cache.store(Mainnet, tokensFixture()));
        QVERIFY(!cache.store(Mainnet, QByteArray("[{\"symbol\": \"\xff\xfe\"}]")));
        // The earlier list survives the refused write.
        QVERIFY(cache.load(Mainnet).has_value());
    }

    // A full disk part-way through (here `ulimit -f`) keeps the list cached before.
    void partialWriteKeepsThePreviousList()
    {
        TokenCache cache(m_cacheDir);
        QVERIFY(cache.store(Mainnet, tokensFixture()));
        {
            const loopview::test::FileSizeLimit limit(64);
            QVERIFY(limit.isActive());
            QVERIFY(!cache.store(Mainnet, R"([{"tokenId": 42, "symbol": "NEW", "decimals": 2}])"));
        }
        const std::optional<CachedTokens> cached = cache.load(Mainnet);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->tokens.size(), 5);
    }

    void unwritableDirectoryFails()
    {
        const QString blocker = m_dir.path() + QLatin1String("/a-file");
        QVERIFY(writeFile(blocker, "x"));
        TokenCache cache(blocker + QLatin1String("/sub"));
        QVERIFY(!cache.store(Mainnet, tokensFixture()));
        QVERIFY(!cache.load(Mainnet).has_value());
    }

    void corruptFilesAreAbsent_data()
    {
        QTest::addColumn<QByteArray>("contents");

        const auto wrapper = [](int version, const QString &baseUrl, const QString &fetchedAt,
                                const QJsonValue &body) {
            QJsonObject object;
            object.insert(QLatin1String("version"), version);
            object.insert(QLatin1String("baseUrl"), baseUrl);
            if (!fetchedAt.isNull())
                object.insert(QLatin1String("fetchedAt"), fetchedAt);
            object.insert(QLatin1String("body"), body);
            return QJsonDocument(object).toJson();
        };
        const QString url = QStringLiteral("https://api3.loopring.io");
        const QString when = QStringLiteral("2024-03-01T10:20:30.000Z");
        const QString body = QString::fromUtf8(tokensFixture());

        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\x01garbage", 9);
        QTest::newRow("raw body without wrapper") << tokensFixture();
        QTest::newRow("truncated wrapper") << wrapper(1, url, when, body).left(200);
        QTest::newRow("other version") << wrapper(2, url, when, body);
        QTest::newRow("other base URL")
            << wrapper(1, QStringLiteral("https://uat2.loopring.io"), when, body);
        QTest::newRow("missing fetchedAt") << wrapper(1, url, QString(), body);
        QTest::newRow("bad fetchedAt") << wrapper(1, url, QStringLiteral("yesterday"), body);
        QTest::newRow("body not a string")
            << wrapper(1, url, when, QJsonDocument::fromJson(tokensFixture()).array());
        QTest::newRow("body not JSON") << wrapper(1, url, when, QStringLiteral("[{\"tokenId\":"));
        QTest::newRow("body with bad decimals") << wrapper(
            1, url, when, QStringLiteral(R"([{"tokenId": 1, "symbol": "LRC", "decimals": 99}])"));
        // The header-and-body format.
        const QByteArray tokens = tokensFixture();
        const auto headed = [](const QByteArray &magic, const QByteArray &header, const QByteArray &body) -> QByteArray {
            return magic + '\n' + header + '\n' + body;
        };
        const QByteArray magic = "loopview-token-cache 2";
        const QByteArray header = "{\"baseUrl\":\"https://api3.loopring.io\",\"fetchedAt\":\"2024-03-01T10:20:30.000Z\",\"bodySize\":"
            + QByteArray::number(tokens.size()) + '}';
        QTest::newRow("v2: body cut short") << headed(magic, header, tokens.chopped(1));
        QTest::newRow("v2: bytes after the body") << headed(magic, header, tokens + ' ');
        QTest::newRow("v2: header cut short") << (magic + '\n' + header.left(40));
        QTest::newRow("v2: magic line only") << (magic + '\n');
        QTest::newRow("v2: other version") << headed("loopview-token-cache 3", header, tokens);
        QTest::newRow("v2: no version") << headed("loopview-token-cache", header, tokens);
        QTest::newRow("v2: other magic") << headed("loopview-tokens 2", header, tokens);
        QTest::newRow("v2: header not JSON") << headed(magic, "baseUrl=https://api3.loopring.io", tokens);
        QTest::newRow("v2: other base URL")
            << headed(magic, QByteArray(header).replace("api3", "uat2"), tokens);
        QTest::newRow("v2: bad fetchedAt")
            << headed(magic, QByteArray(header).replace("2024-03-01T10:20:30.000Z", "yesterday"), tokens);
        QTest::newRow("v2: no bodySize")
            << headed(magic, "{\"baseUrl\":\"https://api3.loopring.io\",\"fetchedAt\":\"2024-03-01T10:20:30.000Z\"}", tokens);
        const QByteArray badBody = R"([{"tokenId": 1, "symbol": "LRC", "decimals": 99}])";
        QTest::newRow("v2: body with bad decimals")
            << headed(magic, QByteArray(header).replace(QByteArray::number(tokens.size()), QByteArray::number(badBody.size())), badBody);
        QTest::newRow("body with duplicate ids") << wrapper(
            1, url, when,
            QStringLiteral(
                R"([{"tokenId":1,"symbol":"A","decimals":1},{"tokenId":1,"symbol":"B","decimals":2}])"));
    }

    void corruptFilesAreAbsent()
    {
        QFETCH(QByteArray, contents);
        TokenCache cache(m_cacheDir);
        QVERIFY(cache.store(Mainnet, tokensFixture()));
        QVERIFY(cache.load(Mainnet).has_value());

        QVERIFY(writeFile(cache.filePath(Mainnet), contents));
        QVERIFY(!cache.load(Mainnet).has_value());

        // A later successful fetch replaces the corrupt file.
        QVERIFY(cache.store(Mainnet, tokensFixture()));
        QVERIFY(cache.load(Mainnet).has_value());
    }

    void remove()
    {
        TokenCache cache(m_cacheDir);
        QVERIFY(cache.remove(Mainnet)); // nothing cached: fine
        QVERIFY(cache.store(Mainnet, tokensFixture()));
        QVERIFY(cache.store(Test, tokensFixture()));
        QVERIFY(cache.remove(Mainnet));
        QVERIFY(!cache.load(Mainnet).has_value());
        QVERIFY(cache.load(Test).has_value());
    }

    void staleness()
    {
        const QDateTime now
            = QDateTime::fromString(QStringLiteral("2024-03-02T12:00:00Z"), Qt::ISODate);
        CachedTokens cached;
        cached.fetchedAt = now.addSecs(-23 * 3600);
        QVERIFY(!cached.isStale(now));
        cached.fetchedAt = now.addSecs(-24 * 3600);
        QVERIFY(!cached.isStale(now)); // exactly a day: not yet older than a day
        cached.fetchedAt = now.addSecs(-24 * 3600 - 1);
        QVERIFY(cached.isStale(now));
        cached.fetchedAt = now.addSecs(3600);
        QVERIFY(cached.isStale(now)); // from the future: the clock moved, age unknown
        cached.fetchedAt = QDateTime();
        QVERIFY(cached.isStale(now));
        // Time zones do not matter: the same instant in another zone is the same age.
        cached.fetchedAt = now.addSecs(-3600).toOffsetFromUtc(5 * 3600);
        QVERIFY(!cached.isStale(now));
    }

    void freshlyStoredIsNotStale()
    {
        TokenCache cache(m_cacheDir);
        QVERIFY(cache.store(Mainnet, tokensFixture()));
        const std::optional<CachedTokens> cached = cache.load(Mainnet);
        QVERIFY(cached.has_value());
        QVERIFY(!cached->isStale(QDateTime::currentDateTimeUtc().addSecs(1)));
        QVERIFY(cached->isStale(QDateTime::currentDateTimeUtc().addDays(2)));
    }

    void defaultDirectoryIsSharedByBothPrograms()
    {
        // Whatever the running program is called, the default is the same folder, so the CLI and
        // the desktop app fall back on each other's token lists.
        QStandardPaths::setTestModeEnabled(true);
        const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        QCoreApplication::setApplicationName(QStringLiteral("loopview-cli"));
        const QString cliDirectory = TokenCache().directory();
        QCoreApplication::setOrganizationName(QStringLiteral("Loopview"));
        QCoreApplication::setApplicationName(QStringLiteral("Loopview"));
        QCOMPARE(TokenCache().directory(), cliDirectory);
        QCOMPARE(cliDirectory, generic + QLatin1String("/loopview/tokens"));
    }

    // resolveTokenList: the token-list decision shared by the CLI, the window and the refresh.

    void resolveFreshIsUsedAndStored()
    {
        TokenCache cache(m_cacheDir);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const ResolvedTokenList resolved = resolveTokenList(tokensFixture(), Mainnet, &cache);
        QCOMPARE(resolved.source, ResolvedTokenList::Source::Fresh);
        QVERIFY(!resolved.error.has_value());
        QVERIFY(!resolved.tokens.isEmpty());
        QVERIFY(resolved.fetchedAt >= before);

        const std::optional<CachedTokens> cached = cache.load(Mainnet);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->tokens.size(), resolved.tokens.size());
        QCOMPARE(cached->fetchedAt, resolved.fetchedAt);
    }

    void resolveBadBodyFallsBackToCache()
    {
        TokenCache cache(m_cacheDir);
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-30);
        QVERIFY(cache.store(Mainnet, tokensFixture(), old));
        const QByteArray fileBefore = readFile(cache.filePath(Mainnet));

        const ResolvedTokenList resolved = resolveTokenList(QByteArray("[{\"tokenId\": \"x\"}]"),
                                                            Mainnet, &cache);
        QCOMPARE(resolved.source, ResolvedTokenList::Source::Cache);
        QVERIFY(resolved.error.has_value());
        QCOMPARE(resolved.error->kind, ErrorKind::Malformed);
        QCOMPARE(resolved.tokens.size(), cache.load(Mainnet)->tokens.size());
        QCOMPARE(resolved.fetchedAt, cache.load(Mainnet)->fetchedAt);  // however old
        // The bad body never replaces the good copy.
        QCOMPARE(readFile(cache.filePath(Mainnet)), fileBefore);
    }

    void resolveNetworkErrorFallsBackToCache()
    {
        TokenCache cache(m_cacheDir);
        QVERIFY(cache.store(Mainnet, tokensFixture()));
        const Error offline = Error::make(ErrorKind::Network, QStringLiteral("Host not found"));

        const ResolvedTokenList resolved = resolveTokenList(offline, Mainnet, &cache);
        QCOMPARE(resolved.source, ResolvedTokenList::Source::Cache);
        QVERIFY(resolved.error.has_value());
        QCOMPARE(resolved.error->kind, ErrorKind::Network);
        QCOMPARE(resolved.error->message, offline.message);
        QCOMPARE(resolved.tokens.size(), cache.load(Mainnet)->tokens.size());

        // Another service's copy is not used.
        const ResolvedTokenList other = resolveTokenList(offline, Test, &cache);
        QCOMPARE(other.source, ResolvedTokenList::Source::None);
    }

    void resolveWithNothingCachedIsNone()
    {
        TokenCache cache(m_cacheDir);
        const Error offline = Error::make(ErrorKind::Network, QStringLiteral("Timed out"));
        ResolvedTokenList resolved = resolveTokenList(offline, Mainnet, &cache);
        QCOMPARE(resolved.source, ResolvedTokenList::Source::None);
        QVERIFY(resolved.tokens.isEmpty());
        QVERIFY(!resolved.fetchedAt.isValid());
        QVERIFY(resolved.error.has_value());
        QCOMPARE(resolved.error->message, offline.message);

        resolved = resolveTokenList(QByteArray("not json"), Mainnet, &cache);
        QCOMPARE(resolved.source, ResolvedTokenList::Source::None);
        QVERIFY(resolved.tokens.isEmpty());
        QVERIFY(resolved.error.has_value());
        QCOMPARE(resolved.error->kind, ErrorKind::Malformed);
        QVERIFY(!QFileInfo::exists(cache.filePath(Mainnet)));
    }

    void resolveCancelledIgnoresCache()
    {
        TokenCache cache(m_cacheDir);
        QVERIFY(cache.store(Mainnet, tokensFixture()));
        const ResolvedTokenList resolved = resolveTokenList(Error::cancelled(), Mainnet, &cache);
        QCOMPARE(resolved.source, ResolvedTokenList::Source::None);
        QVERIFY(resolved.tokens.isEmpty());
        QVERIFY(resolved.error.has_value());
        QCOMPARE(resolved.error->kind, ErrorKind::Cancelled);
    }

    void resolveWithoutCacheTouchesNoFile()
    {
        // A real cache on disk that must be neither read (fallback) nor written (fresh).
        TokenCache cache(m_cacheDir);
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(cache.store(Mainnet, tokensFixture(), old));

        const ResolvedTokenList fresh = resolveTokenList(tokensFixture(), Mainnet, nullptr);
        QCOMPARE(fresh.source, ResolvedTokenList::Source::Fresh);
        QVERIFY(!fresh.tokens.isEmpty());
        QCOMPARE(cache.load(Mainnet)->fetchedAt, old);  // not overwritten

        const Error offline = Error::make(ErrorKind::Network, QStringLiteral("Host not found"));
        const ResolvedTokenList failed = resolveTokenList(offline, Mainnet, nullptr);
        QCOMPARE(failed.source, ResolvedTokenList::Source::None);
        QVERIFY(failed.tokens.isEmpty());
        QVERIFY(failed.error.has_value());
        QCOMPARE(failed.error->kind, ErrorKind::Network);
        QCOMPARE(QDir(m_cacheDir).entryList(QDir::Files).size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_cacheDir;
};

QTEST_GUILESS_MAIN(TestTokenCache)
#include "test_tokencache.moc"
