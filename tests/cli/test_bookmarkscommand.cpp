// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// BookmarksCommand in-process: how `bookmarks …` picks its subcommand and refuses what does not
// apply, before any subcommand runs.
#include "clitestsupport.h"

#include "cli/bookmarkscommand.h"

#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::cli;
using namespace loopview::test;

class TestBookmarksCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    FakeKeyring m_keyring;

    CommandRun bookmarks(const QStringList &arguments)
    {
        return captureRun([&] {
            return BookmarksCommand(QStringList{QStringLiteral("loopview-cli"), QStringLiteral("bookmarks")} + arguments,
                                    CommandContext{QProcessEnvironment(), keyringFor(&m_keyring)})
                .execute();
        });
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
        m_keyring = FakeKeyring();
    }

    void helpPrintsTheBookmarksUsage()
    {
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const CommandRun run = bookmarks({QStringLiteral("add"), option});
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.out, BookmarksCommand::helpText().toUtf8());
            QVERIFY(run.err.isEmpty());
        }
        QVERIFY(BookmarksCommand::helpText().contains(QLatin1String("loopview-cli bookmarks remove LABEL|ID")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("nothing") << QStringList()
                                 << QByteArray("missing subcommand: list, add, remove, import or export (see bookmarks --help)");
        QTest::newRow("unknown") << QStringList{QStringLiteral("rename")}
                                 << QByteArray("unknown bookmarks subcommand 'rename': use list, add, remove, import or export");
        QTest::newRow("unknown, echoed inert")
            << QStringList{QStringLiteral("x\x1b[31m")}
            << QByteArray("unknown bookmarks subcommand 'x\xef\xbf\xbd[31m': use list, add, remove, import or export");
        QTest::newRow("option of another subcommand")
            << QStringList{QStringLiteral("list"), QStringLiteral("--label"), QStringLiteral("x")}
            << QByteArray("--label does not apply to bookmarks list");
        QTest::newRow("format for export")
            << QStringList{QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")}
            << QByteArray("--format does not apply to bookmarks export");
        QTest::newRow("given twice")
            << QStringList{QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("a"), QStringLiteral("--label"),
                           QStringLiteral("b"), QStringLiteral("--account-id"), QStringLiteral("1")}
            << QByteArray("--label was given more than once; give it once");
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("list"), QStringLiteral("--timeout"), QStringLiteral("0")}
                                     << QByteArray("--timeout must be a positive number of seconds (at most 86400), not '0'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")}
                                        << QByteArray("unknown option '--colour'");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, error);
        const CommandRun run = bookmarks(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("loopview-cli: " + error + '\n'));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(m_keyring.calls, 0);
        QCOMPARE(storedBookmarks().size(), 0);
    }

    // The subcommand runs with the options it accepts, and only then.
    void subcommandRuns()
    {
        const CommandRun run = bookmarks({QStringLiteral("list"), QStringLiteral("--timeout"), QStringLiteral("1"),
                                          QStringLiteral("--format"), QStringLiteral("table")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("No bookmarks.\n"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestBookmarksCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_bookmarkscommand.moc"
