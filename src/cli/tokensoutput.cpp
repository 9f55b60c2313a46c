#include "tokensoutput.h"

#include "core/csvwriter.h"
#include "core/printabletext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace loopview::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loopview::cli::TokensOutput", text);
}

QByteArray renderCsv(const QList<TokenInfo> &tokens)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeHeader(tokenColumnKeys());
    for (const TokenInfo &token : tokens) {
        writer.writeRow({CsvCell::numberCell(QString::number(token.tokenId)),
                         CsvCell::textCell(token.symbol), CsvCell::textCell(token.name),
                         CsvCell::numberCell(QString::number(token.decimals)),
                         CsvCell::textCell(token.address)});
    }
    return bytes;
}

// A JSON string literal with QJsonDocument's escaping (one-element array, brackets removed).
QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Written by hand rather than through QJsonObject, which would sort the keys: the keys keep the
// CSV column order, laid out like the balances JSON.
QByteArray renderJson(const QList<TokenInfo> &tokens)
{
    if (tokens.isEmpty())
        return QByteArrayLiteral("[]\n");

    const QStringList keys = tokenColumnKeys();
    QString out = QStringLiteral("[\n");
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const TokenInfo &token = tokens.at(i);
        const QStringList values = {QString::number(token.tokenId), jsonString(token.symbol),
                                    jsonString(token.name), QString::number(token.decimals),
                                    jsonString(token.address)};
        out += QLatin1String("  {");
        for (qsizetype c = 0; c < keys.size(); ++c) {
            out += QLatin1String(c == 0 ? "\n    " : ",\n    ");
            out += jsonString(keys.at(c)) + QLatin1String(": ") + values.at(c);
        }
        out += QLatin1String("\n  }");
        out += QLatin1String(i + 1 < tokens.size() ? ",\n" : "\n");
    }
    out += QLatin1String("]\n");
    return escapeUnprintableInJson(out.toUtf8());
}

QByteArray renderTable(const QList<TokenInfo> &tokens)
{
    if (tokens.isEmpty())
        return (tr("No tokens.") + QLatin1Char('\n')).toUtf8();

    //: Column headers of the token table printed by loopview-cli.
    QList<QStringList> rows = {{tr("ID"), tr("SYMBOL"), tr("NAME"), tr("DECIMALS"), tr("ADDRESS")}};
    for (const TokenInfo &token : tokens) {
        // Symbols, names and addresses are printable already: json::parseTokens saw to that.
        rows.append({QString::number(token.tokenId), token.symbol, token.name,
                     QString::number(token.decimals), token.address});
    }

    const qsizetype columnCount = rows.constFirst().size();
    QList<qsizetype> widths(columnCount, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < columnCount; ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }

    // Numbers right-aligned, text left-aligned; the last column is not padded.
    const QList<bool> rightAligned = {true, false, false, true, false};
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < columnCount; ++c) {
            if (c > 0)
                line += QLatin1String("  ");
            const bool last = c == columnCount - 1;
            line += rightAligned.at(c) ? row.at(c).rightJustified(widths[c])
                                       : (last ? row.at(c) : row.at(c).leftJustified(widths[c]));
        }
        out += line + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace

QStringList tokenColumnKeys()
{
    return {QStringLiteral("token_id"), QStringLiteral("symbol"), QStringLiteral("name"),
            QStringLiteral("decimals"), QStringLiteral("address")};
}

QByteArray renderTokens(const QList<TokenInfo> &tokens, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Csv:
        return renderCsv(tokens);
    case OutputFormat::Json:
        return renderJson(tokens);
    case OutputFormat::Table:
        break;
    }
    return renderTable(tokens);
}

} // namespace loopview::cli
