// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <functional>
#include <optional>

class QIODevice;

namespace loopview {

// Text cells carry data that came from elsewhere (token symbols from the service) and get the
// spreadsheet formula-injection guard; Number cells are ours and are written verbatim so that
// "-5" stays a negative number in the spreadsheet.
enum class CellKind { Text, Number };

struct CsvCell {
    QString text;
    CellKind kind = CellKind::Text;

    static CsvCell textCell(QString text) { return {std::move(text), CellKind::Text}; }
    static CsvCell numberCell(QString text) { return {std::move(text), CellKind::Number}; }
};

// The three separators spreadsheets agree on. An enum rather than a free QChar so that a writer can
// never be configured with a separator that collides with quoting or line ends.
enum class CsvDelimiter { Comma, Semicolon, Tab };

QChar csvDelimiterChar(CsvDelimiter delimiter);
// Accepts ",", ";", "\t" and the names "comma", "semicolon", "tab" (case-insensitive), for the CLI.
std::optional<CsvDelimiter> csvDelimiterFromName(QStringView name);

// Declared outside CsvWriter because a nested struct with member initialisers cannot be used as a
// default argument inside its enclosing class.
struct CsvWriterOptions {
    CsvDelimiter delimiter = CsvDelimiter::Comma;
    // Excel on Windows needs a BOM to read UTF-8; most other tools prefer none.
    bool byteOrderMark = false;
};

// Writes RFC 4180 CSV to a device: UTF-8, CRLF line ends, a cell quoted when it contains the
// delimiter, a quote, CR or LF (quotes doubled). Text cells starting with = + - @ TAB or CR get a
// leading apostrophe so spreadsheets show them instead of evaluating them.
//
// Write failures are sticky: after the first one nothing more is written and ok() stays false.
class CsvWriter
{
public:
    using Options = CsvWriterOptions;

    explicit CsvWriter(QIODevice *device, Options options = {});

    // Our own column names: written as plain text without the formula guard.
    void writeHeader(const QStringList &names);
    void writeRow(const QList<CsvCell> &cells);
    // Rows already encoded by the rules above (cells through encodeCell(), each line ending in
    // CRLF), written as they are: for writers that make a list's bytes without cell strings.
    void writeEncodedLines(const QByteArray &lines);

    bool ok() const { return m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }

    // One cell as it appears in the file (guarded and quoted), without delimiter or line end.
    static QString encodeCell(const CsvCell &cell, QChar delimiter);

private:
    void writeLine(const QString &line);
    bool writeBytes(const QByteArray &bytes);

    QIODevice *m_device;
    Options m_options;
    bool m_bomPending;
    QString m_errorString;
};

// A whole list: the header, then `rowCount` rows of cells(row), stopping at the first failed write.
// Every list's CSV export goes through here (balances, NFTs), so they all follow the rules above.
// False when a write failed; *errorString then says why.
bool writeCsvRows(QIODevice *device, const QStringList &header, qsizetype rowCount,
                  const std::function<QList<CsvCell>(qsizetype row)> &cells, CsvWriter::Options options = {},
                  QString *errorString = nullptr);

} // namespace loopview
