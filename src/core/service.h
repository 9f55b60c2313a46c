// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "error.h"

#include <QString>
#include <QStringView>
#include <QUrl>
#include <array>
#include <chrono>
#include <optional>

// Which Loopring service a request goes to, and everything that has to agree about services
// across the window, the CLI, bookmarks, caches and remembered keys: the networks and their names,
// the base URL rules, the identity of a service and how it is labelled. One definition each.
namespace loopview {

// Mainnet and Test are Loopring's published services; Custom is a URL the user typed.
enum class Network { Mainnet, Test, Custom };

// Every network, in the order people are offered them (combo boxes, help texts).
inline constexpr std::array<Network, 3> AllNetworks{Network::Mainnet, Network::Test, Network::Custom};

// The published base URL of Mainnet and Test; empty for Custom (the user supplies it).
QUrl defaultBaseUrl(Network network);

// "mainnet" / "test" / "custom": the machine spelling of a network in the settings, the bookmarks
// file and on the command line. Never translated.
QString networkKey(Network network);
// The inverse of networkKey(), ignoring case and surrounding spaces; nullopt for anything else.
std::optional<Network> networkFromKey(QStringView key);
// The same, for places that name only a published network (`--network mainnet|test`): "custom"
// is nullopt there, since a custom service is given by its URL.
std::optional<Network> publishedNetworkFromKey(QStringView key);

// What people call a network: "Mainnet", "Test network", "Custom service". Translated.
QString networkLabel(Network network);

// How long one attempt of a request may take when nobody said otherwise (the window, the portfolio
// refresh and `loopview-cli --timeout`).
inline constexpr std::chrono::milliseconds DefaultRequestTimeout{15000};

// Where one request goes and what it carries: the service, how long each attempt may take and,
// for the calls that need it, the API key. Whoever asks (the window's fetch, a portfolio refresh, a
// CLI command) builds one per request and hands it to LoopringClient with the call, so no object
// holds a key between requests and nothing needs clearing afterwards.
struct ServiceEndpoint {
    QUrl baseUrl;  // checked with validateBaseUrl() by the client on every call
    std::chrono::milliseconds timeout = DefaultRequestTimeout;  // per attempt
    QString apiKey;     // sent as X-API-KEY by the calls that need it (balances); empty otherwise
    bool demo = false;  // answered by the bundled demo service: no network, no key
};

// Validates a base URL: https with a host, or http only for loopback hosts (tests, local proxies).
// A plain-http remote URL is an Input error, refused before any connection is made. So is a user
// name or password ("https://user:pw@host"): Loopview's one credential is the API key, sent as a
// header, and a password in a URL would end up in settings, bookmark files and messages.
// Returns the URL with a lower-case scheme and no trailing slash, ready for endpoint paths.
Result<QUrl> validateBaseUrl(const QUrl &url);
// Typed text (the form, the command line, a bookmark dialog): readBaseUrl(), then validateBaseUrl().
Result<QUrl> parseBaseUrl(QStringView text);

// Turns a base URL's text into a QUrl, refusing what QUrl would drop without a word or what must
// never be stored: an empty port ("http://127.0.0.1:" would quietly become port 80) and a user
// name or password. Not the https rule: a bookmark file is read with this and judged when used.
Result<QUrl> readBaseUrl(QStringView text);

// The identity of a service: its base URL with the scheme and host in lower case, the scheme's
// default port, user info, query, fragment and trailing slashes dropped. "https://API3.loopring.io:443/"
// and "https://api3.loopring.io" are one service. The key of the token cache's files, of this
// session's token lists, of remembered API keys and of the portfolio's per-service totals.
QString serviceKey(const QUrl &baseUrl);
inline bool isSameService(const QUrl &a, const QUrl &b)
{
    return serviceKey(a) == serviceKey(b);
}

// A service as a short label for people: "api3.loopring.io", or "127.0.0.1:8080" when the port is
// not the scheme's default (two services on one host stay apart). The whole URL when it has no
// host. Not made printable: callers that show a URL from a file pass it through printableText().
QString hostLabel(const QUrl &baseUrl);

} // namespace loopview
