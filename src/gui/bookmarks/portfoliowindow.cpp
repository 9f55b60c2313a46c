// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "portfoliowindow.h"

#include "portfoliomodel.h"

#include "core/bookmarkstore.h"
#include "core/printabletext.h"
#include "core/service.h"
#include "gui/amountdelegate.h"
#include "gui/appidentity.h"
#include "gui/preferences.h"
#include "gui/errortext.h"
#include "gui/messagebar.h"
#include "gui/palettecolors.h"
#include "net/loopringclient.h"
#include "secrets/keystore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace loopview {

namespace {

// The columns of the status list.
enum StatusListColumn { BookmarkColumn, StatusColumn, NftsColumn };

} // namespace

PortfolioWindow::PortfolioWindow(BookmarkStore *store, KeyStore *keys, QWidget *parent)
    : QWidget(parent), m_store(store), m_keys(keys), m_model(new PortfolioModel(this)),
      m_refreshButton(new QPushButton(tr("&Refresh all"), this)),
      m_cancelButton(new QPushButton(tr("Ca&ncel"), this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)), m_valueSummary(new QLabel(this)), m_messageBar(new MessageBar(this)),
      m_statusList(new QTreeWidget(this)), m_portfolioView(new QTreeView(this))
{
    setObjectName(QStringLiteral("portfolioWindow"));
    setAccessibleName(tr("Portfolio"));

    m_refresher.setKeyProvider([this](const Bookmark &bookmark, std::function<void(const QString &)> deliver) {
        if (!m_keys) {
            deliver(QString());
            return;
        }
        // A keyring that fails to answer leaves the bookmark on the default key, not stuck.
        m_keys->readKey(bookmark.id, this, [deliver](const KeyResult &result) {
            deliver(result.ok() ? result.key : QString());
        });
    });
    connect(&m_refresher, &PortfolioRefresher::statusChanged, this, &PortfolioWindow::onStatusChanged);
    connect(&m_refresher, &PortfolioRefresher::progressChanged, this, &PortfolioWindow::onProgress);
    connect(&m_refresher, &PortfolioRefresher::finished, this, &PortfolioWindow::onFinished);
    connect(&m_refresher, &PortfolioRefresher::nftCountChanged, this, &PortfolioWindow::onNftCountChanged);
    connect(&m_refresher, &PortfolioRefresher::tokensFailed, this, [this](const QUrl &baseUrl, const Error &) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("The token list of %1 could not be loaded: amounts of that "
                                     "service are shown in base units with token ids")
                                      .arg(hostLabel(baseUrl)));
    });

    m_refreshButton->setObjectName(QStringLiteral("refreshAllButton"));
    m_refreshButton->setAccessibleName(tr("Refresh all bookmarks"));
    m_cancelButton->setObjectName(QStringLiteral("cancelRefreshButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the refresh"));
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_summary->setAccessibleName(tr("Refresh summary"));
    m_valueSummary->setObjectName(QStringLiteral("portfolioValueLabel"));
    m_valueSummary->setAccessibleName(tr("Portfolio value"));
    m_valueSummary->setTextFormat(Qt::PlainText);
    m_valueSummary->setWordWrap(true);
    m_valueSummary->hide();
    connect(&m_refresher, &PortfolioRefresher::pricesFailed, this, [this](const QUrl &baseUrl, const Error &error) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("The prices of %1 could not be loaded, so its values are empty: %2")
                                      .arg(hostLabel(baseUrl), error.message));
    });
    m_messageBar->hide();
    connect(m_refreshButton, &QPushButton::clicked, this, &PortfolioWindow::refreshAll);
    connect(m_cancelButton, &QPushButton::clicked, this, &PortfolioWindow::cancel);

    m_statusList->setObjectName(QStringLiteral("refreshStatusList"));
    m_statusList->setAccessibleName(tr("Status of each bookmark"));
    m_statusList->setHeaderLabels({tr("Bookmark"), tr("Status"), tr("NFTs")});
    m_statusList->headerItem()->setToolTip(NftsColumn, tr("How many NFTs each account holds"));
    m_statusList->setRootIsDecorated(false);
    m_statusList->header()->setStretchLastSection(false);
    m_statusList->header()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_statusList->header()->setSectionResizeMode(NftsColumn, QHeaderView::ResizeToContents);

    m_portfolioView->setObjectName(QStringLiteral("portfolioView"));
    m_portfolioView->setAccessibleName(tr("Portfolio totals per token"));
    m_portfolioView->setModel(m_model);
    m_portfolioView->setUniformRowHeights(true);
    m_portfolioView->setAlternatingRowColors(true);
    // Decimal points lined up as in the balances table; elided labels whole in the tooltip.
    m_portfolioView->setItemDelegate(new AmountDelegate(m_portfolioView));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_refreshButton);
    controls->addWidget(m_cancelButton);
    controls->addWidget(m_progress, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_statusList);
    splitter->addWidget(m_portfolioView);
    splitter->setStretchFactor(1, 3);
    // A few status lines need little room; the totals get most of it from the start.
    splitter->setSizes({100, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_valueSummary);
    layout->addWidget(splitter, 1);

    updateButtons();
}

PortfolioWindow::~PortfolioWindow() = default;

void PortfolioWindow::refreshAll()
{
    m_messageBar->hide();
    m_statusList->clear();
    m_statusItems.clear();
    const QList<Bookmark> bookmarks = m_store->bookmarks();
    for (const Bookmark &bookmark : bookmarks) {
        auto *item = new QTreeWidgetItem(m_statusList, {printableText(bookmark.label, printable::Unlimited), QString()});
        m_statusItems.insert(bookmark.id, item);
    }
    m_model->setPortfolio(Portfolio());
    m_progress->setRange(0, std::max<int>(1, int(bookmarks.size())));
    m_progress->setValue(0);
    if (bookmarks.isEmpty())
        m_summary->setText(tr("No bookmarks yet: add one to see a portfolio."));
    // In the currency the balances table uses (Edit ▸ Preferences).
    const QString currency = Preferences::load(openAppSettings()).currency;
    m_refresher.start(bookmarks, m_defaultKey ? m_defaultKey() : QString(), currency);
    showPortfolio();
    updateButtons();
}

void PortfolioWindow::cancel()
{
    m_refresher.cancel();
}

QString PortfolioWindow::statusText(const QString &bookmarkId) const
{
    switch (m_refresher.status(bookmarkId)) {
    case PortfolioRefresher::Status::Queued:
        return tr("Waiting");
    case PortfolioRefresher::Status::Running:
        return tr("Fetching…");
    case PortfolioRefresher::Status::Done:
        return tr("Done");
    case PortfolioRefresher::Status::Cancelled:
        return tr("Cancelled");
    case PortfolioRefresher::Status::Failed:
        break;
    }
    const std::optional<Error> error = m_refresher.error(bookmarkId);
    const std::optional<Bookmark> bookmark = m_store->findById(bookmarkId);
    const QUrl baseUrl = bookmark ? bookmark->effectiveBaseUrl() : QUrl();
    // The word first, not only a colour: a failed account must be told apart from a done one.
    return error ? tr("Failed: %1")
                           .arg(errortext::describe(*error, baseUrl,
                                                    int(std::chrono::duration_cast<std::chrono::seconds>(DefaultRequestTimeout).count()),
                                                    errortext::RetryBy::RefreshAll))
                 : tr("Failed");
}

void PortfolioWindow::onStatusChanged(const QString &bookmarkId, PortfolioRefresher::Status status)
{
    if (QTreeWidgetItem *item = m_statusItems.value(bookmarkId)) {
        item->setText(StatusColumn, statusText(bookmarkId));
        item->setToolTip(StatusColumn, item->text(StatusColumn));
        // A failed row has its own icon and text besides its colour.
        const bool failed = status == PortfolioRefresher::Status::Failed;
        item->setIcon(StatusColumn, failed ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        item->setForeground(StatusColumn, failed ? QBrush(palettecolors::negativeText(palette())) : QBrush());
    }
    updatePartialMarks();
    // Partial results are worth seeing while slower accounts are still loading.
    if (status == PortfolioRefresher::Status::Done) {
        showPortfolio();
        fitColumns();
    }
}

void PortfolioWindow::onNftCountChanged(const QString &bookmarkId)
{
    QTreeWidgetItem *item = m_statusItems.value(bookmarkId);
    if (!item)
        return;
    item->setTextAlignment(NftsColumn, Qt::AlignRight | Qt::AlignVCenter);
    if (const std::optional<qint64> count = m_refresher.nftCount(bookmarkId)) {
        item->setText(NftsColumn, QLocale().toString(*count));
        item->setToolTip(NftsColumn, tr("NFTs held by this account: %1").arg(QLocale().toString(*count)));
        return;
    }
    // The balances stand; only the count is missing, and the tooltip says why.
    const std::optional<Error> error = m_refresher.nftError(bookmarkId);
    const std::optional<Bookmark> bookmark = m_store->findById(bookmarkId);
    item->setText(NftsColumn, QStringLiteral("—"));
    item->setToolTip(NftsColumn, error ? tr("The NFTs could not be counted: %1")
                                             .arg(errortext::describe(*error, bookmark ? bookmark->effectiveBaseUrl() : QUrl(),
                                                                      int(std::chrono::duration_cast<std::chrono::seconds>(DefaultRequestTimeout).count())))
                                       : QString());
}

void PortfolioWindow::fitColumns()
{
    // Sums are exact and must be read whole, and a label cut to "Saving…" names no account: every
    // column grows to its content (never shrinks, so a width the user chose stays).
    QHeaderView *header = m_portfolioView->header();
    const int breathingRoom = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column = 0; column < header->count(); ++column) {
        const QAbstractItemView *view = m_portfolioView;  // QTreeView hides sizeHintForColumn
        const int needed = qMax(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed + breathingRoom);
    }
}

void PortfolioWindow::onProgress(int finished, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(finished);
}

void PortfolioWindow::showPortfolio()
{
    m_model->setPortfolio(m_refresher.portfolio(), m_refresher.prices());
    const QString value = m_model->valueSummary();
    m_valueSummary->setText(value);
    m_valueSummary->setVisible(!value.isEmpty());
}

QString PortfolioWindow::valueText() const
{
    return m_valueSummary->text();
}

void PortfolioWindow::onFinished()
{
    showPortfolio();
    m_portfolioView->expandToDepth(-1);
    fitColumns();
    updatePartialMarks();
    if (m_model->portfolio().anyOverflow()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("Some sums exceed the largest possible token amount: the "
                                     "service's data cannot be right for those tokens."));
    }
    updateButtons();
    emit refreshFinished();
}

QString PortfolioWindow::summaryText() const
{
    int done = 0;
    int failed = 0;
    int cancelled = 0;
    const QList<Bookmark> bookmarks = m_store->bookmarks();
    for (const Bookmark &bookmark : bookmarks) {
        switch (m_refresher.status(bookmark.id)) {
        case PortfolioRefresher::Status::Done:
            ++done;
            break;
        case PortfolioRefresher::Status::Failed:
            ++failed;
            break;
        case PortfolioRefresher::Status::Cancelled:
            ++cancelled;
            break;
        default:
            break;
        }
    }
    const int total = m_refresher.totalCount();
    if (total == 0)
        return tr("No bookmarks yet: add one to see a portfolio.");
    if (m_refresher.isRunning())
        //: %1 accounts of %2 are in the totals so far
        return tr("Partial totals: %1 of %2 accounts fetched so far").arg(done).arg(total);
    QString text = isPartial() ? tr("Partial totals: %1 of %2 accounts included").arg(done).arg(total)
                               : tr("%n account(s) refreshed", nullptr, done);
    if (failed > 0)
        text += QStringLiteral("; ") + tr("%n failed", nullptr, failed);
    if (cancelled > 0)
        text += QStringLiteral("; ") + tr("%n cancelled", nullptr, cancelled);
    return text;
}

bool PortfolioWindow::isPartial() const
{
    if (m_refresher.totalCount() == 0)
        return false;
    if (m_refresher.isRunning())
        return true;
    const QList<Bookmark> bookmarks = m_store->bookmarks();
    return std::any_of(bookmarks.cbegin(), bookmarks.cend(), [this](const Bookmark &bookmark) {
        const PortfolioRefresher::Status status = m_refresher.status(bookmark.id);
        return status == PortfolioRefresher::Status::Failed || status == PortfolioRefresher::Status::Cancelled;
    });
}

void PortfolioWindow::updatePartialMarks()
{
    m_summary->setText(summaryText());
    const bool partial = isPartial();
    QFont font = m_summary->font();
    font.setBold(partial);
    m_summary->setFont(font);
    m_portfolioView->setAccessibleName(partial ? tr("Portfolio totals per token, partial")
                                               : tr("Portfolio totals per token"));
}

void PortfolioWindow::updateButtons()
{
    m_refreshButton->setEnabled(!m_refresher.isRunning());
    m_cancelButton->setEnabled(m_refresher.isRunning());
}

} // namespace loopview
