// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/history/historyloader.h"

#include "historytestdata.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace loopview;
using namespace loopview::historytest;

namespace {
const QString Service = QStringLiteral("https://api3.loopring.io");
}

class TestHistoryLoader : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
    }

    void readsTheAccountOffTheGuiThread()
    {
        QVERIFY(record(m_path, {snapshot(Service, 7, 0, {}, {token(0, "ETH", "1", 0)}),
                                snapshot(Service, 7, 1, {}, {token(0, "ETH", "2", 0)})}));
        HistoryLoader loader(m_path);
        QSignalSpy loaded(&loader, &HistoryLoader::loaded);
        loader.load({Service, qint64(7)});
        QVERIFY(loader.isLoading());
        QVERIFY(loaded.wait());
        const auto result = loaded.constFirst().constFirst().value<HistoryLoad>();
        QVERIFY(!result.error);
        QCOMPARE(result.snapshots.size(), 2);
        QCOMPARE(result.snapshots[1].fetchedAt, minute(1));
    }

    void aMissingFileIsNoHistoryAndStaysMissing()
    {
        const HistoryLoad result = HistoryLoader::read(m_path, {Service, qint64(7)});
        QVERIFY(!result.error);
        QVERIFY(result.snapshots.isEmpty());
        QVERIFY(!QFile::exists(m_path));
    }

    void anUnreadableFileIsAnError()
    {
        QFile garbage(m_path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        const HistoryLoad result = HistoryLoader::read(m_path, {Service, qint64(7)});
        QVERIFY(result.error.has_value());
        QCOMPARE(result.error->kind, ErrorKind::Io);
    }

    void onlyTheNewestRequestReports()
    {
        QVERIFY(record(m_path, {snapshot(Service, 7, 0, {}, {token(0, "ETH", "1", 0)}),
                                snapshot(Service, 8, 0, {}, {token(0, "ETH", "2", 0)}),
                                snapshot(Service, 9, 0, {}, {token(0, "ETH", "3", 0)})}));
        HistoryLoader loader(m_path);
        QSignalSpy loaded(&loader, &HistoryLoader::loaded);
        loader.load({Service, qint64(7)});
        loader.load({Service, qint64(8)});
        loader.load({Service, qint64(9)});
        QVERIFY(loaded.wait());
        QTRY_VERIFY(!loader.isLoading());
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        const auto result = loaded.constFirst().constFirst().value<HistoryLoad>();
        QCOMPARE(result.snapshots.size(), 1);
        QCOMPARE(result.snapshots[0].accountId, std::optional<qint64>(9));
    }

    void cancelSilencesTheRunningRead()
    {
        QVERIFY(record(m_path, {snapshot(Service, 7, 0, {}, {token(0, "ETH", "1", 0)})}));
        HistoryLoader loader(m_path);
        QSignalSpy loaded(&loader, &HistoryLoader::loaded);
        loader.load({Service, qint64(7)});
        loader.cancel();
        QTRY_VERIFY(!loader.isLoading());
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestHistoryLoader)
#include "test_historyloader.moc"
