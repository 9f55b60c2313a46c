#include "balancesoutput.h"

#include <QBuffer>

namespace loopview::cli {

QByteArray renderBalances(const QList<BalanceRecord> &records, OutputFormat format,
                          const QList<BalanceColumn> &extraColumns, const QString &currency)
{
    const QList<BalanceColumn> columns = allBalanceColumns() + extraColumns;
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
    return balancesToTable(records, extraColumns, currency).toUtf8();
}

} // namespace loopview::cli
