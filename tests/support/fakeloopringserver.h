// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <utility>

class QTcpSocket;

namespace loopview::test {

// One scripted answer. Plain value: build it with the helpers below or set fields directly.
struct FakeResponse {
    int status = 200;
    QByteArray reasonPhrase;                              // empty: the standard one
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;     // extra headers, sent as given
    int delayMs = 0;                                      // wait before answering
    bool neverAnswer = false;                             // read the request, then stay silent
    int truncateBodyAt = -1;                              // announce the full length, send this many bytes, close
    bool omitContentLength = false;                       // body ends when the connection closes
    QByteArray contentEncoding;                           // sent as Content-Encoding when set ("gzip")
    // A balances body whose rows take the accountId the request asked for (?accountId=N), as the
    // real service answers each account with its own rows: one route serves several accounts.
    bool rowsOfQueriedAccount = false;
    // A price list in one currency: a request whose ?legal= names another one is answered as the
    // real service answers an unsupported currency (HTTP 400, resultInfo 100001).
    QByteArray pricedCurrency;

    static FakeResponse json(const QByteArray &body, int status = 200);
    static FakeResponse html(int status, const QByteArray &body);
    static FakeResponse redirect(const QUrl &location, int status = 302);
    static FakeResponse silent();
    // `plainBody` gzip-compressed, with Content-Encoding: gzip (Qt asks for gzip by default).
    static FakeResponse gzip(const QByteArray &plainBody, int status = 200);
    // {"resultInfo":{"code":…,"message":…}} with the given HTTP status.
    static FakeResponse resultInfo(int status, int code, const QByteArray &message);
    // An entry of tests/fixtures/errors-sample.json ("invalid_apikey", "rate_limited", "proxy_error", …).
    static FakeResponse fromErrorFixture(const QString &name);
    // The price scenario for GET /api/v3/price: tests/fixtures/prices-sample.json in `currency`
    // (string and number prices, an exponent, a price with more digits than a double holds),
    // any other ?legal= refused like the service does.
    static FakeResponse prices(const QByteArray &currency = "USD");

    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    FakeResponse &withDelay(int ms)
    {
        delayMs = ms;
        return *this;
    }
    FakeResponse &forQueriedAccount()
    {
        rowsOfQueriedAccount = true;
        return *this;
    }
};

// What the server saw: enough to assert on the request line and headers.
struct RecordedRequest {
    QByteArray method;
    QByteArray target;                     // path + query exactly as sent ("/api/v3/x?a=1")
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    quint16 serverPort = 0;

    QString path() const;
    QString queryString() const;           // the raw part after '?', percent-encoding kept
    QUrlQuery query() const;
    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// A tiny HTTP/1.1 server on 127.0.0.1 standing in for the Loopring API in tests. Each path has a
// queue of responses: each request takes the next one, and the last one stays for every later
// request, so route(a); route(b) means "a, then b forever". Unrouted paths answer 404 with a
// resultInfo body. Every request is recorded. One request per connection (Connection: close).
class FakeLoopringServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeLoopringServer(QObject *parent = nullptr);
    ~FakeLoopringServer() override;

    // Listens on 127.0.0.1 with a free port. Call once; QVERIFY it.
    bool listen();
    quint16 port() const;
    QUrl baseUrl() const;  // http://127.0.0.1:<port>
    QUrl url(const QString &pathAndQuery) const;

    void route(const QString &path, const FakeResponse &response);
    // A path whose answer depends on the request (a paged endpoint): every request for `path` is
    // answered by handler(request), whatever is queued with route(). See FakeNftService.
    using Handler = std::function<FakeResponse(const RecordedRequest &request)>;
    void routeHandler(const QString &path, Handler handler);
    void clearRoutes();

    QList<RecordedRequest> requests() const { return m_requests; }
    qsizetype requestCount() const { return m_requests.size(); }
    RecordedRequest lastRequest() const { return m_requests.isEmpty() ? RecordedRequest{} : m_requests.last(); }
    void clearRequests() { m_requests.clear(); }
    // Connections accepted, including ones that never completed a request.
    int connectionCount() const { return m_connectionCount; }

signals:
    void requestReceived(const loopview::test::RecordedRequest &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeResponse &response);
    FakeResponse nextResponse(const RecordedRequest &request);

    QTcpServer m_server;
    QHash<QString, QQueue<FakeResponse>> m_routes;
    QHash<QString, Handler> m_handlers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<RecordedRequest> m_requests;
    int m_connectionCount = 0;
};

// RFC 1952 gzip of `plain` (one member, best compression): what a server sends with
// Content-Encoding: gzip. A few MiB of one repeated byte shrink about a thousandfold.
QByteArray gzipCompress(const QByteArray &plain);

// A port on 127.0.0.1 with nothing listening (bound, then released) for "connection refused".
quint16 unusedLocalPort();

// tests/fixtures/<name>: the path, and the bytes (empty and a test warning when unreadable).
QString fixturePath(const QString &name);
QByteArray readFixture(const QString &name);

} // namespace loopview::test

Q_DECLARE_METATYPE(loopview::test::RecordedRequest)
