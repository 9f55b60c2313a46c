// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarksintegration.h"

#include "bookmarkfilewatcher.h"
#include "bookmarkpanel.h"
#include "portfolioexport.h"
#include "portfoliomodel.h"
#include "portfoliowindow.h"

#include "core/bookmarkstore.h"
#include "core/printabletext.h"
#include "core/walletexport.h"
#include "gui/balancessession.h"
#include "gui/fetchcontroller.h"
#include "gui/mainwindow.h"
#include "gui/messagebar.h"
#include "gui/queryformcontroller.h"
#include "secrets/keychainkeystore.h"
#include "secrets/qtkeychainbackend.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeView>

namespace loopview {

BookmarksIntegration *BookmarksIntegration::install(MainWindow *window, BookmarksSetup setup)
{
    return new BookmarksIntegration(window, window->form(), window->session(), std::move(setup));
}

BookmarksIntegration::BookmarksIntegration(QMainWindow *window, QueryFormController *form, BalancesSession *session,
                                           BookmarksSetup setup)
    : QObject(window), m_window(window), m_form(form), m_setup(std::move(setup)),
      m_keys(m_setup.keys ? std::move(m_setup.keys) : std::make_unique<KeychainKeyStore>(createQtKeychainBackend())),
      m_store(new BookmarkStore(m_setup.storeDirectory, this))
{
    m_store->load();
    // `loopview-cli bookmarks …` and other windows change the same file: show what is on disk.
    m_fileWatcher = new BookmarkFileWatcher(m_store, this);

    m_panel = new BookmarkPanel(m_store, m_keys.get());
    m_panel->setCurrentQueryProvider([form] {
        const QueryForm values = form->values();
        Bookmark bookmark = Bookmark::create(QString(), values.account, values.network, values.customUrl);
        bookmark.tokens = values.tokens;
        return bookmark;
    });
    m_panel->setCurrentKeyProvider([form] { return form->apiKey(); });
    connect(m_panel, &BookmarkPanel::bookmarkActivated, this, &BookmarksIntegration::loadBookmark);

    m_bookmarksDock = new QDockWidget(tr("Bookmarks"), window);
    m_bookmarksDock->setObjectName(QStringLiteral("bookmarksDock")); // saveState() needs a name
    m_bookmarksDock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_bookmarksDock);
    // The window restored its layout before these docks existed; this applies it to them.
    window->restoreDockWidget(m_bookmarksDock);

    m_portfolio = new PortfolioWindow(m_store, m_keys.get());
    m_portfolio->setDefaultKeyProvider([form] { return form->apiKey(); });
    m_portfolio->refresher()->setTokenCache(session->fetchController()->tokenCache());
    m_portfolioDock = new QDockWidget(tr("Portfolio"), window);
    m_portfolioDock->setObjectName(QStringLiteral("portfolioDock"));
    m_portfolioDock->setWidget(m_portfolio);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_portfolioDock);
    // An empty portfolio is no use at start-up: Refresh all (or the menu) opens it.
    m_portfolioDock->hide();

    connect(m_keys.get(), &KeyStore::persistenceUnavailable, this,
            [this] { showNotice(KeychainKeyStore::memoryOnlyNotice(), true); });
    // One key store for the whole application: the window's "Remember key" uses the same keyring
    // (and the same memory fallback) as the bookmarks.
    form->setKeyStore(m_keys.get());

    m_menu = new QMenu(tr("&Bookmarks"), window);
    m_menu->setObjectName(QStringLiteral("menuBookmarks"));
    QAction *addCurrent = m_menu->addAction(tr("&Add current query…"), m_panel, &BookmarkPanel::addFromCurrent);
    addCurrent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    addCurrent->setObjectName(QStringLiteral("actionAddBookmark"));
    m_menu->addSeparator();
    m_menu->addAction(tr("Import &wallet export…"), this, &BookmarksIntegration::importWalletExport)
        ->setObjectName(QStringLiteral("actionImportWalletExport"));
    m_menu->addAction(tr("&Import bookmarks…"), this, &BookmarksIntegration::importBookmarks)
        ->setObjectName(QStringLiteral("actionImportBookmarks"));
    m_menu->addAction(tr("&Export bookmarks…"), this, &BookmarksIntegration::exportBookmarks)
        ->setObjectName(QStringLiteral("actionExportBookmarks"));
    m_menu->addSeparator();
    m_refreshAllAction = m_menu->addAction(tr("&Refresh all"), this, &BookmarksIntegration::refreshAll);
    m_refreshAllAction->setObjectName(QStringLiteral("actionRefreshAll"));
    m_refreshAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // One row per account and token with the bookmark's label (issue 6's shared CSV/JSON writer).
    QAction *exportPortfolioAction =
        m_menu->addAction(tr("E&xport portfolio…"), this, [this] { exportPortfolio(m_portfolio->model(), m_window); });
    exportPortfolioAction->setObjectName(QStringLiteral("actionExportPortfolio"));
    // Nothing to export until Refresh all has brought a portfolio.
    const auto updateExportPortfolio = [this, exportPortfolioAction] {
        exportPortfolioAction->setEnabled(m_portfolio->model()->rowCount() > 0);
    };
    connect(m_portfolio->model(), &QAbstractItemModel::modelReset, exportPortfolioAction, updateExportPortfolio);
    updateExportPortfolio();
    m_menu->addSeparator();
    // The keyboard's way to the list (the dock is otherwise only reached by tabbing through the form).
    QAction *goToList = m_menu->addAction(tr("&Go to bookmarks list"), this, [this] {
        m_bookmarksDock->show();
        m_bookmarksDock->raise();
        m_panel->view()->setFocus(Qt::ShortcutFocusReason);
    });
    goToList->setObjectName(QStringLiteral("actionGoToBookmarks"));
    goToList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_menu->addAction(m_bookmarksDock->toggleViewAction());
    m_menu->addAction(m_portfolioDock->toggleViewAction());

    // Before Help, where people expect it; at the end when there is no Help menu.
    QAction *before = nullptr;
    const QList<QAction *> menus = window->menuBar()->actions();
    if (!menus.isEmpty() && menus.last()->menu() && menus.last()->menu()->objectName() == QLatin1String("menuHelp"))
        before = menus.last();
    window->menuBar()->insertMenu(before, m_menu);
}

void BookmarksIntegration::loadBookmark(const Bookmark &bookmark)
{
    QueryForm form;
    form.network = bookmark.network;
    form.customUrl = bookmark.network == Network::Custom ? bookmark.baseUrl : QUrl();
    form.account = bookmark.account;
    form.tokens = bookmark.tokens;
    // The bookmark's own key, if the keyring has one; otherwise whatever key the form holds. A
    // keyring that refused or did not answer is said so: the bookmark may well have a key.
    m_keys->readKey(bookmark.id, m_window, [this, form, label = printableEcho(bookmark.label)](const KeyResult &result) {
        if (result.ok() && !result.key.isEmpty()) {
            m_form->setApiKey(result.key);
        } else if (result.status == KeyResult::Status::TimedOut || result.status == KeyResult::Status::Failed) {
            showNotice(tr("The API key of “%1” could not be read from the keyring (%2); the key in the "
                          "form is used.")
                           .arg(label, result.message),
                       true);
        }
        // The remembered key is looked up first when the field may take it.
        m_form->load(form);
        m_form->submit();
    });
}

void BookmarksIntegration::importWalletExport()
{
    const QString title = tr("Import Loopring wallet export");
    const QString path = m_setup.openFileName
        ? m_setup.openFileName(title)
        : QFileDialog::getOpenFileName(m_window, title, QString(), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importWalletExportFile(path);
}

void BookmarksIntegration::importWalletExportFile(const QString &path)
{
    const Result<WalletExport> parsed = readWalletExportFile(path);
    if (!parsed) {
        showNotice(parsed.error().message, true);
        return;
    }
    const Network network = parsed->networkHint().value_or(m_form->values().network);
    const QUrl customUrl = network == Network::Custom ? m_form->values().customUrl : QUrl();
    m_bookmarksDock->show();
    m_panel->addWithDialog(parsed->toBookmark(QString(), network, customUrl), parsed->apiKey,
                           parsed->containedPrivateKey);
}

void BookmarksIntegration::importBookmarks()
{
    const QString title = tr("Import bookmarks");
    const QString path = m_setup.openFileName
        ? m_setup.openFileName(title)
        : QFileDialog::getOpenFileName(m_window, title, QString(), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> read = BookmarkStore::readImportFile(path);
    if (!read) {
        showNotice(read.error().message, true);
        return;
    }
    QByteArray &bytes = read.value();
    if (looksLikeWalletExport(bytes)) {
        bytes.fill('\0'); // it holds a private key; the wallet importer reads the file itself
        importWalletExportFile(path);
        return;
    }
    const Result<QList<Bookmark>> incoming = BookmarkStore::parseBookmarksJson(bytes);
    if (!incoming) {
        showNotice(tr("%1 is not a Loopview bookmarks file: %2").arg(printableEcho(path), incoming.error().message), true);
        return;
    }
    const Result<BookmarkStore::ImportReport> report = m_store->importBookmarks(*incoming);
    if (!report) {
        showNotice(report.error().message, true);
        return;
    }
    showNotice(tr("Imported %n bookmark(s)", nullptr, report->added)
                   + (report->skippedDuplicates > 0
                          ? QStringLiteral("; ") + tr("%n already present", nullptr, report->skippedDuplicates)
                          : QString()),
               false);
}

void BookmarksIntegration::exportBookmarks()
{
    const QString title = tr("Export bookmarks");
    const QString suggested = QStringLiteral("loopview-bookmarks.json");
    const QString path = m_setup.saveFileName
        ? m_setup.saveFileName(title, suggested)
        : QFileDialog::getSaveFileName(m_window, title, suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (std::optional<Error> error = m_store->exportToFile(path)) {
        showNotice(error->message, true);
        return;
    }
    showNotice(tr("Exported %n bookmark(s) (without API keys)", nullptr, m_store->count()), false);
}

void BookmarksIntegration::refreshAll()
{
    m_portfolioDock->show();
    m_portfolioDock->raise();
    m_portfolio->refreshAll();
}

void BookmarksIntegration::showNotice(const QString &text, bool warning)
{
    m_bookmarksDock->show();
    m_panel->messageBar()->clearActions();
    m_panel->messageBar()->showMessage(warning ? MessageBar::Kind::Warning : MessageBar::Kind::Positive, text);
}

} // namespace loopview
