#include "bookmarkdialog.h"

#include "ui_bookmarkdialog.h"

#include "core/apikey.h"

#include <QPushButton>

namespace loopview {

BookmarkDialog::BookmarkDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BookmarkDialog>())
{
    m_ui->setupUi(this);
    m_ui->networkCombo->addItem(tr("Mainnet"), int(Network::Mainnet));
    m_ui->networkCombo->addItem(tr("Test network"), int(Network::Test));
    m_ui->networkCombo->addItem(tr("Custom service"), int(Network::Custom));
    m_ui->privateKeyNotice->setVisible(false);

    connect(m_ui->labelEdit, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    connect(m_ui->accountEdit, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    connect(m_ui->tokensEdit, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    connect(m_ui->networkCombo, &QComboBox::currentIndexChanged, this, &BookmarkDialog::updateState);

    m_original = Bookmark::create(QString(), QString(), Network::Mainnet);
    setBookmark(m_original);
    setKeysPersistent(true);
}

BookmarkDialog::~BookmarkDialog() = default;

void BookmarkDialog::setBookmark(const Bookmark &bookmark)
{
    m_original = bookmark;
    m_ui->labelEdit->setText(bookmark.label);
    m_ui->accountEdit->setText(bookmark.account);
    m_ui->networkCombo->setCurrentIndex(m_ui->networkCombo->findData(int(bookmark.network)));
    m_ui->baseUrlEdit->setText(bookmark.network == Network::Custom ? bookmark.baseUrl.toString() : QString());
    m_ui->tokensEdit->setText(bookmark.tokens);
    m_ui->noteEdit->setPlainText(bookmark.note);
    updateState();
}

Bookmark BookmarkDialog::bookmark() const
{
    Bookmark result = m_original;
    result.label = m_ui->labelEdit->text().trimmed();
    result.account = m_ui->accountEdit->text().trimmed();
    result.network = Network(m_ui->networkCombo->currentData().toInt());
    result.baseUrl = result.network == Network::Custom
        ? QUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode)
        : defaultBaseUrl(result.network);
    result.tokens = m_ui->tokensEdit->text().trimmed();
    result.note = m_ui->noteEdit->toPlainText().trimmed();
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

void BookmarkDialog::showKeyFieldHint()
{
    // The field is empty while nothing is typed (a stored key is never shown), so its placeholder
    // is where the user reads what happens to a key typed here.
    QString hint;
    if (m_keyStored && m_keysPersistent)
        hint = tr("A key is stored in the system keyring; type a new one to replace it");
    else if (m_keyStored)
        hint = tr("A key is kept until Loopview quits; type a new one to replace it");
    else if (m_keysPersistent)
        hint = tr("Optional: kept in the system keyring, never in a file");
    else
        hint = tr("Optional: kept in memory until Loopview quits (no system keyring), never in a file");
    m_ui->apiKeyEdit->setPlaceholderText(hint);
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
    const bool custom = Network(m_ui->networkCombo->currentData().toInt()) == Network::Custom;
    m_ui->baseUrlEdit->setEnabled(custom);
    m_ui->baseUrlLabel->setEnabled(custom);

    const Bookmark current = bookmark();
    QString problem;
    if (std::optional<Error> error = current.validate()) {
        problem = error->message;
    } else if (m_extraCheck) {
        if (std::optional<QString> extra = m_extraCheck(current))
            problem = *extra;
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
