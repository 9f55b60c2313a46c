#include "core/tokencache.h"

#include "core/loopringjson.h"
#include "core/outputfile.h"
#include "core/service.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace loopview {

namespace {

constexpr int FormatVersion = 1;
// Mainnet's token list is a few hundred kilobytes; anything far larger is not ours to read.
constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

const QLatin1String VersionKey("version");
const QLatin1String BaseUrlKey("baseUrl");
const QLatin1String FetchedAtKey("fetchedAt");
const QLatin1String BodyKey("body");

bool isValidUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

bool CachedTokens::isStale(const QDateTime &now) const
{
    if (!fetchedAt.isValid() || fetchedAt > now)
        return true;
    return fetchedAt.secsTo(now) > MaxAgeSeconds;
}

TokenCache::TokenCache(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

QString TokenCache::defaultDirectory()
{
    // Not CacheLocation: that is named after the running program, and loopview and loopview-cli
    // should each be able to fall back on a token list the other one fetched.
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
           + QLatin1String("/loopview/tokens");
}

QString TokenCache::filePath(const QUrl &baseUrl) const
{
    const QByteArray hash = QCryptographicHash::hash(serviceKey(baseUrl).toUtf8(),
                                                     QCryptographicHash::Sha256);
    // 128 bits of the hash is plenty to keep names apart; the URL stored inside settles it anyway.
    const QString name = QLatin1String("tokens-") + QString::fromLatin1(hash.toHex().left(32))
        + QLatin1String(".json");
    return QDir(m_directory).filePath(name);
}

bool TokenCache::store(const QUrl &baseUrl, const QByteArray &body, const QDateTime &fetchedAt)
{
    // The body is stored as a JSON string; bytes that are not UTF-8 would not survive that.
    if (!isValidUtf8(body))
        return false;
    if (!QDir().mkpath(m_directory))
        return false;

    QJsonObject wrapper;
    wrapper.insert(VersionKey, FormatVersion);
    wrapper.insert(BaseUrlKey, serviceKey(baseUrl));
    wrapper.insert(FetchedAtKey, fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    wrapper.insert(BodyKey, QString::fromUtf8(body));

    // OutputFile rather than a bare QSaveFile, whose commit() in Qt 6.4 renames a file whose last
    // flush stopped part-way: a full disk would replace a good list with a truncated one.
    OutputFile file(filePath(baseUrl));
    return !file.writeAll(QJsonDocument(wrapper).toJson(QJsonDocument::Indented)).has_value();
}

std::optional<CachedTokens> TokenCache::load(const QUrl &baseUrl) const
{
    QFile file(filePath(baseUrl));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileSize)
        return std::nullopt;
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return std::nullopt;

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject wrapper = document.object();

    if (wrapper.value(VersionKey).toInt(-1) != FormatVersion)
        return std::nullopt;
    if (wrapper.value(BaseUrlKey).toString() != serviceKey(baseUrl))
        return std::nullopt;
    const QDateTime fetchedAt = QDateTime::fromString(wrapper.value(FetchedAtKey).toString(),
                                                      Qt::ISODateWithMs);
    if (!fetchedAt.isValid())
        return std::nullopt;
    const QJsonValue body = wrapper.value(BodyKey);
    if (!body.isString())
        return std::nullopt;

    Result<QList<TokenInfo>> tokens = json::parseTokens(body.toString().toUtf8());
    if (!tokens)
        return std::nullopt;

    CachedTokens cached;
    cached.tokens = std::move(tokens).value();
    cached.fetchedAt = fetchedAt.toUTC();
    return cached;
}

bool TokenCache::remove(const QUrl &baseUrl)
{
    QFile file(filePath(baseUrl));
    return !file.exists() || file.remove();
}

ResolvedTokenList resolveTokenList(const Result<QByteArray> &fetched, const QUrl &baseUrl,
                                   TokenCache *cache)
{
    ResolvedTokenList resolved;
    if (fetched) {
        Result<QList<TokenInfo>> parsed = json::parseTokens(*fetched);
        if (parsed) {
            resolved.tokens = TokenRegistry(parsed.value());
            resolved.source = ResolvedTokenList::Source::Fresh;
            resolved.fetchedAt = QDateTime::currentDateTimeUtc();
            if (cache)
                cache->store(baseUrl, *fetched, resolved.fetchedAt);
            return resolved;
        }
        resolved.error = parsed.error();
    } else {
        resolved.error = fetched.error();
    }

    if (cache && resolved.error->kind != ErrorKind::Cancelled) {
        if (const std::optional<CachedTokens> cached = cache->load(baseUrl)) {
            resolved.tokens = TokenRegistry(cached->tokens);
            resolved.source = ResolvedTokenList::Source::Cache;
            resolved.fetchedAt = cached->fetchedAt;
        }
    }
    return resolved;
}

} // namespace loopview
