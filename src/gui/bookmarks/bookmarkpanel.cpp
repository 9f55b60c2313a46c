// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarkpanel.h"

#include "bookmarkdialog.h"
#include "bookmarklistmodel.h"

#include "core/bookmarkstore.h"
#include "core/printabletext.h"
#include "gui/accessibleparts.h"
#include "gui/fulltexttooltipdelegate.h"
#include "gui/messagebar.h"
#include "secrets/keystore.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::BookmarkPanel)
};

// Deleting a bookmark also removes its key from the keyring; undo puts both back. The key is
// held in memory only while the deletion can still be undone (the same lifetime as a key typed
// for the session).
class RemoveBookmarkCommand : public QUndoCommand
{
public:
    using FailureReporter = std::function<void(const QString &message)>;

    // `key`: the key the panel took out of the keyring before removing the bookmark, if any.
    // `reportFailure` tells the user when an undo or redo could not change the file.
    RemoveBookmarkCommand(BookmarkStore *store, KeyStore *keys, const Bookmark &bookmark, int index,
                          std::optional<QString> key, FailureReporter reportFailure)
        : QUndoCommand(Text::tr("Delete “%1”")
                           .arg(printableEcho(bookmark.label))),
          m_store(store), m_keys(keys), m_bookmark(bookmark), m_index(index),
          m_state(std::make_shared<State>()), m_reportFailure(std::move(reportFailure))
    {
        m_state->removed = true;
        m_state->key = std::move(key);
    }

    // The first removal is done by the panel before pushing (so a refused delete never enters
    // the undo history); later redos do it here.
    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
        } else if (std::optional<Error> error = m_store->remove(m_bookmark.id)) {
            setObsolete(true);
            m_reportFailure(Text::tr("“%1” was not deleted: %2")
                                .arg(printableEcho(m_bookmark.label), error->message));
            return;
        }
        takeKey();
    }

    void undo() override
    {
        m_state->removed = false;
        if (std::optional<Error> error = m_store->insertAt(m_index, m_bookmark)) {
            m_reportFailure(Text::tr("“%1” could not be restored: %2")
                                .arg(printableEcho(m_bookmark.label), error->message));
            return;
        }
        if (m_keys && m_state->key) {
            m_keys->writeKey(m_bookmark.id, *m_state->key, nullptr, {});
            m_state->key.reset();
        }
    }

private:
    struct State {
        bool removed = false;
        std::optional<QString> key;
    };

    void takeKey()
    {
        m_state->removed = true;
        if (!m_keys || m_state->key)
            return;
        const std::shared_ptr<State> state = m_state;
        QPointer<KeyStore> keys(m_keys);
        const QString id = m_bookmark.id;
        m_keys->readKey(id, m_keys, [state, keys, id](const KeyResult &result) {
            // Undone meanwhile: the bookmark is back and keeps its key.
            if (!state->removed || !keys || !result.ok())
                return;
            state->key = result.key;
            keys->deleteKey(id, nullptr, {});
        });
    }

    BookmarkStore *m_store;
    KeyStore *m_keys;
    Bookmark m_bookmark;
    int m_index;
    bool m_firstRedo = true;
    std::shared_ptr<State> m_state;
    FailureReporter m_reportFailure;
};

} // namespace

BookmarkPanel::BookmarkPanel(BookmarkStore *store, KeyStore *keys, QWidget *parent)
    : QWidget(parent), m_store(store), m_keys(keys), m_model(new BookmarkListModel(store, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)),
      m_view(new QTreeView(this)), m_addButton(new QPushButton(tr("Add c&urrent"), this)),
      m_editButton(new QPushButton(tr("Ed&it…"), this)),
      m_deleteButton(new QPushButton(tr("&Delete"), this)), m_messageBar(new MessageBar(this)),
      m_undoStack(new QUndoStack(this)), m_undoAction(new QAction(tr("&Undo"), this))
{
    setObjectName(QStringLiteral("bookmarkPanel"));
    setAccessibleName(tr("Bookmarks"));
    m_dialogRunner = [](BookmarkDialog &dialog) { return dialog.exec() == QDialog::Accepted; };

    setupSearch();
    setupView();
    setupButtons();
    setupUndo();
    setupLayout();
    connectModel();

    connect(store, &BookmarkStore::bookmarksReset, this, &BookmarkPanel::showStoreState);
    showStoreState();
    updateButtons();
}

void BookmarkPanel::setupSearch()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(BookmarkListModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(BookmarkListModel::LabelColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_search->setObjectName(QStringLiteral("bookmarkSearch"));
    m_search->setPlaceholderText(tr("Search bookmarks"));
    m_search->setAccessibleName(tr("Search bookmarks"));
    m_search->setClearButtonEnabled(true);
    accessibleparts::nameClearButton(m_search);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
}

void BookmarkPanel::setupView()
{
    m_view->setObjectName(QStringLiteral("bookmarkList"));
    m_view->setAccessibleName(tr("Bookmark list"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BookmarkListModel::LabelColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A label or address cut short by a narrow dock is whole in its tooltip.
    m_view->setItemDelegate(new FullTextToolTipDelegate(m_view));
    // Labels get the room; account and network fit their text, so a narrow dock needs no scrolling.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(BookmarkListModel::LabelColumn, QHeaderView::Stretch);
    // A 42-character L1 address (or a custom service's host) would push the other columns off a
    // narrow dock: account and network get a modest width the user can change, and the tooltip
    // has them whole.
    for (const auto &[column, sample] : {std::pair{int(BookmarkListModel::AccountColumn), "0x8656920c…"},
                                         std::pair{int(BookmarkListModel::NetworkColumn), "Test network"}}) {
        m_view->header()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_view->header()->resizeSection(column, fontMetrics().horizontalAdvance(QString::fromUtf8(sample))
                                                        + fontMetrics().horizontalAdvance(QLatin1Char('M')));
    }
    // activated() covers Enter and double-click (or single click where the style says so).
    connect(m_view, &QTreeView::activated, this, &BookmarkPanel::activateCurrent);
    // Delete and F2 act on the list; handled as key presses so they work wherever the panel is docked.
    m_view->installEventFilter(this);
}

void BookmarkPanel::setupButtons()
{
    m_addButton->setObjectName(QStringLiteral("addBookmarkButton"));
    m_addButton->setAccessibleName(tr("Add the current query as a bookmark"));
    m_editButton->setObjectName(QStringLiteral("editBookmarkButton"));
    m_editButton->setAccessibleName(tr("Edit the selected bookmark"));
    m_deleteButton->setObjectName(QStringLiteral("deleteBookmarkButton"));
    m_deleteButton->setAccessibleName(tr("Delete the selected bookmark"));
    connect(m_addButton, &QPushButton::clicked, this, &BookmarkPanel::addFromCurrent);
    connect(m_editButton, &QPushButton::clicked, this, &BookmarkPanel::editCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &BookmarkPanel::deleteCurrent);
}

void BookmarkPanel::setupUndo()
{
    m_messageBar->setObjectName(QStringLiteral("bookmarkMessages"));
    m_messageBar->hide();
    m_undoAction->setObjectName(QStringLiteral("undoBookmarkDelete"));
    connect(m_undoAction, &QAction::triggered, this, [this] {
        m_messageBar->hide();
        m_undoStack->undo(); // shows an error when the file refuses
    });
    // However the deletion is undone (the notice's button, Ctrl+Z, the Edit menu), its "Deleted …
    // Undo" notice is out of date then. A message shown since (a refused undo) stays.
    // (The bar as context: the stack clears itself, signalling, while the panel is destroyed.)
    connect(m_undoStack, &QUndoStack::indexChanged, m_messageBar, [this] {
        const QList<QToolButton *> buttons = m_messageBar->actionButtons();
        const bool showsDeletion = std::any_of(buttons.cbegin(), buttons.cend(), [this](const QToolButton *button) {
            return button->defaultAction() == m_undoAction;
        });
        if (showsDeletion && m_undoStack->index() < m_deletionNoticeIndex)
            m_messageBar->hide();
    });
    // Ctrl+Z inside the panel undoes the last deletion too.
    QAction *stackUndo = m_undoStack->createUndoAction(this, tr("&Undo"));
    stackUndo->setShortcut(QKeySequence::Undo);
    stackUndo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(stackUndo);
    QAction *stackRedo = m_undoStack->createRedoAction(this, tr("&Redo"));
    stackRedo->setShortcut(QKeySequence::Redo);
    stackRedo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(stackRedo);
}

void BookmarkPanel::setupLayout()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_addButton);
    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_deleteButton);
}

void BookmarkPanel::connectModel()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &BookmarkPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BookmarkPanel::updateButtons);
    // The store resets the list when the file changed on disk (another program wrote it): keep
    // the selection on the same bookmark, by id, wherever its row ends up.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const std::optional<Bookmark> current = currentBookmark();
        m_selectionBeforeReset = current ? current->id : QString();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectionBeforeReset.isEmpty())
            selectBookmark(m_selectionBeforeReset);
        m_selectionBeforeReset.clear();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BookmarkPanel::updateButtons);
}

BookmarkPanel::~BookmarkPanel() = default;

std::optional<Bookmark> BookmarkPanel::currentBookmark() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->bookmarkAt(m_proxy->mapToSource(current).row());
}

bool BookmarkPanel::selectBookmark(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false; // hidden by the search
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void BookmarkPanel::showStoreState()
{
    m_messageBar->clearActions();
    if (m_store->isReadOnly()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning, m_store->readOnlyReason());
    } else if (!m_store->lastLoadReport().message.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning, m_store->lastLoadReport().message);
    } else {
        m_messageBar->hide();
    }
    updateButtons();
}

void BookmarkPanel::updateButtons()
{
    const bool writable = !m_store->isReadOnly();
    const bool hasCurrent = m_view->currentIndex().isValid();
    m_addButton->setEnabled(writable);
    m_editButton->setEnabled(writable && hasCurrent);
    m_deleteButton->setEnabled(writable && hasCurrent && !m_deleting);
}

std::optional<QString> BookmarkPanel::labelProblem(const Bookmark &candidate) const
{
    for (const Bookmark &other : m_store->bookmarks()) {
        if (other.id != candidate.id && other.label.compare(candidate.label, Qt::CaseInsensitive) == 0)
            return tr("A bookmark named “%1” already exists").arg(printableEcho(other.label));
    }
    return std::nullopt;
}

void BookmarkPanel::addFromCurrent()
{
    Bookmark prefill = m_currentQuery ? m_currentQuery() : Bookmark::create(QString(), QString(), Network::Mainnet);
    addWithDialog(prefill, m_currentKey ? m_currentKey() : QString());
}

void BookmarkPanel::addWithDialog(const Bookmark &prefill, const QString &apiKey, bool privateKeyIgnored)
{
    if (m_store->isReadOnly()) {
        showError(m_store->readOnlyReason());
        return;
    }
    BookmarkDialog dialog(this);
    dialog.setWindowTitle(tr("Add bookmark"));
    Bookmark fresh = prefill;
    if (fresh.id.isEmpty() || m_store->findById(fresh.id))
        fresh.id = Bookmark::create(QString(), QString(), Network::Mainnet).id;
    dialog.setBookmark(fresh);
    dialog.setKeysPersistent(!m_keys || m_keys->isPersistent());
    dialog.setApiKey(apiKey);
    dialog.setPrivateKeyIgnoredNoticeVisible(privateKeyIgnored);
    dialog.setExtraCheck([this](const Bookmark &candidate) { return labelProblem(candidate); });
    if (!m_dialogRunner(dialog))
        return;
    const Result<Bookmark> added = m_store->add(dialog.bookmark());
    if (!added) {
        showError(added.error().message);
        return;
    }
    m_search->clear(); // make sure the new bookmark is visible
    selectBookmark(added->id);
    if (!dialog.apiKey().isEmpty())
        writeKey(added->id, dialog.apiKey());
}

void BookmarkPanel::editCurrent()
{
    const std::optional<Bookmark> current = currentBookmark();
    if (!current || m_store->isReadOnly())
        return;
    BookmarkDialog dialog(this);
    dialog.setWindowTitle(tr("Edit bookmark"));
    dialog.setBookmark(*current);
    dialog.setKeysPersistent(!m_keys || m_keys->isPersistent());
    if (m_keys) {
        // Typing a key replaces the stored one: the dialog says so once the store has answered.
        m_keys->readKey(current->id, &dialog, [&dialog](const KeyResult &result) {
            if (result.ok())
                dialog.setStoredKey(true);
        });
    }
    dialog.setExtraCheck([this](const Bookmark &candidate) { return labelProblem(candidate); });
    if (!m_dialogRunner(dialog))
        return;
    if (std::optional<Error> error = m_store->update(dialog.bookmark())) {
        showError(error->message);
        return;
    }
    selectBookmark(current->id);
    if (!dialog.apiKey().isEmpty())
        writeKey(current->id, dialog.apiKey());
    else if (dialog.removesStoredKey())
        removeKey(current->id);
}

void BookmarkPanel::removeKey(const QString &bookmarkId)
{
    if (!m_keys)
        return;
    m_keys->deleteKey(bookmarkId, this, [this](const KeyResult &result) {
        if (!result.ok())
            showError(tr("The API key could not be removed from the keyring: %1").arg(result.message));
    });
}

void BookmarkPanel::deleteCurrent()
{
    const std::optional<Bookmark> current = currentBookmark();
    if (!current || m_deleting)
        return;
    if (!m_keys) {
        removeBookmark(*current, std::nullopt);
        return;
    }
    // The key goes first, as in `loopview-cli bookmarks remove`: a keyring that refuses or does
    // not answer leaves the bookmark and its key where they are, instead of a deleted bookmark
    // whose key stays in the keyring. The key is read first so that undo can put it back.
    m_deleting = true;
    updateButtons();
    const Bookmark bookmark = *current;
    m_keys->readKey(bookmark.id, this, [this, bookmark](const KeyResult &stored) {
        if (stored.status == KeyResult::Status::TimedOut || stored.status == KeyResult::Status::Failed) {
            finishDelete();
            showError(tr("“%1” was not deleted: its API key could not be removed from the keyring (%2)")
                          .arg(printableEcho(bookmark.label), stored.message));
            return;
        }
        m_keys->deleteKey(bookmark.id, this, [this, bookmark, stored](const KeyResult &deleted) {
            finishDelete();
            if (!deleted.ok()) {
                showError(tr("“%1” was not deleted: its API key could not be removed from the keyring (%2)")
                              .arg(printableEcho(bookmark.label), deleted.message));
                return;
            }
            removeBookmark(bookmark, stored.ok() ? std::optional<QString>(stored.key) : std::nullopt);
        });
    });
}

void BookmarkPanel::finishDelete()
{
    m_deleting = false;
    updateButtons();
}

void BookmarkPanel::removeBookmark(const Bookmark &bookmark, const std::optional<QString> &key)
{
    const int index = m_store->indexOfId(bookmark.id);
    if (std::optional<Error> error = m_store->remove(bookmark.id)) {
        // The file refused (locked, unwritable): the bookmark stays, so its key goes back.
        if (m_keys && key)
            m_keys->writeKey(bookmark.id, *key, nullptr, {});
        showError(error->message);
        return;
    }
    m_undoStack->push(new RemoveBookmarkCommand(m_store, m_keys, bookmark, index, key,
                                                [this](const QString &message) { showError(message); }));
    m_deletionNoticeIndex = m_undoStack->index();
    m_messageBar->clearActions();
    m_messageBar->addActionButton(m_undoAction);
    m_messageBar->showMessage(MessageBar::Kind::Information, tr("Deleted “%1”.").arg(printableEcho(bookmark.label)));
    updateButtons();
}

void BookmarkPanel::activateCurrent()
{
    if (const std::optional<Bookmark> current = currentBookmark())
        emit bookmarkActivated(*current);
}

void BookmarkPanel::writeKey(const QString &bookmarkId, const QString &key)
{
    if (!m_keys)
        return;
    m_keys->writeKey(bookmarkId, key, this, [this](const KeyResult &result) {
        if (!result.ok()) {
            showError(tr("The API key could not be saved: %1").arg(result.message));
        } else if (!result.persistent) {
            m_messageBar->clearActions();
            m_messageBar->showMessage(MessageBar::Kind::Warning,
                                      tr("No system keyring available: the key is kept in memory "
                                         "for this session only"));
        }
    });
}

void BookmarkPanel::showError(const QString &text)
{
    m_messageBar->clearActions();
    m_messageBar->showMessage(MessageBar::Kind::Error, text);
}

bool BookmarkPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            deleteCurrent();
            return true;
        }
        if (key->key() == Qt::Key_F2) {
            editCurrent();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Type to filter, Down to reach the list, Enter to open the first match.
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_proxy->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            activateCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace loopview
