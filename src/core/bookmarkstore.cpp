// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarkstore.h"

#include "datadirectory.h"
#include "outputfile.h"
#include "printabletext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <climits>

namespace loopview {

namespace {

// The translation context of this file's messages, declared where lupdate sees it: a plain tr()
// helper function would be filed under the namespace, where no translation is ever looked up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::BookmarkStore)
};

const QLatin1String KeySchema("schema");
const QLatin1String KeyBookmarks("bookmarks");

// "16 MiB", for messages about MaxFileBytes.
QString maxFileSizeText()
{
    return QLocale().formattedDataSize(BookmarkStore::MaxFileBytes, 0, QLocale::DataSizeIecFormat);
}

QByteArray documentBytes(const QList<Bookmark> &bookmarks)
{
    QJsonArray array;
    for (const Bookmark &bookmark : bookmarks)
        array.append(bookmark.toJson());
    const QJsonObject root{{KeySchema, BookmarkStore::SchemaVersion}, {KeyBookmarks, array}};
    // Labels and notes are kept exactly, but a control or bidi character in them is written as a
    // \uXXXX escape: the file (and `bookmarks export -`) can then be shown on a terminal safely.
    return escapeUnprintableInJson(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

// Nothing is written that Loopview would refuse to read back (the store file or an export).
std::optional<Error> checkDocumentSize(const QByteArray &bytes)
{
    if (bytes.size() <= BookmarkStore::MaxFileBytes)
        return std::nullopt;
    return Error::io(Text::tr("The bookmarks would take %1, more than the %2 Loopview reads back; "
                        "nothing was written")
                         .arg(QLocale().formattedDataSize(bytes.size(), 1, QLocale::DataSizeIecFormat),
                              maxFileSizeText()));
}

std::optional<Error> writeBytes(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::io(Text::tr("Cannot create folder %1").arg(printableEcho(QDir::toNativeSeparators(info.absolutePath()))));
    // OutputFile, not a bare QSaveFile: Qt 6.4's QSaveFile::commit() renames a file whose last
    // flush stopped part-way (a full disk, `ulimit -f`), which would truncate the bookmarks.
    OutputFile file(path);
    // Account ids and addresses are not secrets, but they are nobody else's business either.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (const std::optional<QString> reason = file.writeAll(bytes))
        return Error::io(Text::tr("Cannot write %1: %2").arg(printableEcho(QDir::toNativeSeparators(path)), *reason));
    return std::nullopt;
}

// Takes the lock beside the bookmarks file, waiting at most `timeout` for another process.
std::optional<Error> acquire(QLockFile &lock, std::chrono::milliseconds timeout, const QString &filePath)
{
    lock.setStaleLockTime(BookmarkStore::StaleLockTime);
    const QDeadlineTimer deadline(timeout);
    // Polls rather than QLockFile::tryLock(timeout), whose back-off doubles up to 5 s: twenty
    // parallel `bookmarks add` runs would each wait seconds for a lock held for milliseconds.
    // tryLock() also takes over a stale lock (its process is gone, or it is older than
    // StaleLockTime), so a crash never blocks the file for good.
    while (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError || deadline.hasExpired())
            break;
        QThread::msleep(10);
    }
    switch (lock.error()) {
    case QLockFile::NoError:
        return std::nullopt;
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        QString holder;
        if (lock.getLockInfo(&pid, &host, &application)) {
            // The lock file's contents are outside text like any other file's.
            holder = Text::tr(" by %1 (process %2)")
                         .arg(printableText(application, printable::EchoLength))
                         .arg(pid);
        }
        return Error::io(Text::tr("The bookmarks file %1 is locked%2 and stayed locked for %3 s; "
                            "nothing was changed. Try again.")
                             .arg(QDir::toNativeSeparators(filePath), holder)
                             .arg(double(timeout.count()) / 1000.0));
    }
    case QLockFile::PermissionError:
        return Error::io(Text::tr("Cannot create the lock file beside %1 (permission denied); nothing was "
                            "changed")
                             .arg(QDir::toNativeSeparators(filePath)));
    case QLockFile::UnknownError:
        break;
    }
    return Error::io(Text::tr("Cannot lock the bookmarks file %1; nothing was changed")
                         .arg(QDir::toNativeSeparators(filePath)));
}

// The parts of a bookmarks document, before any policy is applied.
struct ParsedDocument {
    int schema = 0;
    QList<Bookmark> bookmarks;
    QStringList rejected; // one sentence per entry that could not be read
};

Result<ParsedDocument> parseDocument(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::malformed(QString(), Text::tr("Not valid JSON at offset %1: %2")
                                               .arg(parseError.offset)
                                               .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return Error::malformed(QString(), Text::tr("Not a bookmarks file: the top level is not an object"));
    const QJsonObject root = document.object();
    const QJsonValue schema = root.value(KeySchema);
    // JSON numbers are doubles; a schema must be a small whole number.
    if (!schema.isDouble() || schema.toDouble() != double(schema.toInt()) || schema.toInt() < 1)
        return Error::malformed(KeySchema, Text::tr("Not a bookmarks file: no valid \"schema\" number"));
    ParsedDocument parsed;
    parsed.schema = schema.toInt();
    const QJsonValue list = root.value(KeyBookmarks);
    if (!list.isArray())
        return Error::malformed(KeyBookmarks, Text::tr("Not a bookmarks file: \"bookmarks\" is not a list"));
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Result<Bookmark> bookmark = array.at(i).isObject()
            ? Bookmark::fromJson(array.at(i).toObject())
            : Result<Bookmark>(Error::malformed(QString(), Text::tr("not an object")));
        if (bookmark)
            parsed.bookmarks.append(*bookmark);
        else
            parsed.rejected.append(Text::tr("entry %1: %2").arg(i + 1).arg(bookmark.error().message));
    }
    return parsed;
}

// A file may hold thousands of broken entries: one sentence with their number and the first few
// reasons, never one per entry (a 12 MB warning line helps nobody).
QString describeRejected(const QStringList &rejected)
{
    constexpr qsizetype Shown = 3;
    // A reason quotes the entry's field values, which are outside text.
    constexpr qsizetype ReasonLength = 120;
    QStringList reasons;
    for (qsizetype i = 0; i < std::min(Shown, rejected.size()); ++i)
        reasons.append(printableText(rejected.at(i), ReasonLength));
    QString text = Text::tr("%n entries could not be read", nullptr,
                            int(std::min<qsizetype>(rejected.size(), INT_MAX)))
        + QLatin1String(": ") + reasons.join(QLatin1String("; "));
    if (rejected.size() > Shown)
        text += QLatin1String("; ")
            + Text::tr("and %n more", nullptr, int(std::min<qsizetype>(rejected.size() - Shown, INT_MAX)));
    return text;
}

QString uniqueLabel(const QString &label, const QList<Bookmark> &existing)
{
    auto taken = [&existing](const QString &candidate) {
        return std::any_of(existing.cbegin(), existing.cend(), [&candidate](const Bookmark &b) {
            return b.label.compare(candidate, Qt::CaseInsensitive) == 0;
        });
    };
    if (!taken(label))
        return label;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(label).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

int indexIn(const QList<Bookmark> &bookmarks, const QString &id)
{
    for (int i = 0; i < bookmarks.size(); ++i) {
        if (bookmarks.at(i).id == id)
            return i;
    }
    return -1;
}

// Whether `bookmark` may join `bookmarks` (ignoring the entry `ignoreId`, the one being edited).
std::optional<Error> checkAcceptable(const Bookmark &bookmark, const QString &ignoreId,
                                     const QList<Bookmark> &bookmarks)
{
    if (std::optional<Error> problem = bookmark.validate())
        return problem;
    for (const Bookmark &other : bookmarks) {
        if (other.id == ignoreId)
            continue;
        if (other.id == bookmark.id)
            return Error::input(Text::tr("A bookmark with id %1 already exists").arg(bookmark.id));
        // Labels are how people (and `--bookmark LABEL`) pick a bookmark: keep them unique.
        if (other.label.compare(bookmark.label, Qt::CaseInsensitive) == 0) {
            return Error::input(Text::tr("A bookmark named '%1' already exists")
                                    .arg(printableText(other.label, printable::EchoLength)));
        }
    }
    return std::nullopt;
}

Error bookmarkGone(const QString &id)
{
    return Error::input(Text::tr("No bookmark with id %1 (another Loopview may have removed it)").arg(id));
}

} // namespace

// What reading the file found, before any policy that changes the disk is applied.
struct BookmarkStore::FileContents {
    enum class Kind {
        Missing,
        Readable,   // every entry was read
        Newer,      // a newer schema: shown, never written
        Unreadable, // not a bookmarks file, or some entries are broken: `bookmarks` has the rest
        TooLarge,   // larger than MaxFileBytes: not read at all
    };
    Kind kind = Kind::Missing;
    int schema = 0;
    QList<Bookmark> bookmarks;
    QString problem; // Unreadable, TooLarge: why, for people
};

BookmarkStore::BookmarkStore(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

QString BookmarkStore::defaultDirectory()
{
    return sharedDataDirectory();
}

QString BookmarkStore::filePath() const
{
    return QDir(m_directory).filePath(QLatin1String(FileName));
}

QString BookmarkStore::lockFilePath() const
{
    return filePath() + QLatin1String(".lock");
}

BookmarkStore::FileContents BookmarkStore::readFile() const
{
    using Kind = FileContents::Kind;
    FileContents contents;
    QFile file(filePath());
    if (!file.exists())
        return contents;
    if (!file.open(QIODevice::ReadOnly)) {
        contents.kind = Kind::Unreadable;
        contents.problem = file.errorString();
        return contents;
    }
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    file.close();
    if (bytes.size() > MaxFileBytes) {
        contents.kind = Kind::TooLarge;
        contents.problem = Text::tr("it is larger than %1, the most Loopview reads").arg(maxFileSizeText());
        return contents;
    }
    contents.kind = Kind::Readable;
    // A zero-length file holds nothing that could be lost; treat it as a fresh start.
    if (bytes.trimmed().isEmpty())
        return contents;

    const Result<ParsedDocument> parsed = parseDocument(bytes);
    if (!parsed) {
        contents.kind = Kind::Unreadable;
        contents.problem = parsed.error().message;
        return contents;
    }
    contents.schema = parsed->schema;
    contents.bookmarks = parsed->bookmarks;
    if (parsed->schema > SchemaVersion) {
        contents.kind = Kind::Newer;
    } else if (!parsed->rejected.isEmpty()) {
        // Keep the good entries, but keep the whole original too: the next write must not
        // silently drop the entries that could not be read.
        contents.kind = Kind::Unreadable;
        contents.problem = describeRejected(parsed->rejected);
    }
    return contents;
}

BookmarkStore::LoadReport BookmarkStore::adopt(const FileContents &contents, bool locked, bool alwaysReset)
{
    using Kind = FileContents::Kind;
    LoadReport report;
    QList<Bookmark> bookmarks;
    QString readOnlyReason;
    switch (contents.kind) {
    case Kind::Missing:
        break;
    case Kind::Readable:
        report.status = LoadStatus::Loaded;
        bookmarks = contents.bookmarks;
        break;
    case Kind::Newer:
        // Show what we can, but never write: saving would drop whatever the newer version added.
        bookmarks = contents.bookmarks;
        readOnlyReason =
            Text::tr("The bookmarks file %1 was written by a newer Loopview (format %2, this version "
               "reads format %3). Bookmarks are shown read-only; changes are disabled so "
               "nothing in it is lost.")
                .arg(QDir::toNativeSeparators(filePath()))
                .arg(contents.schema)
                .arg(SchemaVersion);
        report = {LoadStatus::NewerSchema, readOnlyReason, QString()};
        break;
    case Kind::TooLarge:
        readOnlyReason = Text::tr("The bookmarks file %1 cannot be read (%2). It was left untouched and "
                            "bookmarks are read-only until it is made smaller or removed.")
                             .arg(QDir::toNativeSeparators(filePath()), contents.problem);
        report = {LoadStatus::Failed, readOnlyReason, QString()};
        break;
    case Kind::Unreadable:
        if (locked) {
            report = moveAside(contents.problem);
        } else {
            // Renaming the file needs the lock; without it another program may be replacing it.
            report = {LoadStatus::Failed,
                      Text::tr("The bookmarks file %1 cannot be read (%2) and could not be locked to move "
                         "it aside, so it was left untouched; bookmarks are read-only for now.")
                          .arg(QDir::toNativeSeparators(filePath()), contents.problem),
                      QString()};
        }
        if (report.status == LoadStatus::MovedAside)
            bookmarks = contents.bookmarks;
        else
            readOnlyReason = report.message;
        break;
    }

    const bool visibleChange = bookmarks != m_bookmarks || readOnlyReason != m_readOnlyReason
        || (!report.message.isEmpty() && report.message != m_lastLoad.message);
    m_bookmarks = bookmarks;
    m_readOnlyReason = readOnlyReason;
    // A change keeps the last incident on show: only a load (or a new incident) replaces it.
    if (alwaysReset || !report.message.isEmpty())
        m_lastLoad = report;
    if (alwaysReset || visibleChange)
        emit bookmarksReset();
    return report;
}

BookmarkStore::LoadReport BookmarkStore::load()
{
    return readAndAdopt(true);
}

BookmarkStore::LoadReport BookmarkStore::reload()
{
    return readAndAdopt(false);
}

BookmarkStore::LoadReport BookmarkStore::readAndAdopt(bool alwaysReset)
{
    FileContents contents = readFile();
    if (contents.kind != FileContents::Kind::Unreadable)
        return adopt(contents, false, alwaysReset);
    // Moving the file aside changes the disk: only under the lock, and only if it is still
    // unreadable once we hold it (another program may just have replaced it).
    QLockFile lock(lockFilePath());
    const bool locked = !acquire(lock, m_lockTimeout, filePath()).has_value();
    if (locked)
        contents = readFile();
    return adopt(contents, locked, alwaysReset);
}

BookmarkStore::LoadReport BookmarkStore::moveAside(const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = filePath() + QStringLiteral(".corrupt-") + stamp;
    QString target = base;
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);

    if (!QFile::rename(filePath(), target)) {
        return {LoadStatus::Failed,
                Text::tr("The bookmarks file %1 cannot be read (%2) and could not be moved aside. It was "
                   "left untouched and bookmarks are read-only until it is fixed or removed.")
                    .arg(QDir::toNativeSeparators(filePath()), reason),
                QString()};
    }
    const QString message =
        Text::tr("The bookmarks file could not be read (%1). It was kept as %2 and Loopview started "
           "with the bookmarks it could read.")
            .arg(reason, QDir::toNativeSeparators(target));
    return {LoadStatus::MovedAside, message, target};
}

std::optional<Error> BookmarkStore::commit(const Change &change)
{
    if (!QDir().mkpath(m_directory))
        return Error::io(Text::tr("Cannot create folder %1").arg(QDir::toNativeSeparators(m_directory)));
    QLockFile lock(lockFilePath());
    if (std::optional<Error> error = acquire(lock, m_lockTimeout, filePath()))
        return error;
    // What is on disk now, not what this store remembers: another process may have changed it.
    adopt(readFile(), true, false);
    if (isReadOnly())
        return Error::io(m_readOnlyReason);
    QList<Bookmark> next = m_bookmarks;
    if (std::optional<Error> error = change(next))
        return error;
    if (next == m_bookmarks)
        return std::nullopt; // nothing to write (e.g. an import of duplicates only)
    const QByteArray bytes = documentBytes(next);
    if (std::optional<Error> error = checkDocumentSize(bytes))
        return error;
    if (std::optional<Error> error = writeBytes(filePath(), bytes))
        return error;
    m_bookmarks = next;
    return std::nullopt;
}
int BookmarkStore::indexOfId(const QString &id) const
{
    for (int i = 0; i < m_bookmarks.size(); ++i) {
        if (m_bookmarks.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Bookmark> BookmarkStore::findById(const QString &id) const
{
    const int index = indexOfId(id);
    if (index < 0)
        return std::nullopt;
    return m_bookmarks.at(index);
}

std::optional<Bookmark> BookmarkStore::findByLabelOrId(const QString &labelOrId) const
{
    for (const Bookmark &bookmark : m_bookmarks) {
        if (bookmark.label == labelOrId || bookmark.id == labelOrId)
            return bookmark;
    }
    std::optional<Bookmark> match;
    for (const Bookmark &bookmark : m_bookmarks) {
        if (bookmark.label.compare(labelOrId, Qt::CaseInsensitive) == 0) {
            if (match)
                return std::nullopt; // ambiguous: better to refuse than to pick one
            match = bookmark;
        }
    }
    return match;
}

Result<Bookmark> BookmarkStore::add(Bookmark bookmark)
{
    if (bookmark.id.isEmpty())
        bookmark.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!bookmark.createdAt.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bookmark.createdAt = now.addMSecs(-now.time().msec());
    }
    if (bookmark.network != Network::Custom)
        bookmark.baseUrl = defaultBaseUrl(bookmark.network);
    const std::optional<Error> error = commit([&bookmark](QList<Bookmark> &bookmarks) -> std::optional<Error> {
        if (std::optional<Error> problem = checkAcceptable(bookmark, QString(), bookmarks))
            return problem;
        bookmarks.append(bookmark);
        return std::nullopt;
    });
    if (error)
        return *error;
    emit bookmarkInserted(int(m_bookmarks.size()) - 1);
    return bookmark;
}

std::optional<Error> BookmarkStore::insertAt(int index, const Bookmark &bookmark)
{
    int inserted = -1;
    const std::optional<Error> error =
        commit([&bookmark, index, &inserted](QList<Bookmark> &bookmarks) -> std::optional<Error> {
            if (std::optional<Error> problem = checkAcceptable(bookmark, QString(), bookmarks))
                return problem;
            inserted = std::clamp(index, 0, int(bookmarks.size()));
            bookmarks.insert(inserted, bookmark);
            return std::nullopt;
        });
    if (error)
        return error;
    emit bookmarkInserted(inserted);
    return std::nullopt;
}

std::optional<Error> BookmarkStore::update(const Bookmark &bookmark)
{
    int updated = -1;
    const std::optional<Error> error =
        commit([&bookmark, &updated](QList<Bookmark> &bookmarks) -> std::optional<Error> {
            const int index = indexIn(bookmarks, bookmark.id);
            if (index < 0)
                return bookmarkGone(bookmark.id);
            Bookmark changed = bookmark;
            changed.createdAt = bookmarks.at(index).createdAt; // creation time is history, not editable
            if (changed.network != Network::Custom)
                changed.baseUrl = defaultBaseUrl(changed.network);
            if (std::optional<Error> problem = checkAcceptable(changed, changed.id, bookmarks))
                return problem;
            bookmarks[index] = changed;
            updated = index;
            return std::nullopt;
        });
    if (error)
        return error;
    emit bookmarkUpdated(updated);
    return std::nullopt;
}

std::optional<Error> BookmarkStore::remove(const QString &id)
{
    int removed = -1;
    const std::optional<Error> error = commit([&id, &removed](QList<Bookmark> &bookmarks) -> std::optional<Error> {
        removed = indexIn(bookmarks, id);
        if (removed < 0)
            return bookmarkGone(id);
        bookmarks.removeAt(removed);
        return std::nullopt;
    });
    if (error)
        return error;
    emit bookmarkRemoved(removed);
    return std::nullopt;
}

Result<QByteArray> BookmarkStore::exportJson() const
{
    QByteArray bytes = documentBytes(m_bookmarks);
    if (std::optional<Error> error = checkDocumentSize(bytes))
        return *error;
    return bytes;
}

std::optional<Error> BookmarkStore::exportToFile(const QString &path) const
{
    const Result<QByteArray> bytes = exportJson();
    if (!bytes)
        return bytes.error();
    // Wherever the user points it (a file, a FIFO, a device), written the way that path needs;
    // never waiting for a FIFO's reader, because the window calls this on its event loop.
    OutputFile file(path);
    file.setWaitForReader(false);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (const std::optional<QString> reason = file.writeAll(*bytes))
        return Error::io(Text::tr("Cannot write %1: %2").arg(printableEcho(QDir::toNativeSeparators(path)), *reason));
    return std::nullopt;
}

Result<QByteArray> BookmarkStore::readImportFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::input(Text::tr("Cannot read %1: %2").arg(printableEcho(QDir::toNativeSeparators(path)), file.errorString()));
    }
    // Read one byte past the limit rather than trusting size(): a pipe has none.
    QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        bytes.fill('\0'); // it may be a wallet export holding a private key
        return Error::input(Text::tr("%1 is larger than %2, the most Loopview imports (and the most it "
                               "ever exports); nothing was imported")
                                .arg(printableEcho(QDir::toNativeSeparators(path)), maxFileSizeText()));
    }
    return bytes;
}

Result<QList<Bookmark>> BookmarkStore::parseBookmarksJson(const QByteArray &json)
{
    const Result<ParsedDocument> parsed = parseDocument(json);
    if (!parsed)
        return parsed.error();
    if (parsed->schema > SchemaVersion) {
        return Error::input(Text::tr("These bookmarks were exported by a newer Loopview (format %1); this "
                               "version reads format %2")
                                .arg(parsed->schema)
                                .arg(SchemaVersion));
    }
    if (!parsed->rejected.isEmpty())
        return Error::malformed(KeyBookmarks, describeRejected(parsed->rejected));
    return parsed->bookmarks;
}

bool BookmarkStore::looksLikeBookmarksJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() && document.object().contains(KeySchema)
        && document.object().contains(KeyBookmarks);
}

Result<BookmarkStore::ImportReport> BookmarkStore::importBookmarks(const QList<Bookmark> &incoming)
{
    ImportReport report;
    int firstNew = 0;
    const std::optional<Error> error =
        commit([&incoming, &report, &firstNew](QList<Bookmark> &bookmarks) -> std::optional<Error> {
            firstNew = int(bookmarks.size());
            for (Bookmark bookmark : incoming) {
                const bool duplicate =
                    std::any_of(bookmarks.cbegin(), bookmarks.cend(), [&bookmark](const Bookmark &existing) {
                        return existing.id == bookmark.id
                            || (existing.label.compare(bookmark.label, Qt::CaseInsensitive) == 0
                                && existing.sameAccountAs(bookmark));
                    });
                if (duplicate) {
                    ++report.skippedDuplicates;
                    continue;
                }
                if (bookmark.id.isEmpty())
                    bookmark.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                if (!bookmark.createdAt.isValid())
                    bookmark.createdAt = QDateTime::currentDateTimeUtc();
                // A different account under a label we already have: keep both, distinguishable.
                bookmark.label = uniqueLabel(bookmark.label, bookmarks);
                if (std::optional<Error> problem = bookmark.validate())
                    return problem;
                bookmarks.append(bookmark);
                report.addedIds.append(bookmark.id);
                ++report.added;
            }
            return std::nullopt;
        });
    if (error)
        return *error;
    for (int i = firstNew; i < m_bookmarks.size(); ++i)
        emit bookmarkInserted(i);
    return report;
}

} // namespace loopview
