// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "messagebar.h"

#include "palettecolors.h"
#include "symbolicons.h"

#include "core/printabletext.h"

#include <QAccessible>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace loopview {

namespace {

symbolicons::Symbol symbolFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Information: return symbolicons::Symbol::Information;
    case MessageBar::Kind::Positive: return symbolicons::Symbol::Positive;
    case MessageBar::Kind::Warning: return symbolicons::Symbol::Warning;
    case MessageBar::Kind::Error: return symbolicons::Symbol::Error;
    }
    return symbolicons::Symbol::Information;
}

QColor accentFor(MessageBar::Kind kind, const QPalette &palette)
{
    switch (kind) {
    case MessageBar::Kind::Information: return palette.color(QPalette::Highlight);
    case MessageBar::Kind::Positive: return palettecolors::positiveText(palette);
    case MessageBar::Kind::Warning: return palettecolors::warningText(palette);
    case MessageBar::Kind::Error: return palettecolors::negativeText(palette);
    }
    return palette.color(QPalette::Highlight);
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent),
      m_iconLabel(new QLabel(this)),
      m_textLabel(new QLabel(this)),
      m_layout(new QHBoxLayout(this)),
      m_closeButton(new QToolButton(this))
{
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin);
    m_layout->setContentsMargins(margin, margin / 2 + 2, margin / 2, margin / 2 + 2);
    m_layout->setSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));

    m_iconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);  // service messages are text, never markup
    // People copy error messages into bug reports and searches.
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(symbolicons::icon(symbolicons::Symbol::Close));
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });

    m_layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    m_layout->addWidget(m_textLabel, 1);
    m_layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    setAccessibleName(tr("Message"));
    updateIcon();
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    updateIcon();
    setText(text);
    show();
    update();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBar::setText(const QString &text)
{
    // Messages quote outside text (service messages, labels, file names) made printable where it
    // was quoted; the bar checks the whole text once more, the window's last line of defence like
    // Console's for stderr: nothing in it can reorder the line or hide what it says.
    m_textLabel->setText(printableText(text, printable::Unlimited));
    setAccessibleDescription(m_textLabel->text());
}

QString MessageBar::text() const
{
    return m_textLabel->text();
}

void MessageBar::addActionButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_layout->insertWidget(m_layout->indexOf(m_closeButton), button, 0, Qt::AlignVCenter);
    m_actionButtons.append(button);
}

void MessageBar::clearActions()
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
}

void MessageBar::setCloseButtonVisible(bool visible)
{
    m_closeButton->setVisible(visible);
}

void MessageBar::updateIcon()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_iconLabel->setPixmap(symbolicons::icon(symbolFor(m_kind)).pixmap(QSize(size, size), devicePixelRatioF()));
    m_iconLabel->setFixedSize(size, qMax(size, m_textLabel->fontMetrics().height()));
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor window = palette().color(QPalette::Window);
    const QColor accent = accentFor(m_kind, palette());
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(palettecolors::blend(window, accent, 0.7), 1));
    painter.setBrush(palettecolors::blend(window, accent, palettecolors::isDark(palette()) ? 0.22 : 0.14));
    painter.drawRoundedRect(box, 4, 4);
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
}

} // namespace loopview
