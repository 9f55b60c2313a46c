// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace loopview {

// An inline, non-modal message above the content (in the spirit of KDE's KMessageWidget): an icon,
// a sentence, optional action buttons and a close button. Colours are tints of the palette, so the
// bar stays readable in light and dark themes. Screen readers are told when a message appears.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Positive, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    // Sets kind and text and shows the bar; the actions stay until clearActions().
    void showMessage(Kind kind, const QString &text);
    void setText(const QString &text);  // keeps kind and visibility (countdowns)
    QString text() const;
    Kind kind() const { return m_kind; }

    // Adds a button for `action` before the close button (e.g. "Try again", "Leave demo").
    void addActionButton(QAction *action);
    void clearActions();
    QList<QToolButton *> actionButtons() const { return m_actionButtons; }

    void setCloseButtonVisible(bool visible);
    QToolButton *closeButton() const { return m_closeButton; }

signals:
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Kind m_kind = Kind::Information;
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    QHBoxLayout *m_layout;
    QList<QToolButton *> m_actionButtons;
    QToolButton *m_closeButton;
};

} // namespace loopview
