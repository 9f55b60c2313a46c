// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::CsvWriter)
};

bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

// A plain decimal as our exporters produce it: optional '-', digits, optional '.' and digits.
// Anything else labelled Number (a caller mistake) is guarded like text, so the Number kind can
// never smuggle a formula into a spreadsheet.
bool isPlainNumber(const QString &text)
{
    qsizetype i = 0;
    if (i < text.size() && text.at(i) == QLatin1Char('-'))
        ++i;
    qsizetype wholeDigits = 0;
    while (i < text.size() && text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9')) {
        ++i;
        ++wholeDigits;
    }
    if (wholeDigits == 0)
        return false;
    if (i == text.size())
        return true;
    if (text.at(i) != QLatin1Char('.'))
        return false;
    ++i;
    qsizetype fractionDigits = 0;
    while (i < text.size() && text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9')) {
        ++i;
        ++fractionDigits;
    }
    return fractionDigits > 0 && i == text.size();
}

bool needsQuotes(const QString &text, QChar delimiter)
{
    for (const QChar c : text) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

QString quotedIfNeeded(QString text, QChar delimiter)
{
    if (!needsQuotes(text, delimiter))
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QChar csvDelimiterChar(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Comma: return QLatin1Char(',');
    case CsvDelimiter::Semicolon: return QLatin1Char(';');
    case CsvDelimiter::Tab: return QLatin1Char('\t');
    }
    return QLatin1Char(',');
}

std::optional<CsvDelimiter> csvDelimiterFromName(QStringView name)
{
    if (name == QLatin1String(",") || name.compare(QLatin1String("comma"), Qt::CaseInsensitive) == 0)
        return CsvDelimiter::Comma;
    if (name == QLatin1String(";") || name.compare(QLatin1String("semicolon"), Qt::CaseInsensitive) == 0)
        return CsvDelimiter::Semicolon;
    if (name == QLatin1String("\t") || name.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        return CsvDelimiter::Tab;
    return std::nullopt;
}

CsvWriter::CsvWriter(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options)
    , m_bomPending(options.byteOrderMark)
{
}

QString CsvWriter::encodeCell(const CsvCell &cell, QChar delimiter)
{
    QString text = cell.text;
    const bool guard = cell.kind == CellKind::Text || !isPlainNumber(text);
    if (guard && startsFormula(text))
        text.prepend(QLatin1Char('\''));
    return quotedIfNeeded(std::move(text), delimiter);
}

void CsvWriter::writeHeader(const QStringList &names)
{
    const QChar delimiter = csvDelimiterChar(m_options.delimiter);
    QString line;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            line += delimiter;
        // Headers are ours, so no formula guard; quoting still applies should a name need it.
        line += quotedIfNeeded(names.at(i), delimiter);
    }
    writeLine(line);
}

void CsvWriter::writeRow(const QList<CsvCell> &cells)
{
    const QChar delimiter = csvDelimiterChar(m_options.delimiter);
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += delimiter;
        line += encodeCell(cells.at(i), delimiter);
    }
    writeLine(line);
}

void CsvWriter::writeLine(const QString &line)
{
    writeEncodedLines(line.toUtf8() + QByteArrayLiteral("\r\n"));
}

void CsvWriter::writeEncodedLines(const QByteArray &lines)
{
    if (!ok())
        return;
    if (m_bomPending) {
        m_bomPending = false;
        if (!writeBytes(QByteArrayLiteral("\xEF\xBB\xBF")))
            return;
    }
    writeBytes(lines);
}

bool CsvWriter::writeBytes(const QByteArray &bytes)
{
    if (!m_device || !m_device->isWritable()) {
        m_errorString = Text::tr("The output is not open for writing.");
        return false;
    }
    // CRLF is already explicit; a device opened with QIODevice::Text would turn it into CR CR LF
    // on Windows, so text mode is off for the duration of the write.
    const bool textMode = m_device->isTextModeEnabled();
    m_device->setTextModeEnabled(false);
    const qint64 writtenSize = m_device->write(bytes);
    m_device->setTextModeEnabled(textMode);
    if (writtenSize != bytes.size()) {
        const QString reason = m_device->errorString();
        m_errorString = reason.isEmpty()
            ? Text::tr("Writing the CSV output failed.")
            : Text::tr("Writing the CSV output failed: %1").arg(reason);
        return false;
    }
    return true;
}

bool writeCsvRows(QIODevice *device, const QStringList &header, qsizetype rowCount,
                  const std::function<QList<CsvCell>(qsizetype row)> &cells, CsvWriter::Options options,
                  QString *errorString)
{
    CsvWriter writer(device, options);
    writer.writeHeader(header);
    for (qsizetype row = 0; row < rowCount && writer.ok(); ++row)
        writer.writeRow(cells(row));
    if (!writer.ok() && errorString)
        *errorString = writer.errorString();
    return writer.ok();
}

} // namespace loopview
