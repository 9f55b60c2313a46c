// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/nftpaging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace loopview;

namespace {

constexpr qint64 Account = 10001;
constexpr int FirstSlot = 32768;

QJsonObject item(int tokenId, qint64 accountId = Account)
{
    return QJsonObject{
        {QStringLiteral("accountId"), accountId},
        {QStringLiteral("tokenId"), tokenId},
        {QStringLiteral("nftId"), QStringLiteral("0x%1").arg(tokenId, 0, 16)},
        {QStringLiteral("nftType"), QStringLiteral("ERC721")},
        {QStringLiteral("tokenAddress"), QStringLiteral("0x1cacc96e5f01e2849e6036f25531a9a064d2fb5f")},
        {QStringLiteral("total"), QStringLiteral("1")},
        {QStringLiteral("locked"), QStringLiteral("0")},
        {QStringLiteral("pending"),
         QJsonObject{{QStringLiteral("withdraw"), QStringLiteral("0")}, {QStringLiteral("deposit"), QStringLiteral("0")}}},
    };
}

// The page a correct service answers for offset/limit over a list of `total` NFTs in slots
// FirstSlot, FirstSlot + 1, …
QByteArray servicePage(int total, int offset, int limit, int totalNum = -1)
{
    QJsonArray data;
    for (int i = offset; i < qMin(total, offset + limit); ++i)
        data.append(item(FirstSlot + i));
    const QJsonObject page{{QStringLiteral("totalNum"), totalNum < 0 ? total : totalNum},
                           {QStringLiteral("data"), data}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QByteArray pageOfSlots(const QList<int> &tokenIds, int totalNum)
{
    QJsonArray data;
    for (const int slot : tokenIds)
        data.append(item(slot));
    return QJsonDocument(QJsonObject{{QStringLiteral("totalNum"), totalNum}, {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

QString messageOf(const std::optional<Error> &error)
{
    return error ? error->message : QString();
}

} // namespace

class TestNftPaging : public QObject {
    Q_OBJECT

private slots:
    void startsAtOffsetZero()
    {
        const NftPaging paging(Account);
        QCOMPARE(paging.accountId(), Account);
        QCOMPARE(paging.nextOffset(), 0);
        QCOMPARE(paging.limit(), 50);
        QVERIFY(!paging.isDone());
        QCOMPARE(paging.expectedCount(), -1);
        QCOMPARE(paging.receivedCount(), 0);
        QCOMPARE(paging.pagesReceived(), 0);
        QCOMPARE(paging.expectedPages(), -1);
        QCOMPARE(paging.nextRequest().accountId, Account);
        QCOMPARE(paging.nextRequest().offset, 0);
        QCOMPARE(paging.nextRequest().limit, 50);
    }

    void pageSizeIsClamped()
    {
        QCOMPARE(NftPaging(Account, 0).limit(), 1);
        QCOMPARE(NftPaging(Account, -5).limit(), 1);
        QCOMPARE(NftPaging(Account, 51).limit(), NftPaging::MaxPageSize);
        QCOMPARE(NftPaging(Account, 20).limit(), 20);
    }

    void readsEveryPage_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("pages");

        QTest::newRow("none") << 0 << 50 << 1;
        QTest::newRow("one") << 1 << 50 << 1;
        QTest::newRow("exactly one page") << 50 << 50 << 1;
        QTest::newRow("one more than a page") << 51 << 50 << 2;
        QTest::newRow("120 in pages of 50") << 120 << 50 << 3;
        QTest::newRow("7 in pages of 2") << 7 << 2 << 4;
    }

    void readsEveryPage()
    {
        QFETCH(int, total);
        QFETCH(int, pageSize);
        QFETCH(int, pages);

        NftPaging paging(Account, pageSize);
        QList<int> offsets;
        while (!paging.isDone()) {
            QVERIFY(paging.pagesReceived() <= pages);
            offsets.append(paging.nextOffset());
            QCOMPARE(paging.nextRequest().offset, paging.nextOffset());
            const std::optional<Error> error
                = paging.addPageBody(servicePage(total, paging.nextOffset(), paging.limit()));
            QVERIFY2(!error, qPrintable(messageOf(error)));
            QCOMPARE(paging.expectedCount(), total);
            QCOMPARE(paging.expectedPages(), pages);
        }
        QCOMPARE(paging.pagesReceived(), pages);
        QCOMPARE(paging.receivedCount(), total);
        for (int page = 0; page < pages; ++page)
            QCOMPARE(offsets.at(page), page * pageSize);

        const QList<NftBalance> nfts = paging.takeItems();
        QCOMPARE(nfts.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(nfts.at(i).tokenId, FirstSlot + i);  // in the service's order
        QVERIFY(paging.isDone());  // taking the items does not reopen the list
        QCOMPARE(paging.receivedCount(), total);
    }

    // A service may answer shorter pages than asked for; the next offset follows what arrived.
    void shortPagesMoveTheOffsetByWhatArrived()
    {
        NftPaging paging(Account);
        QVERIFY(!paging.addPageBody(pageOfSlots({FirstSlot, FirstSlot + 1}, 5)));
        QCOMPARE(paging.nextOffset(), 2);
        QCOMPARE(paging.expectedPages(), 2);  // the first page, and the 3 left fit in one
        QVERIFY(!paging.isDone());
        QVERIFY(!paging.addPageBody(pageOfSlots({FirstSlot + 2, FirstSlot + 3, FirstSlot + 4}, 5)));
        QVERIFY(paging.isDone());
        QCOMPARE(paging.pagesReceived(), 2);
        QCOMPARE(paging.expectedPages(), 2);
    }

    void totalThatChangesIsRefused()
    {
        NftPaging paging(Account);
        QVERIFY(!paging.addPageBody(servicePage(120, 0, 50)));
        const std::optional<Error> error = paging.addPageBody(servicePage(121, 50, 50));
        QVERIFY(error);
        QCOMPARE(error->kind, ErrorKind::Malformed);
        QCOMPARE(error->field, QStringLiteral("totalNum"));
        QCOMPARE(error->message,
                 QStringLiteral("NFT page at offset 50: the service now counts 121 NFTs, but counted 120 on the "
                                "first page; the account's NFTs changed while they were read, fetch them again"));
        // Refused pages change nothing.
        QCOMPARE(paging.nextOffset(), 50);
        QCOMPARE(paging.receivedCount(), 50);
        QCOMPARE(paging.expectedCount(), 120);
        QCOMPARE(paging.pagesReceived(), 1);
    }

    // The service ends before its own count: asking again would get the same empty page forever.
    void emptyPageBeforeTheEndIsRefused()
    {
        NftPaging paging(Account);
        QVERIFY(!paging.addPageBody(servicePage(60, 0, 50)));
        const std::optional<Error> error = paging.addPageBody(pageOfSlots({}, 60));
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("data"));
        QCOMPARE(error->message, QStringLiteral("NFT page at offset 50: the page is empty, but the service counts "
                                                "60 NFTs and 50 arrived so far"));
        QVERIFY(!paging.isDone());
    }

    void emptyFirstPageWithACountIsRefused()
    {
        NftPaging paging(Account);
        const std::optional<Error> error = paging.addPageBody(pageOfSlots({}, 3));
        QVERIFY(error);
        QCOMPARE(error->message, QStringLiteral("NFT page at offset 0: the page is empty, but the service counts "
                                                "3 NFTs and 0 arrived so far"));
        QCOMPARE(paging.expectedCount(), -1);
    }

    void moreThanTheLimitIsRefused()
    {
        NftPaging paging(Account, 2);
        const std::optional<Error> error = paging.addPageBody(servicePage(10, 0, 3));
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("data"));
        QCOMPARE(error->message, QStringLiteral("NFT page at offset 0: the page has 3 NFTs, more than the 2 asked for"));
    }

    void pastTheTotalIsRefused()
    {
        NftPaging paging(Account, 2);
        QVERIFY(!paging.addPageBody(pageOfSlots({FirstSlot, FirstSlot + 1}, 3)));
        const std::optional<Error> error = paging.addPageBody(pageOfSlots({FirstSlot + 2, FirstSlot + 3}, 3));
        QVERIFY(error);
        QCOMPARE(error->message,
                 QStringLiteral("NFT page at offset 2: the page brings the list to 4 NFTs, but the service counts 3"));
    }

    // An NFT that arrived while the list was read shifts the offsets: the next page repeats one.
    void slotSeenOnAnEarlierPageIsRefused()
    {
        NftPaging paging(Account, 3);
        QVERIFY(!paging.addPageBody(pageOfSlots({FirstSlot, FirstSlot + 1, FirstSlot + 2}, 6)));
        const std::optional<Error> error
            = paging.addPageBody(pageOfSlots({FirstSlot + 3, FirstSlot + 1, FirstSlot + 4}, 6));
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("data[1].tokenId"));
        QCOMPARE(error->message, QStringLiteral("NFT page at offset 3: token id 32769 was already listed at offset 1; "
                                                "the account's NFTs changed while they were read, fetch them again"));
        QCOMPARE(paging.receivedCount(), 3);
    }

    void slotTwiceInAParsedPageIsRefused()
    {
        NftPaging paging(Account);
        NftPage page;
        page.totalNum = 2;
        NftBalance nft;
        nft.accountId = Account;
        nft.tokenId = FirstSlot;
        page.items = {nft, nft};
        const std::optional<Error> error = paging.addPage(page);
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("data[1].tokenId"));
        QCOMPARE(paging.receivedCount(), 0);
    }

    // However the service misbehaves, a loop over isDone() ends.
    void aServiceThatRepeatsItselfCannotLoopForever_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("the same page") << servicePage(1000, 0, 50);
        QTest::newRow("empty pages") << pageOfSlots({}, 1000);
        QTest::newRow("one NFT again and again") << pageOfSlots({FirstSlot}, 1000);
    }

    void aServiceThatRepeatsItselfCannotLoopForever()
    {
        QFETCH(QByteArray, answer);
        NftPaging paging(Account);
        std::optional<Error> error;
        int requests = 0;
        while (!paging.isDone() && !error && requests < 1000) {
            ++requests;
            error = paging.addPageBody(answer);
        }
        QVERIFY(error);
        QVERIFY2(requests <= 2, qPrintable(QString::number(requests)));
    }

    void parseErrorsNameThePageAfterTheFirst()
    {
        NftPaging paging(Account);
        QByteArray bad = servicePage(60, 0, 50);
        bad.replace("\"total\":\"1\"", "\"total\":\"one\"");
        std::optional<Error> error = paging.addPageBody(bad);
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("data[0].total"));
        QVERIFY2(error->message.startsWith(QStringLiteral("NFT 1: field total")), qPrintable(error->message));

        QVERIFY(!paging.addPageBody(servicePage(60, 0, 50)));
        bad = servicePage(60, 50, 50);
        bad.replace("\"accountId\":10001", "\"accountId\":10002");
        error = paging.addPageBody(bad);
        QVERIFY(error);
        QCOMPARE(error->kind, ErrorKind::Malformed);
        QCOMPARE(error->field, QStringLiteral("data[0].accountId"));
        QCOMPARE(error->message, QStringLiteral("NFT page at offset 50: NFT 1: field accountId is 10002, but account "
                                                "10001 was asked for"));
    }
};

QTEST_GUILESS_MAIN(TestNftPaging)
#include "test_nftpaging.moc"
