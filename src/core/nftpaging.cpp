// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/nftpaging.h"

#include "core/loopringjson.h"

#include <QCoreApplication>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::NftPaging)
};

} // namespace

NftPaging::NftPaging(qint64 accountId, int pageSize)
    : m_accountId(accountId)
    , m_pageSize(qBound(1, pageSize, MaxPageSize))
{
}

int NftPaging::expectedPages() const
{
    if (m_expected < 0)
        return -1;
    // Pages already here plus what the rest takes at full pages: a short page moves the estimate
    // instead of letting the received count pass it.
    const qint64 remaining = m_expected - m_received;
    return int(qMax<qint64>(1, m_pages + (remaining + m_pageSize - 1) / m_pageSize));
}

Error NftPaging::pageError(QString field, const QString &message) const
{
    //: %1 is the offset of a page of NFTs (0, 50, 100, …), %2 what is wrong with it.
    return Error::malformed(std::move(field), Text::tr("NFT page at offset %1: %2").arg(nextOffset()).arg(message));
}

std::optional<Error> NftPaging::addPageBody(const QByteArray &body)
{
    Result<NftPage> page = json::parseNftPage(body, m_accountId);
    if (!page) {
        if (nextOffset() == 0)
            return page.error();
        // Which page broke matters once there are several.
        return pageError(page.error().field, page.error().message);
    }
    return addPage(page.value());
}

std::optional<Error> NftPaging::addPage(const NftPage &page)
{
    // A caller feeding a finished list has lost track of its requests.
    Q_ASSERT(!isDone());
    if (isDone())
        return pageError(QString(), Text::tr("no more NFTs were asked for"));

    const qsizetype count = page.items.size();
    if (m_expected >= 0 && page.totalNum != m_expected) {
        return pageError(QStringLiteral("totalNum"),
                         Text::tr("the service now counts %1 NFTs, but counted %2 on the first page; the "
                                  "account's NFTs changed while they were read, fetch them again")
                             .arg(page.totalNum)
                             .arg(m_expected));
    }
    const qint64 expected = m_expected >= 0 ? m_expected : page.totalNum;
    if (count > m_pageSize) {
        return pageError(QStringLiteral("data"),
                         Text::tr("the page has %1 NFTs, more than the %2 asked for").arg(count).arg(m_pageSize));
    }
    // An empty page before the end would be asked for again and again.
    if (count == 0 && m_received < expected) {
        return pageError(QStringLiteral("data"),
                         Text::tr("the page is empty, but the service counts %1 NFTs and %2 arrived so far")
                             .arg(expected)
                             .arg(m_received));
    }
    if (m_received + count > expected) {
        return pageError(QStringLiteral("data"),
                         Text::tr("the page brings the list to %1 NFTs, but the service counts %2")
                             .arg(m_received + count)
                             .arg(expected));
    }
    QHash<int, qsizetype> offsetOfSlotInPage;
    offsetOfSlotInPage.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const int slot = page.items.at(i).tokenId;
        std::optional<qsizetype> earlier;
        if (const auto before = m_offsetOfSlot.constFind(slot); before != m_offsetOfSlot.cend())
            earlier = *before;
        else if (const auto here = offsetOfSlotInPage.constFind(slot); here != offsetOfSlotInPage.cend())
            earlier = *here;
        if (earlier) {
            return pageError(QStringLiteral("data[%1].tokenId").arg(i),
                             Text::tr("token id %1 was already listed at offset %2; the account's NFTs "
                                      "changed while they were read, fetch them again")
                                 .arg(slot)
                                 .arg(*earlier));
        }
        offsetOfSlotInPage.insert(slot, m_received + i);
    }

    // Every check passed: only now does the page change anything.
    m_offsetOfSlot.insert(offsetOfSlotInPage);
    m_items.append(page.items);
    m_received += count;
    m_expected = expected;
    ++m_pages;
    return std::nullopt;
}

} // namespace loopview
