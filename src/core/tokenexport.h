// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/csvwriter.h"
#include "core/token.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// The formats of a token list (`loopview-cli tokens`): CSV and JSON for machines, an aligned table
// for people. Laid out by the same shared writers as balances and NFTs (writeCsvRows(),
// jsonObjectArray(), alignedTextTable()). Symbols, names and addresses are printable already:
// json::parseTokens saw to that.
namespace loopview {

// token_id,symbol,name,decimals,address: the CSV header and JSON keys.
QStringList tokenCsvHeader();

// Header then one row per token (RFC 4180, see CsvWriter; symbols, names and addresses are
// formula-guarded text). False when the device write fails; *errorString then says why.
bool writeTokensCsv(QIODevice *device, const QList<TokenInfo> &tokens, QString *errorString = nullptr);

// A JSON array of objects keyed like the CSV header; token_id and decimals are numbers.
QByteArray tokensToJson(const QList<TokenInfo> &tokens);

// ID, SYMBOL, NAME, DECIMALS, ADDRESS (translated headers), numbers right-aligned. An empty list
// gives the single line "No tokens.".
QString tokensToTable(const QList<TokenInfo> &tokens);

} // namespace loopview
