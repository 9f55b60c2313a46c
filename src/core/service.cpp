// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "service.h"

#include "printabletext.h"

#include <QCoreApplication>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it: a plain tr()
// helper function would be filed under the namespace, where no translation is ever looked up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::Service)
};

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// 127.0.0.0/8 as a dotted quad. QUrl already rewrites shorthand, octal and hex IPv4 hosts
// ("127.1", "0x7f.0.0.1") into this form, and that rewritten host is what gets connected to.
bool isIPv4Loopback(QStringView host)
{
    const QList<QStringView> parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (QChar c : part) {
            if (!isAsciiDigit(c))
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return parts.front() == QLatin1String("127");
}

bool isLoopbackHost(const QString &host)
{
    // QUrl lower-cases host names and writes IPv6 addresses in their compressed form.
    return host == QLatin1String("localhost") || host == QLatin1String("::1")
        || isIPv4Loopback(host);
}

// The port a URL of `scheme` means when it names none; -1 for schemes Loopview does not speak.
int defaultPort(const QString &scheme)
{
    if (scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return 443;
    if (scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return 80;
    return -1;
}

// Never echoes the URL: the password is the very thing that must not be printed.
std::optional<Error> userInfoProblem(const QUrl &url)
{
    if (url.userInfo().isEmpty() && !url.authority().contains(QLatin1Char('@')))
        return std::nullopt;
    return Error::input(Text::tr("Base URL must not contain a user name or password (…@ before the host): "
                           "Loopview's only credential is the API key"));
}

QString withoutTrailingSlashes(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

QUrl defaultBaseUrl(Network network)
{
    switch (network) {
    case Network::Mainnet:
        return QUrl(QStringLiteral("https://api3.loopring.io"));
    case Network::Test:
        return QUrl(QStringLiteral("https://uat2.loopring.io"));
    case Network::Custom:
        break;
    }
    return QUrl(); // a custom network has no default: the user supplies the URL
}

QString networkKey(Network network)
{
    switch (network) {
    case Network::Mainnet:
        return QStringLiteral("mainnet");
    case Network::Test:
        return QStringLiteral("test");
    case Network::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<Network> networkFromKey(QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (const Network network : AllNetworks) {
        if (trimmed.compare(networkKey(network), Qt::CaseInsensitive) == 0)
            return network;
    }
    return std::nullopt;
}

std::optional<Network> publishedNetworkFromKey(QStringView key)
{
    const std::optional<Network> network = networkFromKey(key);
    if (network == Network::Custom)
        return std::nullopt;
    return network;
}

QString networkLabel(Network network)
{
    switch (network) {
    case Network::Mainnet:
        return Text::tr("Mainnet");
    case Network::Test:
        return Text::tr("Test network");
    case Network::Custom:
        break;
    }
    return Text::tr("Custom service");
}

Result<QUrl> validateBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        return Error::input(Text::tr("Base URL is empty"));
    if (!url.isValid())
        return Error::input(Text::tr("Base URL is not a valid URL: %1").arg(printableEcho(url.errorString())));
    if (std::optional<Error> problem = userInfoProblem(url))
        return *problem;
    if (url.port() == 0)
        return Error::input(Text::tr("Base URL has port 0, which nothing can be reached on"));
    const QString scheme = url.scheme().toLower();
    const QString host = url.host();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Error::input(Text::tr("Base URL must start with https:// (got '%1')").arg(printableEcho(url.toDisplayString())));
    if (host.isEmpty())
        return Error::input(Text::tr("Base URL has no host name: '%1'").arg(printableEcho(url.toDisplayString())));
    if (scheme == QLatin1String("http") && !isLoopbackHost(host)) {
        // The API key travels in a header: plain http would expose it to everyone on the path.
        return Error::input(Text::tr("Refusing plain http:// to remote host %1: use https:// "
                               "(http is allowed only for loopback)")
                                .arg(printableEcho(host)));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return Error::input(Text::tr("Base URL must not contain a query (?…) or fragment (#…): '%1'")
                                .arg(printableEcho(url.toDisplayString())));
    }

    // Without a trailing slash, endpoint paths can simply be appended ("…/proxy" + "/api/v3/…").
    QUrl normalised = url;
    normalised.setScheme(scheme);
    normalised.setPath(withoutTrailingSlashes(normalised.path()));
    return normalised;
}

Result<QUrl> readBaseUrl(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    // The authority is what follows "scheme://" up to the path, query or fragment. A ':' at its
    // end starts a port that is not there; QUrl accepts that and forgets the ':'.
    const qsizetype schemeEnd = trimmed.indexOf(QLatin1String("://"));
    if (schemeEnd >= 0) {
        const QStringView rest = trimmed.sliced(schemeEnd + 3);
        qsizetype authorityEnd = rest.size();
        for (const QChar delimiter : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
            const qsizetype at = rest.indexOf(delimiter);
            if (at >= 0)
                authorityEnd = qMin(authorityEnd, at);
        }
        if (rest.first(authorityEnd).endsWith(QLatin1Char(':')))
            return Error::input(Text::tr("Base URL has an empty port (nothing after the ':'): give the port "
                                   "number or leave the ':' out"));
    }
    const QUrl url(trimmed.toString(), QUrl::StrictMode);
    if (std::optional<Error> problem = userInfoProblem(url))
        return *problem;
    return url;
}

Result<QUrl> parseBaseUrl(QStringView text)
{
    const Result<QUrl> url = readBaseUrl(text);
    if (!url)
        return url;
    return validateBaseUrl(*url);
}

QString serviceKey(const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                | QUrl::NormalizePathSegments);
    const QString scheme = url.scheme().toLower();
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    if (url.port() != -1 && url.port() == defaultPort(scheme))
        url.setPort(-1);
    url.setPath(withoutTrailingSlashes(url.path()));
    return url.toString(QUrl::FullyEncoded);
}

QString hostLabel(const QUrl &baseUrl)
{
    if (baseUrl.host().isEmpty())
        return baseUrl.toDisplayString();
    const int port = baseUrl.port(defaultPort(baseUrl.scheme()));
    if (port == defaultPort(baseUrl.scheme()))
        return baseUrl.host();  // no port, or the scheme's own
    return baseUrl.host() + QLatin1Char(':') + QString::number(port);
}

} // namespace loopview
