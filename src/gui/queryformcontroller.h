// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "fetchcontroller.h"

#include "core/error.h"
#include "core/service.h"
#include "core/token.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringView>
#include <QUrl>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFont;
class QLabel;
class QLineEdit;

namespace loopview {

class BalancesSession;
class KeyStore;
class RememberedKeys;
class TokenCompleter;

namespace forminput {
struct FieldCheck;
}

// What the input form holds apart from the API key: what a bookmark saves and restores.
struct QueryForm {
    Network network = Network::Mainnet;
    QUrl customUrl;   // used when network is Custom
    QString account;  // account id or 0x address
    QString tokens;   // token filter text; empty = all tokens
};

// The query form's widgets (the window's Designer form owns them).
struct QueryFormWidgets {
    QComboBox *network = nullptr;
    QLineEdit *customUrl = nullptr;
    QLabel *networkUrl = nullptr;  // the published URL of the selected network
    QLabel *customUrlMessage = nullptr;
    QLineEdit *account = nullptr;
    QLabel *accountMessage = nullptr;
    QLineEdit *tokenFilter = nullptr;
    QLabel *tokenFilterMessage = nullptr;
    QLineEdit *apiKey = nullptr;
    QCheckBox *rememberKey = nullptr;
};

// The query form's behaviour, apart from the window: checks of each field as it is typed, the
// whole form checked on Fetch (turned into a FetchRequest, or a message with the cursor on the
// field at fault), symbol completion from the token lists the session knows, and the
// remembered-key policy (fill a remembered key only into a field the user has not typed over;
// keep or forget a key only after the service accepted it).
class QueryFormController : public QObject
{
    Q_OBJECT
public:
    QueryFormController(const QueryFormWidgets &widgets, const BalancesSession *session, QObject *parent = nullptr);
    ~QueryFormController() override;

    QueryForm values() const;
    // Fills network, URL, account and tokens (not the key).
    void load(const QueryForm &form);
    // The question the form asks now (service, account, tokens); nullopt while its URL is invalid.
    std::optional<BalancesQuestion> question() const;
    // The form that asks `question`: a published network when its URL is that network's.
    static QueryForm formFor(const BalancesQuestion &question);
    // The base URL of the selected network; for Custom the typed URL (possibly invalid).
    QUrl selectedBaseUrl() const;
    // The same, checked: for Custom the typed text through parseBaseUrl().
    Result<QUrl> checkedBaseUrl() const;
    QString apiKey() const;
    bool remembersKey() const;
    // A key from elsewhere (a bookmark's): the user's from now on, never replaced by a remembered one.
    void setApiKey(const QString &key);

    // Where "Remember key" keeps keys (not owned); null = a private MemoryKeyStore.
    void setKeyStore(KeyStore *keys);
    KeyStore *keyStore() const;
    // The KeyStore entry of the key remembered for `accountText` on the service at `baseUrl`.
    static QString rememberedKeyId(const QUrl &baseUrl, QStringView accountText);

    // Marks the key field as the problem (a rejected key), with the reason for screen readers.
    void setKeyFieldFlagged(bool flagged, const QString &reason = {});
    void focusKeyField();
    // Lets go of the widgets: no signal of theirs is handled any more, and the slots below do
    // nothing. Happens by itself when the first of them is destroyed; the window calls it
    // before it closes, since closing moves the focus, which finishes edits.
    void detachFromWidgets();
    // Field messages are secondary text, a little smaller than `windowFont`; again on palette changes.
    void applyStyle(const QFont &windowFont);

public slots:
    // Checks the whole form. Emits requestReady() with what to fetch; or, for the first problem,
    // fieldFlagged() when the field says it (the cursor is then in that field), invalid() when
    // no field can. A key remembered for the account is looked up
    // first when the key field may take it, so Enter after the account is enough.
    void submit();
    // Fetches what the form says only when that needs nothing from the user: a key is in the
    // field or remembered for the account (looked up first). Otherwise it emits keyNeeded() and
    // leaves the fields as they are: nothing flagged, no message, the cursor where it was.
    void submitIfKeyAvailable();
    // A remembered key for the service and account in the form, into a field that may take it.
    void fillRememberedKey();
    // After a fetch the service answered (FetchController::keyAccepted): keeps or forgets the key.
    void rememberOrForgetKey(const QUrl &baseUrl, const QString &accountText, const QString &acceptedKey);
    // The token list of the selected service may have changed: completion and the filter check.
    void refreshTokens();
    void recheckFields();

signals:
    void requestReady(const loopview::FetchRequest &request);
    void invalid(const QString &message);
    // submitIfKeyAvailable() found no key to send.
    void keyNeeded();
    // A field now shows what is wrong with it: a message from an earlier fetch would only compete.
    void fieldFlagged();
    void rememberFailed(const QString &message);
    void forgetFailed(const QString &message);

private:
    void submit(bool mayLookUpKey);
    void onNetworkChanged();
    void checkAccountField();
    void checkTokenFilterField();
    void checkCustomUrlField();
    void showFieldCheck(QLabel *label, const forminput::FieldCheck &check);
    QString formKeyId() const;
    bool mayFillKeyFor(const QString &entryId) const;
    void readRememberedKey(std::function<void()> then);
    void updateRememberKeyText();
    void reportMissingKey();

    QList<QObject *> formWidgets() const;

    QueryFormWidgets m_widgets;
    bool m_detached = false;
    const BalancesSession *m_session;
    QPointer<TokenCompleter> m_tokenCompleter;  // owned by the token filter field
    RememberedKeys *m_rememberedKeys;
    TokenRegistry m_formTokens;  // the token list known for the selected network (completion)
    // The entry whose stored key is in the key field, while the user has not typed over it: only
    // such a key may be replaced by another account's remembered key.
    QString m_keyFromStoreId;
};

} // namespace loopview

Q_DECLARE_METATYPE(loopview::QueryForm)
