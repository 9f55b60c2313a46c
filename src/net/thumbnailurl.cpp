// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "net/thumbnailurl.h"

#include <QCoreApplication>
#include <QList>
#include <algorithm>

namespace loopview {

namespace {

// The translation context of this file's messages (see docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::ThumbnailUrl)
};

const QString Https = QStringLiteral("https");
const QString Http = QStringLiteral("http");
const QLatin1String IpfsScheme("ipfs://");
const QLatin1String IpfsPathPrefix("ipfs/");
constexpr qsizetype MaxUrlLength = 2048;   // longer than any real image URL; refuses junk early
constexpr qsizetype MaxCidLength = 128;    // CIDv0 is 46 characters, a base32 CIDv1 about 60

bool isAsciiAlphanumeric(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// The part of an ipfs:// URL after the CID: path segments only, nothing that could climb out of
// the gateway's path ("..") or add a query, a fragment or a different host.
bool isSafeIpfsPath(QStringView path)
{
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('\\') || c == QLatin1Char('?')
            || c == QLatin1Char('#')) {
            return false;
        }
    }
    const QList<QStringView> segments = path.split(QLatin1Char('/'));
    return std::none_of(segments.begin(), segments.end(), [](QStringView segment) {
        return segment == QLatin1String(".") || segment == QLatin1String("..")
            || segment.startsWith(QLatin1String("%2e"), Qt::CaseInsensitive);
    });
}

std::optional<QUrl> mapIpfs(QStringView rest, const QUrl &gateway)
{
    // ipfs://ipfs/CID/… is a common mistake in metadata for ipfs://CID/…; both mean the same file.
    if (rest.startsWith(IpfsPathPrefix, Qt::CaseInsensitive))
        rest = rest.mid(IpfsPathPrefix.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QStringView cid = slash < 0 ? rest : rest.left(slash);
    const QStringView path = slash < 0 ? QStringView() : rest.mid(slash);
    if (cid.isEmpty() || cid.size() > MaxCidLength || !std::all_of(cid.begin(), cid.end(), isAsciiAlphanumeric))
        return std::nullopt;
    if (!isSafeIpfsPath(path))
        return std::nullopt;
    // The CID is case-sensitive (base58): it goes into the path, never the host, which QUrl
    // would lower-case.
    QUrl url = gateway;
    url.setPath(gateway.path() + cid.toString() + path.toString(), QUrl::TolerantMode);
    if (!url.isValid())
        return std::nullopt;
    return url;
}

} // namespace

QUrl defaultIpfsGateway()
{
    return QUrl(QStringLiteral("https://ipfs.io/ipfs/"));
}

Result<QUrl> parseIpfsGateway(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return Error::input(Text::tr("Enter the gateway's address, such as https://ipfs.io/ipfs/"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return Error::input(Text::tr("This is not a valid web address"));
    if (url.scheme() != Https)
        return Error::input(Text::tr("The gateway must use https://"));
    if (url.host().isEmpty())
        return Error::input(Text::tr("The gateway's address has no host name"));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Error::input(Text::tr("The gateway's address cannot have a user name, a query (?) or a fragment (#)"));
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

bool isAllowedThumbnailUrl(const QUrl &url, ThumbnailSchemes schemes)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == Https)
        return true;
    return schemes == ThumbnailSchemes::HttpsOrLoopbackHttpForTesting && url.scheme() == Http
        && url.host() == QLatin1String("127.0.0.1");
}

bool isAllowedThumbnailRedirect(const QUrl &from, const QUrl &to, ThumbnailSchemes schemes)
{
    if (from.scheme() == Https && to.scheme() != Https)
        return false;
    return isAllowedThumbnailUrl(to, schemes);
}

std::optional<QUrl> thumbnailFetchUrl(const QString &imageUrl, const QUrl &gateway, ThumbnailSchemes schemes)
{
    if (imageUrl.isEmpty() || imageUrl.size() > MaxUrlLength)
        return std::nullopt;
    std::optional<QUrl> url;
    if (imageUrl.startsWith(IpfsScheme, Qt::CaseInsensitive)) {
        url = mapIpfs(QStringView(imageUrl).mid(IpfsScheme.size()), gateway);
    } else {
        // Strict: a URL with spaces or stray characters is not "fixed up" into another one.
        const QUrl parsed(imageUrl, QUrl::StrictMode);
        if (parsed.isValid())
            url = parsed;
    }
    if (!url || !isAllowedThumbnailUrl(*url, schemes))
        return std::nullopt;
    return url;
}

std::optional<QUrl> nftThumbnailUrl(const NftDetails &details, const QUrl &gateway, ThumbnailSchemes schemes)
{
    // "240-240", "480-480": service-made sizes, smallest first; "original" (or any other label)
    // is the full image, the last resort after metadata.base.image.
    QList<std::pair<int, QString>> sized;
    QList<QString> others;
    for (const NftImageSize &size : details.imageSizes) {
        const qsizetype dash = size.size.indexOf(QLatin1Char('-'));
        bool isNumber = false;
        const int width = dash > 0 ? QStringView(size.size).left(dash).toInt(&isNumber) : 0;
        if (isNumber && width > 0)
            sized.append({width, size.url});
        else
            others.append(size.url);
    }
    std::stable_sort(sized.begin(), sized.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QString> candidates;
    for (const auto &entry : sized)
        candidates.append(entry.second);
    candidates.append(details.imageUrl);
    candidates.append(others);
    for (const QString &candidate : candidates) {
        if (std::optional<QUrl> url = thumbnailFetchUrl(candidate, gateway, schemes))
            return url;
    }
    return std::nullopt;
}

} // namespace loopview
