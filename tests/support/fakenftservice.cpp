// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "fakenftservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace loopview::test {

namespace {

// A non-negative integer query value, or nullopt when it is absent or not one.
std::optional<qint64> integerItem(const QUrlQuery &query, const QString &key)
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    bool ok = false;
    const qint64 value = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

FakeNftService::FakeNftService(QList<QJsonObject> items) : m_items(std::move(items))
{
}

FakeNftService FakeNftService::fromPageBody(const QByteArray &body)
{
    QList<QJsonObject> items;
    const QJsonArray data = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &item : data)
        items.append(item.toObject());
    return FakeNftService(items);
}

FakeNftService FakeNftService::generated(int count)
{
    QList<QJsonObject> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QJsonObject pending{{QStringLiteral("withdraw"), QStringLiteral("0")},
                                  {QStringLiteral("deposit"), QStringLiteral("0")}};
        const QJsonObject metadata{{QStringLiteral("uri"), QStringLiteral("ipfs://QmGenerated%1").arg(i)},
                                   {QStringLiteral("base"), QJsonObject{{QStringLiteral("name"), QStringLiteral("NFT #%1").arg(i)}}}};
        items.append(QJsonObject{
            {QStringLiteral("accountId"), 0},
            {QStringLiteral("tokenId"), 32768 + i},
            {QStringLiteral("nftId"), QStringLiteral("0x%1").arg(i + 1, 64, 16, QLatin1Char('0'))},
            {QStringLiteral("nftType"), i % 2 ? QStringLiteral("ERC721") : QStringLiteral("ERC1155")},
            {QStringLiteral("tokenAddress"), QStringLiteral("0x1cacc96e5f01e2849e6036f25531a9a064d2fb5f")},
            {QStringLiteral("total"), QString::number(i % 5 + 1)},
            {QStringLiteral("locked"), QStringLiteral("0")},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("collectionInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Generated")}}},
            {QStringLiteral("metadata"), metadata},
        });
    }
    return FakeNftService(items);
}

FakeResponse FakeNftService::respond(const RecordedRequest &request) const
{
    if (request.header("X-API-KEY").isEmpty())
        return FakeResponse::resultInfo(400, 104001, "empty api key");
    const QUrlQuery query = request.query();
    const std::optional<qint64> accountId = integerItem(query, QStringLiteral("accountId"));
    if (!accountId)
        return FakeResponse::resultInfo(400, 104003, "invalid accountId");
    const qint64 offset = query.hasQueryItem(QStringLiteral("offset"))
        ? integerItem(query, QStringLiteral("offset")).value_or(-1)
        : 0;
    const qint64 limit = query.hasQueryItem(QStringLiteral("limit"))
        ? integerItem(query, QStringLiteral("limit")).value_or(-1)
        : MaxPageSize;
    if (offset < 0 || limit < 1)
        return FakeResponse::resultInfo(400, 100001, "invalid arguments");
    const bool nonZero = query.queryItemValue(QStringLiteral("nonZero")) == QLatin1String("true");
    const bool withMetadata = query.queryItemValue(QStringLiteral("metadata")) == QLatin1String("true");

    QList<QJsonObject> listed;
    for (const QJsonObject &item : m_items) {
        if (!nonZero || item.value(QLatin1String("total")).toString() != QLatin1String("0"))
            listed.append(item);
    }

    QJsonArray data;
    const qint64 end = qMin<qint64>(listed.size(), offset + qMin<qint64>(limit, MaxPageSize));
    for (qint64 i = offset; i < end; ++i) {
        QJsonObject item = listed.at(i);
        item.insert(QStringLiteral("accountId"), *accountId);
        if (!withMetadata)
            item.remove(QStringLiteral("metadata"));
        data.append(item);
    }
    const QJsonObject page{{QStringLiteral("totalNum"), listed.size()}, {QStringLiteral("data"), data}};
    return FakeResponse::json(QJsonDocument(page).toJson(QJsonDocument::Compact));
}

void FakeNftService::install(FakeLoopringServer &server) const
{
    const FakeNftService service = *this;
    server.routeHandler(path(), [service](const RecordedRequest &request) { return service.respond(request); });
}

} // namespace loopview::test
