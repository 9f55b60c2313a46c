// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/history/historychart.h"
#include "gui/history/historypanel.h"

#include "historytestdata.h"

#include "gui/export/exportdialog.h"
#include "gui/export/filedialog.h"

#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::historytest;

namespace {

const QString Service = QStringLiteral("https://api3.loopring.io");
const QString Usd = QStringLiteral("USD");

HistoryAccount account(qint64 id)
{
    return {Service, id};
}

double at(int m)
{
    return double(minute(m).toMSecsSinceEpoch());
}

} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
        m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
    }

    void chartsShowExactValuesOnHover()
    {
        QVERIFY(record(m_path, {snapshot(Service, 7, 0, Usd, {token(0, "ETH", "1", 18, "3000.10")}),
                                snapshot(Service, 7, 5, Usd, {token(0, "ETH", "1500000000000000000", 18, "3000.10"),
                                                              token(5, "ODD", "9", 0)})}));
        HistoryPanel panel(m_path);
        panel.show();
        QSignalSpy shown(&panel, &HistoryPanel::historyShown);
        panel.showAccount(account(7), QStringLiteral("7 on api3.loopring.io"));
        QVERIFY(shown.wait());

        const QList<HistoryPoint> values = panel.valueChart()->points();
        QCOMPARE(values.size(), 2);
        QCOMPARE(values[0].exactText, QStringLiteral("0.00"));
        QCOMPARE(values[1].exactText, QStringLiteral("4500.15"));
        QCOMPARE(panel.valueChart()->line()->count(), 2);
        QCOMPARE(panel.valueChart()->markers()->count(), 2);

        // Hovering near the second point names it exactly, with the token left out of the value.
        emit panel.valueChart()->line()->hovered(QPointF(at(5) - 1000, 4500.0), true);
        QVERIFY2(panel.hoverLabel()->text().contains(QStringLiteral("4,500.15 USD")), qPrintable(panel.hoverLabel()->text()));
        QVERIFY(panel.hoverLabel()->text().contains(QStringLiteral("excl. 1 token")));

        // The token chart follows the token asked for, one point per snapshot.
        QVERIFY(!panel.tokenChart()->isVisible());
        panel.showToken(0);
        QVERIFY(panel.tokenChart()->isVisible());
        QCOMPARE(panel.tokenChart()->points().size(), 2);
        emit panel.tokenChart()->markers()->hovered(QPointF(at(0), 0), true);
        QVERIFY2(panel.hoverLabel()->text().contains(QStringLiteral("0.000000000000000001 ETH")),
                 qPrintable(panel.hoverLabel()->text()));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("historyTokenCaption"))->text().contains(QStringLiteral("ETH")));
        QVERIFY(!panel.accessibleName().isEmpty());
        QVERIFY(!panel.valueChart()->accessibleName().isEmpty());
        QVERIFY(panel.valueChart()->accessibleDescription().contains(QStringLiteral("4,500.15")));
    }

    void saysWhenNoPriceWasRecorded()
    {
        QVERIFY(record(m_path, {snapshot(Service, 7, 0, QString(), {token(0, "ETH", "1", 18)})}));
        HistoryPanel panel(m_path);
        panel.show();
        QSignalSpy shown(&panel, &HistoryPanel::historyShown);
        panel.showAccount(account(7), QStringLiteral("7"));
        QVERIFY(shown.wait());
        QVERIFY(panel.valueChart()->points().isEmpty());
        QVERIFY(panel.noticeLabel()->isVisible());
        QVERIFY2(panel.noticeLabel()->text().contains(QStringLiteral("No price was recorded")),
                 qPrintable(panel.noticeLabel()->text()));
        QVERIFY(panel.exportButton()->isEnabled());  // the amounts are still history
    }

    void anAccountWithoutHistoryCreatesNoDatabase()
    {
        HistoryPanel panel(m_path);
        panel.show();
        QSignalSpy shown(&panel, &HistoryPanel::historyShown);
        panel.showAccount(account(7), QStringLiteral("7"));
        QVERIFY(shown.wait());
        QVERIFY(panel.snapshots().isEmpty());
        QVERIFY(panel.noticeLabel()->text().contains(QStringLiteral("Nothing is recorded")));
        QVERIFY(!panel.exportButton()->isEnabled());
        QVERIFY(!QFile::exists(m_path));
    }

    void showsOnlyTheLatestAccountAskedFor()
    {
        QVERIFY(record(m_path, {snapshot(Service, 7, 0, Usd, {token(0, "ETH", "1", 0, "1")}),
                                snapshot(Service, 8, 1, Usd, {token(0, "ETH", "2", 0, "1")}),
                                snapshot(QStringLiteral("https://other.example"), 8, 2, Usd, {token(0, "ETH", "3", 0, "1")})}));
        HistoryPanel panel(m_path);
        panel.show();
        QSignalSpy shown(&panel, &HistoryPanel::historyShown);
        panel.showAccount(account(7), QStringLiteral("7"));
        panel.showAccount(account(8), QStringLiteral("8"));  // before the first read finished
        QVERIFY(shown.wait());
        QTRY_VERIFY(!panel.loader()->isLoading());
        QCoreApplication::processEvents();
        QCOMPARE(shown.size(), 1);  // the overtaken read never reported
        QCOMPARE(panel.snapshots().size(), 1);
        QCOMPARE(panel.snapshots()[0].accountId, std::optional<qint64>(8));
        QCOMPARE(panel.valueChart()->points()[0].exactText, QStringLiteral("2.00"));
    }

    void aHiddenPanelReadsWhenShown()
    {
        QVERIFY(record(m_path, {snapshot(Service, 7, 0, Usd, {token(0, "ETH", "1", 0, "1")})}));
        HistoryPanel panel(m_path);
        QSignalSpy shown(&panel, &HistoryPanel::historyShown);
        panel.showAccount(account(7), QStringLiteral("7"));
        QVERIFY(!panel.loader()->isLoading());
        panel.show();
        QVERIFY(shown.wait());
        QCOMPARE(panel.snapshots().size(), 1);
    }

    void noAccountClearsTheCharts()
    {
        QVERIFY(record(m_path, {snapshot(Service, 7, 0, Usd, {token(0, "ETH", "1", 0, "1")})}));
        HistoryPanel panel(m_path);
        panel.show();
        QSignalSpy shown(&panel, &HistoryPanel::historyShown);
        panel.showAccount(account(7), QStringLiteral("7"));
        QVERIFY(shown.wait());
        panel.showNoAccount(QStringLiteral("Demo"));
        QVERIFY(panel.snapshots().isEmpty());
        QVERIFY(panel.valueChart()->points().isEmpty());
        QCOMPARE(panel.noticeLabel()->text(), QStringLiteral("Demo"));
        QVERIFY(!panel.exportButton()->isEnabled());
    }

    void exportWritesTheCliHistoryColumns()
    {
        QVERIFY(record(m_path, {snapshot(Service, 7, 0, Usd, {token(0, "ETH", "1", 18, "3000.10")}),
                                snapshot(Service, 7, 5, Usd, {token(1, "LRC", "25", 1)})}));
        HistoryPanel panel(m_path);
        panel.show();
        QSignalSpy shown(&panel, &HistoryPanel::historyShown);
        panel.showAccount(account(7), QStringLiteral("7"));
        QVERIFY(shown.wait());

        const QString file = m_dir->filePath(QStringLiteral("out.csv"));
        panel.setExportDialogRunner([&](ExportDialog &dialog) {
            FileDialog::setNextFileName(file);
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        });
        QTest::mouseClick(panel.exportButton(), Qt::LeftButton);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].trimmed(), QByteArray("fetched_at,account_id,token_id,symbol,decimals,total,locked,available,"
                                                "pending_deposit,pending_withdraw"));
        QVERIFY(lines[1].startsWith("2026-01-01T00:00:00.000Z,7,0,ETH,18,0.000000000000000001,"));
        QVERIFY(lines[2].startsWith("2026-01-01T00:05:00.000Z,7,1,LRC,1,2.5,"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(TestHistoryPanel)
#include "test_historypanel.moc"
