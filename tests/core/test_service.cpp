// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/printabletext.h"
#include "core/service.h"

#include <QTest>

using loopview::ErrorKind;
using loopview::Network;
using loopview::Result;

namespace {

QUrl url(const char *text)
{
    return QUrl(QString::fromUtf8(text));
}

} // namespace

class TestService : public QObject {
    Q_OBJECT

private slots:
    void defaultBaseUrls();
    void networkFromKey_data();
    void networkFromKey();
    void networkKeysRoundTrip();
    void networkLabels();

    void validateBaseUrlAccepts_data();
    void validateBaseUrlAccepts();
    void validateBaseUrlRejects_data();
    void validateBaseUrlRejects();
    void validateBaseUrlRejectsInvalidUrl();
    void normalisedUrlJoinsWithEndpointPaths();
    void userInfoIsRefusedWithoutEchoingIt_data();
    void userInfoIsRefusedWithoutEchoingIt();
    void emptyPortIsRefused_data();
    void emptyPortIsRefused();
    void readBaseUrlLeavesTheHttpsRuleForLater();
    void echoedValuesArePrintableAndCut_data();
    void echoedValuesArePrintableAndCut();

    void serviceKey_data();
    void serviceKey();
    void hostLabel_data();
    void hostLabel();
};

void TestService::defaultBaseUrls()
{
    QCOMPARE(loopview::defaultBaseUrl(Network::Mainnet), url("https://api3.loopring.io"));
    QCOMPARE(loopview::defaultBaseUrl(Network::Test), url("https://uat2.loopring.io"));
    QVERIFY(loopview::defaultBaseUrl(Network::Custom).isEmpty());
    // The defaults must pass our own validation unchanged.
    for (Network network : {Network::Mainnet, Network::Test}) {
        const Result<QUrl> validated = loopview::validateBaseUrl(loopview::defaultBaseUrl(network));
        QVERIFY(validated.ok());
        QCOMPARE(validated.value(), loopview::defaultBaseUrl(network));
    }
}

void TestService::networkFromKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("network");

    QTest::newRow("mainnet") << QStringLiteral("mainnet") << true << int(Network::Mainnet);
    QTest::newRow("MAINNET") << QStringLiteral("MAINNET") << true << int(Network::Mainnet);
    QTest::newRow("MainNet") << QStringLiteral("MainNet") << true << int(Network::Mainnet);
    QTest::newRow("test") << QStringLiteral("test") << true << int(Network::Test);
    QTest::newRow("Test") << QStringLiteral("Test") << true << int(Network::Test);
    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("main") << QStringLiteral("main") << false << 0;
    QTest::newRow("testnet") << QStringLiteral("testnet") << false << 0;
    QTest::newRow("custom") << QStringLiteral("custom") << true << int(Network::Custom);
    QTest::newRow(" Custom ") << QStringLiteral(" Custom ") << true << int(Network::Custom);
}

void TestService::networkFromKey()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(int, network);

    const std::optional<Network> parsed = loopview::networkFromKey(name);
    QCOMPARE(parsed.has_value(), known);
    if (known)
        QCOMPARE(int(*parsed), network);
    // --network names a published service only: a custom one is given by its URL.
    const std::optional<Network> published = loopview::publishedNetworkFromKey(name);
    QCOMPARE(published.has_value(), known && Network(network) != Network::Custom);
    if (published)
        QCOMPARE(int(*published), network);
}

void TestService::userInfoIsRefusedWithoutEchoingIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("user and password") << QStringLiteral("https://user:s3cret@api3.loopring.io");
    QTest::newRow("user only") << QStringLiteral("https://user@api3.loopring.io");
    QTest::newRow("password only") << QStringLiteral("https://:s3cret@api3.loopring.io");
    QTest::newRow("empty user info") << QStringLiteral("https://@api3.loopring.io");
    QTest::newRow("loopback http") << QStringLiteral("http://user:s3cret@127.0.0.1:8080");
}

void TestService::userInfoIsRefusedWithoutEchoingIt()
{
    // Refused as text (form, command line), as a QUrl (a bookmark) and when a file is read.
    QFETCH(QString, text);
    const QString expected = QStringLiteral("Base URL must not contain a user name or password (\u2026@ before the "
                                            "host): Loopview's only credential is the API key");
    for (const Result<QUrl> &result : {loopview::parseBaseUrl(text), loopview::validateBaseUrl(QUrl(text)),
                                       loopview::readBaseUrl(text)}) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Input);
        QCOMPARE(result.error().message, expected);
    }
}

void TestService::emptyPortIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("host:") << QStringLiteral("http://127.0.0.1:");
    QTest::newRow("host: then path") << QStringLiteral("http://127.0.0.1:/proxy");
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:");
    QTest::newRow("https, spaces around") << QStringLiteral("  https://api3.loopring.io:  ");
    QTest::newRow("before a query") << QStringLiteral("https://api3.loopring.io:?x=1");
}

void TestService::emptyPortIsRefused()
{
    // QUrl parses these as valid and forgets the ':', so the text is what is checked.
    QFETCH(QString, text);
    QVERIFY(QUrl(text.trimmed(), QUrl::StrictMode).isValid());
    const Result<QUrl> parsed = loopview::parseBaseUrl(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::Input);
    QCOMPARE(parsed.error().message, QStringLiteral("Base URL has an empty port (nothing after the ':'): give the port "
                                                    "number or leave the ':' out"));
    QVERIFY(!loopview::readBaseUrl(text).ok());

    // A port, or a ':' in the path, is fine; port 0 is not.
    QVERIFY(loopview::parseBaseUrl(u"http://127.0.0.1:8080").ok());
    QVERIFY(loopview::parseBaseUrl(u"https://proxy.example/a:b").ok());
    QVERIFY(!loopview::parseBaseUrl(u"https://api3.loopring.io:0").ok());
}

void TestService::readBaseUrlLeavesTheHttpsRuleForLater()
{
    // A bookmark file is read with readBaseUrl; http to a remote host is refused when it is used.
    QVERIFY(loopview::readBaseUrl(u"http://example.com").ok());
    QVERIFY(!loopview::parseBaseUrl(u"http://example.com").ok());
}

void TestService::validateBaseUrlAccepts_data()
{
    QTest::addColumn<QUrl>("input");
    QTest::addColumn<QUrl>("normalised");

    QTest::newRow("https") << url("https://api3.loopring.io") << url("https://api3.loopring.io");
    QTest::newRow("trailing slash")
        << url("https://api3.loopring.io/") << url("https://api3.loopring.io");
    QTest::newRow("several trailing slashes")
        << url("https://api3.loopring.io///") << url("https://api3.loopring.io");
    QTest::newRow("path prefix") << url("https://proxy.example.com/loopring/")
                                 << url("https://proxy.example.com/loopring");
    QTest::newRow("port") << url("https://example.com:8443") << url("https://example.com:8443");
    QTest::newRow("upper case") << url("HTTPS://API3.Loopring.IO/")
                                << url("https://api3.loopring.io");
    QTest::newRow("http localhost")
        << url("http://localhost:8080/") << url("http://localhost:8080");
    QTest::newRow("http LOCALHOST") << url("http://LOCALHOST:8080") << url("http://localhost:8080");
    QTest::newRow("http 127.0.0.1")
        << url("http://127.0.0.1:39111") << url("http://127.0.0.1:39111");
    QTest::newRow("http 127.1.2.3") << url("http://127.1.2.3") << url("http://127.1.2.3");
    QTest::newRow("http 127.1 shorthand")
        << url("http://127.1:8080") << url("http://127.0.0.1:8080");
    QTest::newRow("http ::1") << url("http://[::1]:9000/") << url("http://[::1]:9000");
    QTest::newRow("http ::1 long form")
        << url("http://[0:0:0:0:0:0:0:1]:9000") << url("http://[::1]:9000");
}

void TestService::validateBaseUrlAccepts()
{
    QFETCH(QUrl, input);
    QFETCH(QUrl, normalised);

    const Result<QUrl> validated = loopview::validateBaseUrl(input);
    QVERIFY2(validated.ok(), qPrintable(validated.ok() ? QString() : validated.error().message));
    QCOMPARE(validated.value(), normalised);
    QVERIFY(!validated.value().path().endsWith(QLatin1Char('/')));
}

void TestService::validateBaseUrlRejects_data()
{
    QTest::addColumn<QUrl>("input");
    QTest::addColumn<QString>("message");

    auto remote = [](const char *host) {
        return QStringLiteral("Refusing plain http:// to remote host %1: use https:// (http is "
                              "allowed only for loopback)")
            .arg(QString::fromUtf8(host));
    };

    QTest::newRow("empty") << QUrl() << QStringLiteral("Base URL is empty");
    QTest::newRow("http remote") << url("http://example.com") << remote("example.com");
    QTest::newRow("http mainnet") << url("http://api3.loopring.io/") << remote("api3.loopring.io");
    QTest::newRow("http private lan") << url("http://10.0.0.1:8080") << remote("10.0.0.1");
    QTest::newRow("http 128.0.0.1") << url("http://128.0.0.1") << remote("128.0.0.1");
    QTest::newRow("http 127 as subdomain")
        << url("http://127.0.0.1.example.com") << remote("127.0.0.1.example.com");
    QTest::newRow("http localhost as subdomain")
        << url("http://localhost.example.com") << remote("localhost.example.com");
    QTest::newRow("http ::2") << url("http://[::2]") << remote("::2");
    QTest::newRow("http ipv4-mapped loopback is refused (conservative)")
        << url("http://[::ffff:127.0.0.1]") << remote("::ffff:127.0.0.1");
    QTest::newRow("http unspecified") << url("http://0.0.0.0") << remote("0.0.0.0");
    QTest::newRow("ftp") << url("ftp://api3.loopring.io")
                         << QStringLiteral(
                                "Base URL must start with https:// (got 'ftp://api3.loopring.io')");
    QTest::newRow("no scheme") << url("api3.loopring.io")
                               << QStringLiteral(
                                      "Base URL must start with https:// (got 'api3.loopring.io')");
    QTest::newRow("no host") << url("https:///api")
                             << QStringLiteral("Base URL has no host name: 'https:///api'");
    QTest::newRow("query") << url("https://api3.loopring.io/?a=1")
                           << QStringLiteral("Base URL must not contain a query (?\u2026) or "
                                             "fragment (#\u2026): 'https://api3.loopring.io/?a=1'");
    QTest::newRow("fragment") << url("https://api3.loopring.io#x")
                              << QStringLiteral("Base URL must not contain a query (?\u2026) or "
                                                "fragment (#\u2026): 'https://api3.loopring.io#x'");
}

void TestService::validateBaseUrlRejects()
{
    QFETCH(QUrl, input);
    QFETCH(QString, message);

    const Result<QUrl> validated = loopview::validateBaseUrl(input);
    QVERIFY(!validated.ok());
    QCOMPARE(validated.error().kind, ErrorKind::Input);
    QCOMPARE(validated.error().message, message);
}

void TestService::validateBaseUrlRejectsInvalidUrl()
{
    const Result<QUrl> validated = loopview::validateBaseUrl(url("https://exa mple.com"));
    QVERIFY(!validated.ok());
    QCOMPARE(validated.error().kind, ErrorKind::Input);
    QVERIFY2(validated.error().message.startsWith(QStringLiteral("Base URL is not a valid URL: ")),
             qPrintable(validated.error().message));
}

void TestService::normalisedUrlJoinsWithEndpointPaths()
{
    const Result<QUrl> validated
        = loopview::validateBaseUrl(url("https://proxy.example.com/loopring/"));
    QVERIFY(validated.ok());
    QUrl endpoint = validated.value();
    endpoint.setPath(endpoint.path() + QStringLiteral("/api/v3/user/balances"));
    QCOMPARE(endpoint, url("https://proxy.example.com/loopring/api/v3/user/balances"));
}

void TestService::networkKeysRoundTrip()
{
    // The settings, the bookmarks file and the command line all spell networks this way.
    QCOMPARE(loopview::networkKey(Network::Mainnet), QStringLiteral("mainnet"));
    QCOMPARE(loopview::networkKey(Network::Test), QStringLiteral("test"));
    QCOMPARE(loopview::networkKey(Network::Custom), QStringLiteral("custom"));
    for (const Network network : loopview::AllNetworks)
        QCOMPARE(loopview::networkFromKey(loopview::networkKey(network)), std::optional<Network>(network));
}

void TestService::networkLabels()
{
    QCOMPARE(loopview::networkLabel(Network::Mainnet), QStringLiteral("Mainnet"));
    QCOMPARE(loopview::networkLabel(Network::Test), QStringLiteral("Test network"));
    QCOMPARE(loopview::networkLabel(Network::Custom), QStringLiteral("Custom service"));
}

void TestService::echoedValuesArePrintableAndCut_data()
{
    // The URL the user typed is quoted back in the message; the window and the terminal show it,
    // so it must be inert and short.
    QTest::addColumn<QString>("message");
    const QString tail(200, QLatin1Char('x'));
    const QString hostile = QStringLiteral("\x1b]0;pwned\x07\x1b[31m\u009b\u202e") + tail;
    QTest::newRow("not https") << loopview::validateBaseUrl(QUrl(QStringLiteral("ftp://example.org/") + hostile)).error().message;
    QTest::newRow("invalid url") << loopview::validateBaseUrl(QUrl(QStringLiteral("https://") + hostile, QUrl::StrictMode))
                                        .error().message;
    QTest::newRow("query") << loopview::validateBaseUrl(QUrl(QStringLiteral("https://example.org/?") + tail)).error().message;
}

void TestService::echoedValuesArePrintableAndCut()
{
    QFETCH(QString, message);
    QVERIFY(!message.isEmpty());
    QVERIFY2(loopview::isPrintableText(message), qPrintable(message));
    QVERIFY2(!message.contains(QString(loopview::printable::EchoLength + 1, QLatin1Char('x'))), qPrintable(message));
}

void TestService::serviceKey_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << url("https://api3.loopring.io") << QStringLiteral("https://api3.loopring.io");
    QTest::newRow("case, port, slash") << url("HTTPS://API3.LOOPRING.IO:443/") << QStringLiteral("https://api3.loopring.io");
    QTest::newRow("user info and query dropped")
        << url("https://user:pw@host.example/base//?q=1") << QStringLiteral("https://host.example/base");
    QTest::newRow("http default port") << url("http://127.0.0.1:80/") << QStringLiteral("http://127.0.0.1");
    QTest::newRow("other port kept") << url("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("https on port 80 kept") << url("https://example.com:80") << QStringLiteral("https://example.com:80");
    QTest::newRow("path kept") << url("https://proxy.example/loopring/") << QStringLiteral("https://proxy.example/loopring");
}

void TestService::serviceKey()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(loopview::serviceKey(url), expected);
    QVERIFY(loopview::isSameService(url, QUrl(expected)));
}

void TestService::hostLabel_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("published") << url("https://api3.loopring.io/api") << QStringLiteral("api3.loopring.io");
    QTest::newRow("default port named") << url("https://api3.loopring.io:443") << QStringLiteral("api3.loopring.io");
    QTest::newRow("loopback with port") << url("http://127.0.0.1:5000") << QStringLiteral("127.0.0.1:5000");
    QTest::newRow("https on another port") << url("https://example.com:8443") << QStringLiteral("example.com:8443");
    QTest::newRow("http on 443") << url("http://127.0.0.1:443") << QStringLiteral("127.0.0.1:443");
    QTest::newRow("no host") << url("api3.loopring.io") << QStringLiteral("api3.loopring.io");
}

void TestService::hostLabel()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(loopview::hostLabel(url), expected);
}

QTEST_GUILESS_MAIN(TestService)
#include "test_service.moc"
