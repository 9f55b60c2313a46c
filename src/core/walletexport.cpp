// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "walletexport.h"

#include "printabletext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it: a plain tr()
// helper function would be filed under the namespace, where no translation is ever looked up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::WalletExport)
};

// The shape is recognised by its address key; the private key is never looked at beyond whether
// its key is present.
const QLatin1String KeyAddress("address");
const QLatin1String KeyLegacyAddress("accountAddress");
const QLatin1String KeyAccountId("accountId");
const QLatin1String KeyApiKey("apiKey");
const QLatin1String KeyChainId("chainId");
const QLatin1String KeyPrivateKey("privateKey");

std::optional<WalletExport::Shape> shapeOf(const QJsonObject &object)
{
    if (object.value(KeyAddress).isString())
        return WalletExport::Shape::Current;
    if (object.value(KeyLegacyAddress).isString())
        return WalletExport::Shape::Legacy;
    return std::nullopt;
}

// The wallet writes accountId as a number; some tools re-save it as a string.
Result<std::optional<qint64>> accountIdOf(const QJsonObject &object)
{
    const QJsonValue value = object.value(KeyAccountId);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    QString text;
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Range first: converting a double outside qint64 (1e300) is undefined behaviour. Account
        // ids are far below 2^53, where every whole number is exact.
        constexpr double Largest = 9007199254740992.0; // 2^53
        if (std::fabs(number) >= Largest)
            return Error::malformed(KeyAccountId, Text::tr("accountId is too large"));
        if (number != std::trunc(number))
            return Error::malformed(KeyAccountId, Text::tr("accountId is not a whole number"));
        text = QString::number(qint64(number));
    } else if (value.isString()) {
        text = value.toString();
    } else {
        return Error::malformed(KeyAccountId, Text::tr("accountId is neither a number nor text"));
    }
    const Result<qint64> id = parseAccountId(text);
    if (!id)
        return Error::malformed(KeyAccountId, id.error().message);
    return std::optional<qint64>(*id);
}

QString shortAddress(const Address &address)
{
    const QString text = address.toChecksummed();
    return text.left(6) + QChar(0x2026) + text.right(4);
}

} // namespace

std::optional<Network> WalletExport::networkHint() const
{
    if (!chainId)
        return std::nullopt;
    switch (*chainId) {
    case 1:
        return Network::Mainnet;
    case 5:
    case 11155111: // Goerli, Sepolia: both served by Loopring's UAT
        return Network::Test;
    default:
        return std::nullopt;
    }
}

Bookmark WalletExport::toBookmark(const QString &label, Network network,
                                  const QUrl &customBaseUrl) const
{
    // The account id needs no owner lookup; the address is what people recognise, so it goes
    // into the label and note when the id is used.
    const QString account = accountId ? QString::number(*accountId)
                                      : (address ? address->toChecksummed() : QString());
    QString name = label.trimmed();
    if (name.isEmpty()) {
        name = address ? Text::tr("Wallet %1").arg(shortAddress(*address))
                       : Text::tr("Account %1").arg(account);
    }
    Bookmark bookmark = Bookmark::create(name, account, network, customBaseUrl);
    if (address && accountId)
        bookmark.note = Text::tr("Imported from a wallet export (owner %1)").arg(address->toChecksummed());
    return bookmark;
}

Result<WalletExport> parseWalletExport(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    // No parse error text here: it would quote the bytes around the error, which may be the key.
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::input(Text::tr("This file is not a Loopring wallet export (not a JSON object)"));
    const QJsonObject object = document.object();
    const std::optional<WalletExport::Shape> shape = shapeOf(object);
    if (!shape) {
        return Error::input(
            Text::tr("This file is not a Loopring wallet export (no \"address\" or \"accountAddress\")"));
    }

    WalletExport result;
    result.shape = *shape;
    result.containedPrivateKey = object.contains(KeyPrivateKey);

    const QLatin1String addressKey =
        *shape == WalletExport::Shape::Current ? KeyAddress : KeyLegacyAddress;
    QString reason;
    result.address = Address::parse(object.value(addressKey).toString().trimmed(), &reason);
    if (!result.address)
        return Error::malformed(addressKey, Text::tr("The export's address is not valid: %1").arg(reason));

    const Result<std::optional<qint64>> accountId = accountIdOf(object);
    if (!accountId)
        return accountId.error();
    result.accountId = *accountId;

    const QJsonValue apiKey = object.value(KeyApiKey);
    if (!apiKey.isUndefined() && !apiKey.isNull() && !apiKey.isString())
        return Error::malformed(KeyApiKey, Text::tr("apiKey is not text"));
    result.apiKey = apiKey.toString().trimmed();

    const QJsonValue chainId = object.value(KeyChainId);
    if (chainId.isDouble())
        result.chainId = chainId.toInt();
    else if (chainId.isString() && !chainId.toString().isEmpty())
        result.chainId = chainId.toString().toInt();

    return result;
}

Result<WalletExport> readWalletExportFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(Text::tr("Cannot read %1: %2")
                             .arg(printableEcho(QDir::toNativeSeparators(path)), file.errorString()));
    }
    // Wallet exports are a few hundred bytes; refuse anything that could not be one.
    constexpr qint64 MaxExportBytes = 1024 * 1024;
    if (file.size() > MaxExportBytes)
        return Error::input(Text::tr("This file is too large to be a Loopring wallet export"));
    QByteArray bytes = file.readAll();
    file.close();
    Result<WalletExport> result = parseWalletExport(bytes);
    // Best effort: the buffer held the private key; do not leave it lying around in the heap.
    bytes.fill('\0');
    return result;
}

bool looksLikeWalletExport(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() && shapeOf(document.object()).has_value();
}

} // namespace loopview
