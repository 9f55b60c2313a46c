// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "balance.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace loopview {

// An NFT's 256-bit id on L1 (the ERC-721 token id or ERC-1155 id), always "0x" + 64 lower-case
// hex digits. The service sometimes sends it without leading zeros ("0xbeef00") or in upper case;
// the official SDK pads such ids to 64 digits, and so does parse(), so one NFT has one id whatever
// the service sent, in every view, export and comparison.
class NftId
{
public:
    static constexpr qsizetype HexDigits = 64;

    NftId() = default;  // the id 0

    // "0x" (or "0X") followed by 1 or more hex digits of either case, at most 256 bits (extra
    // leading zeros are fine). Nothing else: no whitespace, no decimal form (an id written in
    // decimal would be read as a different number). nullopt with *reason saying which rule failed;
    // a refused character is named visibly with its position (visibleCharacter()).
    static std::optional<NftId> parse(QStringView text, QString *reason = nullptr);

    // "0x" + 64 lower-case hex digits.
    QString toString() const;
    // For narrow places (a table cell, the CLI table): "0x" + the first 4 and the last 4 digits
    // around "…" ("0x0000…ef00"). Never for machine output, where only the full id identifies.
    QString abbreviated() const;

    friend bool operator==(const NftId &a, const NftId &b) { return a.digits() == b.digits(); }
    friend bool operator!=(const NftId &a, const NftId &b) { return !(a == b); }
    // Fixed width, so comparing the digits as text compares the numbers.
    friend bool operator<(const NftId &a, const NftId &b) { return a.digits() < b.digits(); }

private:
    explicit NftId(QString digits) : m_digits(std::move(digits)) {}
    QString digits() const;  // the 64 digits (the default id has none stored)

    QString m_digits;  // 64 lower-case hex digits, or empty for the default id 0
};

// One size of an NFT's image that the service had made (metadata.imageSize: "240-240",
// "original", …). The URL points at another host (an IPFS gateway, a CDN).
struct NftImageSize {
    QString size;  // the service's label, printable
    QString url;   // exact, as sent: check it (https only) before anything loads it
};

// What the service says about an NFT beyond its balance, from `collectionInfo` and `metadata`.
// Either may be missing or partial, and a field of the wrong type is treated as missing: none of
// this can fail a list, so every field may be empty. Text is printable (printableText(), or
// printableLines() for the description, which keeps its line breaks); URLs are kept exactly as sent
// so that a later check of the scheme and host sees what the service sent. They are outside text
// like any other: printableText() them before showing them.
struct NftDetails {
    QString collectionName;  // collectionInfo.name
    QString name;            // metadata.base.name
    QString description;     // metadata.base.description, printable per line
    QString imageUrl;        // metadata.base.image, exact
    QString metadataUrl;     // metadata.uri, exact
    QList<NftImageSize> imageSizes;  // metadata.imageSize, ordered by label
};

// One NFT an account holds: an item of GET /api/v3/user/nft/balances. The amounts are counts
// (ERC-1155 holds several of one id; ERC-721 holds 1), integers without decimals.
struct NftBalance : HeldAmounts {
    qint64 accountId = 0;
    int tokenId = 0;  // the NFT's L2 token slot in this account (16-bit; ≥ 32768 in practice)
    NftId nftId;
    QString nftType;           // "ERC721" or "ERC1155"; another type is kept as the service said it
    QString tokenAddress;      // the L1 contract, printable
    QString nftData;           // Loopring's hash of the NFT (minter, contract, id, royalty), printable; may be empty
    QString minter;            // L1 address of the minter, printable; may be empty
    QString deploymentStatus;  // "DEPLOYED", "NOT_DEPLOYED", …, printable; may be empty
    NftDetails details;
};

// One page of GET /api/v3/user/nft/balances.
struct NftPage {
    qint64 totalNum = 0;  // how many NFTs the whole list has, by the service's count
    QList<NftBalance> items;
};

} // namespace loopview

Q_DECLARE_METATYPE(loopview::NftId)
Q_DECLARE_METATYPE(loopview::NftBalance)
