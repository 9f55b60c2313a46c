// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Edit ▸ Preferences, driven through its real widgets offscreen: the dialog shows and returns the
// choices, refuses a custom start URL that is no base URL, restores the defaults; the action saves
// them (never the API key) and the window applies them now and at its next start.

#include "gui/balancetablemodel.h"
#include "gui/mainwindow.h"
#include "gui/nft/nftpanel.h"
#include "gui/nft/nftthumbnails.h"
#include "gui/preferences.h"
#include "gui/preferencesaction.h"
#include "gui/preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

QPushButton *okButton(PreferencesDialog &dialog)
{
    return child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void showsAndReturnsTheChoices();
    void offersTheShippedLanguagesInTheirOwnNames();
    void customStartUrlMustBeABaseUrl();
    void currencyIsACodeTypedOrChosen();
    void restoreDefaultsButton();
    void nftThumbnailsAreOffAndTheGatewayMustBeHttps();
    void actionSavesAndTheWindowApplies();
    void cancelChangesNothing();
    void roundingIsOneSettingWithTheViewMenu();
    void windowStartsWithThePreferredNetwork();

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPreferencesDialog::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
}

void TestPreferencesDialog::showsAndReturnsTheChoices()
{
    Preferences chosen;
    chosen.startNetwork = Network::Test;
    chosen.requestTimeout = std::chrono::seconds(42);
    chosen.language = QStringLiteral("zh_CN");
    chosen.hideZeroBalances = true;
    chosen.roundToTokenPrecision = true;
    chosen.watchEnabled = true;
    chosen.watchIntervalMinutes = 15;
    chosen.watchBookmarks = true;
    chosen.trayOnClose = Preferences::TrayOnClose::Quit;
    PreferencesDialog dialog(chosen);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(child<QComboBox>(&dialog, "networkCombo")->currentText(), networkLabel(Network::Test));
    QCOMPARE(child<QSpinBox>(&dialog, "timeoutSpin")->value(), 42);
    QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentData().toString(), QStringLiteral("zh_CN"));
    QVERIFY(child<QCheckBox>(&dialog, "hideZeroCheck")->isChecked());
    QVERIFY(child<QCheckBox>(&dialog, "roundCheck")->isChecked());
    QVERIFY(!child<QLineEdit>(&dialog, "customUrlEdit")->isVisible());
    QVERIFY(child<QCheckBox>(&dialog, "watchCheck")->isChecked());
    QCOMPARE(child<QComboBox>(&dialog, "watchIntervalCombo")->currentData().toInt(), 15);
    QCOMPARE(child<QComboBox>(&dialog, "watchIntervalCombo")->count(), 4);  // 1, 5, 15, 60 minutes
    QVERIFY(child<QCheckBox>(&dialog, "watchBookmarksCheck")->isChecked());
    QCOMPARE(dialog.preferences(), chosen);

    // Changed through the widgets as a user would.
    QComboBox *network = child<QComboBox>(&dialog, "networkCombo");
    network->setCurrentIndex(0);  // the last one used
    QSpinBox *timeout = child<QSpinBox>(&dialog, "timeoutSpin");
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("90"));
    QTest::keyClick(child<QCheckBox>(&dialog, "hideZeroCheck"), Qt::Key_Space);
    QTest::keyClick(child<QCheckBox>(&dialog, "roundCheck"), Qt::Key_Space);
    QTest::keyClick(child<QCheckBox>(&dialog, "watchCheck"), Qt::Key_Space);
    child<QComboBox>(&dialog, "watchIntervalCombo")->setCurrentIndex(0);
    child<QComboBox>(&dialog, "trayOnCloseCombo")->setCurrentIndex(1);
    const Preferences edited = dialog.preferences();
    QVERIFY(!edited.watchEnabled);
    QCOMPARE(edited.watchIntervalMinutes, 1);
    QCOMPARE(edited.trayOnClose, Preferences::TrayOnClose::KeepWatching);
    QVERIFY(!edited.startNetwork);
    QCOMPARE(edited.requestTimeout, std::chrono::seconds(90));
    QVERIFY(!edited.hideZeroBalances);
    QVERIFY(!edited.roundToTokenPrecision);
    QCOMPARE(edited.language, QStringLiteral("zh_CN"));
}

void TestPreferencesDialog::offersTheShippedLanguagesInTheirOwnNames()
{
    PreferencesDialog dialog{Preferences()};
    const QComboBox *languages = child<QComboBox>(&dialog, "languageCombo");
    QStringList names;
    for (int i = 0; i < languages->count(); ++i)
        names << languages->itemText(i);
    QCOMPARE(names.size(), 4);
    QCOMPARE(names.at(0), QStringLiteral("System default"));
    QCOMPARE(names.at(1), QStringLiteral("Deutsch"));
    QCOMPARE(names.at(2), QStringLiteral("English"));
    QVERIFY2(names.at(3).contains(QStringLiteral("中文")), qPrintable(names.at(3)));
    QCOMPARE(languages->currentIndex(), 0);
    // The change waits for the next start, and the dialog says so.
    QVERIFY(child<QLabel>(&dialog, "languageNoteLabel")->text().contains(QLatin1String("starts again")));
}

void TestPreferencesDialog::customStartUrlMustBeABaseUrl()
{
    PreferencesDialog dialog{Preferences()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *network = child<QComboBox>(&dialog, "networkCombo");
    network->setCurrentIndex(network->findData(int(Network::Custom)));
    QLineEdit *url = child<QLineEdit>(&dialog, "customUrlEdit");
    QLabel *problem = child<QLabel>(&dialog, "customUrlProblemLabel");
    QVERIFY(url->isVisible());
    QVERIFY(!okButton(dialog)->isEnabled());  // nothing typed yet
    QTest::keyClicks(url, QStringLiteral("http://loopring.example.org"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("https://")), qPrintable(problem->text()));

    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://loopring.example.org/"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!problem->isVisible());
    QVERIFY(dialog.preferences().startNetwork == Network::Custom);
    QCOMPARE(dialog.preferences().startCustomUrl, QUrl(QStringLiteral("https://loopring.example.org")));

    // Another network needs no URL, whatever is typed there.
    url->setText(QStringLiteral("nonsense"));
    network->setCurrentIndex(network->findData(int(Network::Mainnet)));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!url->isVisible());
}

void TestPreferencesDialog::currencyIsACodeTypedOrChosen()
{
    PreferencesDialog dialog{Preferences()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *currency = child<QComboBox>(&dialog, "currencyCombo");
    QLabel *problem = child<QLabel>(&dialog, "currencyProblemLabel");
    QCOMPARE(currency->currentText(), QStringLiteral("USD"));
    QVERIFY(currency->findText(QStringLiteral("CNY")) >= 0);
    QVERIFY(!problem->isVisible());

    // Any three letters, in any case: the service says which it prices.
    currency->setFocus();
    currency->lineEdit()->selectAll();
    QTest::keyClicks(currency, QStringLiteral("eu"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("currency code")), qPrintable(problem->text()));
    QTest::keyClicks(currency, QStringLiteral("r"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!problem->isVisible());
    QCOMPARE(dialog.preferences().currency, QStringLiteral("EUR"));

    currency->setCurrentIndex(currency->findText(QStringLiteral("CNY")));
    QCOMPARE(dialog.preferences().currency, QStringLiteral("CNY"));
}

void TestPreferencesDialog::restoreDefaultsButton()
{
    Preferences chosen;
    chosen.startNetwork = Network::Mainnet;
    chosen.requestTimeout = std::chrono::seconds(5);
    chosen.language = QStringLiteral("de");
    chosen.hideZeroBalances = true;
    PreferencesDialog dialog(chosen);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::RestoreDefaults),
                      Qt::LeftButton);
    QCOMPARE(dialog.preferences(), Preferences());
}

void TestPreferencesDialog::nftThumbnailsAreOffAndTheGatewayMustBeHttps()
{
    PreferencesDialog dialog{Preferences()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCheckBox *thumbnails = child<QCheckBox>(&dialog, "nftThumbnailsCheck");
    QLineEdit *gateway = child<QLineEdit>(&dialog, "ipfsGatewayEdit");
    QLabel *problem = child<QLabel>(&dialog, "ipfsGatewayProblemLabel");
    QVERIFY(!thumbnails->isChecked());
    QVERIFY(child<QLabel>(&dialog, "nftThumbnailsNoteLabel")->isVisible());  // what turning them on tells others
    QCOMPARE(gateway->text(), QStringLiteral("https://ipfs.io/ipfs/"));
    QVERIFY(!gateway->isEnabled());

    QTest::keyClick(thumbnails, Qt::Key_Space);
    QVERIFY(gateway->isEnabled());
    gateway->selectAll();
    QTest::keyClicks(gateway, QStringLiteral("http://gateway.example/ipfs"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("https://")), qPrintable(problem->text()));

    gateway->selectAll();
    QTest::keyClicks(gateway, QStringLiteral("https://gateway.example/ipfs"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!problem->isVisible());
    QVERIFY(dialog.preferences().showNftThumbnails);
    QCOMPARE(dialog.preferences().ipfsGateway, QUrl(QStringLiteral("https://gateway.example/ipfs/")));

    // Off, the gateway is not used and cannot block OK.
    gateway->setText(QStringLiteral("nonsense"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClick(thumbnails, Qt::Key_Space);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!problem->isVisible());
    QVERIFY(!dialog.preferences().showNftThumbnails);
    QCOMPARE(dialog.preferences().ipfsGateway, QUrl(QStringLiteral("https://ipfs.io/ipfs/")));

    // The window starts with them off and follows the preference both ways.
    MainWindow window;
    NftThumbnails *shown = window.nftPanel()->thumbnails();
    QVERIFY(!shown->isEnabled());
    Preferences on;
    on.showNftThumbnails = true;
    window.applyPreferences(on);
    QVERIFY(shown->isEnabled());
    QVERIFY(shown->loader());
    window.applyPreferences(Preferences());
    QVERIFY(!shown->isEnabled());
    QVERIFY(!shown->loader());
}

void TestPreferencesDialog::actionSavesAndTheWindowApplies()
{
    MainWindow window;
    window.setApiKey(QStringLiteral("a-secret-api-key-that-must-not-be-saved"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *preferences = window.findChild<PreferencesAction *>();
    QVERIFY(preferences);
    QCOMPARE(preferences->action()->shortcut(), QKeySequence(QKeySequence::Preferences));
    auto *edit = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit"));
    QVERIFY(edit && edit->actions().contains(preferences->action()));
    QVERIFY(!child<QCheckBox>(&window, "hideZeroCheck")->isChecked());

    bool shown = false;
    preferences->setDialogRunner([&shown](PreferencesDialog &dialog) {
        shown = true;
        QSpinBox *timeout = child<QSpinBox>(&dialog, "timeoutSpin");
        timeout->selectAll();
        QTest::keyClicks(timeout, QStringLiteral("7"));
        QTest::keyClick(child<QCheckBox>(&dialog, "hideZeroCheck"), Qt::Key_Space);
        QComboBox *language = child<QComboBox>(&dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        return true;
    });
    preferences->action()->trigger();
    QVERIFY(shown);

    QCOMPARE(window.fetchController()->timeout(), std::chrono::milliseconds(7000));
    QVERIFY(child<QCheckBox>(&window, "hideZeroCheck")->isChecked());
    const Preferences saved = Preferences::load(QSettings(QStringLiteral("Loopview"), QStringLiteral("Loopview")));
    QCOMPARE(saved.requestTimeout, std::chrono::seconds(7));
    QCOMPARE(saved.language, QStringLiteral("de"));
    QVERIFY(saved.hideZeroBalances);

    QSettings settings(QStringLiteral("Loopview"), QStringLiteral("Loopview"));
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    QVERIFY(!file.readAll().contains("a-secret-api-key"));
}

void TestPreferencesDialog::cancelChangesNothing()
{
    MainWindow window;
    auto *preferences = window.findChild<PreferencesAction *>();
    QVERIFY(preferences);
    const std::chrono::milliseconds timeout = window.fetchController()->timeout();
    preferences->setDialogRunner([](PreferencesDialog &dialog) {
        child<QSpinBox>(&dialog, "timeoutSpin")->setValue(3);
        return false;
    });
    preferences->action()->trigger();
    QCOMPARE(window.fetchController()->timeout(), timeout);
    QSettings settings(QStringLiteral("Loopview"), QStringLiteral("Loopview"));
    QVERIFY(!settings.contains(QStringLiteral("preferences/v1/requestTimeoutSeconds")));
}

// The View menu's option and the preference are one setting: a toggle in the menu is what the
// dialog shows next (so OK cannot undo it), and the dialog's choice is what the table does.
void TestPreferencesDialog::roundingIsOneSettingWithTheViewMenu()
{
    MainWindow window;
    auto *preferences = window.findChild<PreferencesAction *>();
    auto *round = window.findChild<QAction *>(QStringLiteral("actionRoundToPrecision"));
    QVERIFY(preferences && round);
    QVERIFY(!round->isChecked());
    round->trigger();

    bool shownChecked = false;
    preferences->setDialogRunner([&shownChecked](PreferencesDialog &dialog) {
        QCheckBox *check = child<QCheckBox>(&dialog, "roundCheck");
        shownChecked = check->isChecked();
        QTest::keyClick(check, Qt::Key_Space);
        return true;
    });
    preferences->action()->trigger();
    QVERIFY(shownChecked);
    QVERIFY(!round->isChecked());
    QVERIFY(!window.balanceModel()->roundsToTokenPrecision());
    QVERIFY(!Preferences::load(QSettings(QStringLiteral("Loopview"), QStringLiteral("Loopview"))).roundToTokenPrecision);

    round->trigger();
    QVERIFY(Preferences::load(QSettings(QStringLiteral("Loopview"), QStringLiteral("Loopview"))).roundToTokenPrecision);
}

void TestPreferencesDialog::windowStartsWithThePreferredNetwork()
{
    {
        // The last query was on Mainnet; the preferences say to start on a custom service.
        MainWindow last;
        last.loadQuery(QueryForm{Network::Mainnet, QUrl(), QStringLiteral("12345"), QString()}, false);
        last.close();
        Preferences preferences;
        preferences.startNetwork = Network::Custom;
        preferences.startCustomUrl = QUrl(QStringLiteral("https://loopring.example.org"));
        preferences.hideZeroBalances = true;
        preferences.requestTimeout = std::chrono::seconds(30);
        QSettings settings(QStringLiteral("Loopview"), QStringLiteral("Loopview"));
        preferences.save(settings);
    }
    MainWindow window;
    QCOMPARE(window.queryForm().network, Network::Custom);
    QCOMPARE(window.selectedBaseUrl(), QUrl(QStringLiteral("https://loopring.example.org")));
    QVERIFY(child<QCheckBox>(&window, "hideZeroCheck")->isChecked());
    QCOMPARE(window.fetchController()->timeout(), std::chrono::milliseconds(30000));
}

QTEST_MAIN(TestPreferencesDialog)
#include "test_preferencesdialog.moc"
