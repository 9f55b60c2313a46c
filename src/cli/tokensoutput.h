#pragma once

#include "cliarguments.h"

#include "core/token.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace loopview::cli {

// token_id,symbol,name,decimals,address: the CSV header and JSON keys of `tokens`.
QStringList tokenColumnKeys();

// The bytes `tokens` prints. CSV is RFC 4180 with CRLF (the shared CsvWriter); JSON is an array
// of objects with token_id and decimals as numbers; the table is aligned for people.
QByteArray renderTokens(const QList<TokenInfo> &tokens, OutputFormat format);

} // namespace loopview::cli
