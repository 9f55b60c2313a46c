// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QLabel>

namespace loopview {

// A one-line plain-text label that may be narrower than its text: it then shows the text elided
// at the end, and its tooltip then starts with the whole text. For the status bar, whose parts (whose data,
// the status line, the total value) together can be wider than a 1024 px screen: a plain QLabel
// would make the window at least as wide as all of them.
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    // True when the label is too narrow for its text.
    bool isElided() const;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace loopview
