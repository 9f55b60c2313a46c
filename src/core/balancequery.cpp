#include "balancequery.h"

#include "printabletext.h"

#include <QCoreApplication>

namespace loopview {

namespace {

constexpr qint64 MaxAccountId = 4294967295LL; // Loopring account ids are uint32

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

// Digits only, leading zeros allowed; nullopt for anything else or more than 18 significant
// digits (enough for every range checked here, and no qint64 overflow).
std::optional<qint64> parseDigits(QStringView text, qsizetype *badIndex)
{
    *badIndex = -1;
    qint64 value = 0;
    int significant = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isAsciiDigit(text[i])) {
            *badIndex = i;
            return std::nullopt;
        }
        const int digit = text[i].unicode() - u'0';
        if (significant > 0 || digit != 0)
            ++significant;
        if (significant > 18)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("loopview::BalanceQuery", text);
}

// Never echoes the URL: the password is the very thing that must not be printed.
std::optional<Error> userInfoProblem(const QUrl &url)
{
    if (url.userInfo().isEmpty() && !url.authority().contains(QLatin1Char('@')))
        return std::nullopt;
    return Error::input(tr("Base URL must not contain a user name or password (…@ before the host): "
                           "Loopview's only credential is the API key"));
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

std::optional<Network> networkFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.compare(QLatin1String("mainnet"), Qt::CaseInsensitive) == 0)
        return Network::Mainnet;
    if (trimmed.compare(QLatin1String("test"), Qt::CaseInsensitive) == 0)
        return Network::Test;
    return std::nullopt;
}

Result<QUrl> validateBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        return Error::input(
            QCoreApplication::translate("loopview::BalanceQuery", "Base URL is empty"));
    if (!url.isValid()) {
        return Error::input(
            QCoreApplication::translate("loopview::BalanceQuery", "Base URL is not a valid URL: %1")
                .arg(printableEcho(url.errorString())));
    }
    if (std::optional<Error> problem = userInfoProblem(url))
        return *problem;
    if (url.port() == 0)
        return Error::input(tr("Base URL has port 0, which nothing can be reached on"));
    const QString scheme = url.scheme().toLower();
    const QString host = url.host();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return Error::input(
            QCoreApplication::translate("loopview::BalanceQuery",
                                        "Base URL must start with https:// (got '%1')")
                .arg(printableEcho(url.toDisplayString())));
    }
    if (host.isEmpty()) {
        return Error::input(
            QCoreApplication::translate("loopview::BalanceQuery", "Base URL has no host name: '%1'")
                .arg(printableEcho(url.toDisplayString())));
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(host)) {
        // The API key travels in a header: plain http would expose it to everyone on the path.
        return Error::input(
            QCoreApplication::translate("loopview::BalanceQuery",
                                        "Refusing plain http:// to remote host %1: use https:// "
                                        "(http is allowed only for loopback)")
                .arg(printableEcho(host)));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return Error::input(QCoreApplication::translate(
                                "loopview::BalanceQuery",
                                "Base URL must not contain a query (?…) or fragment (#…): '%1'")
                                .arg(printableEcho(url.toDisplayString())));
    }

    // Without a trailing slash, endpoint paths can simply be appended ("…/proxy" + "/api/v3/…").
    QUrl normalised = url;
    normalised.setScheme(scheme);
    QString path = normalised.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalised.setPath(path);
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
            return Error::input(tr("Base URL has an empty port (nothing after the ':'): give the port "
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

Result<qint64> parseAccountId(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::input(
            QCoreApplication::translate("loopview::BalanceQuery", "Account id is empty"));
    qsizetype badIndex = -1;
    const std::optional<qint64> value = parseDigits(trimmed, &badIndex);
    if (badIndex >= 0) {
        return Error::input(
            QCoreApplication::translate("loopview::BalanceQuery",
                                        "Account id must be digits only, but has '%1' at "
                                        "position %2")
                .arg(printableText(trimmed.mid(badIndex, 1)))
                .arg(badIndex + 1));
    }
    if (!value || *value > MaxAccountId) {
        return Error::input(
            QCoreApplication::translate("loopview::BalanceQuery",
                                        "Account id %1 is too large (the maximum is %2)")
                .arg(printableEcho(trimmed))
                .arg(MaxAccountId));
    }
    if (*value == 0)
        return Error::input(
            QCoreApplication::translate("loopview::BalanceQuery", "Account id must be at least 1"));
    return *value;
}

std::optional<int> parseTokenId(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    qsizetype badIndex = -1;
    const std::optional<qint64> value = parseDigits(digits, &badIndex);
    if (!value || *value > MaxTokenId)
        return std::nullopt;
    return int(*value);
}

Result<QList<int>> parseTokenIds(QStringView text)
{
    QList<int> ids;
    if (text.trimmed().isEmpty())
        return ids;
    const QList<QStringView> items = text.split(QLatin1Char(','));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QStringView item = items[i].trimmed();
        const qsizetype itemNumber = i + 1;
        if (item.isEmpty()) {
            return Error::input(
                QCoreApplication::translate("loopview::BalanceQuery",
                                            "Token id list has an empty item (item %1)")
                    .arg(itemNumber));
        }
        qsizetype badIndex = -1;
        const std::optional<qint64> value = parseDigits(item, &badIndex);
        if (badIndex >= 0) {
            return Error::input(
                QCoreApplication::translate("loopview::BalanceQuery",
                                            "Token id '%1' (item %2) is not a whole number")
                    .arg(printableEcho(item))
                    .arg(itemNumber));
        }
        if (!value || *value > MaxTokenId) {
            return Error::input(
                QCoreApplication::translate("loopview::BalanceQuery",
                                            "Token id '%1' (item %2) is out of range (0 to %3)")
                    .arg(printableEcho(item))
                    .arg(itemNumber)
                    .arg(MaxTokenId));
        }
        // A repeated id asks for nothing new; keep the first occurrence and the user's order.
        if (!ids.contains(int(*value)))
            ids.append(int(*value));
    }
    return ids;
}

Result<BalanceQuery> BalanceQuery::fromInput(const QUrl &baseUrl, QStringView accountText,
                                             QStringView tokenIdsText)
{
    Result<QUrl> url = validateBaseUrl(baseUrl);
    if (!url)
        return url.error();

    BalanceQuery query;
    query.baseUrl = url.value();

    const QStringView account = accountText.trimmed();
    if (account.isEmpty())
        return Error::input(QCoreApplication::translate(
            "loopview::BalanceQuery", "Enter an account id or an L1 address (0x…)"));
    if (Address::looksLikeAddress(account)) {
        QString reason;
        const std::optional<Address> address = Address::parse(account, &reason);
        if (!address)
            return Error::input(
                QCoreApplication::translate("loopview::BalanceQuery", "Invalid address: %1")
                    .arg(reason));
        query.account = *address;
    } else {
        Result<qint64> id = parseAccountId(account);
        if (!id)
            return id.error();
        query.account = id.value();
    }

    Result<QList<int>> tokenIds = parseTokenIds(tokenIdsText);
    if (!tokenIds)
        return tokenIds.error();
    query.tokenIds = tokenIds.value();
    return query;
}

QString BalanceQuery::accountText() const
{
    if (const Address *address = std::get_if<Address>(&account))
        return address->toChecksummed();
    return QString::number(std::get<qint64>(account));
}

} // namespace loopview
