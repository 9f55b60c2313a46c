// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "rememberedkeys.h"

#include "core/balancequery.h"
#include "core/printabletext.h"
#include "core/service.h"
#include "secrets/memorykeystore.h"

namespace loopview {

RememberedKeys::RememberedKeys(QObject *parent)
    : QObject(parent),
      m_ownMemoryKeys(new MemoryKeyStore(this))
{
    m_keys = m_ownMemoryKeys;
}

void RememberedKeys::setKeyStore(KeyStore *keys)
{
    if (m_keys)
        disconnect(m_keys, &KeyStore::persistenceUnavailable, this, nullptr);
    m_keys = keys ? keys : m_ownMemoryKeys;
    connect(m_keys, &KeyStore::persistenceUnavailable, this, &RememberedKeys::persistenceChanged);
    // A keyring may turn out to be missing only when first used, seconds later: ask it now, so
    // "Remember key" says the truth the first time it is shown instead of changing under the user.
    const int probe = ++m_probe;
    m_settled = !m_keys->isPersistent();
    if (!m_settled) {
        m_keys->readKey(QStringLiteral("probe:keyring"), this, [this, probe](const KeyResult &) {
            if (probe != m_probe)
                return;
            m_settled = true;
            emit persistenceChanged();
        });
    }
    emit persistenceChanged();
}

bool RememberedKeys::isPersistent() const
{
    return m_keys && m_keys->isPersistent();
}

QString RememberedKeys::entryId(const QUrl &baseUrl, QStringView accountText)
{
    // Through BalanceQuery so "20533", " 20533" and an all-lower-case address name the same
    // entry as the id or checksummed address a fetch reports.
    const Result<QUrl> url = validateBaseUrl(baseUrl);
    const Result<BalanceQuery> query = BalanceQuery::fromInput(accountText);
    if (!url || !query)
        return QString();
    return QStringLiteral("query:") + serviceKey(*url) + QLatin1Char('|')
            + query->accountText();
}

bool RememberedKeys::mayFill(const QString &entryId, const QString &formEntryId, QStringView fieldKey,
                             const QString &fieldEntryId)
{
    if (entryId.isEmpty() || entryId != formEntryId)
        return false;
    return fieldKey.isEmpty() || (!fieldEntryId.isEmpty() && fieldEntryId != entryId);
}

void RememberedKeys::lookUp(const QUrl &baseUrl, QStringView accountText, Found found)
{
    const QString id = entryId(baseUrl, accountText);
    if (id.isEmpty() || !m_keys) {
        if (found)
            found(QString());
        return;
    }
    m_keys->readKey(id, this, [found](const KeyResult &result) {
        if (found)
            found(result.ok() ? result.key : QString());
    });
}

QString RememberedKeys::rememberOrForget(const QUrl &baseUrl, QStringView accountText, const QString &key,
                                         bool remember)
{
    const QString id = entryId(baseUrl, accountText);
    if (id.isEmpty() || !m_keys || key.isEmpty())
        return QString();
    if (remember) {
        m_keys->writeKey(id, key, this, [this](const KeyResult &result) {
            if (!result.ok())
                emit rememberFailed(printableText(result.message));  // the keyring's own words
        });
    } else {
        m_keys->deleteKey(id, this, [this](const KeyResult &result) {
            if (!result.ok())
                emit forgetFailed(printableText(result.message));
        });
    }
    return id;
}

} // namespace loopview
