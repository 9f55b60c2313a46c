// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmark.h"

#include "printabletext.h"
#include "service.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QUuid>

#include <algorithm>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it: a plain tr()
// helper function would be filed under the namespace, where no translation is ever looked up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::Bookmark)
};

// Keys of the bookmark JSON object (machine format, shared by the store file and exports).
const QLatin1String KeyId("id");
const QLatin1String KeyLabel("label");
const QLatin1String KeyAccount("account");
const QLatin1String KeyNetwork("network");
const QLatin1String KeyBaseUrl("baseUrl");
const QLatin1String KeyTokens("tokens");
const QLatin1String KeyNote("note");
const QLatin1String KeyCreatedAt("createdAt");

Result<QString> requiredString(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return Error::malformed(key, Text::tr("Bookmark field '%1' is missing or not text").arg(key));
    return value.toString();
}

} // namespace

Bookmark Bookmark::create(QString label, QString account, Network network, QUrl baseUrl)
{
    Bookmark bookmark;
    bookmark.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bookmark.label = std::move(label);
    bookmark.account = std::move(account);
    bookmark.network = network;
    bookmark.baseUrl = network == Network::Custom ? std::move(baseUrl) : defaultBaseUrl(network);
    // Seconds are enough for people, and the JSON round trip then compares equal.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bookmark.createdAt = now.addMSecs(-now.time().msec());
    return bookmark;
}

QUrl Bookmark::effectiveBaseUrl() const
{
    return network == Network::Custom ? baseUrl : defaultBaseUrl(network);
}

bool Bookmark::keepsBalance(int tokenId, const TokenRegistry &tokenList) const
{
    const Result<TokenFilter> filter = tokenFilter();
    return !filter || filter->keeps(tokenId, tokenList);
}

Result<BalanceQuery> Bookmark::toQuery() const
{
    const Result<TokenFilter> filter = tokenFilter();
    if (!filter)
        return filter.error();
    Result<BalanceQuery> query = BalanceQuery::fromInput(account);
    if (query && filter->symbols.isEmpty())
        query.value().tokenIds = filter->ids;
    return query;
}

std::optional<Error> Bookmark::validate() const
{
    if (label.trimmed().isEmpty())
        return Error::input(Text::tr("A bookmark needs a label"));
    if (QUuid::fromString(id).isNull())
        return Error::input(Text::tr("Bookmark '%1' has no valid id").arg(printableEcho(label)));
    if (const Result<QUrl> url = validateBaseUrl(effectiveBaseUrl()); !url)
        return url.error();
    const Result<BalanceQuery> query = toQuery();
    if (!query)
        return query.error();
    return std::nullopt;
}

bool Bookmark::sameAccountAs(const Bookmark &other) const
{
    const Result<BalanceQuery> mine = toQuery();
    const Result<BalanceQuery> theirs = other.toQuery();
    if (mine && theirs) {
        // Compare what is sent, so "0xABC…" and "0xabc…" or "007" and "7" count as the same.
        return isSameService(effectiveBaseUrl(), other.effectiveBaseUrl())
            && mine->accountText() == theirs->accountText();
    }
    return effectiveBaseUrl() == other.effectiveBaseUrl()
        && account.trimmed().compare(other.account.trimmed(), Qt::CaseInsensitive) == 0;
}

QJsonObject Bookmark::toJson() const
{
    QJsonObject object{
        {KeyId, id},
        {KeyLabel, label},
        {KeyAccount, account},
        {KeyNetwork, networkKey(network)},
        {KeyBaseUrl, effectiveBaseUrl().toString()},
        {KeyCreatedAt, createdAt.toUTC().toString(Qt::ISODate)},
    };
    if (!tokens.isEmpty())
        object.insert(KeyTokens, tokens);
    if (!note.isEmpty())
        object.insert(KeyNote, note);
    return object;
}

Result<Bookmark> Bookmark::fromJson(const QJsonObject &object)
{
    Bookmark bookmark;

    const Result<QString> id = requiredString(object, KeyId);
    if (!id)
        return id.error();
    if (QUuid::fromString(*id).isNull())
        return Error::malformed(KeyId, Text::tr("Bookmark id '%1' is not a UUID").arg(printableEcho(*id)));
    bookmark.id = QUuid::fromString(*id).toString(QUuid::WithoutBraces);

    const Result<QString> label = requiredString(object, KeyLabel);
    if (!label)
        return label.error();
    bookmark.label = *label;

    const Result<QString> account = requiredString(object, KeyAccount);
    if (!account)
        return account.error();
    bookmark.account = *account;

    const QString networkText = object.value(KeyNetwork).toString(QStringLiteral("mainnet"));
    const std::optional<Network> network = networkFromKey(networkText);
    if (!network)
        return Error::malformed(KeyNetwork, Text::tr("Unknown network '%1'").arg(printableEcho(networkText)));
    bookmark.network = *network;

    if (bookmark.network == Network::Custom) {
        // A URL with a password or an empty port is refused here, not stored or quietly changed;
        // the https rule is applied when the bookmark is used, with the same words as for a form.
        const Result<QUrl> url = readBaseUrl(object.value(KeyBaseUrl).toString());
        if (!url)
            return Error::malformed(KeyBaseUrl, url.error().message);
        bookmark.baseUrl = *url;
        if (!bookmark.baseUrl.isValid())
            return Error::malformed(KeyBaseUrl, Text::tr("A custom network bookmark needs a valid base URL"));
    } else {
        bookmark.baseUrl = defaultBaseUrl(bookmark.network);
    }

    bookmark.tokens = object.value(KeyTokens).toString();
    bookmark.note = object.value(KeyNote).toString();

    const QString created = object.value(KeyCreatedAt).toString();
    bookmark.createdAt = QDateTime::fromString(created, Qt::ISODate).toUTC();
    if (!created.isEmpty() && !bookmark.createdAt.isValid())
        return Error::malformed(KeyCreatedAt,
                                Text::tr("Bookmark date '%1' is not an ISO date").arg(printableEcho(created)));

    return bookmark;
}

} // namespace loopview
