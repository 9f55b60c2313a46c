#pragma once

#include "balance.h"
#include "error.h"
#include "token.h"

#include <QByteArray>
#include <QList>
#include <optional>

// Strict parsers for Loopring v3 response bodies. Unknown fields are ignored; a missing or
// ill-typed required field, or an amount that is not a base-unit integer, is a Malformed error whose
// `field` names the row and key (e.g. "[2].pending.deposit") and whose message says what was wrong.
namespace loopview::json {

Result<QList<Balance>> parseBalances(const QByteArray &body);
Result<QList<TokenInfo>> parseTokens(const QByteArray &body);
Result<AccountInfo> parseAccount(const QByteArray &body);

// A resultInfo error carried by any body (the service uses it with HTTP 400 and sometimes 200).
// nullopt when the body is not such an object or its code is 0 (success).
std::optional<ServiceError> parseServiceError(const QByteArray &body);

} // namespace loopview::json
