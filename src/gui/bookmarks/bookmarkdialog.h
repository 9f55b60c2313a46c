// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/bookmark.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class BookmarkDialog;
}

namespace loopview {

// Adds or edits one bookmark (ui/bookmarkdialog.ui). OK stays disabled while the fields do not
// make a valid bookmark, and the reason is shown under the form. The optional API key is handed
// back to the caller for the keyring; the dialog never stores it itself.
class BookmarkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BookmarkDialog(QWidget *parent = nullptr);
    ~BookmarkDialog() override;

    // Fills the fields; id and createdAt are kept for bookmark().
    void setBookmark(const Bookmark &bookmark);
    Bookmark bookmark() const;

    void setApiKey(const QString &key);
    QString apiKey() const;
    // Where a typed key goes: the system keyring, or (false) memory until Loopview quits. The key
    // field says so.
    void setKeysPersistent(bool persistent);
    // The bookmark already has a key: the dialog says that one is stored (never what it is),
    // that typing a new one replaces it, and offers to remove it. A stored key is never
    // overwritten or removed without saying so.
    void setStoredKey(bool stored);
    bool hasStoredKey() const { return m_keyStored; }
    // The user asked to remove the stored key (and typed no new one): the caller deletes it.
    bool removesStoredKey() const;
    // Shown after importing a wallet export, so the user knows the private key was dropped.
    void setPrivateKeyIgnoredNoticeVisible(bool visible);
    // E.g. "A bookmark named 'X' already exists": checked on every change besides validate().
    void setExtraCheck(std::function<std::optional<QString>(const Bookmark &)> check);

    QString problemText() const;
    bool isAcceptable() const;
    Ui::BookmarkDialog *form() const { return m_ui.get(); }  // tests fill fields directly

private:
    void updateState();
    void showKeyFieldHint();

    std::unique_ptr<Ui::BookmarkDialog> m_ui;
    Bookmark m_original;
    std::function<std::optional<QString>(const Bookmark &)> m_extraCheck;
    bool m_keysPersistent = true;
    bool m_keyStored = false;
};

} // namespace loopview
