// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// No two Alt accelerators that can be pressed at the same time share a letter, in any shipped
// language. The real widgets are walked, as Qt's shortcut map sees them: in a window, the
// mnemonics of its visible buttons, buddied labels, group boxes, tab bars and menu bar titles are
// all live at once (with the docks and the current tab page), and so are its Alt+key shortcuts;
// within an open menu, its items' mnemonics. The window is checked on the welcome page, with the
// demo data on each tab, and with the History dock open; the dialogs on their own.

#include "gui/mainwindow.h"
#include "gui/preferencesdialog.h"
#include "gui/uilanguage.h"
#include "gui/bookmarks/bookmarkdialog.h"
#include "gui/bookmarks/bookmarksintegration.h"
#include "gui/export/exportactions.h"
#include "gui/export/exportdialog.h"
#include "gui/history/historyintegration.h"
#include "gui/watch/watchintegration.h"
#include "secrets/memorykeystore.h"

#include "core/bookmarkstore.h"

#include "languagefixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace loopview;

namespace {

// Who answers to each key: "QPushButton “&Edit…”".
using KeyOwners = QMap<QKeySequence, QStringList>;

void addMnemonic(KeyOwners &owners, const QString &what, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        owners[key].append(QStringLiteral("%1 “%2”").arg(what, text));
}

// The Alt+key shortcuts of `object`'s actions and QShortcuts: a mnemonic must not take one.
void addAltShortcuts(KeyOwners &owners, const QWidget *top)
{
    const auto isAltKey = [](const QKeySequence &key) {
        return key.count() == 1 && key[0].keyboardModifiers() == Qt::AltModifier;
    };
    for (const QAction *action : top->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            if (isAltKey(key))
                owners[key].append(QStringLiteral("QAction “%1” shortcut").arg(action->text()));
        }
    }
    for (const QShortcut *shortcut : top->findChildren<QShortcut *>()) {
        if (isAltKey(shortcut->key()))
            owners[shortcut->key()].append(QStringLiteral("QShortcut %1").arg(shortcut->key().toString()));
    }
}

// The accelerators live in `top` as it is now: those of its visible widgets (the current page of
// a tab widget only; a tab bar's tabs all), its menu bar's titles and its Alt+key shortcuts.
KeyOwners windowKeys(QWidget *top)
{
    KeyOwners owners;
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (widget->window() != top || !widget->isVisibleTo(top))
            continue;
        const QString type = QString::fromLatin1(widget->metaObject()->className());
        if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
            addMnemonic(owners, type, button->text());
        } else if (const auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())  // a label without a buddy has no mnemonic
                addMnemonic(owners, type, label->text());
        } else if (const auto *box = qobject_cast<QGroupBox *>(widget)) {
            addMnemonic(owners, type, box->title());
        } else if (const auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    addMnemonic(owners, QStringLiteral("tab"), tabs->tabText(i));
            }
        } else if (const auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : menuBar->actions()) {
                if (action->isVisible())
                    addMnemonic(owners, QStringLiteral("menu"), action->text());
            }
        }
    }
    addAltShortcuts(owners, top);
    return owners;
}

// Each menu of the menu bar (and their submenus) is a scope of its own.
void collectMenuClashes(QStringList &problems, const QMenu *menu)
{
    KeyOwners owners;
    for (QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        addMnemonic(owners, QStringLiteral("item"), action->text());
        if (const QMenu *submenu = action->menu())
            collectMenuClashes(problems, submenu);
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1) {
            problems << QStringLiteral("menu “%1”: %2 is taken by %3")
                            .arg(menu->title(), it.key().toString(QKeySequence::NativeText), it->join(QLatin1String(", ")));
        }
    }
}

QStringList clashes(const KeyOwners &owners, const QString &where)
{
    QStringList problems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1) {
            problems << QStringLiteral("%1: %2 is taken by %3")
                            .arg(where, it.key().toString(QKeySequence::NativeText), it->join(QLatin1String(", ")));
        }
    }
    return problems;
}

QStringList windowClashes(QWidget *top, const QString &where)
{
    QCoreApplication::processEvents();
    return clashes(windowKeys(top), where);
}

// Each clash on a line of its own (a QVERIFY2 message would be cut short), then how many.
QByteArray report(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << "accelerators clash:" << problem;
    return QByteArray::number(problems.size()) + " accelerator clash(es), listed above";
}

} // namespace

class TestAccelerators : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindow_data();
    void mainWindow();
    void dialogs_data();
    void dialogs();
    // The walk sees a clash when there is one: it is not a test that cannot fail.
    void aClashIsSeen();

private:
    loopview::testsupport::LanguageFixture m_languages;
};

void TestAccelerators::initTestCase()
{
    m_languages.setUp();
}

void TestAccelerators::init()
{
    loopview::testsupport::LanguageFixture::clearSettings();
}

void TestAccelerators::cleanup()
{
    m_languages.uninstall();
}

void TestAccelerators::mainWindow_data()
{
    loopview::testsupport::LanguageFixture::addLanguageRows();
}

void TestAccelerators::mainWindow()
{
    QFETCH(QString, language);
    m_languages.install(language);
    // The window as the application builds it (main.cpp): bookmarks, history and watching.
    MainWindow window;
    BookmarksSetup setup;
    setup.storeDirectory = m_languages.homePath(QStringLiteral("bookmarks-%1").arg(language));
    setup.keys = std::make_unique<MemoryKeyStore>();
    BookmarksIntegration *bookmarks = BookmarksIntegration::install(&window, std::move(setup));
    QVERIFY(bookmarks->store()->add(Bookmark::create(QStringLiteral("Savings"), QStringLiteral("20533"),
                                                     Network::Mainnet)));
    HistoryIntegration::install(&window, m_languages.homePath(QStringLiteral("history-%1.sqlite").arg(language)));
    WatchIntegration::install(&window, bookmarks);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList problems = windowClashes(&window, QStringLiteral("welcome page"));

    QSignalSpy shown(&window, &MainWindow::balancesShown);
    window.startDemo();
    QVERIFY(shown.wait(10000));
    QTabWidget *tabs = window.contentTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        problems << windowClashes(&window, QStringLiteral("demo data, tab “%1”").arg(tabs->tabText(i)));
    }
    // The docks that start hidden, opened.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    problems << windowClashes(&window, QStringLiteral("all docks open"));

    for (const QAction *action : window.menuBar()->actions()) {
        if (const QMenu *menu = action->menu())
            collectMenuClashes(problems, menu);
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), report(problems).constData());
}

void TestAccelerators::dialogs_data()
{
    loopview::testsupport::LanguageFixture::addLanguageRows();
}

void TestAccelerators::dialogs()
{
    QFETCH(QString, language);
    m_languages.install(language);
    QStringList problems;
    {
        BookmarkDialog dialog;
        dialog.setKeysPersistent(false);
        dialog.setPrivateKeyIgnoredNoticeVisible(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        problems << windowClashes(&dialog, QStringLiteral("bookmark dialog"));
    }
    {
        Preferences preferences;
        preferences.startNetwork = Network::Custom;  // every row shown
        PreferencesDialog dialog(preferences);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        problems << windowClashes(&dialog, QStringLiteral("preferences"));
    }
    {
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::balancesShown);
        window.startDemo();
        QVERIFY(shown.wait(10000));
        bool ran = false;
        window.exportActions()->setDialogRunner([&](ExportDialog &dialog) {
            ran = true;
            dialog.show();
            if (QTest::qWaitForWindowExposed(&dialog))
                problems << windowClashes(&dialog, QStringLiteral("export dialog"));
            return false;
        });
        window.exportActions()->exportBalances();
        QVERIFY(ran);
    }
    QVERIFY2(problems.isEmpty(), report(problems).constData());
}

void TestAccelerators::aClashIsSeen()
{
    QWidget top;
    auto *first = new QPushButton(QStringLiteral("&Add"), &top);
    auto *second = new QPushButton(QStringLiteral("&Account"), &top);
    second->move(0, 40);
    auto *hidden = new QPushButton(QStringLiteral("&Bookmarks"), &top);
    hidden->hide();
    auto *other = new QPushButton(QStringLiteral("&Bookmark"), &top);
    other->move(0, 80);
    Q_UNUSED(first)
    top.show();
    QVERIFY(QTest::qWaitForWindowExposed(&top));
    const QStringList problems = windowClashes(&top, QStringLiteral("test"));
    QCOMPARE(problems.size(), 1);  // Alt+A twice; the hidden button's Alt+B is not live
    QVERIFY2(problems.constFirst().contains(QLatin1String("&Add")), qPrintable(problems.constFirst()));
    QVERIFY2(problems.constFirst().contains(QLatin1String("&Account")), qPrintable(problems.constFirst()));
}

QTEST_MAIN(TestAccelerators)
#include "test_accelerators.moc"
