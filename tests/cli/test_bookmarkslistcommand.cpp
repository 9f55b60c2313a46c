// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// `bookmarks list` in-process: the table for people (through the shared aligned table, every
// field printable), and the whole bookmarks document as JSON.
#include "clitestsupport.h"

#include "core/bookmarkstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace loopview;
using namespace loopview::test;

class TestBookmarksListCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    FakeKeyring m_keyring;

    CommandRun bookmarks(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("bookmarks")} + arguments, &m_keyring);
    }

    void add(const QStringList &arguments)
    {
        QCOMPARE(bookmarks(QStringList{QStringLiteral("add")} + arguments).exitCode, 0);
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
        m_keyring = FakeKeyring();
    }

    void emptyListSaysSo()
    {
        const CommandRun run = bookmarks({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("No bookmarks.\n"));
        QCOMPARE(bookmarks({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).out,
                 BookmarkStore().exportJson().value());
    }

    void tableIsAligned()
    {
        add({QStringLiteral("--label"), QStringLiteral("Cold storage"), QStringLiteral("--account-id"),
             QStringLiteral("20533"), QStringLiteral("--tokens"), QStringLiteral("0,1")});
        add({QStringLiteral("--label"), QStringLiteral("B"), QStringLiteral("--account-id"), QStringLiteral("7"),
             QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9")});
        add({QStringLiteral("--label"), QStringLiteral("T"), QStringLiteral("--account-id"), QStringLiteral("8"),
             QStringLiteral("--network"), QStringLiteral("test")});
        const CommandRun run = bookmarks({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("LABEL         ACCOUNT  NETWORK             TOKENS\n"
                                     "Cold storage  20533    mainnet             0,1\n"
                                     "B             7        http://127.0.0.1:9  all\n"
                                     "T             8        test                all\n"));
    }

    // The file is the user's and may come from someone else: a label that would retitle the
    // terminal is shown inert, in the table; JSON escapes it.
    void hostileLabelIsShownInert()
    {
        const QString hostile = QStringLiteral("Evil\x1b]0;owned\x07\u202E");
        add({QStringLiteral("--label"), hostile, QStringLiteral("--account-id"), QStringLiteral("1")});
        const CommandRun table = bookmarks({QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        for (const char *raw : {"\x1b", "\x07", "\xe2\x80\xae"})
            QVERIFY2(!table.out.contains(raw), table.out.constData());
        QVERIFY(table.out.contains("Evil"));

        const CommandRun json = bookmarks({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(!json.out.contains('\x1b'));
        const QJsonArray list =
            QJsonDocument::fromJson(json.out).object().value(QLatin1String("bookmarks")).toArray();
        QCOMPARE(list.at(0).toObject().value(QLatin1String("label")).toString(), hostile);
    }

    void usageErrors()
    {
        CommandRun run = bookmarks({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("loopview-cli: --format must be table or json\n"));
        run = bookmarks({QStringLiteral("list"), QStringLiteral("extra")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("loopview-cli: unexpected argument 'extra'\n"));
        QVERIFY(run.out.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestBookmarksListCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_bookmarkslistcommand.moc"
