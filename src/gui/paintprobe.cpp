// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "paintprobe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace loopview {

PaintProbe *PaintProbe::installIfRequested(QWidget *window, QAbstractItemView *table)
{
    if (!qEnvironmentVariableIsSet("LOOPVIEW_PAINT_PROBE"))
        return nullptr;
    const QString mode = qEnvironmentVariable("LOOPVIEW_PAINT_PROBE");
    const Quit quit = mode == QLatin1String("quit-after-window") ? Quit::AfterWindow
        : mode == QLatin1String("quit-after-rows")                ? Quit::AfterRows
                                                                   : Quit::Never;
    auto *probe = new PaintProbe(window, table, quit);
    // Paint events go to each widget that is drawn, not to the window as a whole.
    qApp->installEventFilter(probe);
    return probe;
}

qint64 PaintProbe::monotonicNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

PaintProbe::PaintProbe(QWidget *window, QAbstractItemView *table, Quit quit)
    : QObject(window)
    , m_window(window)
    , m_table(table)
    , m_quit(quit)
{
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || !watched->isWidgetType() || !m_window)
        return false;
    const auto *widget = static_cast<QWidget *>(watched);
    if (!m_windowPainted && widget->window() == m_window) {
        m_windowPainted = true;
        // Queued: runs once the whole frame this event belongs to has been painted and flushed.
        QMetaObject::invokeMethod(this, &PaintProbe::reportWindowPainted, Qt::QueuedConnection);
    }
    if (!m_rowsPainted && m_table && widget == m_table->viewport() && m_table->model()
        && m_table->model()->rowCount() > 0) {
        m_rowsPainted = true;
        const int rows = m_table->model()->rowCount();
        QMetaObject::invokeMethod(this, [this, rows] { reportRowsPainted(rows); }, Qt::QueuedConnection);
    }
    return false;
}

void PaintProbe::reportWindowPainted()
{
    std::fprintf(stderr, "loopview-probe: window-painted %lld\n", static_cast<long long>(monotonicNanoseconds()));
    std::fflush(stderr);
    emit windowPainted();
    if (m_quit == Quit::AfterWindow)
        QCoreApplication::quit();
}

void PaintProbe::reportRowsPainted(int rows)
{
    std::fprintf(stderr, "loopview-probe: rows-painted %d %lld\n", rows,
                 static_cast<long long>(monotonicNanoseconds()));
    std::fflush(stderr);
    emit rowsPainted(rows);
    if (m_quit == Quit::AfterRows)
        QCoreApplication::quit();
}

} // namespace loopview
