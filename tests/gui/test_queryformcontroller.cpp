// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/queryformcontroller.h"

#include "gui/balancessession.h"
#include "gui/networkcombo.h"
#include "gui/tokencompleter.h"
#include "secrets/memorykeystore.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace loopview;

namespace {

const QString Account = QStringLiteral("20533");
const QString OtherAccount = QStringLiteral("20534");
// 64 characters, as the service hands them out.
const QString Key = QStringLiteral("JZ3u7kb0ENjjsW3IBqP2ZbU0Lsh8XOXvxhUVYwqQXDU5y7JLMSOW6vW4sR0xUGfd");
const QString OtherKey = QStringLiteral("AZ3u7kb0ENjjsW3IBqP2ZbU0Lsh8XOXvxhUVYwqQXDU5y7JLMSOW6vW4sR0xUGfd");

// A MemoryKeyStore that counts the look-ups, to see who asks and when.
class CountingKeyStore : public MemoryKeyStore
{
public:
    using MemoryKeyStore::MemoryKeyStore;
    void readKey(const QString &id, QObject *context, Callback done) override
    {
        ++reads;
        MemoryKeyStore::readKey(id, context, std::move(done));
    }
    int reads = 0;
};

// The form's widgets in a window of their own, in the order of the window's Designer form, with
// the controller created after them as MainWindow creates it: the widgets are destroyed first.
struct Form {
    std::unique_ptr<QWidget> window = std::make_unique<QWidget>();
    QueryFormWidgets widgets;
    BalancesSession session;
    QueryFormController *controller = nullptr;

    Form()
    {
        auto *layout = new QVBoxLayout(window.get());
        widgets.network = add<QComboBox>(layout);
        widgets.customUrl = add<QLineEdit>(layout);
        widgets.networkUrl = add<QLabel>(layout);
        widgets.customUrlMessage = add<QLabel>(layout);
        widgets.account = add<QLineEdit>(layout);
        widgets.accountMessage = add<QLabel>(layout);
        widgets.tokenFilter = add<QLineEdit>(layout);
        widgets.tokenFilterMessage = add<QLabel>(layout);
        widgets.apiKey = add<QLineEdit>(layout);
        widgets.rememberKey = add<QCheckBox>(layout);
        controller = new QueryFormController(widgets, &session, window.get());
        controller->recheckFields();
    }

    template<typename Widget>
    Widget *add(QVBoxLayout *layout)
    {
        auto *widget = new Widget(window.get());
        layout->addWidget(widget);
        return widget;
    }

    bool showAndActivate()
    {
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }
};

bool isFlagged(const QLabel *label)
{
    return label->property("problem").toBool();
}

} // namespace

// QueryFormController on real widgets: each field checked as it is typed, the whole form checked
// on submit (a FetchRequest, or the cursor on the field at fault), the remembered-key policy, and
// the controller's lifetime against the widgets it works on.
class TestQueryFormController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void accountIsCheckedAsItIsTyped();
    void customUrlIsCheckedOnlyForCustom();
    void tokenFilterOffersCompletion();
    void valuesAndLoadRoundTrip();
    void submitBuildsTheFetchRequest();
    void submitPutsTheCursorOnTheFieldAtFault_data();
    void submitPutsTheCursorOnTheFieldAtFault();
    void submitSaysWhenTheKeyIsMissingOrMalformed();
    void submitLooksUpTheRememberedKeyFirst();
    void submitIfKeyAvailableNeverAsks();
    void rememberedKeyNeverReplacesATypedKey();
    void rememberedKeyFollowsTheAccount();
    void acceptedKeyIsRememberedOrForgotten();
    void keyFromABookmarkIsNotReplaced();
    void widgetsMayGoFirst();
    void controllerMayGoFirst();
};

void TestQueryFormController::initTestCase()
{
    qRegisterMetaType<loopview::FetchRequest>();
}

void TestQueryFormController::accountIsCheckedAsItIsTyped()
{
    Form form;
    QTest::keyClicks(form.widgets.account, QStringLiteral("12x"));
    QVERIFY(isFlagged(form.widgets.accountMessage));
    QVERIFY(!form.widgets.accountMessage->text().isEmpty());
    // The reason reaches screen readers too.
    QCOMPARE(form.widgets.account->accessibleDescription(), form.widgets.accountMessage->text());

    form.widgets.account->clear();
    QTest::keyClicks(form.widgets.account, Account);
    QVERIFY(!isFlagged(form.widgets.accountMessage));
    QVERIFY(form.widgets.account->accessibleDescription().isEmpty());
}

void TestQueryFormController::customUrlIsCheckedOnlyForCustom()
{
    Form form;
    QVERIFY(form.showAndActivate());
    // A published network: its URL is shown, there is nothing to type.
    QVERIFY(!form.widgets.customUrl->isVisible());
    QCOMPARE(form.widgets.networkUrl->text(), defaultBaseUrl(Network::Mainnet).toDisplayString());

    networkcombo::select(form.widgets.network, Network::Custom);
    QVERIFY(form.widgets.customUrl->isVisible());
    QVERIFY(!form.widgets.networkUrl->isVisible());
    QVERIFY(form.widgets.customUrlMessage->isHidden());  // nothing typed: nothing to complain about

    // Plain http to a remote host would send the key in clear: refused as it is typed.
    QTest::keyClicks(form.widgets.customUrl, QStringLiteral("http://api.example.org"));
    QVERIFY(!form.widgets.customUrlMessage->isHidden());
    QVERIFY(isFlagged(form.widgets.customUrlMessage));
    QVERIFY(!form.controller->checkedBaseUrl());

    form.widgets.customUrl->setText(QStringLiteral("https://API.example.org/"));
    QVERIFY(form.widgets.customUrlMessage->isHidden());
    QCOMPARE(form.controller->checkedBaseUrl().value(), QUrl(QStringLiteral("https://api.example.org")));

    // Back to a published network: the typed URL no longer matters.
    networkcombo::select(form.widgets.network, Network::Mainnet);
    form.widgets.customUrl->setText(QStringLiteral("http://api.example.org"));
    QVERIFY(form.widgets.customUrlMessage->isHidden());
    QCOMPARE(form.controller->selectedBaseUrl(), defaultBaseUrl(Network::Mainnet));
}

void TestQueryFormController::tokenFilterOffersCompletion()
{
    Form form;
    auto *completer = qobject_cast<TokenCompleter *>(form.widgets.tokenFilter->completer());
    QVERIFY(completer);
    QCOMPARE(completer->widget(), form.widgets.tokenFilter);
    // Before any token list is known, symbols cannot be judged: the filter is accepted.
    QTest::keyClicks(form.widgets.tokenFilter, QStringLiteral("ETH, LRC"));
    QVERIFY(!isFlagged(form.widgets.tokenFilterMessage));
    form.widgets.tokenFilter->setText(QStringLiteral("ETH, 70000"));
    QVERIFY(isFlagged(form.widgets.tokenFilterMessage));
}

void TestQueryFormController::valuesAndLoadRoundTrip()
{
    Form form;
    QueryForm values;
    values.network = Network::Custom;
    values.customUrl = QUrl(QStringLiteral("https://api.example.org"));
    values.account = Account;
    values.tokens = QStringLiteral("ETH, LRC");
    form.controller->load(values);
    QCOMPARE(form.widgets.customUrl->text(), QStringLiteral("https://api.example.org"));

    const QueryForm read = form.controller->values();
    QCOMPARE(read.network, Network::Custom);
    QCOMPARE(read.customUrl, values.customUrl);
    QCOMPARE(read.account, Account);
    QCOMPARE(read.tokens, values.tokens);
    // The key is not part of what a bookmark restores.
    QVERIFY(form.widgets.apiKey->text().isEmpty());

    // A published network clears the custom URL field.
    values.network = Network::Mainnet;
    form.controller->load(values);
    QVERIFY(form.widgets.customUrl->text().isEmpty());
    QCOMPARE(form.controller->values().customUrl, QUrl());
}

void TestQueryFormController::submitBuildsTheFetchRequest()
{
    Form form;
    QSignalSpy ready(form.controller, &QueryFormController::requestReady);
    QSignalSpy invalid(form.controller, &QueryFormController::invalid);
    form.widgets.account->setText(QStringLiteral("  ") + Account + QStringLiteral(" "));
    form.widgets.tokenFilter->setText(QStringLiteral("ETH, LRC"));
    form.widgets.apiKey->setText(Key + QStringLiteral(" "));
    form.controller->submit();
    // The key field may take a remembered key: it is looked up first, from the event loop.
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(invalid.count(), 0);
    const auto request = ready.at(0).at(0).value<FetchRequest>();
    QCOMPARE(request.baseUrl, defaultBaseUrl(Network::Mainnet));
    QCOMPARE(request.accountText, Account);
    QCOMPARE(request.tokenFilterText, QStringLiteral("ETH, LRC"));
    QCOMPARE(request.apiKey, Key);
    QVERIFY(!request.demo);
}

void TestQueryFormController::submitPutsTheCursorOnTheFieldAtFault_data()
{
    QTest::addColumn<QString>("customUrl");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("tokens");
    QTest::addColumn<QString>("field");

    QTest::newRow("custom URL") << QStringLiteral("http://api.example.org") << Account << QString()
                                << QStringLiteral("customUrl");
    QTest::newRow("no account") << QString() << QString() << QString() << QStringLiteral("account");
    QTest::newRow("bad account") << QString() << QStringLiteral("0x12") << QString() << QStringLiteral("account");
    QTest::newRow("bad filter") << QString() << Account << QStringLiteral("1, 70000") << QStringLiteral("tokenFilter");
}

void TestQueryFormController::submitPutsTheCursorOnTheFieldAtFault()
{
    QFETCH(QString, customUrl);
    QFETCH(QString, account);
    QFETCH(QString, tokens);
    QFETCH(QString, field);

    Form form;
    QVERIFY(form.showAndActivate());
    if (!customUrl.isEmpty()) {
        networkcombo::select(form.widgets.network, Network::Custom);
        form.widgets.customUrl->setText(customUrl);
    }
    form.widgets.account->setText(account);
    form.widgets.tokenFilter->setText(tokens);
    form.widgets.apiKey->setText(Key);
    form.widgets.apiKey->setFocus();
    QSignalSpy ready(form.controller, &QueryFormController::requestReady);
    QSignalSpy invalid(form.controller, &QueryFormController::invalid);
    QSignalSpy flagged(form.controller, &QueryFormController::fieldFlagged);
    form.controller->submit();

    QCOMPARE(flagged.count(), 1);
    QCOMPARE(invalid.count(), 0);  // said next to the field, not twice
    const std::map<QString, std::pair<QWidget *, QLabel *>> fields = {
        {QStringLiteral("customUrl"), {form.widgets.customUrl, form.widgets.customUrlMessage}},
        {QStringLiteral("account"), {form.widgets.account, form.widgets.accountMessage}},
        {QStringLiteral("tokenFilter"), {form.widgets.tokenFilter, form.widgets.tokenFilterMessage}},
    };
    const auto [widget, message] = fields.at(field);
    QTRY_COMPARE(QApplication::focusWidget(), widget);
    QVERIFY(isFlagged(message));
    QVERIFY(!message->text().isEmpty());
    QTest::qWait(0);
    QCOMPARE(ready.count(), 0);
}

void TestQueryFormController::submitIfKeyAvailableNeverAsks()
{
    Form form;
    QVERIFY(form.showAndActivate());
    MemoryKeyStore keys;
    form.controller->setKeyStore(&keys);
    form.widgets.account->setText(Account);
    form.widgets.network->setFocus();
    QSignalSpy ready(form.controller, &QueryFormController::requestReady);
    QSignalSpy invalid(form.controller, &QueryFormController::invalid);
    QSignalSpy flagged(form.controller, &QueryFormController::fieldFlagged);
    QSignalSpy keyNeeded(form.controller, &QueryFormController::keyNeeded);

    // No key anywhere: it says so to the window, and nothing in the form is flagged or focused.
    form.controller->submitIfKeyAvailable();
    QTRY_COMPARE(keyNeeded.count(), 1);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(invalid.count(), 0);
    QCOMPARE(flagged.count(), 0);
    QVERIFY(!form.widgets.apiKey->property("flagged").toBool());
    QCOMPARE(QApplication::focusWidget(), form.widgets.network);

    // A remembered key: the fetch goes ahead with it.
    bool written = false;
    keys.writeKey(QueryFormController::rememberedKeyId(defaultBaseUrl(Network::Mainnet), Account), Key, nullptr,
                  [&written](const KeyResult &) { written = true; });
    QTRY_VERIFY(written);
    form.controller->submitIfKeyAvailable();
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).value<FetchRequest>().apiKey, Key);
    QCOMPARE(keyNeeded.count(), 1);
}

void TestQueryFormController::submitSaysWhenTheKeyIsMissingOrMalformed()
{
    Form form;
    QVERIFY(form.showAndActivate());
    form.widgets.account->setText(Account);
    QSignalSpy ready(form.controller, &QueryFormController::requestReady);
    QSignalSpy invalid(form.controller, &QueryFormController::invalid);

    // No key typed and none remembered: said once the store has answered.
    form.controller->submit();
    QTRY_COMPARE(invalid.count(), 1);
    QVERIFY(invalid.at(0).at(0).toString().contains(QLatin1String("API key")));
    QVERIFY(form.widgets.apiKey->property("flagged").toBool());
    QCOMPARE(form.widgets.apiKey->accessibleDescription(), invalid.at(0).at(0).toString());
    QTRY_COMPARE(QApplication::focusWidget(), form.widgets.apiKey);

    // Typing clears the mark.
    QTest::keyClicks(form.widgets.apiKey, QStringLiteral("short key"));
    QVERIFY(!form.widgets.apiKey->property("flagged").toBool());

    // A key that cannot be one is refused before anything is sent, with core's reason.
    form.controller->submit();
    QCOMPARE(invalid.count(), 2);
    QVERIFY(form.widgets.apiKey->property("flagged").toBool());
    QTest::qWait(0);
    QCOMPARE(ready.count(), 0);
}

void TestQueryFormController::submitLooksUpTheRememberedKeyFirst()
{
    Form form;
    MemoryKeyStore keys;
    form.controller->setKeyStore(&keys);
    const QString id = QueryFormController::rememberedKeyId(defaultBaseUrl(Network::Mainnet), Account);
    keys.writeKey(id, Key, nullptr, {});

    // Account typed, Enter pressed: the remembered key is found and the fetch goes ahead with it.
    form.widgets.account->setText(Account);
    QSignalSpy ready(form.controller, &QueryFormController::requestReady);
    QSignalSpy invalid(form.controller, &QueryFormController::invalid);
    form.controller->submit();
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(invalid.count(), 0);
    QCOMPARE(ready.at(0).at(0).value<FetchRequest>().apiKey, Key);
    QCOMPARE(form.widgets.apiKey->text(), Key);
    QVERIFY(form.widgets.rememberKey->isChecked());  // it was remembered, so it still is
}

void TestQueryFormController::rememberedKeyNeverReplacesATypedKey()
{
    Form form;
    MemoryKeyStore keys;
    form.controller->setKeyStore(&keys);
    keys.writeKey(QueryFormController::rememberedKeyId(defaultBaseUrl(Network::Mainnet), Account), Key, nullptr, {});

    QTest::keyClicks(form.widgets.apiKey, OtherKey);
    form.widgets.account->setText(Account);
    form.controller->fillRememberedKey();
    QTest::qWait(0);
    QTest::qWait(0);
    QCOMPARE(form.widgets.apiKey->text(), OtherKey);

    QSignalSpy ready(form.controller, &QueryFormController::requestReady);
    form.controller->submit();
    QCOMPARE(ready.count(), 1);  // no look-up: the typed key is the one sent
    QCOMPARE(ready.at(0).at(0).value<FetchRequest>().apiKey, OtherKey);
}

void TestQueryFormController::rememberedKeyFollowsTheAccount()
{
    Form form;
    MemoryKeyStore keys;
    form.controller->setKeyStore(&keys);
    const QUrl mainnet = defaultBaseUrl(Network::Mainnet);
    keys.writeKey(QueryFormController::rememberedKeyId(mainnet, Account), Key, nullptr, {});
    keys.writeKey(QueryFormController::rememberedKeyId(mainnet, OtherAccount), OtherKey, nullptr, {});

    form.widgets.account->setText(Account);
    emit form.widgets.account->editingFinished();
    QTRY_COMPARE(form.widgets.apiKey->text(), Key);
    // Another account's remembered key replaces it; the user has not typed over it.
    form.widgets.account->setText(OtherAccount);
    emit form.widgets.account->editingFinished();
    QTRY_COMPARE(form.widgets.apiKey->text(), OtherKey);
    // An account with nothing remembered leaves the field as it is.
    form.widgets.account->setText(QStringLiteral("1"));
    emit form.widgets.account->editingFinished();
    QTest::qWait(0);
    QTest::qWait(0);
    QCOMPARE(form.widgets.apiKey->text(), OtherKey);
}

void TestQueryFormController::acceptedKeyIsRememberedOrForgotten()
{
    Form form;
    MemoryKeyStore keys;
    form.controller->setKeyStore(&keys);
    const QUrl mainnet = defaultBaseUrl(Network::Mainnet);
    const QString id = QueryFormController::rememberedKeyId(mainnet, Account);

    // Unticked: nothing is kept.
    form.controller->rememberOrForgetKey(mainnet, Account, Key);
    QTest::qWait(0);
    QVERIFY(!keys.contains(id));

    // Ticked: the key the service accepted is kept for that service and account.
    form.widgets.rememberKey->setChecked(true);
    form.controller->rememberOrForgetKey(mainnet, Account, Key);
    QTRY_VERIFY(keys.contains(id));

    // Unticked again: "do not keep this key" forgets the one remembered earlier.
    form.widgets.rememberKey->setChecked(false);
    form.controller->rememberOrForgetKey(mainnet, Account, Key);
    QTRY_VERIFY(!keys.contains(id));
}

void TestQueryFormController::keyFromABookmarkIsNotReplaced()
{
    Form form;
    MemoryKeyStore keys;
    form.controller->setKeyStore(&keys);
    keys.writeKey(QueryFormController::rememberedKeyId(defaultBaseUrl(Network::Mainnet), Account), Key, nullptr, {});

    form.widgets.apiKey->setText(Key);  // a remembered key in the field...
    form.controller->setApiKey(OtherKey);  // ...then a bookmark's: the user's from now on
    form.widgets.account->setText(Account);
    emit form.widgets.account->editingFinished();
    QTest::qWait(0);
    QTest::qWait(0);
    QCOMPARE(form.controller->apiKey(), OtherKey);
}

// The window destroys its children one by one, the form's widgets before the controller (created
// after them). Once the first widget has gone, what the others still emit must not reach the
// controller, whose slots read every field; and the completer goes with its field.
void TestQueryFormController::widgetsMayGoFirst()
{
    Form form;
    CountingKeyStore keys;
    form.controller->setKeyStore(&keys);
    form.widgets.account->setText(Account);
    QTest::qWait(0);
    const int readsBefore = keys.reads;
    QPointer<QCompleter> completer = form.widgets.tokenFilter->completer();
    QVERIFY(completer);

    delete form.widgets.network;  // the first of the form's widgets, as in the window
    form.widgets.network = nullptr;
    form.widgets.customUrl->setText(QStringLiteral("https://api.example.org"));
    emit form.widgets.account->editingFinished();
    emit form.widgets.customUrl->editingFinished();
    form.widgets.tokenFilter->setText(QStringLiteral("ETH"));
    QTest::keyClicks(form.widgets.apiKey, QStringLiteral("x"));
    // What the session and the window may still call while they are taken down.
    form.controller->refreshTokens();
    form.controller->recheckFields();
    form.controller->submit();
    form.controller->fillRememberedKey();
    QTest::qWait(0);
    QCOMPARE(keys.reads, readsBefore);  // nothing read the form any more

    delete form.widgets.tokenFilter;
    form.widgets.tokenFilter = nullptr;
    QVERIFY(!completer);  // not left behind with a popup for a field that is gone

    QPointer<QueryFormController> controller = form.controller;
    form.window.reset();
    QVERIFY(!controller);
}

void TestQueryFormController::controllerMayGoFirst()
{
    Form form;
    QVERIFY(form.showAndActivate());
    QPointer<QCompleter> completer = form.widgets.tokenFilter->completer();
    delete form.controller;
    form.controller = nullptr;
    QVERIFY(completer);  // the field keeps completing with the symbols it was given
    // The widgets go on working without it.
    form.widgets.tokenFilter->setFocus();
    QTest::keyClicks(form.widgets.tokenFilter, QStringLiteral("ETH, L"));
    QTest::keyClicks(form.widgets.account, Account);
    emit form.widgets.account->editingFinished();
    networkcombo::select(form.widgets.network, Network::Custom);
    form.widgets.customUrl->setText(QStringLiteral("https://api.example.org"));
    emit form.widgets.customUrl->editingFinished();
    QTest::qWait(0);
    QCOMPARE(form.widgets.tokenFilter->text(), QStringLiteral("ETH, L"));
}

QTEST_MAIN(TestQueryFormController)
#include "test_queryformcontroller.moc"
