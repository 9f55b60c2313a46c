// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Whole-process figures of the window that a QBENCHMARK loop cannot give, for
// benchmarks/windowtimes.py. Opens the main window as `loopview` does (same application names,
// hence the same settings and token cache), fetches one account from the fake service at
// BASE_URL, and reports through PaintProbe (LOOPVIEW_PAINT_PROBE must be set) when the rows are
// painted. Then it stays idle for IDLE_MS, prints its resident set size and quits:
//   bench_window BASE_URL ACCOUNT_ID [IDLE_MS]
//   → loopview-probe: … lines, then "bench_window: idle-rss-kib <KiB>"
// The API key is a fixed dummy: the fake service does not check it.
#include "gui/bookmarks/bookmarksintegration.h"
#include "gui/mainwindow.h"
#include "gui/paintprobe.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression vmRss(QStringLiteral("^VmRSS:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    return vmRss.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Loopview"));
    QApplication::setApplicationName(QStringLiteral("Loopview"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: LOOPVIEW_PAINT_PROBE=1 bench_window BASE_URL ACCOUNT_ID [IDLE_MS]\n");
        return 2;
    }
    const int idleMs = args.value(3, QStringLiteral("1000")).toInt();

    loopview::MainWindow window;
    loopview::installBookmarks(&window);
    window.show();
    loopview::PaintProbe *probe = loopview::PaintProbe::installIfRequested(&window, window.balancesView());
    if (!probe) {
        std::fprintf(stderr, "bench_window: set LOOPVIEW_PAINT_PROBE=1\n");
        return 2;
    }
    QObject::connect(probe, &loopview::PaintProbe::rowsPainted, &app, [idleMs] {
        QTimer::singleShot(idleMs, [] {
            std::printf("bench_window: idle-rss-kib %lld\n", static_cast<long long>(residentKib()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    });
    QTimer::singleShot(60000, [] {
        std::fprintf(stderr, "bench_window: no rows painted within 60 s\n");
        QCoreApplication::exit(1);
    });

    window.loadQuery({loopview::Network::Custom, QUrl(args.at(1)), args.at(2), {}}, false);
    window.setApiKey(QStringLiteral("bench-key-not-a-secret"));
    window.fetch();
    return QApplication::exec();
}
