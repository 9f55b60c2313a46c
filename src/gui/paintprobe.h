// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QWidget;

namespace loopview {

// Paint timing for benchmarks/ (not a feature). With LOOPVIEW_PAINT_PROBE set in the environment,
// reports on stderr when the window is first painted and when its balance table is first painted
// with rows, in nanoseconds of CLOCK_MONOTONIC (one clock for every process on the machine, so a
// benchmark script, and the fake server that notes when it sent its last byte, can subtract):
//   loopview-probe: window-painted <ns>
//   loopview-probe: rows-painted <rows> <ns>
// With LOOPVIEW_PAINT_PROBE=quit-after-window or =quit-after-rows the application quits after that
// report. A time is taken once the paint event that triggered it has been handled, i.e. after the
// frame was flushed.
class PaintProbe : public QObject
{
    Q_OBJECT
public:
    // Installs a probe on `window` (owned by it) when the environment asks for one; else nullptr.
    static PaintProbe *installIfRequested(QWidget *window, QAbstractItemView *table);

    static qint64 monotonicNanoseconds();

signals:
    void windowPainted();
    void rowsPainted(int rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Quit { Never, AfterWindow, AfterRows };
    PaintProbe(QWidget *window, QAbstractItemView *table, Quit quit);
    void reportWindowPainted();
    void reportRowsPainted(int rows);

    QPointer<QWidget> m_window;
    QPointer<QAbstractItemView> m_table;
    Quit m_quit = Quit::Never;
    bool m_windowPainted = false;
    bool m_rowsPainted = false;
};

} // namespace loopview
