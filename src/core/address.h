// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace loopview {

// An Ethereum L1 address: "0x" + 40 hex digits. All-lower and all-upper input is accepted as is;
// mixed case is an EIP-55 checksum and must verify (Keccak-256 of the lower-case hex).
class Address
{
public:
    // nullopt with *reason naming the rule that failed (prefix, length, non-hex character,
    // checksum mismatch).
    static std::optional<Address> parse(QStringView text, QString *reason = nullptr);

    // True when `text` looks like an address attempt (starts with 0x/0X), so callers can tell an
    // address from an account id before validating.
    static bool looksLikeAddress(QStringView text);

    // "0x" + lower-case hex: what the API is sent.
    QString toLower() const { return m_lowerHex; }
    // "0x" + EIP-55 mixed case: what people are shown.
    QString toChecksummed() const;

    friend bool operator==(const Address &a, const Address &b) { return a.m_lowerHex == b.m_lowerHex; }

private:
    explicit Address(QString lowerHex) : m_lowerHex(std::move(lowerHex)) {}
    QString m_lowerHex;
};

} // namespace loopview
