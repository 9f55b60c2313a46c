// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "fakeloopringserver.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <zlib.h>

namespace loopview::test {

namespace {

QByteArray standardReason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// FakeResponse

FakeResponse FakeResponse::json(const QByteArray &body, int status)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    return response;
}

FakeResponse FakeResponse::html(int status, const QByteArray &body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.contentType = "text/html; charset=utf-8";
    return response;
}

FakeResponse FakeResponse::redirect(const QUrl &location, int status)
{
    FakeResponse response;
    response.status = status;
    response.contentType = "text/plain";
    response.headers.append({"Location", location.toEncoded()});
    return response;
}

FakeResponse FakeResponse::silent()
{
    FakeResponse response;
    response.neverAnswer = true;
    return response;
}

FakeResponse FakeResponse::gzip(const QByteArray &plainBody, int status)
{
    FakeResponse response = json(gzipCompress(plainBody), status);
    response.contentEncoding = "gzip";
    return response;
}

FakeResponse FakeResponse::resultInfo(int status, int code, const QByteArray &message)
{
    const QJsonObject info{{QStringLiteral("code"), code}, {QStringLiteral("message"), QString::fromUtf8(message)}};
    const QJsonObject root{{QStringLiteral("resultInfo"), info}};
    return json(QJsonDocument(root).toJson(QJsonDocument::Compact), status);
}

FakeResponse FakeResponse::prices(const QByteArray &currency)
{
    FakeResponse response = json(readFixture(QStringLiteral("prices-sample.json")));
    response.pricedCurrency = currency;
    return response;
}

FakeResponse FakeResponse::fromErrorFixture(const QString &name)
{
    const QJsonObject all = QJsonDocument::fromJson(readFixture(QStringLiteral("errors-sample.json"))).object();
    const QJsonObject entry = all.value(name).toObject();
    if (entry.isEmpty())
        qWarning("errors-sample.json has no entry %s", qPrintable(name));

    FakeResponse response;
    response.status = entry.value(QLatin1String("status")).toInt(500);
    const QJsonValue body = entry.value(QLatin1String("body"));
    if (body.isString())
        response.body = body.toString().toUtf8();
    else
        response.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (entry.contains(QLatin1String("content_type")))
        response.contentType = entry.value(QLatin1String("content_type")).toString().toLatin1();
    const QJsonObject headers = entry.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        response.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    return response;
}

// ---------------------------------------------------------------------------------------------
// RecordedRequest

QString RecordedRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    return QString::fromLatin1(question < 0 ? target : target.left(question));
}

QString RecordedRequest::queryString() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1));
}

QUrlQuery RecordedRequest::query() const
{
    return QUrlQuery(queryString());
}

// ---------------------------------------------------------------------------------------------
// FakeLoopringServer

FakeLoopringServer::FakeLoopringServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeLoopringServer::onNewConnection);
}

FakeLoopringServer::~FakeLoopringServer()
{
    m_server.close();
    // Sockets are children of m_server and die with it; forget them first so no slot sees them.
    for (auto it = m_buffers.begin(); it != m_buffers.end(); ++it)
        it.key()->disconnect(this);
    m_buffers.clear();
}

bool FakeLoopringServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FakeLoopringServer::port() const
{
    return m_server.serverPort();
}

QUrl FakeLoopringServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl FakeLoopringServer::url(const QString &pathAndQuery) const
{
    return baseUrl().resolved(QUrl(pathAndQuery));
}

void FakeLoopringServer::route(const QString &path, const FakeResponse &response)
{
    m_routes[path].enqueue(response);
}

void FakeLoopringServer::routeHandler(const QString &path, Handler handler)
{
    m_handlers.insert(path, std::move(handler));
}

void FakeLoopringServer::clearRoutes()
{
    m_routes.clear();
    m_handlers.clear();
}

FakeResponse FakeLoopringServer::nextResponse(const RecordedRequest &request)
{
    const QString path = request.path();
    if (const auto handler = m_handlers.constFind(path); handler != m_handlers.cend())
        return (*handler)(request);
    auto it = m_routes.find(path);
    if (it == m_routes.end() || it->isEmpty())
        return FakeResponse::resultInfo(404, 100000, "no route in fake server");
    return it->size() > 1 ? it->dequeue() : it->head();
}

void FakeLoopringServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connectionCount;
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeLoopringServer::onReadyRead(QTcpSocket *socket)
{
    auto buffer = m_buffers.find(socket);
    if (buffer == m_buffers.end())
        return;  // already answered: ignore anything else on this connection
    buffer->append(socket->readAll());

    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');

    RecordedRequest request;
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    request.serverPort = port();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype contentLength = request.headers.value("content-length").toLongLong();
    if (buffer->size() < headerEnd + 4 + contentLength)
        return;  // wait for the request body
    m_buffers.erase(buffer);

    m_requests.append(request);
    emit requestReceived(request);

    FakeResponse response = nextResponse(request);
    if (response.rowsOfQueriedAccount && request.query().hasQueryItem(QStringLiteral("accountId"))) {
        const qint64 accountId = request.query().queryItemValue(QStringLiteral("accountId")).toLongLong();
        QJsonArray rows = QJsonDocument::fromJson(response.body).array();
        for (QJsonValueRef row : rows) {
            QJsonObject object = row.toObject();
            object.insert(QStringLiteral("accountId"), accountId);
            row = object;
        }
        response.body = QJsonDocument(rows).toJson(QJsonDocument::Compact);
    }
    if (!response.pricedCurrency.isEmpty()
        && request.query().queryItemValue(QStringLiteral("legal")).toLatin1() != response.pricedCurrency) {
        response = FakeResponse::resultInfo(400, 100001, "unsupported legal currency");
    }
    if (response.neverAnswer)
        return;  // the socket stays open until the client gives up
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(response.delayMs, this, [this, guarded, response] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                respond(guarded, response);
        });
        return;
    }
    respond(socket, response);
}

void FakeLoopringServer::respond(QTcpSocket *socket, const FakeResponse &response)
{
    const QByteArray reason = response.reasonPhrase.isEmpty() ? standardReason(response.status) : response.reasonPhrase;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    if (!response.omitContentLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!response.contentEncoding.isEmpty())
        head += "Content-Encoding: " + response.contentEncoding + "\r\n";
    head += "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";

    socket->write(head);
    socket->write(response.truncateBodyAt >= 0 ? response.body.left(response.truncateBodyAt) : response.body);
    socket->disconnectFromHost();  // flushes first, then closes
}

QByteArray gzipCompress(const QByteArray &plain)
{
    z_stream stream = {};
    // windowBits 15 + 16: write a gzip header and trailer around the deflate stream.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray compressed(qsizetype(deflateBound(&stream, uLong(plain.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(compressed.data());
    stream.avail_out = uInt(compressed.size());
    const int result = deflate(&stream, Z_FINISH);
    compressed.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? compressed : QByteArray();
}

quint16 unusedLocalPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString fixturePath(const QString &name)
{
    return QStringLiteral(LOOPVIEW_FIXTURES_DIR "/") + name;
}

QByteArray readFixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Cannot read fixture %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

} // namespace loopview::test
