// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"
#include "core/nft.h"

#include <QString>
#include <QStringView>
#include <QUrl>
#include <optional>

namespace loopview {

// Which URLs an NFT thumbnail may be loaded from. Images live on hosts Loopview does not know (IPFS
// gateways, CDNs), named by whoever minted the NFT: only https is fetched, so nobody on the path
// sees or changes what is loaded, and no local file, data: URL or other scheme is ever opened.
enum class ThumbnailSchemes {
    HttpsOnly,  // the application
    // Tests only: http://127.0.0.1 too, so the fake server (which speaks plain HTTP) can serve
    // images. Never set by the application; only NftThumbnails::setSchemesForTesting() takes it.
    HttpsOrLoopbackHttpForTesting,
};

// The public gateway ipfs:// image URLs are mapped to unless the user picks another one.
QUrl defaultIpfsGateway();

// The IPFS gateway the user typed in Preferences: an absolute https URL with a host, no user name
// or password, no query or fragment. The path is where CIDs go ("https://ipfs.io/ipfs/"); a
// missing trailing slash is added. Translated message otherwise.
Result<QUrl> parseIpfsGateway(QStringView text);

// Whether `url` may be fetched for a thumbnail (the first request and every redirect): https (or,
// for tests, http://127.0.0.1) with a host and no user info.
bool isAllowedThumbnailUrl(const QUrl &url, ThumbnailSchemes schemes);

// A redirect from `from` to `to` may be followed: `to` is allowed and is not a downgrade
// (https never leads to http, not even in tests).
bool isAllowedThumbnailRedirect(const QUrl &from, const QUrl &to, ThumbnailSchemes schemes);

// The URL to fetch for an image URL as the service sent it: ipfs://CID/path and ipfs://ipfs/CID/path
// become <gateway>CID/path; anything else is taken as it is. nullopt when the result is not
// allowed (http:, file:, data:, a malformed ipfs URL, …): the NFT shows the placeholder.
std::optional<QUrl> thumbnailFetchUrl(const QString &imageUrl, const QUrl &gateway, ThumbnailSchemes schemes);

// The URL to load an NFT's thumbnail from: the smallest size the service had made ("240-240"),
// else metadata.base.image, else the original; the first of them that thumbnailFetchUrl() allows.
std::optional<QUrl> nftThumbnailUrl(const NftDetails &details, const QUrl &gateway, ThumbnailSchemes schemes);

} // namespace loopview
