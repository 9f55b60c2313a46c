// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/bookmark.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class QUndoStack;

namespace loopview {

class BookmarkDialog;
class BookmarkListModel;
class BookmarkStore;
class KeyStore;
class MessageBar;

// The bookmarks dock: a search field over a sortable list, Add (from the current query), Edit and
// Delete with undo. Enter or double-click emits bookmarkActivated() with the bookmark; loading it
// into the form is the window's business. Keys are written to / removed from the KeyStore along
// with their bookmark (and restored by undo); Delete removes the key first and keeps the bookmark
// when the keyring refuses or does not answer.
class BookmarkPanel : public QWidget
{
    Q_OBJECT
public:
    // `keys` may be null (no key handling).
    BookmarkPanel(BookmarkStore *store, KeyStore *keys, QWidget *parent = nullptr);
    ~BookmarkPanel() override;

    // What "Add current" starts from: the window's query as an unlabelled bookmark, and its key.
    void setCurrentQueryProvider(std::function<Bookmark()> provider) { m_currentQuery = std::move(provider); }
    void setCurrentKeyProvider(std::function<QString()> provider) { m_currentKey = std::move(provider); }

    // Runs the add/edit dialog; returns true when accepted. The default calls exec(); tests
    // replace it to fill the form without a nested event loop.
    using DialogRunner = std::function<bool(BookmarkDialog &dialog)>;
    void setDialogRunner(DialogRunner runner) { m_dialogRunner = std::move(runner); }

    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    BookmarkListModel *model() const { return m_model; }
    MessageBar *messageBar() const { return m_messageBar; }
    QUndoStack *undoStack() const { return m_undoStack; }

    std::optional<Bookmark> currentBookmark() const;
    bool selectBookmark(const QString &id);

public slots:
    void addFromCurrent();
    // Opens the dialog pre-filled (e.g. from a wallet export) and adds the result; `apiKey`, when
    // given, goes to the keyring with the new bookmark.
    void addWithDialog(const loopview::Bookmark &prefill, const QString &apiKey = {},
                       bool privateKeyIgnored = false);
    void editCurrent();
    void deleteCurrent();
    void activateCurrent();
    void showStoreState();

signals:
    void bookmarkActivated(const loopview::Bookmark &bookmark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor's parts, in the order it runs them.
    void setupSearch();   // the search field over the sorting, filtering proxy
    void setupView();     // the list: columns, sorting, Enter / double-click, Delete and F2
    void setupButtons();  // Add current, Edit, Delete
    void setupUndo();     // the message bar's Undo, and the Undo / Redo shortcuts for deletions
    void setupLayout();   // message bar, search, list, buttons; the tab order
    void connectModel();  // buttons and selection follow the list's changes and resets

    void updateButtons();
    void finishDelete();
    // Removes `bookmark` from the store (its key, if any, already taken from the keyring) and
    // offers undo; puts the key back when the file refuses.
    void removeBookmark(const Bookmark &bookmark, const std::optional<QString> &key);
    void removeKey(const QString &bookmarkId);
    void writeKey(const QString &bookmarkId, const QString &key);
    void showError(const QString &text);
    std::optional<QString> labelProblem(const Bookmark &candidate) const;

    BookmarkStore *m_store;
    KeyStore *m_keys;
    BookmarkListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    MessageBar *m_messageBar;
    QUndoStack *m_undoStack;
    QAction *m_undoAction;
    // The undo stack's index right after the last deletion its notice offers to undo.
    int m_deletionNoticeIndex = -1;
    std::function<Bookmark()> m_currentQuery;
    std::function<QString()> m_currentKey;
    DialogRunner m_dialogRunner;
    QString m_selectionBeforeReset;  // bookmark id, across a model reset
    bool m_deleting = false;         // waiting for the keyring to remove a key
};

} // namespace loopview
