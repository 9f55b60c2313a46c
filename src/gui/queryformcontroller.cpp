// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "queryformcontroller.h"

#include "balancessession.h"
#include "errortext.h"
#include "forminput.h"
#include "networkcombo.h"
#include "palettecolors.h"
#include "rememberedkeys.h"
#include "tokencompleter.h"

#include "core/apikey.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>

namespace loopview {

QueryFormController::QueryFormController(const QueryFormWidgets &widgets, const BalancesSession *session,
                                         QObject *parent)
    : QObject(parent)
    , m_widgets(widgets)
    , m_session(session)
    // The line edit owns its completer (QLineEdit::setCompleter does not): the completer's popup
    // and event filter belong to that widget and go with it, whatever is destroyed first.
    , m_tokenCompleter(new TokenCompleter(widgets.tokenFilter))
    , m_rememberedKeys(new RememberedKeys(this))
{
    QComboBox *network = m_widgets.network;
    networkcombo::fill(network, tr("Custom URL…"), tr("A Loopring-compatible service at a URL you type"));
    connect(network, &QComboBox::currentIndexChanged, this, &QueryFormController::onNetworkChanged);

    connect(m_widgets.customUrl, &QLineEdit::textChanged, this, [this] {
        checkCustomUrlField();
        refreshTokens();
    });
    connect(m_widgets.account, &QLineEdit::textChanged, this, &QueryFormController::checkAccountField);
    // A key remembered for the service and account just entered comes back, as a password
    // manager would. Once per finished edit, not per keystroke: each look-up may ask the keyring.
    connect(m_widgets.account, &QLineEdit::editingFinished, this, &QueryFormController::fillRememberedKey);
    connect(m_widgets.customUrl, &QLineEdit::editingFinished, this, &QueryFormController::fillRememberedKey);
    connect(network, &QComboBox::activated, this, &QueryFormController::fillRememberedKey);
    // Choosing "Custom URL…" means a URL is to be typed next: the cursor goes there.
    connect(network, &QComboBox::activated, this, [this] {
        if (networkcombo::selected(m_widgets.network) == Network::Custom)
            m_widgets.customUrl->setFocus(Qt::OtherFocusReason);
    });
    connect(m_widgets.tokenFilter, &QLineEdit::textChanged, this, &QueryFormController::checkTokenFilterField);
    connect(m_widgets.apiKey, &QLineEdit::textEdited, this, [this] {
        setKeyFieldFlagged(false);
        m_keyFromStoreId.clear();  // the user's own key now: never replaced behind their back
    });

    m_tokenCompleter->setWidget(m_widgets.tokenFilter);
    m_widgets.tokenFilter->setCompleter(m_tokenCompleter);
    m_widgets.customUrlMessage->hide();

    // The widgets belong to the window, which may destroy them one by one before this controller:
    // once the first one goes, no signal of the others may reach code that reads them all.
    for (QObject *widget : formWidgets())
        connect(widget, &QObject::destroyed, this, &QueryFormController::detachFromWidgets);

    connect(m_rememberedKeys, &RememberedKeys::persistenceChanged, this, &QueryFormController::updateRememberKeyText);
    connect(m_rememberedKeys, &RememberedKeys::rememberFailed, this, &QueryFormController::rememberFailed);
    connect(m_rememberedKeys, &RememberedKeys::forgetFailed, this, &QueryFormController::forgetFailed);
}

QueryFormController::~QueryFormController() = default;

QList<QObject *> QueryFormController::formWidgets() const
{
    return {m_widgets.network, m_widgets.customUrl, m_widgets.networkUrl, m_widgets.customUrlMessage,
            m_widgets.account, m_widgets.accountMessage, m_widgets.tokenFilter, m_widgets.tokenFilterMessage,
            m_widgets.apiKey, m_widgets.rememberKey};
}

void QueryFormController::detachFromWidgets()
{
    if (m_detached)
        return;
    m_detached = true;
    // Closing the window moves focus, which finishes edits; nothing may react to that any more.
    for (QObject *widget : formWidgets())
        disconnect(widget, nullptr, this, nullptr);
}

QueryForm QueryFormController::values() const
{
    QueryForm form;
    form.network = networkcombo::selected(m_widgets.network);
    form.customUrl = QUrl::fromUserInput(m_widgets.customUrl->text().trimmed());
    if (m_widgets.customUrl->text().trimmed().isEmpty())
        form.customUrl = QUrl();
    form.account = m_widgets.account->text().trimmed();
    form.tokens = m_widgets.tokenFilter->text().trimmed();
    return form;
}

void QueryFormController::load(const QueryForm &form)
{
    networkcombo::select(m_widgets.network, form.network);
    m_widgets.customUrl->setText(form.network == Network::Custom ? form.customUrl.toString() : QString());
    m_widgets.account->setText(form.account);
    m_widgets.tokenFilter->setText(form.tokens);
}

std::optional<BalancesQuestion> QueryFormController::question() const
{
    if (m_detached)
        return std::nullopt;
    const Result<QUrl> url = checkedBaseUrl();
    if (!url)
        return std::nullopt;
    FetchRequest request;
    request.baseUrl = url.value();
    request.accountText = m_widgets.account->text();
    request.tokenFilterText = m_widgets.tokenFilter->text();
    return BalancesQuestion::of(request);
}

QueryForm QueryFormController::formFor(const BalancesQuestion &question)
{
    QueryForm form;
    form.network = Network::Custom;
    form.customUrl = question.baseUrl;
    for (const Network network : AllNetworks) {
        if (network != Network::Custom && isSameService(defaultBaseUrl(network), question.baseUrl)) {
            form.network = network;
            form.customUrl = QUrl();
        }
    }
    form.account = question.accountText;
    form.tokens = question.tokenFilterText;
    return form;
}

QUrl QueryFormController::selectedBaseUrl() const
{
    const Network network = networkcombo::selected(m_widgets.network);
    if (network == Network::Custom) {
        // fromUserInput would quietly turn "api.example" into http://; the user must say https.
        return QUrl(m_widgets.customUrl->text().trimmed(), QUrl::StrictMode);
    }
    return defaultBaseUrl(network);
}

Result<QUrl> QueryFormController::checkedBaseUrl() const
{
    // The typed text, not selectedBaseUrl(): QUrl forgets an empty port the user should be told of.
    if (networkcombo::selected(m_widgets.network) == Network::Custom)
        return parseBaseUrl(m_widgets.customUrl->text());
    return validateBaseUrl(selectedBaseUrl());
}

QString QueryFormController::apiKey() const
{
    return m_widgets.apiKey->text().trimmed();
}

bool QueryFormController::remembersKey() const
{
    return m_widgets.rememberKey->isChecked();
}

void QueryFormController::setApiKey(const QString &key)
{
    m_widgets.apiKey->setText(key);
    setKeyFieldFlagged(false);
    m_keyFromStoreId.clear();
}

// ---------------------------------------------------------------------------------------------
// Remembered keys

void QueryFormController::setKeyStore(KeyStore *keys)
{
    m_rememberedKeys->setKeyStore(keys);  // updates the checkbox text through persistenceChanged
    if (keys)
        fillRememberedKey();  // the query restored at start-up may have a key in the keyring
}

KeyStore *QueryFormController::keyStore() const
{
    return m_rememberedKeys->keyStore();
}

QString QueryFormController::rememberedKeyId(const QUrl &baseUrl, QStringView accountText)
{
    return RememberedKeys::entryId(baseUrl, accountText);
}

QString QueryFormController::formKeyId() const
{
    return rememberedKeyId(selectedBaseUrl(), m_widgets.account->text());
}

bool QueryFormController::mayFillKeyFor(const QString &entryId) const
{
    return RememberedKeys::mayFill(entryId, formKeyId(), apiKey(), m_keyFromStoreId);
}

void QueryFormController::fillRememberedKey()
{
    if (m_detached)
        return;
    if (!mayFillKeyFor(formKeyId()))
        return;
    readRememberedKey({});
}

void QueryFormController::readRememberedKey(std::function<void()> then)
{
    const QString entryId = formKeyId();
    m_rememberedKeys->lookUp(selectedBaseUrl(), m_widgets.account->text(), [this, entryId, then](const QString &key) {
        if (!key.isEmpty() && mayFillKeyFor(entryId)) {
            m_widgets.apiKey->setText(key);
            setKeyFieldFlagged(false);
            m_keyFromStoreId = entryId;
            m_widgets.rememberKey->setChecked(true);  // it was remembered, so it still is
        }
        if (then)
            then();
    });
}

void QueryFormController::rememberOrForgetKey(const QUrl &baseUrl, const QString &accountText,
                                              const QString &acceptedKey)
{
    if (m_detached)
        return;
    // The key the request was sent with: the service just accepted it, whatever the field holds
    // by now. Unticked means "do not keep this key": one remembered earlier is forgotten.
    const bool remember = remembersKey();
    const QString entryId = m_rememberedKeys->rememberOrForget(baseUrl, accountText, acceptedKey, remember);
    if (entryId.isEmpty())
        return;
    if (remember) {
        if (apiKey() == acceptedKey && entryId == formKeyId())
            m_keyFromStoreId = entryId;
    } else if (m_keyFromStoreId == entryId) {
        m_keyFromStoreId.clear();
    }
}

void QueryFormController::updateRememberKeyText()
{
    QCheckBox *check = m_widgets.rememberKey;
    // Shown once the key store said whether it keeps keys, so its text does not change later; its
    // place in the form is kept meanwhile.
    QSizePolicy policy = check->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    check->setSizePolicy(policy);
    check->setVisible(m_rememberedKeys->isSettled());
    if (m_rememberedKeys->isPersistent()) {
        check->setText(tr("Re&member key in the system keyring"));
        check->setAccessibleName(tr("Remember API key in the system keyring"));
        check->setToolTip(tr("After a successful fetch the key is stored in the system keyring for this "
                             "service and account, and filled in next time. Untick and fetch again to "
                             "remove it. It is never written to Loopview's settings."));
    } else {
        //: Shown when no system keyring is available (the tooltip says so); kept short for 1024 px screens
        check->setText(tr("Re&member key for this session only"));
        check->setAccessibleName(tr("Remember API key for this session"));
        check->setToolTip(tr("No system keyring is available, so the key is kept in memory for this "
                             "service and account until Loopview quits. It is never written to disk."));
    }
}

// ---------------------------------------------------------------------------------------------
// Field checks

void QueryFormController::onNetworkChanged()
{
    const bool custom = networkcombo::selected(m_widgets.network) == Network::Custom;
    m_widgets.customUrl->setVisible(custom);
    m_widgets.networkUrl->setVisible(!custom);
    m_widgets.networkUrl->setText(custom ? QString() : selectedBaseUrl().toDisplayString());
    m_widgets.network->setToolTip(custom ? tr("A Loopring-compatible service at a URL you type")
                                         : selectedBaseUrl().toDisplayString());
    checkCustomUrlField();
    refreshTokens();
}

void QueryFormController::refreshTokens()
{
    if (m_detached)
        return;
    const QUrl url = selectedBaseUrl();
    m_formTokens = url.isValid() && !url.host().isEmpty() ? m_session->fetchController()->knownTokens(url)
                                                          : TokenRegistry();
    m_tokenCompleter->setSymbols(forminput::completionSymbols(m_formTokens));
    checkTokenFilterField();
}

void QueryFormController::recheckFields()
{
    if (m_detached)
        return;
    onNetworkChanged();
    checkAccountField();
}

void QueryFormController::showFieldCheck(QLabel *label, const forminput::FieldCheck &check)
{
    label->setText(check.message);
    label->setProperty("problem", !check.acceptable);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, check.acceptable
                             ? palettecolors::secondaryText(QGuiApplication::palette())
                             : palettecolors::negativeText(QGuiApplication::palette()));
    label->setPalette(palette);
}

void QueryFormController::checkAccountField()
{
    const forminput::FieldCheck check = forminput::checkAccount(m_widgets.account->text());
    showFieldCheck(m_widgets.accountMessage, check);
    m_widgets.account->setAccessibleDescription(check.acceptable ? QString() : check.message);
}

void QueryFormController::checkTokenFilterField()
{
    const forminput::FieldCheck check = forminput::checkTokenFilter(m_widgets.tokenFilter->text(), m_formTokens);
    showFieldCheck(m_widgets.tokenFilterMessage, check);
    m_widgets.tokenFilter->setAccessibleDescription(check.acceptable ? QString() : check.message);
}

void QueryFormController::checkCustomUrlField()
{
    const bool custom = networkcombo::selected(m_widgets.network) == Network::Custom;
    const QString text = m_widgets.customUrl->text().trimmed();
    if (!custom || text.isEmpty()) {
        m_widgets.customUrlMessage->hide();
        return;
    }
    const Result<QUrl> url = checkedBaseUrl();
    showFieldCheck(m_widgets.customUrlMessage, {url.ok(), url.ok() ? QString() : url.error().message});
    m_widgets.customUrlMessage->setVisible(!url.ok());
}

void QueryFormController::applyStyle(const QFont &windowFont)
{
    QPalette secondary = m_widgets.networkUrl->palette();
    secondary.setColor(QPalette::WindowText, palettecolors::secondaryText(QGuiApplication::palette()));
    m_widgets.networkUrl->setPalette(secondary);
    for (QLabel *label : {m_widgets.accountMessage, m_widgets.tokenFilterMessage, m_widgets.customUrlMessage}) {
        QFont small = windowFont;
        small.setPointSizeF(windowFont.pointSizeF() * 0.9);
        label->setFont(small);
        label->setMinimumHeight(QFontMetrics(small).height());
    }
    checkAccountField();
    checkTokenFilterField();
}

void QueryFormController::setKeyFieldFlagged(bool flagged, const QString &reason)
{
    QLineEdit *edit = m_widgets.apiKey;
    if (flagged == edit->property("flagged").toBool())
        return;
    edit->setProperty("flagged", flagged);
    QPalette palette = QGuiApplication::palette();
    if (flagged) {
        palette.setColor(QPalette::Base, palettecolors::blend(palette.color(QPalette::Base),
                                                              palettecolors::negativeText(palette), 0.18));
    }
    edit->setPalette(palette);
    edit->setAccessibleDescription(flagged ? reason : QString());
}

void QueryFormController::focusKeyField()
{
    m_widgets.apiKey->setFocus(Qt::OtherFocusReason);
    m_widgets.apiKey->selectAll();
}

// ---------------------------------------------------------------------------------------------
// Fetch

void QueryFormController::submit()
{
    if (m_detached)
        return;
    submit(true);
}

void QueryFormController::submitIfKeyAvailable()
{
    if (m_detached)
        return;
    const QString entryId = formKeyId();
    const auto submitWithKey = [this, entryId] {
        // The form may have moved on, or a fetch started, while the store was answering.
        if (m_detached || formKeyId() != entryId || m_session->isBusy())
            return;
        if (apiKey().isEmpty())
            emit keyNeeded();
        else
            submit(false);
    };
    if (mayFillKeyFor(entryId))
        readRememberedKey(submitWithKey);
    else
        submitWithKey();
}

void QueryFormController::submit(bool mayLookUpKey)
{
    // Everything that can be checked here is, with the cursor put where the problem is.
    // A problem with a field is said once, next to that field (fieldFlagged()); invalid() is for
    // a problem with no field to put it next to.
    const bool custom = networkcombo::selected(m_widgets.network) == Network::Custom;
    const Result<QUrl> url = checkedBaseUrl();
    if (!url) {
        if (custom) {
            showFieldCheck(m_widgets.customUrlMessage, {false, url.error().message});
            m_widgets.customUrlMessage->show();
            m_widgets.customUrl->setFocus(Qt::OtherFocusReason);
            emit fieldFlagged();
        } else {
            emit invalid(url.error().message);
        }
        return;
    }

    const QString account = m_widgets.account->text().trimmed();
    const forminput::FieldCheck accountCheck = forminput::checkAccount(account);
    if (account.isEmpty() || !accountCheck.acceptable) {
        const QString message = account.isEmpty() ? tr("Enter an account ID or an L1 address (0x…).")
                                                  : accountCheck.message;
        showFieldCheck(m_widgets.accountMessage, {false, message});
        m_widgets.account->setFocus(Qt::OtherFocusReason);
        emit fieldFlagged();
        return;
    }

    const forminput::FieldCheck tokenCheck = forminput::checkTokenFilter(m_widgets.tokenFilter->text(), m_formTokens);
    if (!tokenCheck.acceptable) {
        showFieldCheck(m_widgets.tokenFilterMessage, tokenCheck);
        m_widgets.tokenFilter->setFocus(Qt::OtherFocusReason);
        emit fieldFlagged();
        return;
    }

    // Account typed and Enter pressed: the remembered key is asked for before complaining.
    const QString entryId = formKeyId();
    if (mayLookUpKey && mayFillKeyFor(entryId)) {
        readRememberedKey([this, entryId] {
            if (formKeyId() == entryId && !m_session->isBusy())
                submit(false);
        });
        return;
    }

    if (apiKey().isEmpty()) {
        reportMissingKey();
        return;
    }
    // The same check as every other key that enters Loopview, before anything is sent.
    if (const Result<QString> key = validateApiKey(apiKey()); !key) {
        setKeyFieldFlagged(true, key.error().message);
        m_widgets.apiKey->setFocus(Qt::OtherFocusReason);
        emit invalid(key.error().message);
        return;
    }

    FetchRequest request;
    request.baseUrl = url.value();
    request.accountText = account;
    request.tokenFilterText = m_widgets.tokenFilter->text();
    request.apiKey = apiKey();
    emit requestReady(request);
}

void QueryFormController::reportMissingKey()
{
    const QString message = tr("Enter your API key: the service requires one to read balances.")
            + QLatin1Char(' ') + errortext::whereKeysComeFrom();
    setKeyFieldFlagged(true, message);
    m_widgets.apiKey->setFocus(Qt::OtherFocusReason);
    emit invalid(message);
}

} // namespace loopview
