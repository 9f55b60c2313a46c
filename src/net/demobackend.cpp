// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "demobackend.h"

#include "core/loopringjson.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace loopview::demobackend {

namespace {

QByteArray readResource(const QString &name)
{
    QFile file(QStringLiteral(":/loopview/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray sampleBalances()
{
    return readResource(QStringLiteral("balances.json"));
}

} // namespace

qint64 accountId()
{
    const Result<QList<Balance>> rows = json::parseBalances(sampleBalances());
    if (rows && !rows->isEmpty())
        return rows->constFirst().accountId;
    return 1;
}

QByteArray tokensBody()
{
    return readResource(QStringLiteral("tokens.json"));
}

QByteArray balancesBody(const BalanceQuery &query)
{
    const QJsonArray rows = QJsonDocument::fromJson(sampleBalances()).array();
    const QList<int> &tokenIds = query.tokenIds;
    QJsonArray selected;
    for (const QJsonValue &value : rows) {
        QJsonObject row = value.toObject();
        if (!tokenIds.isEmpty() && !tokenIds.contains(row.value(QLatin1String("tokenId")).toInt()))
            continue;
        if (const std::optional<qint64> id = query.accountId())
            row.insert(QLatin1String("accountId"), *id);
        selected.append(row);
    }
    return QJsonDocument(selected).toJson(QJsonDocument::Compact);
}

QByteArray accountBody(const Address &owner)
{
    QJsonObject account = QJsonDocument::fromJson(readResource(QStringLiteral("account.json"))).object();
    account.insert(QLatin1String("owner"), owner.toLower());
    return QJsonDocument(account).toJson(QJsonDocument::Compact);
}

QByteArray pricesBody(const QString &currency, const QDateTime &quotedAt)
{
    if (currency != QLatin1String("USD") && currency != QLatin1String("CNY"))
        return {};
    // The sample's stamps are placeholders: the service quotes current prices, and a demo that
    // says its prices are two years old teaches the wrong thing about the age shown beside them.
    // The stamps are replaced in the text, not through QJsonDocument, so every price keeps the
    // decimal text it has in the sample (a number would go through double there).
    static const QRegularExpression stamp(QStringLiteral(R"(("updatedAt"\s*:\s*)\d+)"));
    QString sample = QString::fromUtf8(readResource(QStringLiteral("prices-%1.json").arg(currency)));
    return sample.replace(stamp, QStringLiteral("\\1") + QString::number(quotedAt.toMSecsSinceEpoch())).toUtf8();
}

QByteArray nftPageBody(const NftPageRequest &request)
{
    const QJsonArray all = QJsonDocument::fromJson(readResource(QStringLiteral("nfts.json")))
                               .object().value(QLatin1String("data")).toArray();
    QJsonArray page;
    const qsizetype end = qMin<qsizetype>(all.size(), qsizetype(request.offset) + qMax(0, request.limit));
    for (qsizetype i = qMax(0, request.offset); i < end; ++i) {
        QJsonObject item = all.at(i).toObject();
        item.insert(QLatin1String("accountId"), request.accountId);
        page.append(item);
    }
    const QJsonObject body{{QStringLiteral("totalNum"), all.size()}, {QStringLiteral("data"), page}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace loopview::demobackend
