#include "balancesoutput.h"

#include "history/snapshot.h"

#include <QBuffer>

namespace loopview::cli {

namespace {

// `columns` for CSV and JSON; the table has its own fixed columns plus `tableExtras`.
QByteArray render(const QList<BalanceRecord> &records, OutputFormat format, const QList<BalanceColumn> &columns,
                  const QList<BalanceColumn> &tableExtras, const QString &currency)
{
    switch (format) {
    case OutputFormat::Csv: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        // Writing to memory cannot fail; the file write later reports its own errors.
        writeBalancesCsv(&buffer, records, columns, {}, nullptr, currency);
        return bytes;
    }
    case OutputFormat::Json:
        return balancesToJson(records, columns, currency);
    case OutputFormat::Table:
        break;
    }
    return balancesToTable(records, tableExtras, currency).toUtf8();
}

} // namespace

QByteArray renderBalances(const QList<BalanceRecord> &records, OutputFormat format,
                          const QList<BalanceColumn> &extraColumns, const QString &currency)
{
    return render(records, format, allBalanceColumns() + extraColumns, extraColumns, currency);
}

QByteArray renderHistory(const QList<BalanceRecord> &records, OutputFormat format)
{
    return render(records, format, historyColumns(), {BalanceColumn::FetchedAt}, {});
}

} // namespace loopview::cli
