// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "historyrecorder.h"

#include "core/balancequery.h"

namespace loopview {

HistoryRecorder::HistoryRecorder(const QString &storePath, QObject *parent)
    : QObject(parent), m_store(std::make_unique<HistoryStore>(storePath))
{
}

HistoryRecorder::~HistoryRecorder() = default;

void HistoryRecorder::setStorePath(const QString &path)
{
    m_store = std::make_unique<HistoryStore>(path);
    m_opened = false;
}

Result<bool> HistoryRecorder::open()
{
    if (m_opened)
        return true;
    // A failed open is tried again next time: the folder may have become writable.
    const Result<bool> opened = m_store->open();
    m_opened = opened.ok();
    return opened;
}

std::optional<HistoryAccount> HistoryRecorder::accountOf(const BalanceSnapshot &snapshot)
{
    if (snapshot.demo)
        return std::nullopt;
    const Result<BalanceQuery> query = BalanceQuery::fromInput(snapshot.accountText);
    if (!query)
        return std::nullopt;
    return historyAccountOf(snapshot.baseUrl, *query);
}

Result<std::optional<Snapshot>> HistoryRecorder::latest(const HistoryAccount &account)
{
    if (const Result<bool> opened = open(); !opened)
        return opened.error();
    return m_store->latest(account);
}

Result<bool> HistoryRecorder::record(const BalanceSnapshot &snapshot)
{
    if (!m_recording || snapshot.demo)
        return false;
    const Result<BalanceQuery> query = BalanceQuery::fromInput(snapshot.accountText);
    if (!query)
        return query.error();
    if (const Result<bool> opened = open(); !opened)
        return opened;
    Snapshot recorded = makeSnapshot(snapshot.baseUrl, *query, snapshot.balances, snapshot.tokens, snapshot.prices,
                                     snapshot.fetchedAt);
    const Result<qint64> id = m_store->record(recorded);
    if (!id)
        return id.error();
    recorded.id = *id;
    emit this->recorded(recorded);
    return true;
}

Result<int> HistoryRecorder::forget(const HistoryAccount &account)
{
    if (const Result<bool> opened = open(); !opened)
        return opened.error();
    const Result<int> count = m_store->forget(account);
    if (count)
        emit forgotten(account, *count);
    return count;
}

} // namespace loopview
