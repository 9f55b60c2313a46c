// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// A second process for test_historystore: records `count` snapshots of account `account` into the
// database at `path`, each with one token whose total is the snapshot's number, then exits 0, or
// prints the error and exits 1. Started several times at once, it is the window and the CLI
// writing the same file.
#include "history/historystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

using namespace loopview;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: history_writer PATH ACCOUNT COUNT\n");
        return 2;
    }
    HistoryStore store(args.at(1));
    if (const Result<bool> opened = store.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const qint64 account = args.at(2).toLongLong();
    const int count = args.at(3).toInt();
    for (int i = 1; i <= count; ++i) {
        Snapshot snapshot;
        snapshot.service = QStringLiteral("https://api3.loopring.io");
        snapshot.accountId = account;
        snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
        SnapshotToken token;
        token.tokenId = 0;
        token.symbol = QStringLiteral("ETH");
        token.decimals = 18;
        token.total = Amount::fromUInt64(quint64(i));
        snapshot.tokens = {token, token};
        snapshot.tokens[1].tokenId = 1;
        if (const Result<qint64> id = store.record(snapshot); !id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return 1;
        }
    }
    return 0;
}
