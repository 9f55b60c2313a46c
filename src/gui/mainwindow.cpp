// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "mainwindow.h"
#include "appidentity.h"

#include "ui_mainwindow.h"

#include "accessibleparts.h"
#include "amountdelegate.h"
#include "balanceproxymodel.h"
#include "balancetableactions.h"
#include "balancetablemodel.h"
#include "elidinglabel.h"
#include "errortext.h"
#include "messagebar.h"
#include "networkcombo.h"
#include "nft/nftpanel.h"
#include "nft/nftthumbnails.h"
#include "nft/nftsession.h"
#include "palettecolors.h"
#include "preferences.h"
#include "forgethistoryaction.h"
#include "historyrecorder.h"
#include "preferencesaction.h"
#include "relativetime.h"
#include "symbolicons.h"
#include "wallclock.h"
#include "export/exportactions.h"

#include "core/service.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>

namespace loopview {

namespace {

// Settings keys carry a version so a later layout change can ignore old blobs instead of
// restoring garbage. The API key never has a key here.
const QString GeometryKey = QStringLiteral("mainwindow/v1/geometry");
const QString WindowStateKey = QStringLiteral("mainwindow/v1/state");
const QString LayoutKey = QStringLiteral("balances/v2/layout");
const QString TabKey = QStringLiteral("mainwindow/v1/tab");  // "tokens" or "nfts"
const QString NetworkKey = QStringLiteral("query/v1/network");
const QString CustomUrlKey = QStringLiteral("query/v1/customUrl");
const QString AccountKey = QStringLiteral("query/v1/account");
const QString TokensKey = QStringLiteral("query/v1/tokens");

// The Change column's base for an answer to `question`: the totals of the `previous` snapshot of
// the same account. Tokens it held that a token filter left out are not shown as vanished.
BalanceChangeBase changesSince(const Snapshot &previous, const BalancesQuestion &question)
{
    return BalanceChangeBase{previous.fetchedAt, totalsByToken(previous), question.asksForWholeAccount()};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_session(new BalancesSession(this)),
      m_model(new BalanceTableModel(this)),
      m_proxy(new BalanceProxyModel(this)),
      m_demoBanner(nullptr),
      m_messageBar(nullptr),
      m_statusLabel(new ElidingLabel(this)),
      m_shownLabel(new ElidingLabel(this)),
      m_valueLabel(new ElidingLabel(this)),
      m_clock(new WallClock(std::chrono::seconds(30), this)),
      m_busyBar(new QProgressBar(this)),
      m_retryAction(new QAction(tr("Try &Again"), this)),
      m_leaveDemoAction(new QAction(tr("&Leave Demo"), this))
{
    m_ui->setupUi(this);
    // The window icon comes from QApplication::windowIcon (set in main with every size).

    m_demoBanner = new MessageBar(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setAccessibleName(tr("Demo data notice"));
    m_demoBanner->setCloseButtonVisible(false);
    m_demoBanner->addActionButton(m_leaveDemoAction);
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setAccessibleName(tr("Error message"));
    m_ui->messageLayout->addWidget(m_demoBanner);
    m_ui->messageLayout->addWidget(m_messageBar);

    setupForm();
    setupTable();
    setupStatusBar();
    setupActions();
    m_exportActions = new ExportActions(this, m_tableActions, m_session);
    new PreferencesAction(this);  // Edit ▸ Preferences…
    m_history = new HistoryRecorder(QString(), this);
    m_forgetHistory = new ForgetHistoryAction(this, m_session, m_history);
    // In the File menu above Quit: it is about the account's data, like export.
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_forgetHistory->action());
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(m_forgetHistory, &ForgetHistoryAction::finished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // The balances are on screen whatever happens to their record: a history that cannot be
    // written is worth a word in the status bar, not an error over the table.
    connect(m_history, &HistoryRecorder::recordFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The balances could not be recorded in the history: %1").arg(message), 8000);
    });
    connect(m_history, &HistoryRecorder::forgotten, this, &MainWindow::onHistoryForgotten);

    // The NFTs of each query, beside its token balances: their own session and panel (gui/nft).
    m_nftSession = new NftSession(fetchController()->client(), this);
    m_nftPanel = new NftPanel(m_nftSession, this);
    m_ui->contentTabs->addTab(m_nftPanel, tr("NFT&s"));

    connect(m_session, &BalancesSession::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_session, &BalancesSession::statusChanged, this, [this] {
        showContent();
        updateStatusText();
    });
    connect(m_session, &BalancesSession::snapshotChanged, this, &MainWindow::onSucceeded);
    connect(m_clock, &WallClock::ticked, this, &MainWindow::updateStatusText);
    connect(m_session, &BalancesSession::failed, this, &MainWindow::onFailed);
    connect(m_session, &BalancesSession::cancelled, this, &MainWindow::onCancelled);
    connect(m_session, &BalancesSession::retrying, this, &MainWindow::onRetrying);
    connect(m_session, &BalancesSession::retryCountdown, this, [this](const QString &message) {
        if (m_showingRetry)
            m_messageBar->setText(message);
    });
    connect(fetchController(), &FetchController::keyAccepted, m_form, &QueryFormController::rememberOrForgetKey);
    connect(fetchController(), &FetchController::tokensChanged, this, [this](const QUrl &baseUrl, const TokenRegistry &) {
        if (isSameService(baseUrl, selectedBaseUrl()))
            m_form->refreshTokens();
    });

    connect(m_form, &QueryFormController::requestReady, this, &MainWindow::startRequest);
    connect(m_form, &QueryFormController::invalid, this, [this](const QString &message) { showError(message, false); });
    connect(m_form, &QueryFormController::keyNeeded, this, [this] {
        m_keyNeededToRefresh = true;
        updateRefreshHint();
    });
    connect(m_form, &QueryFormController::fieldFlagged, m_messageBar, &QWidget::hide);
    connect(m_form, &QueryFormController::rememberFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The API key could not be remembered: %1").arg(message), 8000);
    });
    connect(m_form, &QueryFormController::forgetFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The remembered API key could not be removed: %1").arg(message), 8000);
    });

    restoreSettings();
    setKeyStore(nullptr);
    applyMessageLabelStyle();
    m_form->recheckFields();
    showContent();
    updateStatusText();
    updateCopyActions();
    // Typing at once should go somewhere useful: the account is what every fetch needs first.
    m_ui->accountEdit->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // The form's widgets go before the controller (both are children); it lets go of them first.
    m_form->detachFromWidgets();
}

// ---------------------------------------------------------------------------------------------
// Setup

void MainWindow::setupForm()
{
    QueryFormWidgets widgets;
    widgets.network = m_ui->networkCombo;
    widgets.customUrl = m_ui->customUrlEdit;
    widgets.networkUrl = m_ui->networkUrlLabel;
    widgets.customUrlMessage = m_ui->customUrlMessageLabel;
    widgets.account = m_ui->accountEdit;
    widgets.accountMessage = m_ui->accountMessageLabel;
    widgets.tokenFilter = m_ui->tokenFilterEdit;
    widgets.tokenFilterMessage = m_ui->tokenFilterMessageLabel;
    widgets.apiKey = m_ui->apiKeyEdit;
    widgets.rememberKey = m_ui->rememberKeyCheck;
    m_form = new QueryFormController(widgets, m_session, this);
    QComboBox *network = m_ui->networkCombo;
    network->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    network->setSizePolicy(QSizePolicy::Fixed, network->sizePolicy().verticalPolicy());

    // Enter anywhere in the form fetches: a QMainWindow has no default button of its own.
    for (QLineEdit *edit : {m_ui->customUrlEdit, m_ui->accountEdit, m_ui->tokenFilterEdit, m_ui->apiKeyEdit})
        connect(edit, &QLineEdit::returnPressed, this, &MainWindow::fetch);
    connect(m_ui->fetchButton, &QPushButton::clicked, this, &MainWindow::fetch);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelFetch);
    connect(m_ui->tryDemoButton, &QPushButton::clicked, this, &MainWindow::startDemo);

    // The eye in the key field and View ▸ Show API Key are one action, so the keyboard reaches it.
    QAction *showKey = m_ui->actionShowApiKey;
    showKey->setIcon(symbolicons::icon(symbolicons::Symbol::Eye));
    m_ui->apiKeyEdit->addAction(showKey, QLineEdit::TrailingPosition);
    connect(showKey, &QAction::toggled, this, [this, showKey](bool shown) {
        m_ui->apiKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showKey->setIcon(symbolicons::icon(shown ? symbolicons::Symbol::EyeCrossed : symbolicons::Symbol::Eye));
        showKey->setToolTip(shown ? tr("Hide the API key") : tr("Show the API key in clear text"));
    });

    for (QLineEdit *edit : {m_ui->customUrlEdit, m_ui->accountEdit, m_ui->tokenFilterEdit, m_ui->filterEdit})
        accessibleparts::nameClearButton(edit);
    m_accountPlaceholder = m_ui->accountEdit->placeholderText();
    m_ui->staleLabel->hide();
    // It may name two accounts ("Showing account A: account B could not be fetched"): it wraps
    // rather than widening the window.
    m_ui->staleLabel->setWordWrap(true);
    m_ui->staleLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ui->staleLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // All the row's spare room goes to it, not half to the spacer before it: a wrapping label's
    // own size hint is narrow, and "Last fetched 15:51 — not refreshed yet" broke before "yet"
    // beside half a row of empty space.
    m_ui->viewOptionsRow->setStretchFactor(m_ui->staleLabel, 1);
    // The filter then keeps only its minimum: let that show its whole hint ("Symbol, name or token
    // ID"). QLineEdit's size hint is 17 'x' wide plus everything around the text (frame, margins,
    // the clear button): the hint's width plus that, and two 'x' for the cursor and rounding,
    // which the line edit keeps free before it elides.
    const QFontMetrics filterMetrics = m_ui->filterEdit->fontMetrics();
    const int x = filterMetrics.horizontalAdvance(QLatin1Char('x'));
    const int aroundText = m_ui->filterEdit->sizeHint().width() - 17 * x;
    m_ui->filterEdit->setMinimumWidth(filterMetrics.horizontalAdvance(m_ui->filterEdit->placeholderText()) + aroundText + 2 * x);

    // The empty page greets with the application icon above its title.
    auto *emptyIcon = new QLabel(m_ui->emptyPage);
    emptyIcon->setObjectName(QStringLiteral("emptyIconLabel"));
    emptyIcon->setAlignment(Qt::AlignCenter);
    emptyIcon->setPixmap(QApplication::windowIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    m_ui->emptyPageLayout->insertWidget(m_ui->emptyPageLayout->indexOf(m_ui->emptyTitleLabel), emptyIcon);
    m_ui->emptyPageLayout->setSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) * 2);

    QFont titleFont = m_ui->emptyTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->emptyTitleLabel->setFont(titleFont);
    m_ui->tryDemoButton->setMinimumWidth(m_ui->tryDemoButton->sizeHint().width() + 32);
}

void MainWindow::setupTable()
{
    m_proxy->setSourceModel(m_model);
    QTableView *view = m_ui->balancesView;
    view->setModel(m_proxy);
    m_tableActions = new BalanceTableActions(view, m_model, m_proxy, this);

    auto *amountDelegate = new AmountDelegate(view);
    for (int column = BalanceTableModel::TotalColumn; column <= BalanceTableModel::PendingWithdrawColumn; ++column)
        view->setItemDelegateForColumn(column, amountDelegate);

    accessibleparts::nameCornerButton(view);

    view->sortByColumn(BalanceTableModel::TokenColumn, Qt::AscendingOrder);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &BalanceProxyModel::setFilterText);
    connect(m_ui->hideZeroCheck, &QCheckBox::toggled, m_proxy, &BalanceProxyModel::setHideZeroBalances);
    connect(m_ui->hideZeroCheck, &QCheckBox::toggled, m_ui->actionHideZero, &QAction::setChecked);
    connect(m_ui->actionHideZero, &QAction::toggled, m_ui->hideZeroCheck, &QCheckBox::setChecked);
    connect(m_ui->actionRoundToPrecision, &QAction::toggled, m_model, &BalanceTableModel::setRoundToTokenPrecision);
    // Remembered at once, not at exit: it is also a preference, and the dialog reads the settings.
    connect(m_ui->actionRoundToPrecision, &QAction::toggled, this, [](bool round) {
        QSettings settings = openAppSettings();
        Preferences::saveRoundToTokenPrecision(settings, round);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateStatusText);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusText);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatusText);

    connect(view, &QTableView::customContextMenuRequested, this, &MainWindow::showTableContextMenu);
    connect(m_tableActions, &BalanceTableActions::changed, this, &MainWindow::updateCopyActions);
}

void MainWindow::setupStatusBar()
{
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Status"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    // Whose data comes first, a part of its own, so other parts (values, the busy bar) can follow.
    m_shownLabel->setObjectName(QStringLiteral("shownLabel"));
    m_shownLabel->setAccessibleName(tr("Shown account"));
    m_shownLabel->setTextFormat(Qt::PlainText);
    // Bold: it is what the rest of the status bar is about, and the parts have no separator.
    QFont whoseFont = m_shownLabel->font();
    whoseFont.setBold(true);
    m_shownLabel->setFont(whoseFont);
    statusBar()->addWidget(m_shownLabel);
    statusBar()->addWidget(m_statusLabel, 1);
    // Beside the status line, not in it: the account's worth is read on its own.
    m_valueLabel->setObjectName(QStringLiteral("valueLabel"));
    m_valueLabel->setAccessibleName(tr("Total value"));
    m_valueLabel->setTextFormat(Qt::PlainText);
    m_valueLabel->hide();
    statusBar()->addPermanentWidget(m_valueLabel);

    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setAccessibleName(tr("Request in progress"));
    m_busyBar->setRange(0, 0);  // indeterminate: the API gives no progress to report
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_busyBar->setMaximumHeight(fontMetrics().height());
    m_busyBar->hide();
    statusBar()->addPermanentWidget(m_busyBar);
}

void MainWindow::setupActions()
{
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionCopy->setShortcut(QKeySequence::Copy);
    // Copy shortcuts act on the balances table only, so Ctrl+C in another view (bookmarks, a
    // dialog) keeps its own meaning; the Edit menu still reaches them from anywhere.
    for (QAction *action : {m_ui->actionCopy, m_ui->actionCopyRow}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->balancesView->addAction(action);
    }
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionRefresh->setIcon(symbolicons::icon(symbolicons::Symbol::Refresh));

    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionTryDemo, &QAction::triggered, this, &MainWindow::startDemo);
    connect(m_ui->actionCopy, &QAction::triggered, m_tableActions, &BalanceTableActions::copySelection);
    connect(m_ui->actionCopyAmount, &QAction::triggered, m_tableActions, &BalanceTableActions::copyCurrentAmount);
    connect(m_ui->actionCopyRow, &QAction::triggered, m_tableActions, &BalanceTableActions::copyCurrentRow);
    connect(m_ui->actionCopyTokenId, &QAction::triggered, m_tableActions, &BalanceTableActions::copyCurrentTokenId);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelFetch);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Loopview"),
                           tr("<h3>Loopview %1</h3>"
                              "<p>A read-only desktop viewer for Loopring layer-2 balances.</p>"
                              "<p>Amounts are shown exactly as the service reports them, never "
                              "rounded. Your API key is sent only to the selected service and is "
                              "never written to disk by this window.</p>")
                                   .arg(QStringLiteral(LOOPVIEW_VERSION)));
    });

    m_retryAction->setToolTip(tr("Send the request again"));
    connect(m_retryAction, &QAction::triggered, this, &MainWindow::refresh);
    m_leaveDemoAction->setToolTip(tr("Clear the demo data and go back to the empty form"));
    connect(m_leaveDemoAction, &QAction::triggered, this, &MainWindow::leaveDemo);
}

// ---------------------------------------------------------------------------------------------
// Settings

void MainWindow::restoreSettings()
{
    QSettings settings = openAppSettings();
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: room for the table's seven columns and a side panel, within the screen.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1280, available.width() * 92 / 100), qMin(800, available.height() * 92 / 100));
    }
    restoreState(settings.value(WindowStateKey).toByteArray());
    // Column widths, order, hidden columns and the sort indicator (the view sorts by the indicator).
    m_ui->balancesView->restoreLayout(settings.value(LayoutKey).toByteArray());
    if (settings.value(TabKey).toString() == QLatin1String("nfts"))
        m_ui->contentTabs->setCurrentWidget(m_nftPanel);

    const std::optional<Network> network = networkFromKey(settings.value(NetworkKey).toString());
    networkcombo::select(m_ui->networkCombo, network.value_or(Network::Mainnet));
    m_ui->customUrlEdit->setText(settings.value(CustomUrlKey).toString());
    m_ui->accountEdit->setText(settings.value(AccountKey).toString());
    m_ui->tokenFilterEdit->setText(settings.value(TokensKey).toString());
    m_firstStart = !settings.contains(AccountKey);

    const Preferences preferences = Preferences::load(settings);
    if (preferences.startNetwork) {
        networkcombo::select(m_ui->networkCombo, *preferences.startNetwork);
        if (preferences.startNetwork == Network::Custom)
            m_ui->customUrlEdit->setText(preferences.startCustomUrl.toString());
    }
    applyPreferences(preferences);
}

void MainWindow::saveWindowSettings() const
{
    QSettings settings = openAppSettings();
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(WindowStateKey, saveState());
    settings.setValue(LayoutKey, m_ui->balancesView->saveLayout());
    settings.setValue(TabKey, m_ui->contentTabs->currentWidget() == m_nftPanel ? QStringLiteral("nfts")
                                                                                : QStringLiteral("tokens"));
}

void MainWindow::saveQuerySettings() const
{
    // Only what identifies the query; the API key is a secret and never goes to QSettings.
    const QueryForm form = queryForm();
    QSettings settings = openAppSettings();
    settings.setValue(NetworkKey, networkKey(form.network));
    settings.setValue(CustomUrlKey, form.customUrl.toString());
    settings.setValue(AccountKey, form.account);
    settings.setValue(TokensKey, form.tokens);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->cancel();
    m_nftSession->cancel();
    saveWindowSettings();
    event->accept();
}

// ---------------------------------------------------------------------------------------------
// Form

void MainWindow::setApiKey(const QString &key)
{
    m_form->setApiKey(key);
}

void MainWindow::loadQuery(const QueryForm &form, bool fetchNow)
{
    m_form->load(form);
    if (fetchNow)
        fetch();  // looks the remembered key up first when the field may take it
    else
        m_form->fillRememberedKey();
}

void MainWindow::setRequestTimeout(std::chrono::milliseconds timeout)
{
    fetchController()->setTimeout(timeout);
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    setRequestTimeout(preferences.requestTimeout);
    m_ui->hideZeroCheck->setChecked(preferences.hideZeroBalances);
    m_ui->actionRoundToPrecision->setChecked(preferences.roundToTokenPrecision);
    const bool newCurrency = preferences.currency != m_currency;
    m_currency = preferences.currency;
    if (m_history)
        m_history->setRecording(preferences.recordHistory);
    m_nftPanel->thumbnails()->setOptions(preferences.showNftThumbnails, preferences.ipfsGateway);
    // Values in the old currency would now be mislabelled: ask for the new prices at once.
    if (newCurrency && m_session->hasSnapshot())
        refresh();
    emit preferencesApplied(preferences);
}

void MainWindow::applyMessageLabelStyle()
{
    // Field messages are secondary text: a little smaller than the fields they explain.
    m_form->applyStyle(font());
    palettecolors::applyWarningNoticeStyle(m_ui->staleLabel);

    // Fetch is what Enter does: it must look it even when another control has the focus frame.
    // Styles such as Fusion draw "default" and "focused" alike, so it carries the accent colour
    // and bold text of its own.
    QPushButton *fetchButton = m_ui->fetchButton;
    QPalette accent = QGuiApplication::palette();
    accent.setColor(QPalette::Button, accent.color(QPalette::Highlight));
    accent.setColor(QPalette::ButtonText, accent.color(QPalette::HighlightedText));
    fetchButton->setPalette(accent);
    QFont boldButton = font();
    boldButton.setBold(true);
    fetchButton->setFont(boldButton);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyMessageLabelStyle();
}

// ---------------------------------------------------------------------------------------------
// Fetching

void MainWindow::fetch()
{
    m_form->submit();
}

void MainWindow::startDemo()
{
    const Result<QUrl> url = checkedBaseUrl();
    m_messageBar->hide();
    m_messageBar->clearActions();
    const QUrl baseUrl = url ? *url : defaultBaseUrl(Network::Mainnet);
    m_keyNeededToRefresh = false;
    readPreviousSnapshot(std::nullopt);  // the demo has no history
    m_session->startDemo(baseUrl, m_currency);
    m_nftSession->startDemo(baseUrl);
}

void MainWindow::startRequest(const FetchRequest &formRequest)
{
    m_messageBar->hide();
    m_messageBar->clearActions();
    FetchRequest request = formRequest;
    request.currency = m_currency;
    m_keyNeededToRefresh = false;
    readPreviousSnapshot(HistoryRecorder::accountOf(BalancesQuestion::of(request)));
    m_session->fetch(request);
    m_nftSession->fetch(request, fetchController()->timeout());
}

void MainWindow::refresh()
{
    if (isBusy())
        return;
    // The question that failed, else the one on screen, is asked again: never the demo instead of
    // an account that failed. The form shows it first, so it says what is being fetched and its
    // remembered key applies.
    const std::optional<BalancesQuestion> failed = m_session->failedQuestion();
    const std::optional<BalancesQuestion> question =
            failed ? failed : (m_session->hasSnapshot() ? std::optional(m_session->snapshot()->question()) : std::nullopt);
    if (question && question->demo) {
        startDemo();
        return;
    }
    if (question && m_form->question() != question)
        m_form->load(QueryFormController::formFor(*question));
    fetch();
}

void MainWindow::leaveDemo()
{
    m_nftSession->leaveDemo();
    if (m_session->leaveDemo()) {
        m_model->clear();
        m_model->setStale(false);
        m_messageBar->hide();
    }
    updateDemoBanner();
    showContent();
    updateStatusText();
    m_ui->accountEdit->setFocus(Qt::OtherFocusReason);
}

void MainWindow::cancelFetch()
{
    m_session->cancel();
    m_nftSession->cancel();
}

void MainWindow::onBusyChanged(bool busy)
{
    m_busyBar->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->actionCancel->setEnabled(busy);
    m_ui->fetchButton->setEnabled(!busy);
    m_ui->actionRefresh->setEnabled(!busy);
    m_ui->actionTryDemo->setEnabled(!busy);
    m_ui->tryDemoButton->setEnabled(!busy);
    // Keep keyboard focus somewhere useful when the focused button is disabled under it.
    if (!busy && focusWidget() == nullptr)
        m_ui->fetchButton->setFocus(Qt::OtherFocusReason);
}

void MainWindow::resumeLastQuery()
{
    if (m_firstStart || isShowingDemoData() || !m_history->isRecording())
        return;
    const std::optional<BalancesQuestion> question = m_form->question();
    const std::optional<HistoryAccount> account = question ? HistoryRecorder::accountOf(*question) : std::nullopt;
    if (!account)
        return;
    // Two: the one to show, and the one before it, which its Change column counts from.
    m_history->readRecent(*account, 2, this,
                          [this, question = *question](const Result<QList<Snapshot>> &recent) {
                              if (recent)
                                  showRecorded(*recent, question);
                              else
                                  statusBar()->showMessage(tr("The history could not be read: %1")
                                                                   .arg(recent.error().message),
                                                           8000);
                          });
    m_form->submitIfKeyAvailable();
}

void MainWindow::showRecorded(const QList<Snapshot> &recent, const BalancesQuestion &question)
{
    // A fetch may have answered, or the user asked for something else, while the history was read.
    if (recent.isEmpty() || !m_session->mayShowRecorded(question))
        return;
    const BalanceSnapshot shown =
            HistoryRecorder::balancesOf(recent.constFirst(), question, fetchController()->knownTokens(question.baseUrl));
    std::optional<BalanceChangeBase> changes;
    if (recent.size() > 1)
        changes = changesSince(recent.at(1), question);
    m_model->setBalances(shown.balances, shown.tokens, shown.prices, changes);
    m_session->showRecorded(shown);
    showContent();
    updateStatusText();
    updateCopyActions();
    updateRefreshHint();
}

void MainWindow::onHistoryForgotten(const HistoryAccount &account)
{
    // A recorded snapshot of that account on screen would be history that no longer exists.
    const std::optional<BalanceSnapshot> &shown = m_session->snapshot();
    if (!shown || !m_session->isFromHistory() || HistoryRecorder::accountOf(*shown) != account)
        return;
    m_session->clearRecorded();
    m_model->clear();
    m_model->setStale(false);
    if (m_keyNeededToRefresh) {
        m_keyNeededToRefresh = false;
        m_messageBar->hide();
    }
    showContent();
    updateStatusText();
}

void MainWindow::updateRefreshHint()
{
    if (m_keyNeededToRefresh && m_session->isFromHistory()) {
        m_showingRetry = false;
        m_messageBar->clearActions();
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("These balances were recorded %1. Enter the API key and press Fetch to refresh.")
                                          .arg(relativetime::describeMoment(m_session->snapshot()->fetchedAt,
                                                                            m_clock->now())));
    }
}

void MainWindow::readPreviousSnapshot(const std::optional<HistoryAccount> &account)
{
    const quint64 read = ++m_previousReads;
    m_previous.reset();
    m_awaitingChangeBase = false;
    if (!account)
        return;
    m_previous = PreviousSnapshot{*account, false, std::nullopt};
    m_history->readRecent(m_previous->account, 1, this, [this, read](const Result<QList<Snapshot>> &recent) {
        if (read != m_previousReads || !m_previous)
            return;  // another fetch started since
        m_previous->read = true;
        if (!recent) {
            statusBar()->showMessage(tr("The history could not be read, so no changes are shown: %1")
                                             .arg(recent.error().message),
                                     8000);
        } else if (!recent->isEmpty()) {
            m_previous->latest = recent->constFirst();
        }
        // The answer came first: its rows again, now with their changes.
        if (m_awaitingChangeBase && m_session->hasSnapshot()) {
            m_awaitingChangeBase = false;
            const BalanceSnapshot &shown = *m_session->snapshot();
            m_model->setBalances(shown.balances, shown.tokens, shown.prices, changeBase(shown));
            updateStatusText();
        }
    });
}

void MainWindow::onSucceeded(const BalanceSnapshot &snapshot)
{
    // Read when the fetch started, before this answer is recorded below: the change is counted
    // from the snapshot before it. If that read has not answered yet, the rows come again when it does.
    m_model->setBalances(snapshot.balances, snapshot.tokens, snapshot.prices, changeBase(snapshot));
    const std::optional<HistoryAccount> account = HistoryRecorder::accountOf(snapshot);
    m_awaitingChangeBase = account && m_previous && !m_previous->read && m_previous->account == *account;
    m_model->setStale(false);
    m_form->setKeyFieldFlagged(false);

    if (const std::optional<QString> notice = m_session->tokenListNotice()) {
        m_showingRetry = false;
        m_messageBar->clearActions();
        m_messageBar->showMessage(MessageBar::Kind::Warning, *notice);
    } else {
        m_messageBar->hide();
    }

    if (!snapshot.demo) {
        saveQuerySettings();
        m_firstStart = false;
        recordInHistory(snapshot);
    }
    updateDemoBanner();
    showContent();
    updateStatusText();
    updateCopyActions();
    emit balancesShown(snapshot);
}

std::optional<BalanceChangeBase> MainWindow::changeBase(const BalanceSnapshot &snapshot) const
{
    const std::optional<HistoryAccount> account = HistoryRecorder::accountOf(snapshot);
    if (!account || !m_previous || m_previous->account != *account || !m_previous->latest)
        return std::nullopt;
    return changesSince(*m_previous->latest, snapshot.question());
}

void MainWindow::recordInHistory(const BalanceSnapshot &snapshot)
{
    m_history->record(snapshot);  // recordFailed() reports a failure
}

void MainWindow::onFailed(const Error &error, const QString &text)
{
    // Only a key the service accepted is ever remembered (FetchController::keyAccepted): nothing is
    // stored on any failure, and a rejected key (104001/104002) least of all.

    if (error.isApiKeyProblem()) {
        m_form->setKeyFieldFlagged(true, text);
        m_form->focusKeyField();
    }
    // The last good data stays, marked stale (or as another account's): updateWhoseData() says which.
    showError(text, m_session->mayRetryHelp());
    showContent();
    updateStatusText();
}

void MainWindow::onCancelled()
{
    m_messageBar->hide();
    showContent();
    updateStatusText();
    statusBar()->showMessage(tr("Request cancelled."), 4000);
}

void MainWindow::onRetrying(const QString &message)
{
    m_messageBar->clearActions();
    m_messageBar->showMessage(MessageBar::Kind::Warning, message);
    m_showingRetry = true;
}

void MainWindow::showError(const QString &text, bool offerRetry)
{
    m_showingRetry = false;
    m_messageBar->clearActions();
    if (offerRetry)
        m_messageBar->addActionButton(m_retryAction);
    m_messageBar->showMessage(MessageBar::Kind::Error, text);
}

void MainWindow::updateDemoBanner()
{
    // The table should not look orphaned next to an empty Account field: while demo data is shown
    // the field names the demo account (as a placeholder, so nothing is typed for the user).
    m_ui->accountEdit->setPlaceholderText(isShowingDemoData()
                                                  ? tr("Demo account %1").arg(m_session->snapshot()->accountText)
                                                  : m_accountPlaceholder);
    if (isShowingDemoData()) {
        m_demoBanner->showMessage(MessageBar::Kind::Information,
                                  tr("Demo data: these are sample balances bundled with Loopview, not a "
                                     "real account. Enter an account and API key and press Fetch to see "
                                     "your own."));
    } else {
        m_demoBanner->hide();
    }
}

void MainWindow::showContent()
{
    const bool hasRows = m_session->hasSnapshot() && m_model->rowCount() > 0;
    m_ui->contentStack->setCurrentWidget(hasRows ? m_ui->tablePage : m_ui->emptyPage);
    // Filtering an empty page would only confuse; the row appears with the data.
    for (QWidget *option : {static_cast<QWidget *>(m_ui->filterLabel), static_cast<QWidget *>(m_ui->filterEdit),
                            static_cast<QWidget *>(m_ui->hideZeroCheck)})
        option->setVisible(hasRows);
    if (hasRows)
        return;

    if (isBusy()) {
        m_ui->emptyTitleLabel->setText(m_session->busyText());
        m_ui->emptyHintLabel->setText(tr("Press Esc to cancel."));
    } else if (m_session->hasSnapshot()) {
        m_ui->emptyTitleLabel->setText(tr("No balances"));
        m_ui->emptyHintLabel->setText(tr("The service reports no token balances for account %1.")
                                              .arg(m_session->snapshot()->accountText));
    } else if (m_firstStart) {
        m_ui->emptyTitleLabel->setText(tr("Welcome to Loopview"));
        m_ui->emptyHintLabel->setText(tr("Enter a Loopring account ID or L1 address and your API key, "
                                         "then press Fetch. Or look around with sample data first.")
                                      + QLatin1Char('\n') + errortext::whereKeysComeFrom());
    } else {
        m_ui->emptyTitleLabel->setText(tr("No balances shown"));
        m_ui->emptyHintLabel->setText(tr("Enter a Loopring account ID or L1 address and your API key, "
                                         "then press Fetch.")
                                      + QLatin1Char('\n') + errortext::whereKeysComeFrom());
    }
    const bool showDemoButton = !isBusy();
    m_ui->tryDemoButton->setVisible(showDemoButton);
}

QString MainWindow::statusText() const
{
    QStringList parts;
    for (const QLabel *label : {m_shownLabel, m_statusLabel}) {
        if (!label->text().isEmpty())
            parts.append(label->text());
    }
    return parts.join(BalancesSession::partSeparator());
}

void MainWindow::updateStatusText()
{
    const QDateTime now = m_clock->now();
    m_statusLabel->setText(m_session->statusText(m_proxy->rowCount(), m_proxy->sourceRowCount(),
                                                 m_model->pendingSummary(), now));
    m_statusLabel->setToolTip(m_session->statusToolTip());

    const std::optional<QString> priceNotice = m_session->hasSnapshot() ? m_session->priceNotice() : std::nullopt;
    const QString separator = BalancesSession::partSeparator();
    const QString changes = m_session->hasSnapshot() ? m_model->changeSummary(now) : QString();
    if (m_session->hasSnapshot() && m_model->hasPrices()) {
        // The prices' age is in the line only once it matters (valueSummary()); the tooltip
        // always has it, so a fresh total does not crowd out the line beside it at 1024 px.
        const QString value = m_model->valueSummary(now);
        m_valueLabel->setText(changes.isEmpty() ? value : value + separator + changes);
        //: %1 is where the prices came from, %2 the currency, %3 how old they are ("3 min ago")
        m_valueLabel->setToolTip(tr("Prices from %1, in %2, updated %3. Tokens without a price are left out of the total.")
                                         .arg(m_session->snapshot()->demo ? tr("the bundled demo data")
                                                                         : hostLabel(m_session->snapshot()->baseUrl),
                                              m_model->currency(),
                                              relativetime::describeAge(m_model->pricesUpdatedAt(), now)));
    } else if (priceNotice) {
        const QString noPrices = tr("No %1 prices").arg(m_session->snapshot()->currency);
        m_valueLabel->setText(changes.isEmpty() ? noPrices : noPrices + separator + changes);
        m_valueLabel->setToolTip(*priceNotice);
    } else if (!changes.isEmpty()) {
        m_valueLabel->setText(changes);
        m_valueLabel->setToolTip(QString());
    } else {
        m_valueLabel->clear();
        m_valueLabel->setToolTip(QString());
    }
    m_valueLabel->setVisible(!m_valueLabel->text().isEmpty());

    updateWhoseData();
}

void MainWindow::updateWhoseData()
{
    const QString shown = m_session->shownText();
    const QString title = m_session->titleText();
    //: The window title: whose balances are shown, then the application name
    setWindowTitle(title.isEmpty() ? QStringLiteral("Loopview") : tr("%1 — Loopview").arg(title));
    // The status bar has little room: an address is shortened there, and whole in the tooltip and
    // in what a screen reader hears.
    m_shownLabel->setText(m_session->shownText(BalancesSession::Detail::Compact));
    m_shownLabel->setToolTip(shown);
    m_shownLabel->setAccessibleName(shown.isEmpty() ? tr("Shown account") : shown);
    m_shownLabel->setVisible(!shown.isEmpty());

    // Rows that are not the answer to the latest question, or an answer the last refresh could
    // not renew, are greyed and say so above the table.
    const std::optional<QString> other = m_session->otherQuestionNotice();
    const std::optional<QString> recorded = m_session->fromHistoryNotice(m_clock->now());
    const bool fromHistory = recorded.has_value();
    m_model->setStale(m_session->isStale() || fromHistory || other.has_value());
    QLabel *notice = m_ui->staleLabel;
    const QString recordedNotice = recorded.value_or(QString());
    if (other) {
        notice->setText(*other);
        notice->setToolTip(*other);
        notice->setAccessibleName(*other);
    } else if (fromHistory) {
        notice->setText(recordedNotice);
        notice->setToolTip(tr("The window opened on the balances recorded in the history at the last fetch"));
        notice->setAccessibleName(recordedNotice);
    } else {
        notice->setText(tr("Stale"));
        notice->setToolTip(tr("The last refresh failed; the table shows the last data that arrived"));
        notice->setAccessibleName(tr("Data is stale"));
    }
    const bool hasRows = m_session->hasSnapshot() && m_model->rowCount() > 0;
    notice->setVisible(hasRows && (m_session->isStale() || fromHistory || other));

    // A screen reader hears whose data the table holds, and whether it is current, with its name.
    QString tableName = tr("Balances table");
    if (other)
        tableName = tr("Balances table: %1").arg(*other);
    else if (fromHistory)
        //: %1 is "Balances of account 20533 on host", %2 "Last fetched … — not refreshed yet"
        tableName = tr("Balances table: %1, %2").arg(shown, recordedNotice);
    else if (m_session->isStale())
        //: %1 is "Balances of account 20533 on host"
        tableName = tr("Balances table: %1, stale").arg(shown);
    else if (!shown.isEmpty())
        tableName = tr("Balances table: %1").arg(shown);
    m_ui->balancesView->setAccessibleName(tableName);
}

QString MainWindow::valueText() const
{
    return m_valueLabel->text();
}

// ---------------------------------------------------------------------------------------------
// Copy

QTabWidget *MainWindow::contentTabs() const
{
    return m_ui->contentTabs;
}

QTableView *MainWindow::balancesView() const
{
    return m_ui->balancesView;
}

QMenu *MainWindow::fileMenu() const
{
    return m_ui->menuFile;
}

QMenu *MainWindow::viewMenu() const
{
    return m_ui->menuView;
}

void MainWindow::updateCopyActions()
{
    const bool hasCell = m_tableActions->hasCurrentCell();
    m_ui->actionCopy->setEnabled(m_tableActions->hasCellsToCopy());
    m_ui->actionCopyRow->setEnabled(hasCell);
    m_ui->actionCopyTokenId->setEnabled(hasCell);
    m_ui->actionCopyAmount->setEnabled(m_tableActions->currentCellIsAmount());
}

void MainWindow::showTableContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->balancesView->indexAt(position);
    if (index.isValid() && !m_ui->balancesView->selectionModel()->isSelected(index))
        m_ui->balancesView->setCurrentIndex(index);
    updateCopyActions();
    QMenu menu(this);
    menu.addAction(m_ui->actionCopyAmount);
    menu.addAction(m_ui->actionCopyRow);
    menu.addAction(m_ui->actionCopyTokenId);
    menu.addSeparator();
    menu.addAction(m_ui->actionCopy);
    menu.addAction(m_exportActions->copyCsvAction());
    menu.exec(m_ui->balancesView->viewport()->mapToGlobal(position));
}

} // namespace loopview
