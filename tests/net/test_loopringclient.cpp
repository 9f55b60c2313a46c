// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/loopringjson.h"
#include "core/printabletext.h"
#include "fakeloopringserver.h"
#include "net/demobackend.h"
#include "net/loopringclient.h"

#include <QNetworkProxy>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(loopview::test::FakeResponse)

using namespace loopview;
using namespace loopview::test;
using namespace std::chrono_literals;

namespace {

const QString BalancesPath = QStringLiteral("/api/v3/user/balances");
const QString TokensPath = QStringLiteral("/api/v3/exchange/tokens");
const QString AccountPath = QStringLiteral("/api/v3/account");
const QString PricesPath = QStringLiteral("/api/v3/price");
// 64 characters like a real key; unique enough that finding it in a message means a leak.
const QString ApiKey = QStringLiteral("K3yTestOnly0123456789abcdefABCDEF0123456789abcdefABCDEF01234567zz");

BalanceQuery queryById(qint64 accountId, QList<int> tokenIds = {})
{
    BalanceQuery query;
    query.account = accountId;
    query.tokenIds = std::move(tokenIds);
    return query;
}

Address sampleAddress()
{
    return *Address::parse(u"0x8656920c85342d646E5286Cb841F90209272ABeb");
}

// Waits for the one finished() of `call`; finished() must never fire from inside get…().
#define WAIT_FOR_FINISH(call)                                                                  \
    do {                                                                                       \
        QVERIFY(call);                                                                         \
        QVERIFY2(!(call)->isFinished(), "finished() must be asynchronous");                    \
        QSignalSpy finishedSpy_((call), &ApiCall::finished);                                  \
        QVERIFY(finishedSpy_.wait(10000));                                                     \
        QCoreApplication::processEvents();                                                     \
        QCOMPARE(finishedSpy_.count(), 1);                                                     \
        QVERIFY((call)->isFinished());                                                         \
    } while (false)

} // namespace

class TestLoopringClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void balancesByAccountIdSendsKeyAndPolicyHeaders();
    void balancesByAddressUsesLowerCase();
    void eachCallGoesToItsOwnEndpoint();
    void tokensAreFetchedWithoutKey();
    void accountLookupWithoutKey();
    void missingKeyIsInputErrorWithoutRequest();
    void pricesAreFetchedWithoutKeyInTheAskedCurrency();
    void pricesOfAnotherServiceTakeItsBaseUrl();
    void badCurrencyCodeIsInputErrorWithoutRequest();
    void unsupportedCurrencyIsServiceError();
    void pricesGoThroughTheSameRetries();

    void http400WithResultInfo();
    void resultInfoErrorInsideHttp200();
    void htmlInHttp200IsMalformed();
    void htmlBadGatewayIsSummarised();
    void serviceTextInMessagesIsPrintable_data();
    void serviceTextInMessagesIsPrintable();
    void unroutedPathIsServiceError();
    void apiKeyEchoedByServiceIsScrubbed();
    void apiKeyEchoedChangedIsScrubbed_data();
    void apiKeyEchoedChangedIsScrubbed();

    void timeoutReportsTimedOut();
    void connectionRefusedIsNetworkError();
    void truncatedBodyIsNetworkError();
    void bodyOverLimitIsRefused();
    void announcedLengthOverLimitIsRefused();

    void rateLimitedThenSuccess();
    void rateLimitWithoutRetryAfterWaitsDefault();
    void serviceUnavailableThenSuccess();
    void serviceUnavailableTwiceIsError();

    void crossOriginRedirectNeverCarriesKey();
    void crossOriginRedirectRefusedWithoutKeyToo();
    void sameOriginRedirectIsFollowed();
    void sameOriginRedirectLoopStopsWithTooManyRedirects();
    void everyRedirectHopMustStaySameOrigin();

    void gzipBodyIsUnpacked();
    void gzipBombIsRefusedAsTooLarge();
    void corruptGzipIsMalformed();
    void compressedRefusalKeepsItsCode();

    void plainHttpRemoteRefusedBeforeConnecting();

    void cancelWhileWaitingForReply();
    void cancelDuringRetryWait();
    void cancelBeforeStart();
    void deletingPendingCallIsSafe();
    void destroyingClientAbandonsCallsQuietly();
    void destroyingClientCancelsAdoptedCalls();

    void demoModeServesParsableBodies();
    void demoModeHonoursQuery();
    void demoModeServesPrices();
    void demoPricesAreQuotedWhenAsked();
    void demoModeAnswersWithoutSimulatedLatency();
    void demoModeCanBeCancelled();

private:
    std::unique_ptr<FakeLoopringServer> m_server;
    std::unique_ptr<LoopringClient> m_client;
    ServiceEndpoint m_endpoint;  // the fake server, with ApiKey
};

void TestLoopringClient::init()
{
    // Nothing in this test may leave the machine, not even through a proxy from the environment.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    m_server = std::make_unique<FakeLoopringServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<LoopringClient>();
    m_endpoint = ServiceEndpoint{m_server->baseUrl(), DefaultRequestTimeout, ApiKey, false};
    m_client->setRetryDelays(10ms, 20ms);
}

void TestLoopringClient::cleanup()
{
    m_client.reset();
    m_server.reset();
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestLoopringClient::balancesByAccountIdSendsKeyAndPolicyHeaders()
{
    const QByteArray fixture = readFixture(QStringLiteral("balances-sample.json"));
    m_server->route(BalancesPath, FakeResponse::json(fixture));

    ApiCall *call = m_client->getBalances(queryById(20533, {0, 1}), m_endpoint);
    WAIT_FOR_FINISH(call);
    QVERIFY2(call->succeeded(), qPrintable(call->succeeded() ? QString() : call->error().message));
    QCOMPARE(call->body(), fixture);
    const Result<QList<Balance>> balances = json::parseBalances(call->result().value());
    QVERIFY(balances.ok());
    QCOMPARE(balances->size(), 5);
    // A caller done with the body takes it: the call keeps no copy of it afterwards.
    QCOMPARE(call->takeBody(), fixture);
    QVERIFY(call->body().isEmpty());
    QVERIFY(call->succeeded());

    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->lastRequest();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path(), BalancesPath);
    QCOMPARE(request.query().queryItemValue(QStringLiteral("accountId")), QStringLiteral("20533"));
    QCOMPARE(request.query().queryItemValue(QStringLiteral("tokens")), QStringLiteral("0,1"));
    QCOMPARE(request.queryString(), QStringLiteral("accountId=20533&tokens=0,1"));
    QCOMPARE(request.header("X-API-KEY"), ApiKey.toLatin1());
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header("User-Agent"), QByteArray("Loopview/" LOOPVIEW_VERSION " (+Qt)"));
}

void TestLoopringClient::balancesByAddressUsesLowerCase()
{
    m_server->route(BalancesPath, FakeResponse::json("[]"));
    BalanceQuery query;
    query.account = sampleAddress();

    ApiCall *call = m_client->getBalances(query, m_endpoint);
    WAIT_FOR_FINISH(call);
    QVERIFY(call->succeeded());
    const RecordedRequest request = m_server->lastRequest();
    QCOMPARE(request.queryString(), QStringLiteral("address=0x8656920c85342d646e5286cb841f90209272abeb"));
    QVERIFY(!request.query().hasQueryItem(QStringLiteral("tokens")));
    QCOMPARE(request.header("X-API-KEY"), ApiKey.toLatin1());
}

void TestLoopringClient::eachCallGoesToItsOwnEndpoint()
{
    FakeLoopringServer other;
    QVERIFY(other.listen());
    other.route(BalancesPath, FakeResponse::json("[]"));
    m_server->route(BalancesPath, FakeResponse::json("[]"));
    const QString otherKey = QStringLiteral("otherkey");

    // One client, two services, two keys: each request carries its own, nothing is left behind.
    ApiCall *toOther = m_client->getBalances(queryById(7), ServiceEndpoint{other.baseUrl(), DefaultRequestTimeout, otherKey, false});
    ApiCall *toFirst = m_client->getBalances(queryById(8), m_endpoint);
    WAIT_FOR_FINISH(toOther);
    QTRY_VERIFY_WITH_TIMEOUT(toFirst->isFinished(), 10000);  // may have finished while toOther ran
    QVERIFY(toOther->succeeded());
    QVERIFY(toFirst->succeeded());
    QCOMPARE(other.requestCount(), 1);
    QCOMPARE(other.lastRequest().header("X-API-KEY"), otherKey.toLatin1());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->lastRequest().header("X-API-KEY"), ApiKey.toLatin1());

    ApiCall *tokens = m_client->getTokens(ServiceEndpoint{other.baseUrl(), DefaultRequestTimeout, otherKey, false});
    WAIT_FOR_FINISH(tokens);
    QCOMPARE(other.requestCount(), 2);
    QVERIFY(!other.lastRequest().hasHeader("X-API-KEY"));  // the tokens call sends no key, even when given one
}

void TestLoopringClient::tokensAreFetchedWithoutKey()
{
    const QByteArray fixture = readFixture(QStringLiteral("tokens-sample.json"));
    m_server->route(TokensPath, FakeResponse::json(fixture));

    ApiCall *call = m_client->getTokens(m_endpoint);
    WAIT_FOR_FINISH(call);
    QVERIFY(call->succeeded());
    QVERIFY(json::parseTokens(call->body()).ok());

    const RecordedRequest request = m_server->lastRequest();
    QCOMPARE(request.target, QByteArray("/api/v3/exchange/tokens"));
    QVERIFY(!request.hasHeader("X-API-KEY"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QVERIFY(request.header("User-Agent").startsWith("Loopview/"));
}

void TestLoopringClient::accountLookupWithoutKey()
{
    m_server->route(AccountPath, FakeResponse::json(
        R"({"accountId":10001,"owner":"0x8656920c85342d646e5286cb841f90209272abeb","frozen":false})"));

    ApiCall *call = m_client->getAccount(sampleAddress(), m_endpoint);
    WAIT_FOR_FINISH(call);
    QVERIFY(call->succeeded());
    const Result<AccountInfo> account = json::parseAccount(call->body());
    QVERIFY(account.ok());
    QCOMPARE(account->accountId, qint64(10001));

    const RecordedRequest request = m_server->lastRequest();
    QCOMPARE(request.path(), AccountPath);
    QCOMPARE(request.queryString(), QStringLiteral("owner=0x8656920c85342d646e5286cb841f90209272abeb"));
    QVERIFY(!request.hasHeader("X-API-KEY"));
}

void TestLoopringClient::missingKeyIsInputErrorWithoutRequest()
{
    m_endpoint.apiKey.clear();

    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Input);
    QCOMPARE(call->error().message, QStringLiteral("An API key is required to read balances"));
    QCOMPARE(m_server->connectionCount(), 0);

    m_endpoint.apiKey = QStringLiteral("has space");
    ApiCall *badKey = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(badKey);
    QCOMPARE(badKey->error().kind, ErrorKind::Input);
    QVERIFY(!badKey->error().message.contains(QLatin1String("has space")));
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestLoopringClient::pricesAreFetchedWithoutKeyInTheAskedCurrency()
{
    m_server->route(PricesPath, FakeResponse::prices("CNY"));

    ApiCall *call = m_client->getPrices({QStringLiteral("cny")}, m_endpoint);
    WAIT_FOR_FINISH(call);
    QVERIFY2(call->succeeded(), qPrintable(call->succeeded() ? QString() : call->error().message));
    const Result<PriceTable> prices = json::parsePrices(call->body(), QStringLiteral("CNY"));
    QVERIFY(prices.ok());
    QCOMPARE(prices->find(u"ETH")->value.toString(), QStringLiteral("3000.12"));

    const RecordedRequest request = m_server->lastRequest();
    QCOMPARE(request.target, QByteArray("/api/v3/price?legal=CNY"));
    QVERIFY(!request.hasHeader("X-API-KEY"));  // prices need no key, so none goes out
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QVERIFY(request.header("User-Agent").startsWith("Loopview/"));
}

void TestLoopringClient::pricesOfAnotherServiceTakeItsBaseUrl()
{
    FakeLoopringServer other;
    QVERIFY(other.listen());
    other.route(PricesPath, FakeResponse::prices());

    ApiCall *call = m_client->getPrices({QStringLiteral("USD")}, ServiceEndpoint{other.baseUrl(), DefaultRequestTimeout, {}, false});
    WAIT_FOR_FINISH(call);
    QVERIFY(call->succeeded());
    QCOMPARE(other.requestCount(), 1);
    QCOMPARE(m_server->requestCount(), 0);

    ApiCall *plain = m_client->getPrices({QStringLiteral("USD")}, ServiceEndpoint{QUrl(QStringLiteral("http://example.com")), DefaultRequestTimeout, {}, false});
    WAIT_FOR_FINISH(plain);
    QCOMPARE(plain->error().kind, ErrorKind::Input);  // same base URL rules as every call
}

void TestLoopringClient::badCurrencyCodeIsInputErrorWithoutRequest()
{
    for (const QString &code : {QStringLiteral("US"), QStringLiteral("USD&x=1"), QStringLiteral("U\u202eSD"),
                                QString()}) {
        ApiCall *call = m_client->getPrices({code}, m_endpoint);
        WAIT_FOR_FINISH(call);
        QCOMPARE(call->error().kind, ErrorKind::Input);
    }
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestLoopringClient::unsupportedCurrencyIsServiceError()
{
    m_server->route(PricesPath, FakeResponse::prices("USD"));

    ApiCall *call = m_client->getPrices({QStringLiteral("XYZ")}, m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Service);
    QCOMPARE(call->error().httpStatus, 400);
    QCOMPARE(call->error().apiCode, 100001);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestLoopringClient::pricesGoThroughTheSameRetries()
{
    m_server->route(PricesPath, FakeResponse::fromErrorFixture(QStringLiteral("rate_limited")));
    m_server->route(PricesPath, FakeResponse::prices());

    ApiCall *call = m_client->getPrices({QStringLiteral("USD")}, m_endpoint);
    QSignalSpy retrying(call, &ApiCall::retrying);
    WAIT_FOR_FINISH(call);
    QVERIFY(call->succeeded());
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestLoopringClient::http400WithResultInfo()
{
    m_server->route(BalancesPath, FakeResponse::fromErrorFixture(QStringLiteral("invalid_apikey")));

    ApiCall *call = m_client->getBalances(queryById(20533), m_endpoint);
    WAIT_FOR_FINISH(call);
    QVERIFY(!call->succeeded());
    const Error &error = call->error();
    QCOMPARE(error.kind, ErrorKind::Service);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.apiCode, 104002);
    QVERIFY(error.isApiKeyProblem());
    QCOMPARE(error.message, QStringLiteral("The service refused the request (HTTP 400, code 104002: invalid apikey)"));
    QVERIFY(!error.message.contains(ApiKey));
    QCOMPARE(m_server->requestCount(), 1);  // a 400 is not retried
}

void TestLoopringClient::resultInfoErrorInsideHttp200()
{
    m_server->route(AccountPath, FakeResponse::resultInfo(200, 101002, "user not found"));

    ApiCall *call = m_client->getAccount(sampleAddress(), m_endpoint);
    WAIT_FOR_FINISH(call);
    const Error &error = call->error();
    QCOMPARE(error.kind, ErrorKind::Service);
    QCOMPARE(error.httpStatus, 200);
    QCOMPARE(error.apiCode, 101002);
    QVERIFY(error.message.contains(QLatin1String("user not found")));
}

void TestLoopringClient::htmlInHttp200IsMalformed()
{
    m_server->route(TokensPath, FakeResponse::html(200, "<html><body>Please log in to the hotel Wi-Fi</body></html>"));

    ApiCall *call = m_client->getTokens(m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Malformed);
    QVERIFY(!call->error().message.contains(QLatin1String("<html")));
}

void TestLoopringClient::htmlBadGatewayIsSummarised()
{
    m_server->route(BalancesPath, FakeResponse::fromErrorFixture(QStringLiteral("proxy_error")));

    ApiCall *call = m_client->getBalances(queryById(20533), m_endpoint);
    WAIT_FOR_FINISH(call);
    const Error &error = call->error();
    QCOMPARE(error.kind, ErrorKind::Service);
    QCOMPARE(error.httpStatus, 502);
    QCOMPARE(error.apiCode, 0);
    QCOMPARE(error.message, QStringLiteral("Service error (HTTP 502 Bad Gateway)"));
    QCOMPARE(m_server->requestCount(), 2);  // one retry, then the final answer
}

void TestLoopringClient::serviceTextInMessagesIsPrintable_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<QString>("expectedPart");
    const QString R(QChar(0xFFFD));
    QTest::newRow("resultInfo message")
        << FakeResponse::resultInfo(400, 101002, "\x1b]0;pwned\x07no \xe2\x80\xae" "CRL \xc2\x9b" "31m\n2nd line")
        << QStringLiteral("code 101002: ") + R + QStringLiteral("]0;pwned") + R + QStringLiteral("no ") + R
               + QStringLiteral("CRL ") + R + QStringLiteral("31m 2nd line)");
    FakeResponse status = FakeResponse::html(500, "<html></html>");
    status.reasonPhrase = "Oops \x1b[31mred \x9b" "2J";
    // (The fake server sends the phrase as UTF-8, so U+009B arrives as two Latin-1 characters.)
    QTest::newRow("reason phrase") << status << QStringLiteral("(HTTP 500 Oops ") + R + QStringLiteral("[31mred ");
    QTest::newRow("long message")
        << FakeResponse::resultInfo(400, 100001, QByteArray(1000, 'x'))
        << QString(printable::MessageLength - 1, QLatin1Char('x')) + QChar(0x2026) + QLatin1Char(')');
}

void TestLoopringClient::serviceTextInMessagesIsPrintable()
{
    // The message bar and the CLI show these messages: the service's words are kept, but nothing
    // that could steer a terminal, reorder the text or run on for pages.
    QFETCH(FakeResponse, response);
    QFETCH(QString, expectedPart);
    m_server->route(BalancesPath, response);

    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(call);
    const QString message = call->error().message;
    QVERIFY2(isPrintableText(message), qPrintable(message));
    QVERIFY2(message.contains(expectedPart), qPrintable(message));
}

void TestLoopringClient::unroutedPathIsServiceError()
{
    // The fake server answers 404 + resultInfo for paths nobody routed.
    ApiCall *call = m_client->getTokens(m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Service);
    QCOMPARE(call->error().httpStatus, 404);
}

void TestLoopringClient::apiKeyEchoedByServiceIsScrubbed()
{
    m_server->route(BalancesPath, FakeResponse::resultInfo(400, 104002, "invalid apikey " + ApiKey.toLatin1()));

    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().apiCode, 104002);
    QVERIFY(!call->error().message.contains(ApiKey));
    QVERIFY(call->error().message.contains(QLatin1String("[API key]")));
}

void TestLoopringClient::apiKeyEchoedChangedIsScrubbed_data()
{
    QTest::addColumn<QString>("echoed");
    QTest::newRow("upper-cased") << ApiKey.toUpper();
    QTest::newRow("lower-cased") << ApiKey.toLower();
    QTest::newRow("12-character slice") << ApiKey.mid(30, 12);
    QTest::newRow("20-character slice") << ApiKey.mid(5, 20);
}

void TestLoopringClient::apiKeyEchoedChangedIsScrubbed()
{
    QFETCH(QString, echoed);
    m_server->route(BalancesPath, FakeResponse::resultInfo(400, 104002, "invalid apikey " + echoed.toLatin1() + " (check it)"));

    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().apiCode, 104002);
    const QString message = call->error().message;
    QVERIFY2(!message.contains(echoed, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("invalid apikey [API key] (check it)")), qPrintable(message));
}

void TestLoopringClient::timeoutReportsTimedOut()
{
    m_server->route(BalancesPath, FakeResponse::silent());
    m_endpoint.timeout = 200ms;

    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(call);
    const Error &error = call->error();
    QCOMPARE(error.kind, ErrorKind::Network);
    QVERIFY(error.timedOut);
    QCOMPARE(error.message, QStringLiteral("The service did not answer within 0.2 s"));
    QCOMPARE(m_server->requestCount(), 1);  // a timeout is not retried
}

void TestLoopringClient::connectionRefusedIsNetworkError()
{
    const quint16 port = unusedLocalPort();
    QVERIFY(port != 0);
    m_endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));

    ApiCall *call = m_client->getTokens(m_endpoint);
    WAIT_FOR_FINISH(call);
    const Error &error = call->error();
    QCOMPARE(error.kind, ErrorKind::Network);
    QVERIFY(!error.timedOut);
    QCOMPARE(error.httpStatus, 0);
    QCOMPARE(error.message, QStringLiteral("Could not connect to 127.0.0.1:%1: connection refused").arg(port));
}

void TestLoopringClient::truncatedBodyIsNetworkError()
{
    FakeResponse cut = FakeResponse::json(readFixture(QStringLiteral("balances-sample.json")));
    cut.truncateBodyAt = 40;
    m_server->route(BalancesPath, cut);

    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Network);
    QVERIFY2(call->error().message.contains(QLatin1String("closed the connection")), qPrintable(call->error().message));
}

void TestLoopringClient::bodyOverLimitIsRefused()
{
    m_client->setMaxBodyBytes(1024);
    QByteArray big = "[";
    while (big.size() < 64 * 1024)
        big += R"({"accountId":1,"tokenId":0,"total":"1","locked":"0","pending":{"withdraw":"0","deposit":"0"}},)";
    big.chop(1);
    big += ']';
    FakeResponse response = FakeResponse::json(big);
    // No Content-Length: the limit has to be enforced while reading, not from the header.
    response.omitContentLength = true;
    m_server->route(BalancesPath, response);

    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Malformed);
    QCOMPARE(call->error().message, QStringLiteral("The response was larger than 1 KiB and was not read"));
}

void TestLoopringClient::announcedLengthOverLimitIsRefused()
{
    m_client->setMaxBodyBytes(100);
    m_server->route(TokensPath, FakeResponse::json(QByteArray(4096, ' ') + "[]"));

    ApiCall *call = m_client->getTokens(m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Malformed);
    QVERIFY(call->error().message.contains(QLatin1String("100 bytes")));
}

void TestLoopringClient::rateLimitedThenSuccess()
{
    m_server->route(BalancesPath, FakeResponse::fromErrorFixture(QStringLiteral("rate_limited")));  // Retry-After: 2
    m_server->route(BalancesPath, FakeResponse::json("[]"));

    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    QSignalSpy retrying(call, &ApiCall::retrying);
    WAIT_FOR_FINISH(call);
    QVERIFY(call->succeeded());
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(0).toInt(), 2);
    QCOMPARE(retrying.at(0).at(1).toInt(), 20);  // Retry-After 2 s, capped by setRetryDelays
    QCOMPARE(retrying.at(0).at(2).toInt(), 429);
    QCOMPARE(retrying.at(0).at(3).toString(), QStringLiteral("Rate limited (HTTP 429)"));

    QCOMPARE(m_server->requestCount(), 2);
    for (const RecordedRequest &request : m_server->requests())
        QCOMPARE(request.header("X-API-KEY"), ApiKey.toLatin1());
}

void TestLoopringClient::rateLimitWithoutRetryAfterWaitsDefault()
{
    m_client->setRetryDelays(10ms, 1500ms);  // cap above the 1 s default, so the default shows
    m_server->route(TokensPath, FakeResponse::json("{}", 429));
    m_server->route(TokensPath, FakeResponse::json("{}", 429));

    ApiCall *call = m_client->getTokens(m_endpoint);
    QSignalSpy retrying(call, &ApiCall::retrying);
    WAIT_FOR_FINISH(call);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(1).toInt(), 1000);
    // The second 429 is final.
    QCOMPARE(call->error().kind, ErrorKind::Service);
    QCOMPARE(call->error().httpStatus, 429);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestLoopringClient::serviceUnavailableThenSuccess()
{
    m_server->route(TokensPath, FakeResponse::html(503, "<html>maintenance</html>"));
    m_server->route(TokensPath, FakeResponse::json("[]"));

    ApiCall *call = m_client->getTokens(m_endpoint);
    QSignalSpy retrying(call, &ApiCall::retrying);
    WAIT_FOR_FINISH(call);
    QVERIFY(call->succeeded());
    QCOMPARE(call->body(), QByteArray("[]"));
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(0).toInt(), 2);
    QCOMPARE(retrying.at(0).at(1).toInt(), 10);
    QCOMPARE(retrying.at(0).at(2).toInt(), 503);
    QVERIFY(retrying.at(0).at(3).toString().contains(QLatin1String("503")));
}

void TestLoopringClient::serviceUnavailableTwiceIsError()
{
    m_server->route(TokensPath, FakeResponse::html(503, "<html>maintenance</html>"));

    ApiCall *call = m_client->getTokens(m_endpoint);
    QSignalSpy retrying(call, &ApiCall::retrying);
    WAIT_FOR_FINISH(call);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(call->error().kind, ErrorKind::Service);
    QCOMPARE(call->error().httpStatus, 503);
    QCOMPARE(call->error().message, QStringLiteral("Service error (HTTP 503 Service Unavailable)"));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestLoopringClient::crossOriginRedirectNeverCarriesKey()
{
    FakeLoopringServer elsewhere;
    QVERIFY(elsewhere.listen());
    QVERIFY(elsewhere.port() != m_server->port());
    elsewhere.route(BalancesPath, FakeResponse::json("[]"));
    m_server->route(BalancesPath, FakeResponse::redirect(elsewhere.url(QStringLiteral("/api/v3/user/balances?accountId=1"))));

    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(call);
    const Error &error = call->error();
    QCOMPARE(error.kind, ErrorKind::Service);
    QCOMPARE(error.message,
             QStringLiteral("Refused a redirect to another origin (127.0.0.1:%1): the API key is only sent to 127.0.0.1:%2")
                 .arg(elsewhere.port())
                 .arg(m_server->port()));
    QCOMPARE(m_server->requestCount(), 1);

    // Let any stray connection attempt arrive before checking that none was made.
    ApiCall *sync = m_client->getTokens(m_endpoint);
    WAIT_FOR_FINISH(sync);
    QCOMPARE(elsewhere.requestCount(), 0);
    QCOMPARE(elsewhere.connectionCount(), 0);
}

void TestLoopringClient::crossOriginRedirectRefusedWithoutKeyToo()
{
    FakeLoopringServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.route(TokensPath, FakeResponse::json("[]"));
    m_server->route(TokensPath, FakeResponse::redirect(elsewhere.url(TokensPath), 301));

    ApiCall *call = m_client->getTokens(m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Service);
    QCOMPARE(call->error().httpStatus, 301);
    QVERIFY(call->error().message.startsWith(QLatin1String("Refused a redirect to another origin")));
    QCOMPARE(elsewhere.requestCount(), 0);
}

void TestLoopringClient::sameOriginRedirectIsFollowed()
{
    const QByteArray fixture = readFixture(QStringLiteral("balances-sample.json"));
    // A relative Location: resolved against the request, so still the same origin.
    FakeResponse moved = FakeResponse::redirect(QUrl(QStringLiteral("/v3-moved/balances?accountId=20533")), 307);
    m_server->route(BalancesPath, moved);
    m_server->route(QStringLiteral("/v3-moved/balances"), FakeResponse::json(fixture));

    ApiCall *call = m_client->getBalances(queryById(20533), m_endpoint);
    WAIT_FOR_FINISH(call);
    QVERIFY2(call->succeeded(), qPrintable(call->succeeded() ? QString() : call->error().message));
    QCOMPARE(call->body(), fixture);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).path(), QStringLiteral("/v3-moved/balances"));
    QCOMPARE(m_server->requests().at(1).header("X-API-KEY"), ApiKey.toLatin1());
}

void TestLoopringClient::sameOriginRedirectLoopStopsWithTooManyRedirects()
{
    // Every hop passes the same-origin rule; only the count stops it. Qt's own limit used to end
    // this as "Unexpected answer from the service (HTTP 100)".
    m_server->route(BalancesPath, FakeResponse::redirect(QUrl(BalancesPath + QStringLiteral("?accountId=1")), 302));

    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Service);
    QCOMPARE(call->error().httpStatus, 302);
    QCOMPARE(call->error().message,
             QStringLiteral("Too many redirects: 127.0.0.1:%1 redirected the request more than 5 times, always "
                            "to itself (a redirect loop?)")
                 .arg(m_server->port()));
    QCOMPARE(m_server->requestCount(), 6);  // the request and five redirects followed
}

void TestLoopringClient::everyRedirectHopMustStaySameOrigin()
{
    FakeLoopringServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.route(BalancesPath, FakeResponse::json("[]"));
    // The first hop stays home; the second leaves: refused, with the key never sent there.
    m_server->route(BalancesPath, FakeResponse::redirect(QUrl(QStringLiteral("/hop?accountId=1")), 307));
    m_server->route(QStringLiteral("/hop"), FakeResponse::redirect(elsewhere.url(BalancesPath), 307));

    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Service);
    QVERIFY2(call->error().message.startsWith(QLatin1String("Refused a redirect to another origin")),
             qPrintable(call->error().message));
    QCOMPARE(m_server->requestCount(), 2);
    ApiCall *sync = m_client->getTokens(m_endpoint);
    WAIT_FOR_FINISH(sync);
    QCOMPARE(elsewhere.connectionCount(), 0);
}

void TestLoopringClient::gzipBodyIsUnpacked()
{
    const QByteArray fixture = readFixture(QStringLiteral("balances-sample.json"));
    m_server->route(BalancesPath, FakeResponse::gzip(fixture));
    ApiCall *call = m_client->getBalances(queryById(20533), m_endpoint);
    WAIT_FOR_FINISH(call);
    QVERIFY2(call->succeeded(), qPrintable(call->succeeded() ? QString() : call->error().message));
    QCOMPARE(call->body(), fixture);
    // Only the encodings Loopview unpacks itself, under its own limit, are offered.
    QCOMPARE(m_server->lastRequest().header("Accept-Encoding"), QByteArray("gzip, deflate"));
}

void TestLoopringClient::gzipBombIsRefusedAsTooLarge()
{
    // 64 MiB of spaces (valid JSON whitespace) in about 64 KiB: Qt 6.4 used to drop the body and
    // report nothing the parser could tell from "The response body is empty".
    const FakeResponse bomb = FakeResponse::gzip(QByteArray(64 * 1024 * 1024, ' '));
    QVERIFY(bomb.body.size() < 128 * 1024);
    m_server->route(BalancesPath, bomb);
    ApiCall *call = m_client->getBalances(queryById(20533), m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Malformed);
    QCOMPARE(call->error().message,
             QStringLiteral("The response was sent compressed (gzip, %1 bytes) and grew past 16 MiB when unpacked; "
                            "it was not read")
                 .arg(bomb.body.size()));
}

void TestLoopringClient::corruptGzipIsMalformed()
{
    FakeResponse corrupt = FakeResponse::gzip(readFixture(QStringLiteral("balances-sample.json")));
    corrupt.body = corrupt.body.left(20) + QByteArray(200, 'x');
    m_server->route(BalancesPath, corrupt);
    ApiCall *call = m_client->getBalances(queryById(20533), m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Malformed);
    QVERIFY2(call->error().message.startsWith(QLatin1String("The response was sent compressed (gzip) but could not be unpacked: ")),
             qPrintable(call->error().message));
}

void TestLoopringClient::compressedRefusalKeepsItsCode()
{
    // The error body is unpacked too, so the resultInfo code still reaches the message.
    FakeResponse refusal = FakeResponse::resultInfo(400, 104002, "invalid apikey");
    refusal = FakeResponse::gzip(refusal.body, 400);
    m_server->route(BalancesPath, refusal);
    ApiCall *call = m_client->getBalances(queryById(20533), m_endpoint);
    WAIT_FOR_FINISH(call);
    QCOMPARE(call->error().kind, ErrorKind::Service);
    QCOMPARE(call->error().apiCode, 104002);
}

void TestLoopringClient::plainHttpRemoteRefusedBeforeConnecting()
{
    // Any connection attempt would go through this "proxy" and be recorded, so "no request"
    // really means nothing left the client (and nothing reaches the internet).
    FakeLoopringServer proxy;
    QVERIFY(proxy.listen());
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));

    m_endpoint.baseUrl = QUrl(QStringLiteral("http://api3.loopring.io"));
    ApiCall *tokens = m_client->getTokens(m_endpoint);
    WAIT_FOR_FINISH(tokens);
    QCOMPARE(tokens->error().kind, ErrorKind::Input);
    ApiCall *balances = m_client->getBalances(queryById(1), m_endpoint);
    WAIT_FOR_FINISH(balances);
    QCOMPARE(balances->error().kind, ErrorKind::Input);

    QVERIFY(tokens->error().message.contains(QLatin1String("api3.loopring.io")));

    QCOMPARE(proxy.connectionCount(), 0);
    QCOMPARE(m_server->connectionCount(), 0);

    // The detector works: an allowed https URL does try to connect, and the proxy sees it (its
    // 404 answer ends the call; nothing goes further).
    m_endpoint.baseUrl = QUrl(QStringLiteral("https://api3.loopring.io"));
    ApiCall *allowed = m_client->getTokens(m_endpoint);
    WAIT_FOR_FINISH(allowed);
    QVERIFY(!allowed->succeeded());
    QCOMPARE(proxy.requestCount(), 1);
    QCOMPARE(proxy.lastRequest().method, QByteArray("CONNECT"));
}

void TestLoopringClient::cancelWhileWaitingForReply()
{
    m_server->route(BalancesPath, FakeResponse::silent());
    ApiCall *call = m_client->getBalances(queryById(1), m_endpoint);
    QSignalSpy received(m_server.get(), &FakeLoopringServer::requestReceived);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(received.wait(10000));

    call->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind, ErrorKind::Cancelled);
    call->cancel();  // no second finished()
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

void TestLoopringClient::cancelDuringRetryWait()
{
    m_client->setRetryDelays(60s, 60s);
    m_server->route(TokensPath, FakeResponse::html(503, "<html>down</html>"));
    m_server->route(TokensPath, FakeResponse::json("[]"));

    ApiCall *call = m_client->getTokens(m_endpoint);
    QSignalSpy retrying(call, &ApiCall::retrying);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(retrying.wait(10000));
    QCOMPARE(retrying.at(0).at(1).toInt(), 60000);

    call->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind, ErrorKind::Cancelled);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestLoopringClient::cancelBeforeStart()
{
    m_server->route(TokensPath, FakeResponse::json("[]"));
    ApiCall *call = m_client->getTokens(m_endpoint);
    QSignalSpy finished(call, &ApiCall::finished);
    call->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind, ErrorKind::Cancelled);
    QVERIFY(!call->result().ok());
}

void TestLoopringClient::deletingPendingCallIsSafe()
{
    m_server->route(TokensPath, FakeResponse::silent());
    m_endpoint.timeout = 100ms;
    ApiCall *call = m_client->getTokens(m_endpoint);
    QSignalSpy received(m_server.get(), &FakeLoopringServer::requestReceived);
    QVERIFY(received.wait(10000));
    delete call;  // the caller gave up without cancel(): reply and deadline go with it
    QTest::qWait(200);

    // The client is still usable afterwards.
    m_server->clearRoutes();
    m_server->route(TokensPath, FakeResponse::json("[]"));
    ApiCall *next = m_client->getTokens(m_endpoint);
    WAIT_FOR_FINISH(next);
    QVERIFY(next->succeeded());
}

void TestLoopringClient::destroyingClientAbandonsCallsQuietly()
{
    m_server->route(TokensPath, FakeResponse::silent());
    QPointer<ApiCall> call = m_client->getTokens(m_endpoint);
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QSignalSpy received(m_server.get(), &FakeLoopringServer::requestReceived);
    QVERIFY(received.wait(10000));

    m_client.reset();
    QVERIFY(call.isNull());
    QCOMPARE(finished.count(), 0);
}

void TestLoopringClient::destroyingClientCancelsAdoptedCalls()
{
    m_server->route(TokensPath, FakeResponse::silent());
    QObject owner;
    ApiCall *call = m_client->getTokens(m_endpoint);
    call->setParent(&owner);
    QSignalSpy finished(call, &ApiCall::finished);
    QSignalSpy received(m_server.get(), &FakeLoopringServer::requestReceived);
    QVERIFY(received.wait(10000));

    m_client.reset();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind, ErrorKind::Cancelled);
}

void TestLoopringClient::demoModeServesParsableBodies()
{
    m_endpoint.demo = true;
    m_endpoint.apiKey.clear();  // demo needs no key
    m_endpoint.baseUrl = QUrl(QStringLiteral("https://api3.loopring.io"));

    ApiCall *tokensCall = m_client->getTokens(m_endpoint);
    ApiCall *balancesCall = m_client->getBalances(queryById(83250), m_endpoint);
    ApiCall *accountCall = m_client->getAccount(sampleAddress(), m_endpoint);
    WAIT_FOR_FINISH(tokensCall);
    QTRY_VERIFY_WITH_TIMEOUT(balancesCall->isFinished() && accountCall->isFinished(), 10000);

    const Result<QList<TokenInfo>> tokens = json::parseTokens(tokensCall->body());
    QVERIFY2(tokens.ok(), qPrintable(tokens.ok() ? QString() : tokens.error().message));
    const TokenRegistry registry(*tokens);
    for (const char *symbol : {"ETH", "LRC", "USDC", "USDT", "WBTC", "DAI"})
        QVERIFY2(registry.findBySymbol(QString::fromLatin1(symbol)).has_value(), symbol);

    const Result<QList<Balance>> balances = json::parseBalances(balancesCall->body());
    QVERIFY2(balances.ok(), qPrintable(balances.ok() ? QString() : balances.error().message));
    bool hasUnknownToken = false, hasPendingDeposit = false, hasPendingWithdraw = false, hasLocked = false,
         hasHugeAmount = false;
    const Amount huge = *Amount::parse(u"1000000000000000000000000000000");  // 10^30 base units
    for (const Balance &balance : *balances) {
        hasUnknownToken |= !registry.find(balance.tokenId).has_value();
        hasPendingDeposit |= !balance.pendingDeposit.isZero();
        hasPendingWithdraw |= !balance.pendingWithdraw.isZero();
        hasLocked |= !balance.locked.isZero();
        hasHugeAmount |= balance.total > huge;
        QCOMPARE(balance.accountId, qint64(83250));
    }
    QVERIFY(hasUnknownToken);
    QVERIFY(hasPendingDeposit);
    QVERIFY(hasPendingWithdraw);
    QVERIFY(hasLocked);
    QVERIFY(hasHugeAmount);

    const Result<AccountInfo> account = json::parseAccount(accountCall->body());
    QVERIFY(account.ok());
    QCOMPARE(account->owner.toLower(), sampleAddress().toLower());

    QCOMPARE(m_server->connectionCount(), 0);
    QVERIFY(!demobackend::tokensBody().isEmpty());
    QCOMPARE(demobackend::accountId(), qint64(83250));
}

void TestLoopringClient::demoModeHonoursQuery()
{
    m_endpoint.demo = true;
    ApiCall *call = m_client->getBalances(queryById(42, {0, 77}), m_endpoint);
    WAIT_FOR_FINISH(call);
    const Result<QList<Balance>> balances = json::parseBalances(call->body());
    QVERIFY(balances.ok());
    QCOMPARE(balances->size(), 2);
    QCOMPARE(balances->at(0).tokenId, 0);
    QCOMPARE(balances->at(1).tokenId, 77);
    QCOMPARE(balances->at(0).accountId, qint64(42));
}

void TestLoopringClient::demoModeServesPrices()
{
    m_endpoint.demo = true;
    ApiCall *tokensCall = m_client->getTokens(m_endpoint);
    ApiCall *usd = m_client->getPrices({QStringLiteral("USD")}, m_endpoint);
    ApiCall *cny = m_client->getPrices({QStringLiteral("CNY")}, m_endpoint);
    ApiCall *eur = m_client->getPrices({QStringLiteral("EUR")}, m_endpoint);
    WAIT_FOR_FINISH(tokensCall);
    QTRY_VERIFY_WITH_TIMEOUT(usd->isFinished() && cny->isFinished() && eur->isFinished(), 10000);

    const TokenRegistry registry(*json::parseTokens(tokensCall->body()));
    for (ApiCall *call : {usd, cny}) {
        const QString currency = call == usd ? QStringLiteral("USD") : QStringLiteral("CNY");
        const Result<PriceTable> prices = json::parsePrices(call->body(), currency);
        QVERIFY2(prices.ok(), qPrintable(prices.ok() ? QString() : prices.error().message));
        QCOMPARE(prices->currency(), currency);
        // Every priced symbol is a demo token, and one demo token has no price, so the demo shows
        // the empty value and the "excluded" count too.
        for (const Price &price : prices->prices())
            QVERIFY2(registry.findBySymbol(price.symbol).has_value(), qPrintable(price.symbol));
        QVERIFY(!prices->find(u"PEPE").has_value());
    }
    QCOMPARE(eur->error().kind, ErrorKind::Service);
    QCOMPARE(eur->error().httpStatus, 400);
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestLoopringClient::demoPricesAreQuotedWhenAsked()
{
    // The demo's prices carry the time they were asked for, as the service's current prices do,
    // and not the sample file's placeholder stamps ("prices updated 698 days ago"). Only the
    // stamps change: each price keeps the decimal text of the sample.
    const QDateTime quotedAt = QDateTime::fromString(QStringLiteral("2026-11-30T14:05:06.789Z"), Qt::ISODateWithMs);
    QVERIFY(quotedAt.isValid());
    const Result<PriceTable> prices = json::parsePrices(demobackend::pricesBody(QStringLiteral("USD"), quotedAt),
                                                        QStringLiteral("USD"));
    QVERIFY2(prices.ok(), qPrintable(prices.ok() ? QString() : prices.error().message));
    QVERIFY(prices->size() > 1);
    for (const Price &price : prices->prices())
        QCOMPARE(price.updatedAt, quotedAt);
    QCOMPARE(prices->find(u"LRC")->value.toString(), QStringLiteral("0.2531"));
    QCOMPARE(prices->find(u"ETH")->value.toString(), QStringLiteral("3012.45"));
    QCOMPARE(prices->find(u"USDC")->value.toString(), QStringLiteral("1"));
}

void TestLoopringClient::demoModeAnswersWithoutSimulatedLatency()
{
    // Start-up on the demo data must not wait for a pretend network: the answer comes on the
    // next event-loop turn (still asynchronously, as every call's does).
    m_endpoint.demo = true;
    QCOMPARE(m_client->demoLatency(), std::chrono::milliseconds(0));
    ApiCall *call = m_client->getTokens(m_endpoint);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(!call->isFinished());
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QVERIFY(call->succeeded());
}

void TestLoopringClient::demoModeCanBeCancelled()
{
    // With a simulated latency, as for showing the loading state, the demo call can be cancelled
    // while it "travels".
    m_endpoint.demo = true;
    m_client->setDemoLatency(std::chrono::milliseconds(300));
    ApiCall *call = m_client->getTokens(m_endpoint);
    QSignalSpy finished(call, &ApiCall::finished);
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0);
    call->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind, ErrorKind::Cancelled);
    QTest::qWait(int(m_client->demoLatency().count()) + 100);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!call->succeeded());
}

QTEST_GUILESS_MAIN(TestLoopringClient)
#include "test_loopringclient.moc"
