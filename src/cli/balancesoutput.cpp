#include "balancesoutput.h"

#include <QBuffer>

namespace loopview::cli {

QByteArray renderBalances(const QList<BalanceRecord> &records, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Csv: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        // Writing to memory cannot fail; the file write later reports its own errors.
        writeBalancesCsv(&buffer, records);
        return bytes;
    }
    case OutputFormat::Json:
        return balancesToJson(records);
    case OutputFormat::Table:
        break;
    }
    return balancesToTable(records).toUtf8();
}

} // namespace loopview::cli
