// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "address.h"
#include "error.h"
#include "service.h"
#include "token.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>
#include <variant>

namespace loopview {

// Parses "123456" into an account id (1 … 2^32−1); Input error naming the problem otherwise.
Result<qint64> parseAccountId(QStringView text);

// One token id written as ASCII digits, leading zeros allowed ("7", "007"), 0 … MaxTokenId;
// nullopt for anything else (signs, spaces, letters, empty, too large).
std::optional<int> parseTokenId(QStringView digits);

// Parses "0,1,5" into token ids; Input error naming the bad item otherwise. Empty text → empty list.
Result<QList<int>> parseTokenIds(QStringView text);

// What to ask a service for: an account and, optionally, some of its tokens. Validated; what the
// input form, a bookmark and the CLI all produce. Which service is asked, and with which key, is
// the request's ServiceEndpoint (core/service.h).
struct BalanceQuery {
    std::variant<qint64, Address> account;  // account id or L1 owner address
    QList<int> tokenIds;                   // empty = every token the account holds

    // Account text is an id ("123456") or an address ("0x…"); detected, then validated.
    static Result<BalanceQuery> fromInput(QStringView accountText, QStringView tokenIdsText = {});

    bool byAddress() const { return std::holds_alternative<Address>(account); }
    // The account id asked for; nullopt for a query by address.
    std::optional<qint64> accountId() const
    {
        if (const auto *id = std::get_if<qint64>(&account))
            return *id;
        return std::nullopt;
    }
    QString accountText() const;  // the id, or the checksummed address
};

} // namespace loopview
