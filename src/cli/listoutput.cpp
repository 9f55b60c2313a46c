// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "listoutput.h"

#include "core/tokenexport.h"
#include "history/snapshot.h"

#include <QBuffer>

#include <functional>

namespace loopview::cli {

namespace {

// One list's three writers; render() picks the one the format asks for.
struct ListWriters {
    std::function<void(QIODevice *)> csv;
    std::function<QByteArray()> json;
    std::function<QString()> table;

    QByteArray render(OutputFormat format) const
    {
        switch (format) {
        case OutputFormat::Csv: {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            // Writing to memory cannot fail; the file write later reports its own errors.
            csv(&buffer);
            return bytes;
        }
        case OutputFormat::Json:
            return json();
        case OutputFormat::Table:
            break;
        }
        return table().toUtf8();
    }
};

// A balance list: `columns` for CSV and JSON; the table has its own fixed columns plus `tableExtras`.
QByteArray renderBalanceList(const QList<BalanceRecord> &records, OutputFormat format,
                             const QList<BalanceColumn> &columns, const QList<BalanceColumn> &tableExtras,
                             const QString &currency)
{
    return ListWriters{[&](QIODevice *device) { writeBalancesCsv(device, records, columns, {}, nullptr, currency); },
                       [&] { return balancesToJson(records, columns, currency); },
                       [&] { return balancesToTable(records, tableExtras, currency); }}
        .render(format);
}

} // namespace

QByteArray renderBalances(const QList<BalanceRecord> &records, OutputFormat format,
                          const QList<BalanceColumn> &extraColumns, const QString &currency)
{
    return renderBalanceList(records, format, allBalanceColumns() + extraColumns, extraColumns, currency);
}

QByteArray renderHistory(const QList<BalanceRecord> &records, OutputFormat format)
{
    return renderBalanceList(records, format, historyColumns(), {BalanceColumn::FetchedAt}, {});
}

QByteArray renderTokens(const QList<TokenInfo> &tokens, OutputFormat format)
{
    return ListWriters{[&](QIODevice *device) { writeTokensCsv(device, tokens); },
                       [&] { return tokensToJson(tokens); }, [&] { return tokensToTable(tokens); }}
        .render(format);
}

QByteArray renderNfts(const QList<NftRecord> &records, OutputFormat format)
{
    return ListWriters{[&](QIODevice *device) { writeNftsCsv(device, records); },
                       [&] { return nftsToJson(records); }, [&] { return nftsToTable(records); }}
        .render(format);
}

} // namespace loopview::cli
