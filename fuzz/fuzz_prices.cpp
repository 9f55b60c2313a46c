// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The price parser takes whatever the network hands it, and keeps a number's text by scanning the
// raw body beside QJsonDocument. It must return prices whose values read back exactly, or a
// Malformed error with a message; never crash or hang. The scan is checked against QJsonDocument:
// for every body Qt accepts, the numbers json::numberLiterals() finds are exactly the number-valued
// "price" members of the document, each equal to the double Qt read.
#include "core/jsonscan.h"
#include "core/loopringjson.h"
#include "core/printabletext.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace {

// The paths and doubles of every number-valued "price" member, in the scanner's notation.
void collectPriceNumbers(const QJsonValue &value, const QString &path, QHash<QString, double> &found)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString member = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (it.key() == QLatin1String("price") && it.value().isDouble())
                found.insert(member, it.value().toDouble());
            collectPriceNumbers(it.value(), member, found);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectPriceNumbers(array.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), found);
    }
}

void checkScanAgainstQt(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || loopview::json::firstRepeatedKey(body))
        return;  // the scan is only defined on JSON Qt accepted, with distinct keys
    QHash<QString, double> expected;
    collectPriceNumbers(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()),
                        QString(), expected);
    const QHash<QString, QByteArray> literals = loopview::json::numberLiterals(body, QLatin1String("price"));
    if (literals.size() != expected.size())
        std::abort();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto literal = literals.constFind(it.key());
        if (literal == literals.cend())
            std::abort();
        bool ok = false;
        const double read = literal->toDouble(&ok);
        if (!ok || read != it.value())
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    checkScanAgainstQt(body);

    const auto prices = loopview::json::parsePrices(body, QStringLiteral("USD"));
    if (!prices) {
        if (prices.error().kind != loopview::ErrorKind::Malformed || prices.error().message.isEmpty())
            std::abort();
        return 0;
    }
    QSet<QString> symbols;
    for (const loopview::Price &price : prices->prices()) {
        if (price.symbol.isEmpty() || !loopview::isPrintableText(price.symbol) || symbols.contains(price.symbol))
            std::abort();
        symbols.insert(price.symbol);
        const QString text = price.value.toString();
        const auto again = loopview::Decimal::parse(text);
        if (!again || again->toString() != text || *again != price.value)
            std::abort();
        if (!price.updatedAt.isValid() || price.updatedAt.timeSpec() != Qt::UTC)
            std::abort();
    }
    return 0;
}
