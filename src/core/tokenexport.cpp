// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/tokenexport.h"

#include "core/tabulartext.h"

#include <QCoreApplication>

namespace loopview {

namespace {

struct TableText {
    Q_DECLARE_TR_FUNCTIONS(loopview::TokenTable)
};

} // namespace

QStringList tokenCsvHeader()
{
    return {QStringLiteral("token_id"), QStringLiteral("symbol"), QStringLiteral("name"),
            QStringLiteral("decimals"), QStringLiteral("address")};
}

bool writeTokensCsv(QIODevice *device, const QList<TokenInfo> &tokens, QString *errorString)
{
    return writeCsvRows(
        device, tokenCsvHeader(), tokens.size(),
        [&](qsizetype row) {
            const TokenInfo &token = tokens.at(row);
            return QList<CsvCell>{CsvCell::numberCell(QString::number(token.tokenId)),
                                  CsvCell::textCell(token.symbol), CsvCell::textCell(token.name),
                                  CsvCell::numberCell(QString::number(token.decimals)),
                                  CsvCell::textCell(token.address)};
        },
        {}, errorString);
}

QByteArray tokensToJson(const QList<TokenInfo> &tokens)
{
    return jsonObjectArray(tokenCsvHeader(), tokens.size(), [&](qsizetype row, qsizetype column) {
        const TokenInfo &token = tokens.at(row);
        switch (column) {
        case 0: return QString::number(token.tokenId);
        case 1: return jsonStringLiteral(token.symbol);
        case 2: return jsonStringLiteral(token.name);
        case 3: return QString::number(token.decimals);
        default: return jsonStringLiteral(token.address);
        }
    });
}

QString tokensToTable(const QList<TokenInfo> &tokens)
{
    if (tokens.isEmpty())
        return TableText::tr("No tokens.") + QLatin1Char('\n');

    //: Column headers of the token table printed by loopview-cli.
    QList<QStringList> rows = {{TableText::tr("ID"), TableText::tr("SYMBOL"), TableText::tr("NAME"),
                                TableText::tr("DECIMALS"), TableText::tr("ADDRESS")}};
    rows.reserve(tokens.size() + 1);
    for (const TokenInfo &token : tokens) {
        rows.append({QString::number(token.tokenId), token.symbol, token.name, QString::number(token.decimals),
                     token.address});
    }
    using A = TextAlignment;
    return alignedTextTable(rows, {A::Right, A::Left, A::Left, A::Right, A::Left});
}

} // namespace loopview
