// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "net/thumbnailurl.h"

#include <QTest>

using namespace loopview;

namespace {

const QUrl Gateway(QStringLiteral("https://gw.example/ipfs/"));
const QString Cid = QStringLiteral("QmoRL3D2SaQdy9WMRVmNquDnET4TkhZF8rBjbFkkDM5b1E");

} // namespace

class TestThumbnailUrl : public QObject
{
    Q_OBJECT

private slots:
    void productionPolicy_data();
    void productionPolicy();
    void testingPolicyAddsOnlyLoopbackHttp_data();
    void testingPolicyAddsOnlyLoopbackHttp();
    void redirects_data();
    void redirects();
    void ipfsMapping_data();
    void ipfsMapping();
    void gatewayParsing_data();
    void gatewayParsing();
    void nftPrefersSmallestAllowedSize();
};

void TestThumbnailUrl::productionPolicy_data()
{
    QTest::addColumn<QString>("imageUrl");
    QTest::addColumn<QString>("expected");  // empty: refused
    QTest::newRow("https") << "https://cdn.example/a.png" << "https://cdn.example/a.png";
    QTest::newRow("https upper-case scheme") << "HTTPS://cdn.example/a.png" << "https://cdn.example/a.png";
    QTest::newRow("https with port") << "https://cdn.example:8443/a.png" << "https://cdn.example:8443/a.png";
    QTest::newRow("http") << "http://cdn.example/a.png" << "";
    QTest::newRow("http loopback") << "http://127.0.0.1:8080/a.png" << "";
    QTest::newRow("file") << "file:///etc/passwd" << "";
    QTest::newRow("data") << "data:image/png;base64,iVBORw0KGgo=" << "";
    QTest::newRow("ftp") << "ftp://cdn.example/a.png" << "";
    QTest::newRow("javascript") << "javascript:alert(1)" << "";
    QTest::newRow("ipns") << "ipns://example.eth/a.png" << "";
    QTest::newRow("relative") << "/a.png" << "";
    QTest::newRow("no host") << "https:///a.png" << "";
    QTest::newRow("user info") << "https://user:pw@cdn.example/a.png" << "";
    QTest::newRow("space") << "https://cdn.example/a b.png" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("too long") << QString(QStringLiteral("https://cdn.example/") + QString(3000, QLatin1Char('a'))) << "";
}

void TestThumbnailUrl::productionPolicy()
{
    QFETCH(QString, imageUrl);
    QFETCH(QString, expected);
    const std::optional<QUrl> url = thumbnailFetchUrl(imageUrl, Gateway, ThumbnailSchemes::HttpsOnly);
    QCOMPARE(url.has_value(), !expected.isEmpty());
    if (url)
        QCOMPARE(url->toString(), expected);
}

void TestThumbnailUrl::testingPolicyAddsOnlyLoopbackHttp_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/a.png" << true;
    QTest::newRow("https") << "https://cdn.example/a.png" << true;
    QTest::newRow("http localhost") << "http://localhost:8080/a.png" << false;
    QTest::newRow("http other host") << "http://cdn.example/a.png" << false;
    QTest::newRow("http 127.0.0.2") << "http://127.0.0.2/a.png" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
}

void TestThumbnailUrl::testingPolicyAddsOnlyLoopbackHttp()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedThumbnailUrl(QUrl(url), ThumbnailSchemes::HttpsOrLoopbackHttpForTesting), allowed);
    // The application's policy allows only https, whatever the test policy allows.
    QCOMPARE(isAllowedThumbnailUrl(QUrl(url), ThumbnailSchemes::HttpsOnly), url.startsWith(QLatin1String("https:")));
}

void TestThumbnailUrl::redirects_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https to https elsewhere") << "https://a.example/x" << "https://b.example/y" << true;
    QTest::newRow("https to http") << "https://a.example/x" << "http://a.example/x" << false;
    QTest::newRow("https to loopback http") << "https://a.example/x" << "http://127.0.0.1/x" << false;
    QTest::newRow("https to file") << "https://a.example/x" << "file:///etc/passwd" << false;
    QTest::newRow("loopback http to loopback http") << "http://127.0.0.1:1/x" << "http://127.0.0.1:2/y" << true;
    QTest::newRow("loopback http to http elsewhere") << "http://127.0.0.1:1/x" << "http://a.example/x" << false;
}

void TestThumbnailUrl::redirects()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedThumbnailRedirect(QUrl(from), QUrl(to), ThumbnailSchemes::HttpsOrLoopbackHttpForTesting), allowed);
    if (!QUrl(to).scheme().startsWith(QLatin1String("https")))
        QVERIFY(!isAllowedThumbnailRedirect(QUrl(from), QUrl(to), ThumbnailSchemes::HttpsOnly));
}

void TestThumbnailUrl::ipfsMapping_data()
{
    QTest::addColumn<QString>("imageUrl");
    QTest::addColumn<QString>("expected");  // empty: refused
    QTest::newRow("cid") << QStringLiteral("ipfs://") + Cid << QStringLiteral("https://gw.example/ipfs/") + Cid;
    QTest::newRow("cid and path") << QStringLiteral("ipfs://") + Cid + QStringLiteral("/1.png") << QStringLiteral("https://gw.example/ipfs/") + Cid + QStringLiteral("/1.png");
    QTest::newRow("ipfs/cid") << QStringLiteral("ipfs://ipfs/") + Cid << QStringLiteral("https://gw.example/ipfs/") + Cid;
    QTest::newRow("ipfs/cid/path") << QStringLiteral("ipfs://ipfs/") + Cid + QStringLiteral("/a/b.gif") << QStringLiteral("https://gw.example/ipfs/") + Cid + QStringLiteral("/a/b.gif");
    QTest::newRow("scheme case") << QStringLiteral("IPFS://") + Cid << QStringLiteral("https://gw.example/ipfs/") + Cid;
    QTest::newRow("case of the cid kept") << QStringLiteral("ipfs://bafyBEIgXyZ") << "https://gw.example/ipfs/bafyBEIgXyZ";
    QTest::newRow("space in file name") << QStringLiteral("ipfs://") + Cid + QStringLiteral("/my cat.png") << QStringLiteral("https://gw.example/ipfs/") + Cid + QStringLiteral("/my%20cat.png");
    QTest::newRow("empty") << "ipfs://" << "";
    QTest::newRow("only ipfs/") << "ipfs://ipfs/" << "";
    QTest::newRow("dot dot") << QStringLiteral("ipfs://") + Cid + QStringLiteral("/../../other") << "";
    QTest::newRow("encoded dot dot") << QStringLiteral("ipfs://") + Cid + QStringLiteral("/%2e%2e/other") << "";
    QTest::newRow("host in cid") << QStringLiteral("ipfs://evil.example:443/x") << "";
    QTest::newRow("user info in cid") << QStringLiteral("ipfs://user@evil.example/x") << "";
    QTest::newRow("query") << QStringLiteral("ipfs://") + Cid + QStringLiteral("?x=1") << "";
    QTest::newRow("fragment") << QStringLiteral("ipfs://") + Cid + QStringLiteral("/a#b") << "";
    QTest::newRow("backslash") << QStringLiteral("ipfs://") + Cid + QStringLiteral("\\..\\x") << "";
    QTest::newRow("control character") << QStringLiteral("ipfs://") + Cid + QStringLiteral("/a\nb") << "";
}

void TestThumbnailUrl::ipfsMapping()
{
    QFETCH(QString, imageUrl);
    QFETCH(QString, expected);
    const std::optional<QUrl> url = thumbnailFetchUrl(imageUrl, Gateway, ThumbnailSchemes::HttpsOnly);
    QCOMPARE(url.has_value(), !expected.isEmpty());
    if (url) {
        QCOMPARE(url->toString(QUrl::FullyEncoded), expected);
        QCOMPARE(url->host(), Gateway.host());
    }
}

void TestThumbnailUrl::gatewayParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");  // empty: refused
    QTest::newRow("default") << "https://ipfs.io/ipfs/" << "https://ipfs.io/ipfs/";
    QTest::newRow("slash added") << "https://ipfs.io/ipfs" << "https://ipfs.io/ipfs/";
    QTest::newRow("root") << "https://gw.example" << "https://gw.example/";
    QTest::newRow("trimmed") << "  https://gw.example/ipfs/ " << "https://gw.example/ipfs/";
    QTest::newRow("http") << "http://ipfs.io/ipfs/" << "";
    QTest::newRow("file") << "file:///tmp/" << "";
    QTest::newRow("no scheme") << "ipfs.io/ipfs/" << "";
    QTest::newRow("query") << "https://gw.example/ipfs/?a=1" << "";
    QTest::newRow("fragment") << "https://gw.example/ipfs/#x" << "";
    QTest::newRow("user info") << "https://u:p@gw.example/ipfs/" << "";
    QTest::newRow("empty") << "" << "";
}

void TestThumbnailUrl::gatewayParsing()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Result<QUrl> gateway = parseIpfsGateway(text);
    QCOMPARE(gateway.ok(), !expected.isEmpty());
    if (gateway)
        QCOMPARE(gateway->toString(), expected);
    else
        QVERIFY(!gateway.error().message.isEmpty());
    QVERIFY(parseIpfsGateway(defaultIpfsGateway().toString()).ok());
}

void TestThumbnailUrl::nftPrefersSmallestAllowedSize()
{
    NftDetails details;
    details.imageUrl = QStringLiteral("ipfs://") + Cid;
    details.imageSizes = {{QStringLiteral("original"), QStringLiteral("https://cdn.example/original/x")},
                          {QStringLiteral("480-480"), QStringLiteral("https://cdn.example/480/x")},
                          {QStringLiteral("240-240"), QStringLiteral("https://cdn.example/240/x")}};
    QCOMPARE(nftThumbnailUrl(details, Gateway, ThumbnailSchemes::HttpsOnly),
             std::optional<QUrl>(QUrl(QStringLiteral("https://cdn.example/240/x"))));

    // A refused size is skipped, not loaded.
    details.imageSizes[2].url = QStringLiteral("http://cdn.example/240/x");
    QCOMPARE(nftThumbnailUrl(details, Gateway, ThumbnailSchemes::HttpsOnly),
             std::optional<QUrl>(QUrl(QStringLiteral("https://cdn.example/480/x"))));

    // No sizes: the image through the gateway, then the original.
    details.imageSizes = {{QStringLiteral("original"), QStringLiteral("https://cdn.example/original/x")}};
    QCOMPARE(nftThumbnailUrl(details, Gateway, ThumbnailSchemes::HttpsOnly),
             std::optional<QUrl>(QUrl(QStringLiteral("https://gw.example/ipfs/") + Cid)));
    details.imageUrl = QStringLiteral("data:image/png;base64,AAAA");
    QCOMPARE(nftThumbnailUrl(details, Gateway, ThumbnailSchemes::HttpsOnly),
             std::optional<QUrl>(QUrl(QStringLiteral("https://cdn.example/original/x"))));

    // Nothing allowed: no URL at all.
    details.imageSizes.clear();
    QCOMPARE(nftThumbnailUrl(details, Gateway, ThumbnailSchemes::HttpsOnly), std::nullopt);
    QCOMPARE(nftThumbnailUrl(NftDetails(), Gateway, ThumbnailSchemes::HttpsOnly), std::nullopt);
}

QTEST_GUILESS_MAIN(TestThumbnailUrl)
#include "test_thumbnailurl.moc"
