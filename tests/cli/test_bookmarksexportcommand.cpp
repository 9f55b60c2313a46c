// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// `bookmarks export` in-process: the bookmarks document to a file or to standard output, never
// with an API key.
#include "clitestsupport.h"

#include "core/bookmarkstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::test;

namespace {

const QString Key = QStringLiteral("exportedkey0000000000000000000000000000000000000000000000000004");

} // namespace

class TestBookmarksExportCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    FakeKeyring m_keyring;

    CommandRun bookmarks(const QStringList &arguments, const QProcessEnvironment &environment = {})
    {
        return runCli(QStringList{QStringLiteral("bookmarks")} + arguments, &m_keyring, environment);
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
        m_keyring = FakeKeyring();
        QCOMPARE(bookmarks({QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("Main"),
                            QStringLiteral("--account-id"), QStringLiteral("20533"), QStringLiteral("--store-key")},
                           environmentWithKey(Key))
                     .exitCode,
                 0);
    }

    void toAFileSaysWhere()
    {
        const QString path = m_home->filePath(QStringLiteral("out.json"));
        const CommandRun run = bookmarks({QStringLiteral("export"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Exported 1 bookmark(s) to %1 (without API keys).\n").arg(path).toUtf8());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        BookmarkStore store;
        store.load();
        QCOMPARE(written, store.exportJson().value());
        QVERIFY(written.contains("\"Main\""));
        QVERIFY(!written.contains(Key.toLatin1()));
    }

    // "-" is standard output, and then the document is all that is printed.
    void toStandardOutputPrintsOnlyTheDocument()
    {
        BookmarkStore store;
        store.load();
        const CommandRun run = bookmarks({QStringLiteral("export"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, store.exportJson().value());
        QVERIFY(!run.out.contains(Key.toLatin1()));
        QVERIFY(run.err.isEmpty());
    }

    void needsOneFile()
    {
        const CommandRun run = bookmarks({QStringLiteral("export")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("loopview-cli: export needs one FILE (or - for standard output)\n"));
    }

    void unwritableFileExitsSix()
    {
        const CommandRun run =
            bookmarks({QStringLiteral("export"), m_home->filePath(QStringLiteral("missing/dir/out.json"))});
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.out.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestBookmarksExportCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_bookmarksexportcommand.moc"
