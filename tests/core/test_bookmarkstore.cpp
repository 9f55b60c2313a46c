// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/bookmarkstore.h"
#include "specialfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace loopview;

namespace {

const QString OwnerAddress = QStringLiteral("0x8656920c85342d646E5286Cb841F90209272ABeb");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList corruptFiles(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("bookmarks.json.corrupt-*")}, QDir::Files);
}

Bookmark sampleBookmark(const QString &label, const QString &account)
{
    Bookmark bookmark = Bookmark::create(label, account, Network::Mainnet);
    bookmark.tokens = QStringLiteral("0,1");
    bookmark.note = QStringLiteral("cold wallet");
    return bookmark;
}

} // namespace

class TestBookmarkStore : public QObject
{
    Q_OBJECT

private slots:
    void missingFileStartsEmpty()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        const BookmarkStore::LoadReport report = store.load();
        QCOMPARE(report.status, BookmarkStore::LoadStatus::Missing);
        QVERIFY(report.message.isEmpty());
        QCOMPARE(store.count(), 0);
        QVERIFY(!store.isReadOnly());
        QVERIFY(!QFile::exists(store.filePath())); // loading alone creates nothing
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        Bookmark custom = Bookmark::create(QStringLiteral("Local node"), OwnerAddress, Network::Custom,
                                           QUrl(QStringLiteral("http://127.0.0.1:8080")));
        Bookmark main = sampleBookmark(QStringLiteral("Main"), QStringLiteral("20533"));
        Bookmark test = Bookmark::create(QStringLiteral("Testnet"), QStringLiteral("10001"),
                                         Network::Test);
        {
            BookmarkStore store(dir.path());
            store.load();
            QVERIFY(store.add(main).ok());
            QVERIFY(store.add(custom).ok());
            QVERIFY(store.add(test).ok());
        }
        BookmarkStore reloaded(dir.path());
        QCOMPARE(reloaded.load().status, BookmarkStore::LoadStatus::Loaded);
        QCOMPARE(reloaded.count(), 3);
        QCOMPARE(reloaded.bookmarks().at(0), main);
        QCOMPARE(reloaded.bookmarks().at(1), custom);
        QCOMPARE(reloaded.bookmarks().at(2), test);
        QCOMPARE(reloaded.bookmarks().at(1).effectiveBaseUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(reloaded.bookmarks().at(2).effectiveBaseUrl(), defaultBaseUrl(Network::Test));

        const QJsonObject root = QJsonDocument::fromJson(readAll(reloaded.filePath())).object();
        QCOMPARE(root.value(QLatin1String("schema")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("bookmarks")).toArray().size(), 3);
        QVERIFY(QFileInfo(reloaded.filePath()).permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFileInfo(reloaded.filePath()).permissions().testFlag(QFileDevice::ReadOther));
    }

    void fileKeepsOddTextExactButEscaped()
    {
        // The user's text is kept exactly (an edit must not lose it), yet the file can be shown
        // on a terminal: every control or bidi character is a \u escape in the JSON.
        QTemporaryDir dir;
        Bookmark odd = sampleBookmark(QStringLiteral("\u202eCRL \x1b[31mred"), QStringLiteral("20533"));
        odd.note = QStringLiteral("line\u2028next \u009b2J");
        {
            BookmarkStore store(dir.path());
            store.load();
            QVERIFY(store.add(odd).ok());
        }
        const QByteArray bytes = readAll(BookmarkStore(dir.path()).filePath());
        for (const char *raw : {"\x1b", "\xe2\x80\xae", "\xe2\x80\xa8", "\xc2\x9b"})
            QVERIFY2(!bytes.contains(raw), bytes.constData());
        QVERIFY(bytes.contains("\\u202eCRL \\u001b[31mred"));
        BookmarkStore reloaded(dir.path());
        QCOMPARE(reloaded.load().status, BookmarkStore::LoadStatus::Loaded);
        QCOMPARE(reloaded.bookmarks().constFirst(), odd);
    }

    void crudEmitsAndPersists()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        QSignalSpy inserted(&store, &BookmarkStore::bookmarkInserted);
        QSignalSpy updated(&store, &BookmarkStore::bookmarkUpdated);
        QSignalSpy removed(&store, &BookmarkStore::bookmarkRemoved);

        const Result<Bookmark> a = store.add(sampleBookmark(QStringLiteral("A"), QStringLiteral("1")));
        const Result<Bookmark> b = store.add(sampleBookmark(QStringLiteral("B"), QStringLiteral("2")));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(0).toInt(), 1);

        Bookmark renamed = *a;
        renamed.label = QStringLiteral("Alpha");
        renamed.createdAt = QDateTime(); // not editable: the store keeps the original
        QVERIFY(!store.update(renamed).has_value());
        QCOMPARE(updated.size(), 1);
        QCOMPARE(store.bookmarks().at(0).label, QStringLiteral("Alpha"));
        QCOMPARE(store.bookmarks().at(0).createdAt, a->createdAt);

        QVERIFY(!store.remove(a->id).has_value());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toInt(), 0);
        QCOMPARE(store.count(), 1);

        // Undo of a delete puts it back where it was.
        QVERIFY(!store.insertAt(0, renamed).has_value());
        QCOMPARE(store.bookmarks().at(0).id, a->id);

        BookmarkStore reloaded(dir.path());
        reloaded.load();
        QCOMPARE(reloaded.bookmarks(), store.bookmarks());
    }

    void rejectsInvalidAndDuplicateLabels()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        QVERIFY(store.add(sampleBookmark(QStringLiteral("Main"), QStringLiteral("1"))).ok());

        const Result<Bookmark> duplicate =
            store.add(sampleBookmark(QStringLiteral("main"), QStringLiteral("2")));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, ErrorKind::Input);

        QVERIFY(!store.add(sampleBookmark(QString(), QStringLiteral("2"))).ok());
        QVERIFY(!store.add(sampleBookmark(QStringLiteral("Bad"), QStringLiteral("0xnothex"))).ok());
        Bookmark plainHttp = Bookmark::create(QStringLiteral("Http"), QStringLiteral("3"),
                                              Network::Custom,
                                              QUrl(QStringLiteral("http://example.com")));
        QVERIFY(!store.add(plainHttp).ok());
        QCOMPARE(store.count(), 1);
    }

    void findByLabelOrId()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        const Result<Bookmark> main = store.add(sampleBookmark(QStringLiteral("Main"), QStringLiteral("1")));
        QVERIFY(main.ok());
        QCOMPARE(store.findByLabelOrId(QStringLiteral("Main"))->id, main->id);
        QCOMPARE(store.findByLabelOrId(QStringLiteral("MAIN"))->id, main->id);
        QCOMPARE(store.findByLabelOrId(main->id)->label, QStringLiteral("Main"));
        QVERIFY(!store.findByLabelOrId(QStringLiteral("Other")).has_value());
    }

    void emptyFileIsAFreshStart()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        writeAll(store.filePath(), QByteArray());
        const BookmarkStore::LoadReport report = store.load();
        QCOMPARE(report.status, BookmarkStore::LoadStatus::Loaded);
        QCOMPARE(store.count(), 0);
        QVERIFY(corruptFiles(dir.path()).isEmpty());
        QVERIFY(!store.isReadOnly());
        QVERIFY(store.add(sampleBookmark(QStringLiteral("A"), QStringLiteral("1"))).ok());
    }

    void corruptFileIsMovedAsideWithOriginalBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("truncated json") << QByteArray("{\"schema\":1,\"bookmarks\":[{\"id\":");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff garbage", 12);
        QTest::newRow("array root") << QByteArray("[1,2,3]");
        QTest::newRow("no schema") << QByteArray("{\"bookmarks\":[]}");
        QTest::newRow("bookmarks not a list") << QByteArray("{\"schema\":1,\"bookmarks\":{}}");
    }

    void corruptFileIsMovedAsideWithOriginalBytes()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        writeAll(store.filePath(), bytes);

        const BookmarkStore::LoadReport report = store.load();
        QCOMPARE(report.status, BookmarkStore::LoadStatus::MovedAside);
        QVERIFY(!report.message.isEmpty());
        QVERIFY(report.message.contains(QDir::toNativeSeparators(report.movedAsidePath)));
        QCOMPARE(store.count(), 0);
        QVERIFY(!store.isReadOnly());
        QCOMPARE(store.lastLoadReport().message, report.message);

        const QStringList aside = corruptFiles(dir.path());
        QCOMPARE(aside.size(), 1);
        QVERIFY(QRegularExpression(QStringLiteral("^bookmarks\\.json\\.corrupt-\\d{8}-\\d{6}$"))
                    .match(aside.first())
                    .hasMatch());
        QCOMPARE(QDir(dir.path()).filePath(aside.first()), report.movedAsidePath);
        QCOMPARE(readAll(report.movedAsidePath), bytes);
        QVERIFY(!QFile::exists(store.filePath()));

        // Saving afterwards writes a new file and leaves the kept copy alone.
        QVERIFY(store.add(sampleBookmark(QStringLiteral("A"), QStringLiteral("1"))).ok());
        QCOMPARE(readAll(report.movedAsidePath), bytes);
    }

    void secondCorruptionInTheSameSecondGetsItsOwnName()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        writeAll(store.filePath(), "first");
        QCOMPARE(store.load().status, BookmarkStore::LoadStatus::MovedAside);
        writeAll(store.filePath(), "second");
        QCOMPARE(store.load().status, BookmarkStore::LoadStatus::MovedAside);
        const QStringList aside = corruptFiles(dir.path());
        QCOMPARE(aside.size(), 2);
        QByteArrayList contents;
        for (const QString &name : aside)
            contents.append(readAll(QDir(dir.path()).filePath(name)));
        QVERIFY(contents.contains("first"));
        QVERIFY(contents.contains("second"));
    }

    void partlyUnreadableFileKeepsGoodEntriesAndOriginal()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        const Bookmark good = sampleBookmark(QStringLiteral("Good"), QStringLiteral("5"));
        QJsonArray list{good.toJson(), QJsonObject{{QStringLiteral("label"), QStringLiteral("no id")}}};
        const QByteArray bytes =
            QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1}, {QStringLiteral("bookmarks"), list}})
                .toJson();
        writeAll(store.filePath(), bytes);

        const BookmarkStore::LoadReport report = store.load();
        QCOMPARE(report.status, BookmarkStore::LoadStatus::MovedAside);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.bookmarks().first(), good);
        QCOMPARE(readAll(report.movedAsidePath), bytes);
    }

    // A custom URL with a password is refused where a file is read, not kept and shown later;
    // an empty port is refused rather than quietly dropped (QUrl forgets it).
    void baseUrlWithPasswordOrEmptyPortIsRefusedWhenRead()
    {
        for (const QString &baseUrl : {QStringLiteral("https://user:s3cret@example.org"), QStringLiteral("http://127.0.0.1:")}) {
            Bookmark custom = Bookmark::create(QStringLiteral("Custom"), QStringLiteral("5"), Network::Custom,
                                               QUrl(QStringLiteral("https://example.org")));
            QJsonObject entry = custom.toJson();
            entry.insert(QStringLiteral("baseUrl"), baseUrl);
            const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1},
                                                               {QStringLiteral("bookmarks"), QJsonArray{entry}}})
                                         .toJson();
            const Result<QList<Bookmark>> parsed = BookmarkStore::parseBookmarksJson(bytes);
            QVERIFY2(!parsed.ok(), qPrintable(baseUrl));
            QVERIFY2(parsed.error().message.contains(QLatin1String("user name or password"))
                         || parsed.error().message.contains(QLatin1String("empty port")),
                     qPrintable(parsed.error().message));
            QVERIFY(!parsed.error().message.contains(QLatin1String("s3cret")));
        }
    }

    void newerSchemaIsReadOnlyAndNeverWritten()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        const Bookmark known = sampleBookmark(QStringLiteral("Known"), QStringLiteral("7"));
        QJsonObject future = known.toJson();
        future.insert(QStringLiteral("colour"), QStringLiteral("teal")); // a field we do not know
        const QByteArray bytes =
            QJsonDocument(QJsonObject{{QStringLiteral("schema"), 2},
                                      {QStringLiteral("bookmarks"), QJsonArray{future}},
                                      {QStringLiteral("folders"), QJsonArray{}}})
                .toJson();
        writeAll(store.filePath(), bytes);

        const BookmarkStore::LoadReport report = store.load();
        QCOMPARE(report.status, BookmarkStore::LoadStatus::NewerSchema);
        QVERIFY(report.message.contains(QLatin1String("newer")));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.readOnlyReason(), report.message);
        QCOMPARE(store.count(), 1); // shown, read-only

        QSignalSpy inserted(&store, &BookmarkStore::bookmarkInserted);
        const Result<Bookmark> added = store.add(sampleBookmark(QStringLiteral("New"), QStringLiteral("8")));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().message, report.message);
        QVERIFY(store.remove(store.bookmarks().first().id).has_value());
        QVERIFY(store.update(store.bookmarks().first()).has_value());
        QVERIFY(!store.importBookmarks({sampleBookmark(QStringLiteral("I"), QStringLiteral("9"))}).ok());
        QCOMPARE(inserted.size(), 0);

        QCOMPARE(readAll(store.filePath()), bytes);
        QVERIFY(corruptFiles(dir.path()).isEmpty());
    }

    void unwritableDirectoryLeavesMemoryUnchanged()
    {
        QTemporaryDir dir;
        // A regular file where the directory should be: mkpath and QSaveFile both fail.
        const QString blocker = QDir(dir.path()).filePath(QStringLiteral("blocked"));
        writeAll(blocker, "x");
        BookmarkStore store(QDir(blocker).filePath(QStringLiteral("sub")));
        store.load();
        const Result<Bookmark> added = store.add(sampleBookmark(QStringLiteral("A"), QStringLiteral("1")));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, ErrorKind::Io);
        QCOMPARE(store.count(), 0);
    }

    // A write that stops part-way (a full disk; here `ulimit -f`) must leave the previous file:
    // Qt 6.4's QSaveFile alone would have renamed the truncated one into place.
    void partialWriteKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        QVERIFY(store.add(sampleBookmark(QStringLiteral("A"), QStringLiteral("1"))).ok());
        const QByteArray before = readAll(store.filePath());
        {
            // Room for the lock file beside it, not for the whole document.
            const loopview::test::FileSizeLimit limit(qMax<rlim_t>(200, rlim_t(before.size()) / 2));
            QVERIFY(limit.isActive());
            const Result<Bookmark> added = store.add(sampleBookmark(QStringLiteral("B"), QStringLiteral("2")));
            QVERIFY(!added.ok());
            QCOMPARE(added.error().kind, ErrorKind::Io);
        }
        QCOMPARE(readAll(store.filePath()), before);
        QCOMPARE(store.count(), 1);
        BookmarkStore reloaded(dir.path());
        QCOMPARE(reloaded.load().status, BookmarkStore::LoadStatus::Loaded);
        QCOMPARE(reloaded.count(), 1);
    }

    void exportAndImportMerge()
    {
        QTemporaryDir dir;
        BookmarkStore source(QDir(dir.path()).filePath(QStringLiteral("source")));
        source.load();
        const Bookmark a = *source.add(sampleBookmark(QStringLiteral("A"), QStringLiteral("1")));
        const Bookmark b = *source.add(sampleBookmark(QStringLiteral("B"), QStringLiteral("2")));
        const QString exportPath = QDir(dir.path()).filePath(QStringLiteral("export.json"));
        QVERIFY(!source.exportToFile(exportPath).has_value());
        const QByteArray exported = readAll(exportPath);
        QVERIFY(BookmarkStore::looksLikeBookmarksJson(exported));

        BookmarkStore target(QDir(dir.path()).filePath(QStringLiteral("target")));
        target.load();
        // Already there: b by id; a copy of a with a new id but the same label and account.
        QVERIFY(!target.insertAt(0, b).has_value());
        Bookmark aCopy = a;
        aCopy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(target.add(aCopy).ok());
        // Same label, different account: imported under a distinct label.
        QVERIFY(target.add(sampleBookmark(QStringLiteral("C"), QStringLiteral("3"))).ok());
        Bookmark otherC = sampleBookmark(QStringLiteral("C"), QStringLiteral("4"));

        const Result<QList<Bookmark>> parsed = BookmarkStore::parseBookmarksJson(exported);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 2);
        QList<Bookmark> incoming = *parsed;
        incoming.append(otherC);
        const Result<BookmarkStore::ImportReport> report = target.importBookmarks(incoming);
        QVERIFY(report.ok());
        QCOMPARE(report->added, 1);
        QCOMPARE(report->skippedDuplicates, 2);
        QCOMPARE(target.count(), 4);
        QCOMPARE(target.bookmarks().last().label, QStringLiteral("C (2)"));
        QCOMPARE(target.bookmarks().last().account, QStringLiteral("4"));

        // Importing the same again adds nothing.
        const Result<BookmarkStore::ImportReport> again = target.importBookmarks(incoming);
        QVERIFY(again.ok());
        QCOMPARE(again->added, 0);
    }

    // Another program (a second window, `loopview-cli bookmarks add`) changes the file while this
    // store is open: the store's next change is applied to the file as it is now, so the outside
    // change survives instead of being overwritten by the store's stale list.
    void changeKeepsWhatAnotherProgramWrote()
    {
        QTemporaryDir dir;
        BookmarkStore mine(dir.path());
        mine.load();
        const Bookmark first = *mine.add(sampleBookmark(QStringLiteral("First"), QStringLiteral("1")));
        const Bookmark doomed = *mine.add(sampleBookmark(QStringLiteral("Doomed"), QStringLiteral("2")));

        BookmarkStore theirs(dir.path());
        theirs.load();
        const Bookmark outside = *theirs.add(sampleBookmark(QStringLiteral("Outside"), QStringLiteral("3")));
        QVERIFY(!theirs.remove(doomed.id).has_value());
        QCOMPARE(mine.count(), 2); // not watching: memory is stale until the next change

        QSignalSpy reset(&mine, &BookmarkStore::bookmarksReset);
        QSignalSpy inserted(&mine, &BookmarkStore::bookmarkInserted);
        const Result<Bookmark> added = mine.add(sampleBookmark(QStringLiteral("Mine"), QStringLiteral("4")));
        QVERIFY(added.ok());
        QCOMPARE(reset.size(), 1); // memory caught up with the file before the change
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().first().toInt(), 2);

        BookmarkStore reread(dir.path());
        reread.load();
        QCOMPARE(reread.bookmarks(), (QList<Bookmark>{first, outside, *added}));
        QCOMPARE(mine.bookmarks(), reread.bookmarks());

        // A label taken meanwhile by the other program is refused against the file, not memory.
        QVERIFY(theirs.add(sampleBookmark(QStringLiteral("Taken"), QStringLiteral("5"))).ok());
        const Result<Bookmark> clash = mine.add(sampleBookmark(QStringLiteral("taken"), QStringLiteral("6")));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().kind, ErrorKind::Input);

        // Editing a bookmark the other program removed is refused; nothing is resurrected.
        QVERIFY(!theirs.remove(first.id).has_value());
        Bookmark renamed = first;
        renamed.label = QStringLiteral("Renamed");
        const std::optional<Error> gone = mine.update(renamed);
        QVERIFY(gone.has_value());
        QCOMPARE(gone->kind, ErrorKind::Input);
        reread.load();
        QCOMPARE(reread.findById(first.id), std::nullopt);
        QCOMPARE(reread.count(), 3);
    }

    // While another process holds the lock, a change waits, then fails loudly and writes nothing.
    void lockedFileRefusesChangeWithIoError()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        QVERIFY(store.add(sampleBookmark(QStringLiteral("A"), QStringLiteral("1"))).ok());
        const QByteArray before = readAll(store.filePath());

        QLockFile other(store.lockFilePath());
        QVERIFY(other.tryLock(0));
        store.setLockTimeout(std::chrono::milliseconds(50));
        const Result<Bookmark> added = store.add(sampleBookmark(QStringLiteral("B"), QStringLiteral("2")));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, ErrorKind::Io);
        QVERIFY2(added.error().message.contains(QLatin1String("locked")), qPrintable(added.error().message));
        QVERIFY(added.error().message.contains(QLatin1String("nothing was changed")));
        QVERIFY(store.remove(store.bookmarks().first().id).has_value());
        QCOMPARE(readAll(store.filePath()), before);
        QCOMPARE(store.count(), 1);

        other.unlock();
        QVERIFY(store.add(sampleBookmark(QStringLiteral("B"), QStringLiteral("2"))).ok());
        QVERIFY(!QFile::exists(store.lockFilePath())); // released after the change
    }

    // A lock left by a process that no longer exists (a crash) does not block the file.
    void staleLockOfDeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        QLockFile probe(QDir(dir.path()).filePath(QStringLiteral("probe.lock")));
        QVERIFY(probe.tryLock(0));
        QFile probeFile(QDir(dir.path()).filePath(QStringLiteral("probe.lock")));
        QVERIFY(probeFile.open(QIODevice::ReadOnly));
        // Same layout as a real lock, with a process id that cannot be running (above pid_max).
        QList<QByteArray> lines = probeFile.readAll().split('\n');
        lines[0] = "2147483646";
        probe.unlock();
        {
            QFile stale(store.lockFilePath());
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write(lines.join('\n'));
        }
        store.setLockTimeout(std::chrono::milliseconds(2000));
        QVERIFY(store.add(sampleBookmark(QStringLiteral("A"), QStringLiteral("1"))).ok());
    }

    // Item 4 of issue 9: one size limit for both directions, so a large export imports again.
    void largeExportImportsAgain()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("big.json"));
        QList<Bookmark> many;
        for (int i = 0; i < 3000; ++i) {
            Bookmark bookmark = sampleBookmark(QStringLiteral("Account %1").arg(i), QString::number(i + 1));
            bookmark.note = QString(1600, QLatin1Char('n'));
            many.append(bookmark);
        }
        BookmarkStore source(QDir(dir.path()).filePath(QStringLiteral("source")));
        source.load();
        QVERIFY(source.importBookmarks(many).ok());
        QVERIFY(!source.exportToFile(path).has_value());
        QVERIFY(QFileInfo(path).size() > 4 * 1024 * 1024);

        const Result<QByteArray> bytes = BookmarkStore::readImportFile(path);
        QVERIFY(bytes.ok());
        const Result<QList<Bookmark>> parsed = BookmarkStore::parseBookmarksJson(*bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->size(), many.size());
        BookmarkStore target(QDir(dir.path()).filePath(QStringLiteral("target")));
        target.load();
        QCOMPARE(target.importBookmarks(*parsed)->added, int(many.size()));
    }

    void tooLargeFilesAreRefusedWithTheLimitNamed()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("huge.json"));
        writeAll(path, QByteArray(BookmarkStore::MaxFileBytes + 1, ' '));
        const Result<QByteArray> read = BookmarkStore::readImportFile(path);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ErrorKind::Input);
        QVERIFY2(read.error().message.contains(QLatin1String("16 MiB")), qPrintable(read.error().message));
        QVERIFY(read.error().message.contains(QLatin1String("larger than")));

        // Nothing is written that could not be read back: the store refuses to grow past it.
        BookmarkStore store(dir.path());
        store.load();
        Bookmark fat = sampleBookmark(QStringLiteral("Fat"), QStringLiteral("1"));
        fat.note = QString(BookmarkStore::MaxFileBytes, QLatin1Char('x'));
        const Result<Bookmark> added = store.add(fat);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, ErrorKind::Io);
        QVERIFY(added.error().message.contains(QLatin1String("16 MiB")));
        QVERIFY(!QFile::exists(store.filePath()));
        QCOMPARE(store.count(), 0);

        // A store file over the limit is left alone and the bookmarks are read-only.
        writeAll(store.filePath(), QByteArray(BookmarkStore::MaxFileBytes + 1, ' '));
        const BookmarkStore::LoadReport report = store.load();
        QCOMPARE(report.status, BookmarkStore::LoadStatus::Failed);
        QVERIFY(report.message.contains(QLatin1String("16 MiB")));
        QVERIFY(store.isReadOnly());
        QVERIFY(corruptFiles(dir.path()).isEmpty());
        QCOMPARE(QFileInfo(store.filePath()).size(), BookmarkStore::MaxFileBytes + 1);
    }

    // Item 18 of issue 9: a file of many broken entries gives one short sentence, not one each.
    void manyBrokenEntriesGiveOneShortMessage()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        QJsonArray list{sampleBookmark(QStringLiteral("Good"), QStringLiteral("5")).toJson()};
        for (int i = 0; i < 20000; ++i)
            list.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("\x1b]0;pwned\x07-%1").arg(i)}});
        writeAll(store.filePath(),
                 QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1}, {QStringLiteral("bookmarks"), list}})
                     .toJson(QJsonDocument::Compact));
        const BookmarkStore::LoadReport report = store.load();
        QCOMPARE(report.status, BookmarkStore::LoadStatus::MovedAside);
        QCOMPARE(store.count(), 1);
        QVERIFY2(report.message.size() < 1000, qPrintable(QString::number(report.message.size())));
        QVERIFY(report.message.contains(QLatin1String("20000 entries could not be read")));
        QVERIFY(report.message.contains(QLatin1String("entry 2:")));
        QVERIFY(report.message.contains(QLatin1String("and 19997 more")));
        QVERIFY(!report.message.contains(QLatin1String("entry 5:")));
        QVERIFY(!report.message.contains(QChar(0x1b)));

        const Result<QList<Bookmark>> parsed = BookmarkStore::parseBookmarksJson(readAll(report.movedAsidePath));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.size() < 1000);
    }

    // Moving a damaged file aside changes the disk, so it happens only under the lock: while
    // another program holds it (and may be replacing the file), the file is left alone and the
    // store is read-only; once the lock is free, the next load moves it aside as usual.
    void damagedFileIsMovedAsideOnlyUnderTheLock()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        writeAll(store.filePath(), "{broken");
        QLockFile other(store.lockFilePath());
        QVERIFY(other.tryLock(0));
        store.setLockTimeout(std::chrono::milliseconds(50));
        const BookmarkStore::LoadReport locked = store.load();
        QCOMPARE(locked.status, BookmarkStore::LoadStatus::Failed);
        QVERIFY(store.isReadOnly());
        QVERIFY(locked.message.contains(QLatin1String("could not be locked")));
        QCOMPARE(readAll(store.filePath()), QByteArray("{broken"));
        QVERIFY(corruptFiles(dir.path()).isEmpty());

        other.unlock();
        QCOMPARE(store.load().status, BookmarkStore::LoadStatus::MovedAside);
        QVERIFY(!store.isReadOnly());
        QCOMPARE(corruptFiles(dir.path()).size(), 1);
    }

    void parseRejectsNewerAndBrokenExports()
    {
        QVERIFY(!BookmarkStore::parseBookmarksJson("{\"schema\":9,\"bookmarks\":[]}").ok());
        QVERIFY(!BookmarkStore::parseBookmarksJson("not json").ok());
        QVERIFY(!BookmarkStore::parseBookmarksJson("{\"schema\":1,\"bookmarks\":[{}]}").ok());
        QVERIFY(!BookmarkStore::looksLikeBookmarksJson("{\"address\":\"0x\"}"));
    }

    void tokenFilterIdsAndSymbols()
    {
        Bookmark bookmark = sampleBookmark(QStringLiteral("F"), QStringLiteral("1"));
        bookmark.tokens = QStringLiteral("0, 3,");
        QCOMPARE(bookmark.toQuery()->tokenIds, (QList<int>{0, 3}));
        QVERIFY(bookmark.keepsBalance(3, TokenRegistry()));
        QVERIFY(!bookmark.keepsBalance(1, TokenRegistry()));

        TokenInfo lrc;
        lrc.tokenId = 1;
        lrc.symbol = QStringLiteral("LRC");
        const TokenRegistry registry({lrc});
        bookmark.tokens = QStringLiteral("0, lrc");
        QVERIFY(!bookmark.validate().has_value());
        QVERIFY(bookmark.toQuery()->tokenIds.isEmpty()); // symbols cannot be sent: ask for all
        QVERIFY(bookmark.keepsBalance(0, registry));
        QVERIFY(bookmark.keepsBalance(1, registry));
        QVERIFY(!bookmark.keepsBalance(7, registry));
        QVERIFY(bookmark.keepsBalance(7, TokenRegistry())); // unknown list: keep visible

        bookmark.tokens = QStringLiteral("ETH; DROP");
        QVERIFY(bookmark.validate().has_value());
        bookmark.tokens = QStringLiteral("99999999");
        QVERIFY(bookmark.validate().has_value());
    }

    void bookmarkJsonHasNoKeyField()
    {
        const QJsonObject json = sampleBookmark(QStringLiteral("A"), QStringLiteral("1")).toJson();
        for (const QString &key : json.keys())
            QVERIFY2(!key.contains(QLatin1String("key"), Qt::CaseInsensitive), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestBookmarkStore)
#include "test_bookmarkstore.moc"
