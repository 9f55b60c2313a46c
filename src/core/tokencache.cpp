// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/tokencache.h"

#include "core/loopringjson.h"
#include "core/service.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <simdjson.h>

#include <cstdio>

namespace loopview {

namespace {

// The first line of a version 2 file, before the version number.
constexpr char Magic[] = "loopview-token-cache ";
constexpr int FormatVersion = 2;
// Earlier releases wrote a JSON wrapper with the body as a string in it; still read.
constexpr int JsonWrapperVersion = 1;
// Mainnet's token list is a few megabytes; anything far larger is not ours to read.
constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

const QLatin1String VersionKey("version");
const QLatin1String BaseUrlKey("baseUrl");
const QLatin1String FetchedAtKey("fetchedAt");
const QLatin1String BodySizeKey("bodySize");
const QLatin1String BodyKey("body");

bool isValidUtf8(const QByteArray &bytes)
{
    return simdjson::validate_utf8(bytes.constData(), size_t(bytes.size()));
}

// Writes `parts` to a temporary file next to `path` and renames it over `path` once every byte
// is written: a reader sees the previous file or the new one, and a failed write (full disk,
// ulimit -f) leaves the previous one. Not OutputFile: that is for files the user named, and its
// QSaveFile syncs every write to disk, which a cache does not need (see the class comment).
bool replaceFile(const QString &path, std::initializer_list<QByteArrayView> parts)
{
    QTemporaryFile file(path + QLatin1String(".XXXXXX"));
    if (!file.open())
        return false;
    for (const QByteArrayView part : parts) {
        if (file.write(part.data(), part.size()) != part.size())
            return false;
    }
    if (!file.flush())
        return false;
    file.close();
    if (file.error() != QFileDevice::NoError
        || std::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        return false;
    }
    file.setAutoRemove(false);  // it is `path` now
    return true;
}

// The fetch time when `header` names the service of `baseUrl` and a valid time, else invalid.
QDateTime fetchedAtFor(const QJsonObject &header, const QUrl &baseUrl)
{
    if (header.value(BaseUrlKey).toString() != serviceKey(baseUrl))
        return {};
    return QDateTime::fromString(header.value(FetchedAtKey).toString(), Qt::ISODateWithMs);
}

std::optional<CachedTokens> parseCachedBody(const QByteArray &body, const QDateTime &fetchedAt)
{
    Result<QList<TokenInfo>> tokens = json::parseTokens(body);
    if (!tokens)
        return std::nullopt;
    CachedTokens cached;
    cached.tokens = std::move(tokens).value();
    cached.fetchedAt = fetchedAt.toUTC();
    return cached;
}

// Version 2: the magic line, a one-line JSON header, the body verbatim (see the class comment).
std::optional<CachedTokens> loadHeaderAndBody(const QByteArray &bytes, const QUrl &baseUrl)
{
    const qsizetype magicEnd = bytes.indexOf('\n');
    if (magicEnd < 0 || bytes.first(magicEnd) != Magic + QByteArray::number(FormatVersion))
        return std::nullopt;
    const qsizetype headerEnd = bytes.indexOf('\n', magicEnd + 1);
    if (headerEnd < 0)
        return std::nullopt;
    const QJsonObject header
        = QJsonDocument::fromJson(bytes.sliced(magicEnd + 1, headerEnd - magicEnd - 1)).object();
    const QDateTime fetchedAt = fetchedAtFor(header, baseUrl);
    const qsizetype bodySize = bytes.size() - (headerEnd + 1);
    if (!fetchedAt.isValid() || header.value(BodySizeKey).toInteger(-1) != bodySize)
        return std::nullopt;
    // The body where it lies in the file's bytes: parsed once, not copied.
    return parseCachedBody(QByteArray::fromRawData(bytes.constData() + headerEnd + 1, bodySize), fetchedAt);
}

// Version 1: {"version":1,"baseUrl":…,"fetchedAt":…,"body":"<the body as a JSON string>"}.
std::optional<CachedTokens> loadJsonWrapper(const QByteArray &bytes, const QUrl &baseUrl)
{
    const QJsonObject wrapper = QJsonDocument::fromJson(bytes).object();
    if (wrapper.value(VersionKey).toInt(-1) != JsonWrapperVersion)
        return std::nullopt;
    const QDateTime fetchedAt = fetchedAtFor(wrapper, baseUrl);
    const QJsonValue body = wrapper.value(BodyKey);
    if (!fetchedAt.isValid() || !body.isString())
        return std::nullopt;
    return parseCachedBody(body.toString().toUtf8(), fetchedAt);
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
    if (!isValidUtf8(body))
        return false;
    if (!QDir().mkpath(m_directory))
        return false;

    QJsonObject header;
    header.insert(BaseUrlKey, serviceKey(baseUrl));
    header.insert(FetchedAtKey, fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    header.insert(BodySizeKey, body.size());
    // Compact JSON is one line: strings in it have their line breaks escaped.
    const QByteArray head = Magic + QByteArray::number(FormatVersion) + '\n'
        + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    return replaceFile(filePath(baseUrl), {head, body});
}

std::optional<CachedTokens> TokenCache::load(const QUrl &baseUrl) const
{
    QFile file(filePath(baseUrl));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileSize)
        return std::nullopt;
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return std::nullopt;
    if (bytes.startsWith('{'))
        return loadJsonWrapper(bytes, baseUrl);
    return loadHeaderAndBody(bytes, baseUrl);
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
