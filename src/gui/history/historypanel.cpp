// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "historypanel.h"

#include "historychart.h"

#include "core/printabletext.h"
#include "gui/amountdisplay.h"
#include "gui/export/balanceexporter.h"

#include <QAbstractItemModel>
#include "gui/export/exportdialog.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace loopview {

namespace {

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString localTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

HistoryPanel::HistoryPanel(const QString &storePath, QWidget *parent)
    : QWidget(parent)
    , m_loader(new HistoryLoader(storePath, this))
    , m_title(wrappedLabel(QStringLiteral("historyTitle"), this))
    , m_notice(wrappedLabel(QStringLiteral("historyNotice"), this))
    , m_valueCaption(wrappedLabel(QStringLiteral("historyValueCaption"), this))
    , m_valueChart(new HistoryChart(this))
    , m_tokenCaption(wrappedLabel(QStringLiteral("historyTokenCaption"), this))
    , m_tokenChart(new HistoryChart(this))
    , m_hoverLabel(wrappedLabel(QStringLiteral("historyHoverText"), this))
    , m_exportButton(new QPushButton(tr("Ex&port History…"), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    setAccessibleName(tr("Balance history"));
    m_valueChart->setObjectName(QStringLiteral("historyValueChart"));
    m_valueChart->setAccessibleName(tr("Total value over time"));
    m_valueChart->setPointText([this](const HistoryPoint &point) { return valuePointText(point); });
    m_tokenChart->setObjectName(QStringLiteral("historyTokenChart"));
    m_tokenChart->setAccessibleName(tr("Token amount over time"));
    m_tokenChart->setPointText([this](const HistoryPoint &point) { return tokenPointText(point); });
    m_exportButton->setObjectName(QStringLiteral("exportHistoryButton"));
    m_exportButton->setToolTip(tr("Save every recorded snapshot of this account as a CSV or JSON file"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hoverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addWidget(m_valueCaption);
    layout->addWidget(m_valueChart, 1);
    layout->addWidget(m_tokenCaption);
    layout->addWidget(m_tokenChart, 1);
    layout->addWidget(m_hoverLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_exportButton);
    layout->addLayout(buttons);

    connect(m_loader, &HistoryLoader::loaded, this, &HistoryPanel::onLoaded);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryPanel::exportHistory);
    for (HistoryChart *chart : {m_valueChart, m_tokenChart}) {
        connect(chart, &HistoryChart::hovered, this, [this](const QString &text) {
            if (!text.isEmpty())
                m_hoverLabel->setText(text);
        });
    }
    showNoAccount(tr("Fetch an account to see its history."));
}

void HistoryPanel::showAccount(const HistoryAccount &account, const QString &accountLabel)
{
    const bool sameAccount = m_account && m_account->service == account.service && m_account->account == account.account;
    m_account = account;
    m_accountLabel = accountLabel;
    if (!sameAccount) {
        // Another account's charts must not stay up while this one's are read.
        m_snapshots.clear();
        render();
    }
    reload();
}

void HistoryPanel::showNoAccount(const QString &reason)
{
    m_loader->cancel();
    m_account.reset();
    m_accountLabel.clear();
    m_snapshots.clear();
    m_stale = false;
    render();
    m_notice->setText(reason);
}

void HistoryPanel::showToken(std::optional<int> tokenId)
{
    if (m_tokenId == tokenId)
        return;
    m_tokenId = tokenId;
    renderToken();
}

void HistoryPanel::reload()
{
    if (!m_account)
        return;
    m_stale = true;
    if (isVisible())
        startLoad();
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_account)
        startLoad();
}

void HistoryPanel::startLoad()
{
    m_stale = false;
    m_loader->load(*m_account);
}

void HistoryPanel::onLoaded(const HistoryLoad &result)
{
    if (!m_account)
        return;
    m_snapshots = result.snapshots;
    render();
    if (result.error)
        m_notice->setText(tr("Could not read the history: %1").arg(printableText(result.error->message)));
    emit historyShown();
}

void HistoryPanel::render()
{
    m_values = valueHistory(m_snapshots);
    m_title->setText(m_account ? tr("History of %1").arg(m_accountLabel) : QString());
    m_title->setVisible(m_account.has_value());
    m_exportButton->setEnabled(!m_snapshots.isEmpty());

    QString notice;
    if (m_account && m_snapshots.isEmpty()) {
        notice = tr("Nothing is recorded for this account yet: each successful fetch adds a snapshot.");
    } else if (!m_snapshots.isEmpty() && m_values.currency.isEmpty()) {
        notice = tr("No price was recorded with any snapshot of this account, so its value cannot be charted.");
    } else if (m_values.snapshotsWithoutPrice > 0) {
        notice = tr("%n snapshot(s) without a recorded %1 price are left out of the value chart.", "",
                    m_values.snapshotsWithoutPrice)
                     .arg(m_values.currency);
    }
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());

    m_valueCaption->setText(m_values.currency.isEmpty() ? tr("Total value")
                                                        : tr("Total value (%1)").arg(m_values.currency));
    m_valueChart->setPoints(m_values.points);
    m_valueChart->setAccessibleDescription(m_values.points.isEmpty() ? tr("No value recorded.")
                                                                     : valuePointText(m_values.points.constLast()));
    m_hoverLabel->setText(m_values.points.isEmpty()
                              ? QString()
                              : tr("Latest: %1").arg(valuePointText(m_values.points.constLast())));
    renderToken();
}

void HistoryPanel::renderToken()
{
    const QList<HistoryPoint> points =
        m_tokenId && !m_snapshots.isEmpty() ? tokenAmountHistory(m_snapshots, *m_tokenId) : QList<HistoryPoint>();
    m_tokenCaption->setText(m_tokenId ? tr("Amount of %1").arg(tokenName())
                                      : tr("Select a token in the table to chart its amount."));
    m_tokenChart->setPoints(points);
    m_tokenChart->setVisible(m_tokenId.has_value());
    m_tokenChart->setAccessibleDescription(points.isEmpty() ? QString() : tokenPointText(points.constLast()));
}

QString HistoryPanel::tokenName() const
{
    if (!m_tokenId)
        return {};
    const QString symbol = recordedSymbol(m_snapshots, *m_tokenId);
    //: A token the token list did not know, by its ID
    return symbol.isEmpty() ? tr("Token #%1").arg(*m_tokenId) : printableText(symbol);
}

QString HistoryPanel::valuePointText(const HistoryPoint &point) const
{
    //: A point of a history chart: "<date and time> — <number> <currency code or token symbol>"
    QString text = tr("%1 — %2 %3").arg(localTime(point.at), amountdisplay::groupMachineText(point.exactText), m_values.currency);
    if (point.unpricedTokens > 0)
        text += QLatin1Char(' ') + tr("(excl. %n token(s) without a price)", "", point.unpricedTokens);
    return text;
}

QString HistoryPanel::tokenPointText(const HistoryPoint &point) const
{
    return tr("%1 — %2 %3").arg(localTime(point.at), amountdisplay::groupMachineText(point.exactText), tokenName());
}

bool HistoryPanel::exportHistory()
{
    if (m_snapshots.isEmpty())
        return false;
    const QList<Snapshot> snapshots = m_snapshots;  // what is shown, even if a reload lands meanwhile
    const BalanceExporter exporter([snapshots](AmountUnit unit) { return makeHistoryRecords(snapshots, unit); },
                                   historyColumns());
    ExportDialog dialog(exporter, window(), exportsettings::HistoryKind);
    dialog.setWindowTitle(tr("Export History"));
    const std::optional<qint64> accountId = snapshots.constLast().accountId;
    dialog.setSuggestedBaseName(QStringLiteral("loopring-%1-history-%2")
                                    .arg(accountId ? QString::number(*accountId) : QStringLiteral("account"),
                                         QDate::currentDate().toString(Qt::ISODate)));
    return m_exportRunner ? m_exportRunner(dialog) : execExportDialog(dialog);
}

} // namespace loopview
