// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/balance.h"
#include "core/token.h"

#include <QByteArray>
#include <QList>
#include <optional>

// The two large bodies, the token list (about 3 MB on mainnet) and the balances of an account,
// read with simdjson's On Demand API instead of QJsonDocument: several times faster, and without
// building a document of the whole body first.
//
// This path answers only for a body it can vouch for: JSON that QJsonDocument reads the same way,
// no key given twice in any object, every field the precise parser checks present and valid,
// rows of one account naming each token once. For anything else, malformed or merely unusual
// (escapes in keys, numbers with exponents, deeper nesting, a byte order mark), it declines with
// nullopt, and json::parseTokens/parseBalances run the precise parsers (json::precise::…), which
// give the result or the error with its exact message. So a result from here is always the one
// the precise parser gives; the differential tests and fuzz_listbodies hold it to that.
namespace loopview::json::fastpath {

std::optional<QList<TokenInfo>> parseTokens(const QByteArray &body);
std::optional<QList<Balance>> parseBalances(const QByteArray &body, std::optional<qint64> askedAccountId);

} // namespace loopview::json::fastpath
