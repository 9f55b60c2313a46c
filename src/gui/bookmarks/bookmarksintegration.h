// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/bookmark.h"
#include "secrets/keystore.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace loopview {

class BookmarkFileWatcher;
class BookmarkPanel;
class BalancesSession;
class BookmarkStore;
class MainWindow;
class PortfolioWindow;
class QueryFormController;

// Where the integration keeps its data; defaults are the user's real locations.
struct BookmarksSetup {
    QString storeDirectory;              // empty = BookmarkStore::defaultDirectory()
    // Empty = the system keyring with memory fallback. Shared with the window (setKeyStore) for
    // its "Remember key" option, so the application has one store.
    std::unique_ptr<KeyStore> keys;
    // Replace the file dialogs (tests). Return an empty string for "cancelled".
    std::function<QString(const QString &title)> openFileName;
    std::function<QString(const QString &title, const QString &suggestedName)> saveFileName;
};

// Everything bookmarks add to the main window: a "Bookmarks" dock with the panel, a "Portfolio"
// dock with Refresh all, and a Bookmarks menu (Add current, Import wallet export…, Import
// bookmarks…, Export bookmarks…, Refresh all). Activating a bookmark fills the window's form with
// it (and its key from the keyring) and fetches. Owned by the window.
class BookmarksIntegration : public QObject
{
    Q_OBJECT
public:
    static BookmarksIntegration *install(MainWindow *window, BookmarksSetup setup = {});

    BookmarkStore *store() const { return m_store; }
    BookmarkFileWatcher *fileWatcher() const { return m_fileWatcher; }
    KeyStore *keys() const { return m_keys.get(); }
    BookmarkPanel *panel() const { return m_panel; }
    PortfolioWindow *portfolio() const { return m_portfolio; }
    QMenu *menu() const { return m_menu; }
    QDockWidget *bookmarksDock() const { return m_bookmarksDock; }
    QDockWidget *portfolioDock() const { return m_portfolioDock; }
    QAction *refreshAllAction() const { return m_refreshAllAction; }

public slots:
    void loadBookmark(const loopview::Bookmark &bookmark);
    void importWalletExport();
    void importBookmarks();
    void exportBookmarks();
    void refreshAll();

private:
    // What bookmarks need of a window: its docks and menu bar, its query form (to fill, to read the
    // current query and key from, and to share the key store with) and its session (the token cache).
    BookmarksIntegration(QMainWindow *window, QueryFormController *form, BalancesSession *session, BookmarksSetup setup);
    void importWalletExportFile(const QString &path);
    void showNotice(const QString &text, bool warning);

    QMainWindow *m_window;
    QueryFormController *m_form;
    BookmarksSetup m_setup;
    std::unique_ptr<KeyStore> m_keys;
    BookmarkStore *m_store;
    BookmarkFileWatcher *m_fileWatcher = nullptr;
    BookmarkPanel *m_panel = nullptr;
    PortfolioWindow *m_portfolio = nullptr;
    QMenu *m_menu = nullptr;
    QDockWidget *m_bookmarksDock = nullptr;
    QDockWidget *m_portfolioDock = nullptr;
    QAction *m_refreshAllAction = nullptr;
};

// The one call MainWindow (or main()) needs.
inline BookmarksIntegration *installBookmarks(MainWindow *window) { return BookmarksIntegration::install(window); }

} // namespace loopview
