// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarkdialog.h"

#include "ui_bookmarkdialog.h"

#include "core/apikey.h"
#include "core/printabletext.h"
#include "gui/networkcombo.h"

#include <QCheckBox>
#include <QPushButton>

namespace loopview {

BookmarkDialog::BookmarkDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BookmarkDialog>())
{
    m_ui->setupUi(this);
    networkcombo::fill(m_ui->networkCombo, networkLabel(Network::Custom));
    m_ui->privateKeyNotice->setVisible(false);

    connect(m_ui->labelEdit, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    connect(m_ui->accountEdit, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    connect(m_ui->tokensEdit, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    connect(m_ui->networkCombo, &QComboBox::currentIndexChanged, this, &BookmarkDialog::updateState);
    connect(m_ui->removeKeyCheck, &QCheckBox::toggled, this, &BookmarkDialog::showKeyFieldHint);
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, &BookmarkDialog::showKeyFieldHint);

    m_original = Bookmark::create(QString(), QString(), Network::Mainnet);
    setBookmark(m_original);
    setKeysPersistent(true);
}

BookmarkDialog::~BookmarkDialog() = default;

namespace {

// The bookmark may come from a file someone else wrote: its fields are shown printable, so a
// label cannot reverse itself or hide what it says in the dialog either.
QString shown(const QString &text)
{
    return printableText(text, printable::Unlimited);
}

// A field left as it was shown keeps the bookmark's exact text: opening the dialog and pressing
// OK must not change a bookmark behind the user's back. An edited field is taken as typed.
QString keptOrEdited(const QString &fieldText, const QString &shownText, const QString &original)
{
    return fieldText == shownText ? original.trimmed() : fieldText.trimmed();
}

} // namespace

void BookmarkDialog::setBookmark(const Bookmark &bookmark)
{
    m_original = bookmark;
    m_ui->labelEdit->setText(shown(bookmark.label));
    m_ui->accountEdit->setText(shown(bookmark.account));
    networkcombo::select(m_ui->networkCombo, bookmark.network);
    m_ui->baseUrlEdit->setText(bookmark.network == Network::Custom ? shown(bookmark.baseUrl.toString()) : QString());
    m_ui->tokensEdit->setText(shown(bookmark.tokens));
    m_ui->noteEdit->setPlainText(printableLines(bookmark.note));
    updateState();
}

Bookmark BookmarkDialog::bookmark() const
{
    Bookmark result = m_original;
    result.label = keptOrEdited(m_ui->labelEdit->text(), shown(m_original.label), m_original.label);
    result.account = keptOrEdited(m_ui->accountEdit->text(), shown(m_original.account), m_original.account);
    result.network = networkcombo::selected(m_ui->networkCombo);
    const QString originalUrl = m_original.network == Network::Custom ? m_original.baseUrl.toString() : QString();
    result.baseUrl = result.network == Network::Custom
        ? QUrl(keptOrEdited(m_ui->baseUrlEdit->text(), shown(originalUrl), originalUrl), QUrl::StrictMode)
        : defaultBaseUrl(result.network);
    result.tokens = keptOrEdited(m_ui->tokensEdit->text(), shown(m_original.tokens), m_original.tokens);
    result.note = keptOrEdited(m_ui->noteEdit->toPlainText(), printableLines(m_original.note), m_original.note);
    return result;
}

void BookmarkDialog::setApiKey(const QString &key)
{
    m_ui->apiKeyEdit->setText(key);
}

QString BookmarkDialog::apiKey() const
{
    return m_ui->apiKeyEdit->text().trimmed();
}

void BookmarkDialog::setKeysPersistent(bool persistent)
{
    m_keysPersistent = persistent;
    showKeyFieldHint();
}

void BookmarkDialog::setStoredKey(bool stored)
{
    m_keyStored = stored;
    showKeyFieldHint();
}

bool BookmarkDialog::removesStoredKey() const
{
    return m_keyStored && m_ui->removeKeyCheck->isChecked() && apiKey().isEmpty();
}

void BookmarkDialog::showKeyFieldHint()
{
    // The field is empty while nothing is typed (a stored key is never shown): the line under it
    // says what happens to a key typed here, in full (a placeholder that long would be cut off),
    // and the placeholder whether there is one already. Removing a stored key is a choice made
    // here and applied on OK.
    m_ui->removeKeyCheck->setVisible(m_keyStored);
    m_ui->removeKeyCheck->setEnabled(apiKey().isEmpty());
    QString hint;
    if (m_keyStored && m_keysPersistent)
        hint = tr("A key is stored in the system keyring; type a new one to replace it");
    else if (m_keyStored)
        hint = tr("A key is kept until Loopview quits; type a new one to replace it");
    else if (m_keysPersistent)
        hint = tr("Optional: kept in the system keyring, never in a file");
    else
        hint = tr("Optional: kept in memory until Loopview quits (no system keyring), never in a file");
    //: Placeholder of the bookmark's empty API key field when the keyring already has its key
    m_ui->apiKeyEdit->setPlaceholderText(m_keyStored ? tr("A key is stored") : tr("Optional"));
    if (m_keyStored && !apiKey().isEmpty())
        hint = tr("The stored key will be replaced by the one typed above.");
    else if (removesStoredKey())
        hint = tr("The stored key will be removed from the keyring when you press OK.");
    m_ui->apiKeyHintLabel->setText(hint);
    m_ui->apiKeyEdit->setToolTip(hint);
    m_ui->apiKeyEdit->setAccessibleDescription(hint);
}

void BookmarkDialog::setPrivateKeyIgnoredNoticeVisible(bool visible)
{
    m_ui->privateKeyNotice->setVisible(visible);
}

void BookmarkDialog::setExtraCheck(std::function<std::optional<QString>(const Bookmark &)> check)
{
    m_extraCheck = std::move(check);
    updateState();
}

QString BookmarkDialog::problemText() const
{
    return m_ui->problemLabel->text();
}

bool BookmarkDialog::isAcceptable() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled();
}

void BookmarkDialog::updateState()
{
    const bool custom = networkcombo::selected(m_ui->networkCombo) == Network::Custom;
    m_ui->baseUrlEdit->setEnabled(custom);
    m_ui->baseUrlLabel->setEnabled(custom);

    const Bookmark current = bookmark();
    QString problem;
    // An edited URL is checked as typed: QUrl, and so the bookmark, forgets an empty port.
    const QString originalUrl = m_original.network == Network::Custom ? m_original.baseUrl.toString() : QString();
    if (custom && m_ui->baseUrlEdit->text() != shown(originalUrl)) {
        if (const Result<QUrl> typed = parseBaseUrl(m_ui->baseUrlEdit->text()); !typed)
            problem = typed.error().message;
    }
    if (problem.isEmpty()) {
        if (std::optional<Error> error = current.validate()) {
            problem = error->message;
        } else if (m_extraCheck) {
            if (std::optional<QString> extra = m_extraCheck(current))
                problem = *extra;
        }
    }
    // The key is optional; one that is typed gets the same check as every key entering Loopview.
    if (problem.isEmpty() && !m_ui->apiKeyEdit->text().trimmed().isEmpty()) {
        if (const Result<QString> key = validateApiKey(m_ui->apiKeyEdit->text()); !key)
            problem = key.error().message;
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace loopview
