// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "commonoptions.h"

#include "core/printabletext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace loopview::cli {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::cli::CliArguments)
};

constexpr double MaxTimeoutSeconds = 24 * 60 * 60;

} // namespace

namespace commonoptions {

QCommandLineOption network()
{
    return {QStringLiteral("network"), Text::tr("Published Loopring network: mainnet (default) or test."),
            QStringLiteral("mainnet|test")};
}

QCommandLineOption baseUrl()
{
    return {QStringLiteral("base-url"), Text::tr("Loopring API base URL (https://…; http:// only for loopback hosts)."),
            QStringLiteral("URL")};
}

QCommandLineOption accountId()
{
    return {QStringLiteral("account-id"), Text::tr("Loopring L2 account id."), QStringLiteral("N")};
}

QCommandLineOption address()
{
    return {QStringLiteral("address"),
            Text::tr("L1 owner address (0x + 40 hex digits; mixed case must carry a valid EIP-55 checksum)."),
            QStringLiteral("0x…")};
}

QCommandLineOption timeout(const QString &description)
{
    return {QStringLiteral("timeout"), description, QStringLiteral("SECONDS")};
}

QCommandLineOption apiKeyFile(const QString &description)
{
    return {QStringLiteral("api-key-file"), description, QStringLiteral("FILE")};
}

} // namespace commonoptions

Result<ServiceChoice> resolveService(const QCommandLineParser &parser, Network fallback)
{
    const QString baseUrlName = QStringLiteral("base-url");
    const QString networkName = QStringLiteral("network");
    const bool hasUrl = parser.isSet(baseUrlName);
    const bool hasNetwork = parser.isSet(networkName);
    if (hasUrl && hasNetwork)
        return Error::input(Text::tr("--base-url and --network cannot be combined; give one of them"));

    if (hasUrl) {
        Result<QUrl> url = parseBaseUrl(parser.value(baseUrlName));
        if (!url)
            return Error::input(Text::tr("--base-url: %1").arg(url.error().message));
        return ServiceChoice{Network::Custom, *url};
    }

    Network network = fallback;
    if (hasNetwork) {
        const QString name = parser.value(networkName);
        const std::optional<Network> named = publishedNetworkFromKey(name);
        if (!named)
            return Error::input(Text::tr("--network must be mainnet or test, not '%1'").arg(printableEcho(name)));
        network = *named;
    }
    const Result<QUrl> url = validateBaseUrl(defaultBaseUrl(network));
    if (!url)
        return url.error();
    return ServiceChoice{network, *url};
}

Result<std::chrono::milliseconds> parseTimeout(const QString &value)
{
    const QString text = value.trimmed();
    bool ok = false;
    // The C locale so "1.5" means the same everywhere; a timeout is not money, double is fine.
    const double seconds = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > MaxTimeoutSeconds)
        return Error::input(Text::tr("--timeout must be a positive number of seconds (at most %1), not '%2'")
                                      .arg(qint64(MaxTimeoutSeconds))
                                      .arg(printableEcho(text)));
    return std::chrono::milliseconds(qMax<qint64>(1, qRound64(seconds * 1000.0)));
}

std::optional<Error> repeatedValueOption(const QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options) {
        if (option.valueName().isEmpty() || parser.values(option).size() < 2)
            continue;
        const QString name = option.names().constLast();
        const QString dashes = name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--");
        return Error::input(Text::tr("%1 was given more than once; give it once").arg(dashes + name));
    }
    return std::nullopt;
}

} // namespace loopview::cli
