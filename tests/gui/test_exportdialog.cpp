// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/export/balanceexporter.h"
#include "gui/export/exportactions.h"
#include "gui/export/exportdialog.h"
#include "gui/export/exportoptions.h"
#include "gui/export/filedialog.h"

#include "gui/bookmarks/portfolioexport.h"
#include "gui/bookmarks/portfoliomodel.h"
#include "gui/balanceproxymodel.h"
#include "gui/balancetablemodel.h"
#include "gui/mainwindow.h"
#include "gui/messagebar.h"

#include "core/portfolio.h"

#include "csvtestparser.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <memory>

using namespace loopview;
using namespace loopview::testdata;

namespace {

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The list's items top to bottom: machine key and whether it is ticked.
QStringList columnListState(const ExportDialog &dialog)
{
    QStringList state;
    const auto *list = child<QListWidget>(dialog, "columnList");
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        const QString key = balanceColumnKey(BalanceColumn(item->data(Qt::UserRole + 1).toInt()));
        state.append((item->checkState() == Qt::Checked ? QLatin1String("+") : QLatin1String("-")) + key);
    }
    return state;
}

// Ticks exactly `keys`, through the check box of each item as a click would.
void tickColumns(ExportDialog &dialog, const QStringList &keys)
{
    auto *list = child<QListWidget>(dialog, "columnList");
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        const QString key = balanceColumnKey(BalanceColumn(item->data(Qt::UserRole + 1).toInt()));
        item->setCheckState(keys.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
}

void click(QAbstractButton *button)
{
    QVERIFY(button->isEnabled());
    // Radio buttons and check boxes take clicks on their indicator and text only, and a layout
    // may make them wider than that: aim at the indicator.
    QPoint position = button->rect().center();
    QStyleOptionButton option;
    option.initFrom(button);
    if (qobject_cast<QRadioButton *>(button))
        position = button->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, button).center();
    else if (qobject_cast<QCheckBox *>(button))
        position = button->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, button).center();
    QTest::mouseClick(button, Qt::LeftButton, {}, position);
}

PriceTable usdPrices()
{
    return PriceTable(QStringLiteral("USD"), {Price{QStringLiteral("ETH"), *Decimal::parse(u"3000.10"), QDateTime()},
                                              Price{QStringLiteral("LRC"), *Decimal::parse(u"0.25"), QDateTime()}});
}

BalanceChangeBase oneEthBefore()
{
    BalanceChangeBase base;
    base.since = QDateTime::fromMSecsSinceEpoch(1764403200000, QTimeZone::utc());
    base.totals = {{0, *Amount::parse(u"1000000000000000000")}};
    return base;
}

// The list's items top to bottom as shown: "Price (price_usd)".
QStringList columnListTexts(const ExportDialog &dialog)
{
    QStringList texts;
    const auto *list = child<QListWidget>(dialog, "columnList");
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void offersScopesWithCounts();
    void exportsWhatWasChosen();
    void exportsJson();
    void columnsCanBeCleared();
    void cancelledFileDialogKeepsDialogOpen();
    void failedWriteShowsReasonAndKeepsPreviousFile();
    void remembersChoicesAndFolder();
    void selectedScopeWithoutSelectionFallsBack();
    void settingsRoundTrip();
    void settingsIgnoreUnknownWords();
    void separatorDefaultFollowsTheLocale();
    void columnsMoveWithButtons();
    void portfolioDialog();
    void portfolioModelExport();
    void mainWindowExportAndCopyAsCsv();
    void priceValueAndChangeTickedAndRemembered();
    void settingsFromBeforeThePricesTickThem();

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_outputDir;
    BalanceTableModel m_model;
    BalanceProxyModel m_proxy;
    std::unique_ptr<QItemSelectionModel> m_selection;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExportDialog::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_outputDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid() && m_outputDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    FileDialog::clearNextFileName();

    m_proxy.setSourceModel(&m_model);
    m_proxy.setFilterText(QString());
    m_proxy.sort(-1);
    m_model.setBalances({balance(0, "873410000000000000", "120000000000000000", "250000000000000000"),
                         balance(1, "15800250000000000000000", "0", "0", "300000000000000000000"),
                         balance(3, "4520013", "20013"), balance(99, "5", "10")},
                        sampleTokens());
    m_selection = std::make_unique<QItemSelectionModel>(&m_proxy);
}

void TestExportDialog::cleanup()
{
    m_selection.reset();
    FileDialog::clearNextFileName();
}

void TestExportDialog::offersScopesWithCounts()
{
    m_proxy.setFilterText(QStringLiteral("LRC"));
    const int shown = m_proxy.rowCount();
    QCOMPARE(shown, 1);
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, m_selection.get());
    ExportDialog dialog(exporter);

    auto *visible = child<QRadioButton>(dialog, "scopeVisibleRadio");
    auto *selected = child<QRadioButton>(dialog, "scopeSelectedRadio");
    auto *all = child<QRadioButton>(dialog, "scopeAllRadio");
    QVERIFY(visible->isChecked());
    QVERIFY(visible->text().contains(QStringLiteral("(%1)").arg(shown)));
    QVERIFY(all->text().contains(QStringLiteral("(4)")));
    QVERIFY(selected->text().contains(QStringLiteral("(0)")));
    QVERIFY(!selected->isEnabled());
    QCOMPARE(columnListState(dialog),
             QStringList({QStringLiteral("+account_id"), QStringLiteral("+token_id"), QStringLiteral("+symbol"),
                          QStringLiteral("+decimals"), QStringLiteral("+total"), QStringLiteral("+locked"),
                          QStringLiteral("+available"), QStringLiteral("+pending_deposit"),
                          QStringLiteral("+pending_withdraw")}));
    QVERIFY(dialog.exportButton()->isEnabled());
    QVERIFY(child<QComboBox>(dialog, "delimiterCombo")->isEnabled());
    QCOMPARE(dialog.options(), [] {
        ExportOptions defaults;
        defaults.scope = ExportScope::VisibleRows;
        return defaults;
    }());

    // With a selection the choice opens up, counting rows rather than cells.
    m_selection->select(m_proxy.index(0, 0), QItemSelectionModel::Select);
    m_selection->select(m_proxy.index(0, 2), QItemSelectionModel::Select);
    ExportDialog withSelection(exporter);
    QVERIFY(child<QRadioButton>(withSelection, "scopeSelectedRadio")->isEnabled());
    QVERIFY(child<QRadioButton>(withSelection, "scopeSelectedRadio")->text().contains(QStringLiteral("(1)")));
}

void TestExportDialog::exportsWhatWasChosen()
{
    m_proxy.sort(BalanceTableModel::TokenIdColumn, Qt::DescendingOrder);  // 99, 3, 1, 0
    m_selection->select(m_proxy.index(3, BalanceTableModel::TotalColumn), QItemSelectionModel::Select);
    m_selection->select(m_proxy.index(1, BalanceTableModel::TokenColumn), QItemSelectionModel::Select);
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, m_selection.get());
    ExportDialog dialog(exporter);
    dialog.setSuggestedBaseName(QStringLiteral("loopring-test"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    click(child<QRadioButton>(dialog, "scopeSelectedRadio"));
    QVERIFY(child<QRadioButton>(dialog, "scopeSelectedRadio")->isChecked());
    click(child<QRadioButton>(dialog, "baseUnitsRadio"));
    QVERIFY(child<QRadioButton>(dialog, "baseUnitsRadio")->isChecked());
    auto *delimiter = child<QComboBox>(dialog, "delimiterCombo");
    delimiter->setFocus();
    QTest::keyClick(delimiter, Qt::Key_Down);  // comma → semicolon
    QCOMPARE(delimiter->currentData().toInt(), int(CsvDelimiter::Semicolon));
    click(child<QCheckBox>(dialog, "byteOrderMarkCheck"));
    tickColumns(dialog, {QStringLiteral("symbol"), QStringLiteral("total"), QStringLiteral("available")});
    QCOMPARE(child<QLabel>(dialog, "summaryLabel")->text(), QString::fromUtf8("Rows: 2 · Columns: 3"));

    const QString path = m_outputDir->filePath(QStringLiteral("chosen.csv"));
    FileDialog::setNextFileName(path);
    click(dialog.exportButton());

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.savedPath(), path);
    QCOMPARE(dialog.savedRowCount(), 2);
    QVERIFY(FileDialog::lastProposedPath().endsWith(QLatin1String("/loopring-test.csv")));
    QCOMPARE(readFile(path), QByteArray("\xEF\xBB\xBF"
                                        "symbol;total;available\r\n"
                                        "USDT;4520013;4500000\r\n"
                                        "ETH;873410000000000000;753410000000000000\r\n"));
}

void TestExportDialog::exportsJson()
{
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, m_selection.get());
    ExportDialog dialog(exporter);
    dialog.setSuggestedBaseName(QStringLiteral("loopring-json"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *format = child<QComboBox>(dialog, "formatCombo");
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);  // CSV → JSON
    QCOMPARE(dialog.options().format, ExportFormat::Json);
    QVERIFY(!child<QComboBox>(dialog, "delimiterCombo")->isEnabled());
    QVERIFY(!child<QCheckBox>(dialog, "byteOrderMarkCheck")->isEnabled());
    click(child<QRadioButton>(dialog, "scopeAllRadio"));
    tickColumns(dialog, {QStringLiteral("token_id"), QStringLiteral("available")});

    const QString path = m_outputDir->filePath(QStringLiteral("balances.json"));
    FileDialog::setNextFileName(path);
    click(dialog.exportButton());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(FileDialog::lastProposedPath().endsWith(QLatin1String("/loopring-json.json")));
    QCOMPARE(readFile(path), QByteArray("[\n"
                                        "  {\n    \"token_id\": 0,\n    \"available\": \"0.75341\"\n  },\n"
                                        "  {\n    \"token_id\": 1,\n    \"available\": \"15800.25\"\n  },\n"
                                        "  {\n    \"token_id\": 3,\n    \"available\": \"4.5\"\n  },\n"
                                        "  {\n    \"token_id\": 99,\n    \"available\": \"-5\"\n  }\n"
                                        "]\n"));
}

void TestExportDialog::columnsCanBeCleared()
{
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, m_selection.get());
    ExportDialog dialog(exporter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    click(child<QPushButton>(dialog, "noColumnsButton"));
    QVERIFY(!dialog.exportButton()->isEnabled());
    QCOMPARE(child<QLabel>(dialog, "summaryLabel")->text(), QStringLiteral("Choose at least one column."));
    // Enter does not slip past the disabled button either.
    FileDialog::setNextFileName(m_outputDir->filePath(QStringLiteral("never.csv")));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!QFileInfo::exists(m_outputDir->filePath(QStringLiteral("never.csv"))));
    FileDialog::clearNextFileName();

    click(child<QPushButton>(dialog, "allColumnsButton"));
    QVERIFY(dialog.exportButton()->isEnabled());
    QCOMPARE(dialog.options().columns, allBalanceColumns());
}

void TestExportDialog::cancelledFileDialogKeepsDialogOpen()
{
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, m_selection.get());
    ExportDialog dialog(exporter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    FileDialog::setNextFileName(QString());
    click(dialog.exportButton());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.savedPath().isEmpty());
    QVERIFY(!dialog.messageBar()->isVisible());
    QCOMPARE(QDir(m_outputDir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestExportDialog::failedWriteShowsReasonAndKeepsPreviousFile()
{
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, m_selection.get());
    ExportDialog dialog(exporter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // A folder that does not exist: nothing is created, the reason is shown, the dialog stays.
    const QString missing = m_outputDir->filePath(QStringLiteral("gone/balances.csv"));
    FileDialog::setNextFileName(missing);
    click(dialog.exportButton());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageBar()->isVisible());
    QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(dialog.messageBar()->text().contains(missing), qPrintable(dialog.messageBar()->text()));
    QVERIFY(!QFileInfo::exists(missing));

    // A name taken by a folder: the folder and its contents survive.
    const QString folder = m_outputDir->filePath(QStringLiteral("taken.csv"));
    QVERIFY(QDir().mkpath(folder));
    QFile inside(folder + QLatin1String("/keep.txt"));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.write("precious");
    inside.close();
    FileDialog::setNextFileName(folder);
    click(dialog.exportButton());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageBar()->text().contains(folder));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(readFile(folder + QLatin1String("/keep.txt")), QByteArray("precious"));

    // Then a good place: saved, and the message goes away.
    const QString good = m_outputDir->filePath(QStringLiteral("good.csv"));
    FileDialog::setNextFileName(good);
    click(dialog.exportButton());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.messageBar()->isVisible());
    QVERIFY(readFile(good).startsWith("account_id,token_id,"));
}

void TestExportDialog::remembersChoicesAndFolder()
{
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, m_selection.get());
    QDir(m_outputDir->path()).mkdir(QStringLiteral("exports"));
    const QString path = m_outputDir->filePath(QStringLiteral("exports/first.csv"));
    ExportOptions chosen;
    chosen.scope = ExportScope::AllRows;
    chosen.unit = AmountUnit::BaseUnits;
    chosen.csv.delimiter = CsvDelimiter::Tab;
    chosen.csv.byteOrderMark = true;
    chosen.columns = {BalanceColumn::Total, BalanceColumn::Symbol};
    {
        ExportDialog first(exporter);
        first.setOptions(chosen);
        QCOMPARE(first.options(), chosen);
        FileDialog::setNextFileName(path);
        first.accept();
        QCOMPARE(first.result(), int(QDialog::Accepted));
    }

    ExportDialog second(exporter);
    QCOMPARE(second.options(), chosen);
    // The chosen columns first, in their order, then the others unticked.
    QCOMPARE(columnListState(second).mid(0, 3),
             QStringList({QStringLiteral("+total"), QStringLiteral("+symbol"), QStringLiteral("-account_id")}));
    second.setSuggestedBaseName(QStringLiteral("next"));
    FileDialog::setNextFileName(QString());
    second.accept();
    QCOMPARE(FileDialog::lastProposedPath(), QDir(m_outputDir->filePath(QStringLiteral("exports"))).filePath(QStringLiteral("next.csv")));

    // A cancelled dialog does not overwrite the remembered choices.
    {
        ExportDialog third(exporter);
        click(child<QRadioButton>(third, "tokenUnitsRadio"));
        third.reject();
    }
    QCOMPARE(ExportDialog(exporter).options().unit, AmountUnit::BaseUnits);
}

void TestExportDialog::selectedScopeWithoutSelectionFallsBack()
{
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, m_selection.get());
    QSettings settings(QStringLiteral("Loopview"), QStringLiteral("Loopview"));
    ExportOptions saved;
    saved.scope = ExportScope::SelectedRows;
    exportsettings::save(settings, exportsettings::BalancesKind, saved, allBalanceColumns());
    settings.sync();

    ExportDialog dialog(exporter);
    QCOMPARE(dialog.options().scope, ExportScope::VisibleRows);
    m_selection->select(m_proxy.index(1, 1), QItemSelectionModel::Select);
    ExportDialog withSelection(exporter);
    QCOMPARE(withSelection.options().scope, ExportScope::SelectedRows);
}

void TestExportDialog::settingsRoundTrip()
{
    QSettings settings(m_settingsDir->filePath(QStringLiteral("roundtrip.ini")), QSettings::IniFormat);
    const ExportOptions defaults = exportsettings::load(settings, exportsettings::BalancesKind, allBalanceColumns());
    QCOMPARE(defaults, ExportOptions());

    ExportOptions options;
    options.scope = ExportScope::SelectedRows;
    options.format = ExportFormat::Json;
    options.unit = AmountUnit::BaseUnits;
    options.csv.delimiter = CsvDelimiter::Semicolon;
    options.csv.byteOrderMark = true;
    options.columns = {BalanceColumn::PendingWithdraw, BalanceColumn::AccountId};
    exportsettings::save(settings, exportsettings::BalancesKind, options, allBalanceColumns());
    exportsettings::saveLastFolder(settings, QStringLiteral("/somewhere"));
    QCOMPARE(exportsettings::load(settings, exportsettings::BalancesKind, allBalanceColumns()), options);
    QCOMPARE(exportsettings::lastFolder(settings), QStringLiteral("/somewhere"));

    // Versioned keys with words, not enum numbers.
    QCOMPARE(settings.value(QStringLiteral("export/v1/balances/delimiter")).toString(), QStringLiteral("semicolon"));
    QCOMPARE(settings.value(QStringLiteral("export/v1/balances/unit")).toString(), QStringLiteral("base"));
    QCOMPARE(settings.value(QStringLiteral("export/v1/balances/columns")).toStringList(),
             QStringList({QStringLiteral("pending_withdraw"), QStringLiteral("account_id")}));
    // Kinds do not share choices.
    QCOMPARE(exportsettings::load(settings, exportsettings::PortfolioKind, portfolioBalanceColumns()).columns,
             portfolioBalanceColumns());
}

void TestExportDialog::settingsIgnoreUnknownWords()
{
    QSettings settings(m_settingsDir->filePath(QStringLiteral("odd.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("export/v1/balances/scope"), QStringLiteral("everything"));
    settings.setValue(QStringLiteral("export/v1/balances/format"), QStringLiteral("xlsx"));
    settings.setValue(QStringLiteral("export/v1/balances/delimiter"), QStringLiteral("pipe"));
    settings.setValue(QStringLiteral("export/v1/balances/columns"), QStringList({QStringLiteral("usd_value")}));
    QCOMPARE(exportsettings::load(settings, exportsettings::BalancesKind, allBalanceColumns()), ExportOptions());

    settings.setValue(QStringLiteral("export/v1/balances/columns"),
                      QStringList({QStringLiteral("bogus"), QStringLiteral("symbol"), QStringLiteral("symbol"),
                                   QStringLiteral("total")}));
    QCOMPARE(exportsettings::load(settings, exportsettings::BalancesKind, allBalanceColumns()).columns,
             QList<BalanceColumn>({BalanceColumn::Symbol, BalanceColumn::Total}));
}

void TestExportDialog::separatorDefaultFollowsTheLocale()
{
    // Where 1,5 is written, spreadsheets split CSV at semicolons: that is the default there.
    QCOMPARE(defaultCsvDelimiter(QLocale(QLocale::German, QLocale::Germany)), CsvDelimiter::Semicolon);
    QCOMPARE(defaultCsvDelimiter(QLocale(QLocale::French, QLocale::France)), CsvDelimiter::Semicolon);
    QCOMPARE(defaultCsvDelimiter(QLocale(QLocale::English, QLocale::UnitedStates)), CsvDelimiter::Comma);
    QCOMPARE(defaultCsvDelimiter(QLocale::c()), CsvDelimiter::Comma);

    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        BalanceExporter exporter(&m_model);
        exporter.setView(&m_proxy, m_selection.get());
        ExportDialog dialog(exporter);
        QCOMPARE(dialog.options().csv.delimiter, CsvDelimiter::Semicolon);
        // A choice the user made wins over the locale.
        QSettings settings(QStringLiteral("Loopview"), QStringLiteral("Loopview"));
        settings.setValue(QStringLiteral("export/v1/balances/delimiter"), QStringLiteral("comma"));
        ExportDialog again(exporter);
        QCOMPARE(again.options().csv.delimiter, CsvDelimiter::Comma);
    }
    QLocale::setDefault(previous);
}

void TestExportDialog::columnsMoveWithButtons()
{
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, m_selection.get());
    ExportDialog dialog(exporter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(dialog, "columnList");
    auto *up = child<QPushButton>(dialog, "moveColumnUpButton");
    auto *down = child<QPushButton>(dialog, "moveColumnDownButton");
    QVERIFY(!up->isEnabled() && !down->isEnabled());  // nothing chosen yet

    list->setCurrentRow(2);  // symbol
    QVERIFY(up->isEnabled() && down->isEnabled());
    click(up);
    click(up);
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(!up->isEnabled());
    QCOMPARE(dialog.options().columns.mid(0, 3),
             QList<BalanceColumn>({BalanceColumn::Symbol, BalanceColumn::AccountId, BalanceColumn::TokenId}));

    list->setCurrentRow(list->count() - 2);
    click(down);
    QCOMPARE(list->currentRow(), list->count() - 1);
    QVERIFY(!down->isEnabled());
    QCOMPARE(dialog.options().columns.constLast(), BalanceColumn::PendingDeposit);
    // Moving keeps the tick.
    QCOMPARE(dialog.options().columns.size(), qsizetype(9));
}

void TestExportDialog::portfolioDialog()
{
    PortfolioAccount account;
    account.bookmarkId = QStringLiteral("1");
    account.label = QStringLiteral("Savings");
    account.baseUrl = QUrl(QStringLiteral("https://api3.loopring.io"));
    account.tokens = sampleTokens();
    account.balances = {balance(3, "1500000")};
    const Portfolio portfolio = Portfolio::aggregate({account});
    BalanceExporter exporter([&](AmountUnit unit) { return makePortfolioRecords(portfolio, unit); },
                             portfolioBalanceColumns());
    ExportDialog dialog(exporter, nullptr, exportsettings::PortfolioKind);
    QVERIFY(child<QRadioButton>(dialog, "scopeVisibleRadio")->isHidden());
    QVERIFY(child<QRadioButton>(dialog, "scopeSelectedRadio")->isHidden());
    QVERIFY(child<QRadioButton>(dialog, "scopeAllRadio")->isChecked());
    QCOMPARE(dialog.options().scope, ExportScope::AllRows);
    QCOMPARE(columnListState(dialog).first(), QStringLiteral("+label"));

    const QString path = m_outputDir->filePath(QStringLiteral("portfolio.csv"));
    FileDialog::setNextFileName(path);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(readFile(path),
             QByteArray("label,service,account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,pending_withdraw\r\n"
                        "Savings,https://api3.loopring.io,20533,3,USDT,6,1.5,0,1.5,0,0\r\n"));
}

void TestExportDialog::portfolioModelExport()
{
    // The Bookmarks menu's "Export portfolio…" path: the dialog over the portfolio window's model.
    PortfolioModel model;
    bool exportable = true;
    auto inspectOnly = [&](ExportDialog &dialog) {
        exportable = dialog.exportButton()->isEnabled();
        return false;
    };
    QVERIFY(!exportPortfolio(&model, nullptr, inspectOnly));
    QVERIFY(!exportable);  // nothing refreshed yet: the dialog says so instead of writing a header

    PortfolioAccount first;
    first.bookmarkId = QStringLiteral("a");
    first.label = QStringLiteral("First");
    first.baseUrl = QUrl(QStringLiteral("https://api3.loopring.io"));
    first.tokens = sampleTokens();
    first.balances = {balance(0, "1500000000000000000")};
    PortfolioAccount second = first;
    second.bookmarkId = QStringLiteral("b");
    second.label = QStringLiteral("+Second");
    second.balances = {balance(0, "1"), balance(3, "7")};
    model.setPortfolio(Portfolio::aggregate({first, second}));

    const QString path = m_outputDir->filePath(QStringLiteral("portfolio.json"));
    const bool written = exportPortfolio(&model, nullptr, [&](ExportDialog &dialog) {
        ExportOptions options;
        options.scope = ExportScope::AllRows;
        options.format = ExportFormat::Json;
        options.columns = {BalanceColumn::Label, BalanceColumn::Symbol, BalanceColumn::Total};
        dialog.setOptions(options);
        FileDialog::setNextFileName(path);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    });
    QVERIFY(written);
    QVERIFY(FileDialog::lastProposedPath().contains(QLatin1String("loopring-portfolio-")));
    QCOMPARE(readFile(path), QByteArray("[\n"
                                        "  {\n    \"label\": \"First\",\n    \"symbol\": \"ETH\",\n    \"total\": \"1.5\"\n  },\n"
                                        "  {\n    \"label\": \"+Second\",\n    \"symbol\": \"ETH\",\n    \"total\": \"0.000000000000000001\"\n  },\n"
                                        "  {\n    \"label\": \"+Second\",\n    \"symbol\": \"USDT\",\n    \"total\": \"0.000007\"\n  }\n"
                                        "]\n"));
}

void TestExportDialog::mainWindowExportAndCopyAsCsv()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *actions = window.findChild<ExportActions *>();
    QVERIFY(actions);
    QAction *exportAction = actions->exportAction();
    QAction *copyCsv = actions->copyCsvAction();
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(window.fileMenu()->actions().contains(exportAction));
    const QList<QAction *> editActions = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit"))->actions();
    const qsizetype copyAt = editActions.indexOf(window.findChild<QAction *>(QStringLiteral("actionCopy")));
    QVERIFY(copyAt >= 0);
    QCOMPARE(editActions.value(copyAt + 1), copyCsv);
    QVERIFY(!exportAction->isEnabled());  // nothing to export yet

    QSignalSpy shown(&window, &MainWindow::balancesShown);
    window.startDemo();
    QVERIFY(shown.count() > 0 || shown.wait(5000));
    QVERIFY(window.balanceProxy()->rowCount() > 1);
    QVERIFY(exportAction->isEnabled());

    // Ctrl+E → the dialog, answered by the runner: the visible rows in the table's order.
    window.balancesView()->sortByColumn(BalanceTableModel::TotalColumn, Qt::DescendingOrder);
    const QString path = m_outputDir->filePath(QStringLiteral("window.csv"));
    bool ran = false;
    actions->setDialogRunner([&](ExportDialog &dialog) {
        ran = true;
        dialog.setOptions(ExportOptions());
        FileDialog::setNextFileName(path);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QVERIFY(ran);
    QVERIFY(FileDialog::lastProposedPath().contains(QLatin1String("loopring-demo-balances-")));
    const std::optional<QList<QStringList>> rows = csvtest::parse(QString::fromUtf8(readFile(path)));
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), window.balanceProxy()->rowCount() + 1);
    for (int row = 0; row < window.balanceProxy()->rowCount(); ++row) {
        const QModelIndex total = window.balanceProxy()->index(row, BalanceTableModel::TotalColumn);
        QCOMPARE(rows->at(row + 1).at(4), total.data(BalanceTableModel::ExportRole).toString());
    }
    QVERIFY(window.statusBar()->currentMessage().contains(path));

    // Copy as CSV and Ctrl+C agree on the values: both are exact, only the format differs.
    QTableView *view = window.balancesView();
    view->clearSelection();
    view->selectionModel()->select(QItemSelection(window.balanceProxy()->index(0, BalanceTableModel::TokenColumn),
                                                  window.balanceProxy()->index(1, BalanceTableModel::TotalColumn)),
                                   QItemSelectionModel::Select);
    QVERIFY(copyCsv->isEnabled());
    copyCsv->trigger();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    const QString csv = mime->text();
    QCOMPARE(mime->data(QStringLiteral("text/csv")), csv.toUtf8());
    const std::optional<QList<QStringList>> copied = csvtest::parse(csv);
    QVERIFY2(copied.has_value(), qPrintable(csv));
    QCOMPARE(copied->at(0), QStringList({QStringLiteral("symbol"), QStringLiteral("total")}));
    QCOMPARE(copied->size(), 3);

    window.findChild<QAction *>(QStringLiteral("actionCopy"))->trigger();
    const QStringList tsvLines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(tsvLines.size(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(tsvLines.at(row).split(QLatin1Char('\t')).value(1), copied->at(row + 1).at(1));
}

void TestExportDialog::priceValueAndChangeTickedAndRemembered()
{
    const QList<Balance> balances = {balance(0, "873410000000000000"), balance(1, "15800250000000000000000"),
                                     balance(3, "4520013")};
    m_model.setBalances(balances, sampleTokens(), usdPrices(), oneEthBefore());
    BalanceExporter exporter(&m_model);
    exporter.setView(&m_proxy, m_selection.get());
    {
        // Offered after the amounts, ticked, named with the currency.
        ExportDialog dialog(exporter);
        QCOMPARE(columnListState(dialog).mid(9),
                 QStringList({QStringLiteral("+price_"), QStringLiteral("+value_"), QStringLiteral("+change_total")}));
        QCOMPARE(columnListTexts(dialog).mid(9),
                 QStringList({QStringLiteral("Price (price_usd)"), QStringLiteral("Value (value_usd)"),
                              QStringLiteral("Change (change_total)")}));

        // Untick the price; the file has the rest, in the CLI's order.
        tickColumns(dialog, {QStringLiteral("symbol"), QStringLiteral("value_"), QStringLiteral("change_total")});
        const QString path = m_outputDir->filePath(QStringLiteral("values.csv"));
        FileDialog::setNextFileName(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        click(dialog.exportButton());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(readFile(path), QByteArray("symbol,value_usd,change_total\r\n"
                                            "ETH,2620.32,-0.12659\r\n"
                                            "LRC,3950.06,15800.25\r\n"
                                            "USDT,,4.520013\r\n"));
    }
    // Next time: the price stays unticked, the others ticked.
    QCOMPARE(columnListState(ExportDialog(exporter)).mid(3),
             QStringList({QStringLiteral("-account_id"), QStringLiteral("-token_id"), QStringLiteral("-decimals"),
                          QStringLiteral("-total"), QStringLiteral("-locked"), QStringLiteral("-available"),
                          QStringLiteral("-pending_deposit"), QStringLiteral("-pending_withdraw"),
                          QStringLiteral("-price_")}));

    // An export of a table without prices or changes (nothing to tick or untick there) …
    m_model.setBalances(balances, sampleTokens());
    BalanceExporter plain(&m_model);
    plain.setView(&m_proxy, m_selection.get());
    {
        ExportDialog dialog(plain);
        QCOMPARE(columnListState(dialog).size(), 9);
        tickColumns(dialog, {QStringLiteral("symbol"), QStringLiteral("total")});
        FileDialog::setNextFileName(m_outputDir->filePath(QStringLiteral("plain.csv")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        click(dialog.exportButton());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // … does not forget what was unticked, nor untick what it did not offer.
    m_model.setBalances(balances, sampleTokens(), usdPrices(), oneEthBefore());
    BalanceExporter again(&m_model);
    again.setView(&m_proxy, m_selection.get());
    QCOMPARE(columnListState(ExportDialog(again)).mid(0, 4),
             QStringList({QStringLiteral("+symbol"), QStringLiteral("+total"), QStringLiteral("+value_"),
                          QStringLiteral("+change_total")}));
    QVERIFY(columnListState(ExportDialog(again)).contains(QStringLiteral("-price_")));
}

void TestExportDialog::settingsFromBeforeThePricesTickThem()
{
    // Saved before the price, value and change columns existed: the user's columns stay as they
    // chose them, and the new ones are added ticked, in the CLI's order.
    QSettings settings(m_settingsDir->filePath(QStringLiteral("older.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("export/v1/balances/columns"),
                      QStringList({QStringLiteral("total"), QStringLiteral("symbol")}));
    const QList<BalanceColumn> offered = allBalanceColumns()
            + QList<BalanceColumn>{BalanceColumn::Price, BalanceColumn::Value, BalanceColumn::ChangeTotal};
    QCOMPARE(exportsettings::load(settings, exportsettings::BalancesKind, offered).columns,
             QList<BalanceColumn>({BalanceColumn::Total, BalanceColumn::Symbol, BalanceColumn::Price,
                                   BalanceColumn::Value, BalanceColumn::ChangeTotal}));
    QCOMPARE(exportsettings::load(settings, exportsettings::BalancesKind, allBalanceColumns()).columns,
             QList<BalanceColumn>({BalanceColumn::Total, BalanceColumn::Symbol}));

    // Saved now: words without a currency, so the choice holds for USD and CNY alike.
    ExportOptions options;
    options.columns = {BalanceColumn::Value, BalanceColumn::Symbol};
    exportsettings::save(settings, exportsettings::BalancesKind, options, offered);
    QCOMPARE(settings.value(QStringLiteral("export/v1/balances/columns")).toStringList(),
             QStringList({QStringLiteral("value"), QStringLiteral("symbol")}));
    QCOMPARE(exportsettings::load(settings, exportsettings::BalancesKind, offered).columns, options.columns);
}

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
