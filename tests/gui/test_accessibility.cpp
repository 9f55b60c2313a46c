// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Accessibility audit: every input, button, view, spin box and progress bar of the real windows
// (main window with bookmarks installed, export dialog, bookmark dialog, portfolio) has a name a
// screen reader can announce, as QAccessible reports it, not just as a widget property.
#include "core/bookmarkstore.h"
#include "gui/bookmarks/bookmarkdialog.h"
#include "gui/bookmarks/bookmarkpanel.h"
#include "gui/bookmarks/bookmarksintegration.h"
#include "gui/bookmarks/portfoliowindow.h"
#include "gui/export/balanceexporter.h"
#include "gui/export/exportdialog.h"
#include "gui/balancetablemodel.h"
#include "gui/mainwindow.h"
#include "gui/messagebar.h"
#include "secrets/memorykeystore.h"

#include "offscreennoise.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;

namespace {

// Parts Qt builds inside its own widgets: the line edit of an editable combo box or a spin box,
// header views and scroll buttons. Their owner carries the name.
bool isQtInternal(const QWidget *widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    if (qobject_cast<const QHeaderView *>(widget))
        return true;
    // The combo box's popup list sits in a private container below the combo box itself.
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent))
            return true;
    }
    return qobject_cast<const QTabBar *>(widget->parentWidget()) != nullptr;
}

bool needsName(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
            || qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
            || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QProgressBar *>(widget);
}

QString describe(const QWidget *widget)
{
    QString path = QString::fromLatin1(widget->metaObject()->className());
    for (const QObject *object = widget; object; object = object->parent()) {
        if (!object->objectName().isEmpty()) {
            path += QLatin1Char(' ') + object->objectName();
            if (object != widget)
                path += QLatin1String(" (ancestor)");
            break;
        }
    }
    return path;
}

// Names of the widgets under `root` that a screen reader would announce without a name.
QStringList unnamedWidgets(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!needsName(widget) || isQtInternal(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

// The number of widgets the audit looked at, so a filter that skips everything cannot pass.
int auditedCount(QWidget *root)
{
    int count = 0;
    for (QWidget *widget : root->findChildren<QWidget *>())
        count += needsName(widget) && !isQtInternal(widget) ? 1 : 0;
    return count;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        loopview::testsupport::quietOffscreenPluginNoise();
        QVERIFY(m_home.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("config")));
    }

    void mainWindowWithBookmarksAndDemoData()
    {
        MainWindow window;
        BookmarksSetup setup;
        setup.storeDirectory = m_home.filePath(QStringLiteral("bookmarks"));
        setup.keys = std::make_unique<MemoryKeyStore>();
        BookmarksIntegration *bookmarks = BookmarksIntegration::install(&window, std::move(setup));
        QVERIFY(bookmarks->store()->add(Bookmark::create(QStringLiteral("Savings"), QStringLiteral("20533"),
                                                         Network::Mainnet)));
        QVERIFY(bookmarks->store()->add(Bookmark::create(QStringLiteral("Trading"), QStringLiteral("12345"),
                                                         Network::Test)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Every page of the window at once: the table with data, the demo banner with its button,
        // an error message with its close button, and the portfolio dock.
        QSignalSpy shown(&window, &MainWindow::balancesShown);
        window.startDemo();
        QVERIFY(shown.count() > 0 || shown.wait());
        window.messageBar()->showMessage(MessageBar::Kind::Error, QStringLiteral("Something failed"));
        bookmarks->portfolioDock()->show();

        QVERIFY(auditedCount(&window) > 20);
        const QStringList unnamed = unnamedWidgets(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("; "))));
        // Spot checks of names people hear most.
        // The table's name says whose data it holds (issue 11): here the demo's.
        const QString tableName = QAccessible::queryAccessibleInterface(window.balancesView())->text(QAccessible::Name);
        QVERIFY2(tableName.startsWith(QLatin1String("Balances table: Balances of demo account ")), qPrintable(tableName));
        QVERIFY(tableName.endsWith(QLatin1String("(sample data)")));
        QCOMPARE(QAccessible::queryAccessibleInterface(bookmarks->panel()->findChild<QAbstractItemView *>())
                         ->text(QAccessible::Name),
                 QStringLiteral("Bookmark list"));
    }

    void exportDialog()
    {
        BalanceTableModel model;
        BalanceExporter exporter(&model);
        ExportDialog dialog(exporter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.messageBar()->showMessage(MessageBar::Kind::Error, QStringLiteral("Could not write"));
        QVERIFY(auditedCount(&dialog) > 5);
        const QStringList unnamed = unnamedWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("; "))));
    }

    void bookmarkDialog()
    {
        BookmarkDialog dialog;
        dialog.setPrivateKeyIgnoredNoticeVisible(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(auditedCount(&dialog) > 4);
        const QStringList unnamed = unnamedWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("; "))));
    }

    void portfolioWindow()
    {
        BookmarkStore store(m_home.filePath(QStringLiteral("portfolio-bookmarks")));
        PortfolioWindow portfolio(&store, nullptr);
        portfolio.show();
        QVERIFY(QTest::qWaitForWindowExposed(&portfolio));
        portfolio.messageBar()->showMessage(MessageBar::Kind::Warning, QStringLiteral("Token list missing"));
        QVERIFY(auditedCount(&portfolio) > 4);
        const QStringList unnamed = unnamedWidgets(&portfolio);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("; "))));
        QCOMPARE(QAccessible::queryAccessibleInterface(portfolio.portfolioView())->text(QAccessible::Name),
                 QStringLiteral("Portfolio totals per token"));
    }

private:
    QTemporaryDir m_home;
};

int main(int argc, char *argv[])
{
    // Every standard location in a fresh directory before Qt reads the environment, so nothing
    // the windows save lands in the real home.
    QTemporaryDir xdg;
    qputenv("XDG_DATA_HOME", xdg.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", xdg.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", xdg.filePath(QStringLiteral("cache")).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Loopview"));
    QApplication::setApplicationName(QStringLiteral("Loopview"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_accessibility.moc"
