// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"
#include "core/service.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

class QCommandLineParser;

namespace loopview::cli {

// The options several loopview-cli commands take, defined once: balances and tokens, and the
// bookmarks subcommands, read --network, --base-url, --account-id, --address and --timeout with the
// same names, value names and rules, and say the same thing about a bad value.
namespace commonoptions {

QCommandLineOption network();
QCommandLineOption baseUrl();
QCommandLineOption accountId();
QCommandLineOption address();
// What the wait is for differs per command, so the description is the caller's.
QCommandLineOption timeout(const QString &description);
QCommandLineOption apiKeyFile(const QString &description);

} // namespace commonoptions

// The service chosen with --network NAME or --base-url URL (never both); `fallback` when neither
// is given. A custom URL is Network::Custom. Errors are usage errors naming the option.
struct ServiceChoice {
    Network network = Network::Mainnet;
    QUrl baseUrl;  // validated
};
Result<ServiceChoice> resolveService(const QCommandLineParser &parser, Network fallback = Network::Mainnet);

// The value of --timeout SECONDS: a positive number of seconds, at most a day, or the usage error
// naming it.
Result<std::chrono::milliseconds> parseTimeout(const QString &value);

// An option that takes one value given more than once ("--account-id 1 --account-id 2"):
// QCommandLineParser keeps both and value() returns the last, so one of them would be ignored
// without a word. A usage error naming the option, or nullopt. Flags (--raw) may repeat.
std::optional<Error> repeatedValueOption(const QCommandLineParser &parser, const QList<QCommandLineOption> &options);

} // namespace loopview::cli
