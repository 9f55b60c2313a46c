#include "bookmarkstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace loopview {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loopview::BookmarkStore", text);
}

const QLatin1String KeySchema("schema");
const QLatin1String KeyBookmarks("bookmarks");

QByteArray documentBytes(const QList<Bookmark> &bookmarks)
{
    QJsonArray array;
    for (const Bookmark &bookmark : bookmarks)
        array.append(bookmark.toJson());
    const QJsonObject root{{KeySchema, BookmarkStore::SchemaVersion}, {KeyBookmarks, array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Error> writeBytes(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::io(tr("Cannot create folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::io(tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    // Account ids and addresses are not secrets, but they are nobody else's business either.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::io(tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return std::nullopt;
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
        return Error::malformed(QString(), tr("Not valid JSON at offset %1: %2")
                                               .arg(parseError.offset)
                                               .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return Error::malformed(QString(), tr("Not a bookmarks file: the top level is not an object"));
    const QJsonObject root = document.object();
    const QJsonValue schema = root.value(KeySchema);
    // JSON numbers are doubles; a schema must be a small whole number.
    if (!schema.isDouble() || schema.toDouble() != double(schema.toInt()) || schema.toInt() < 1)
        return Error::malformed(KeySchema, tr("Not a bookmarks file: no valid \"schema\" number"));
    ParsedDocument parsed;
    parsed.schema = schema.toInt();
    const QJsonValue list = root.value(KeyBookmarks);
    if (!list.isArray())
        return Error::malformed(KeyBookmarks, tr("Not a bookmarks file: \"bookmarks\" is not a list"));
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Result<Bookmark> bookmark = array.at(i).isObject()
            ? Bookmark::fromJson(array.at(i).toObject())
            : Result<Bookmark>(Error::malformed(QString(), tr("not an object")));
        if (bookmark)
            parsed.bookmarks.append(*bookmark);
        else
            parsed.rejected.append(tr("entry %1: %2").arg(i + 1).arg(bookmark.error().message));
    }
    return parsed;
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

} // namespace

BookmarkStore::BookmarkStore(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

QString BookmarkStore::defaultDirectory()
{
    // AppDataLocation depends on the running program's names, but loopview and loopview-cli must
    // share one file: spell out the desktop application's folder (what AppDataLocation gives for
    // organisation and application "Loopview") whichever program is running.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QLatin1String("/Loopview/Loopview");
}

QString BookmarkStore::filePath() const
{
    return QDir(m_directory).filePath(QLatin1String(FileName));
}

BookmarkStore::LoadReport BookmarkStore::load()
{
    m_bookmarks.clear();
    m_readOnlyReason.clear();
    m_lastLoad = [this]() -> LoadReport {
        QFile file(filePath());
        if (!file.exists())
            return {LoadStatus::Missing, QString(), QString()};
        if (!file.open(QIODevice::ReadOnly))
            return moveAside(file.errorString());
        const QByteArray bytes = file.readAll();
        file.close();
        // A zero-length file holds nothing that could be lost; treat it as a fresh start.
        if (bytes.trimmed().isEmpty())
            return {LoadStatus::Loaded, QString(), QString()};

        const Result<ParsedDocument> parsed = parseDocument(bytes);
        if (!parsed)
            return moveAside(parsed.error().message);
        if (parsed->schema > SchemaVersion) {
            // Show what we can, but never write: saving would drop whatever the newer version added.
            m_bookmarks = parsed->bookmarks;
            m_readOnlyReason =
                tr("The bookmarks file %1 was written by a newer Loopview (format %2, this version "
                   "reads format %3). Bookmarks are shown read-only; changes are disabled so "
                   "nothing in it is lost.")
                    .arg(QDir::toNativeSeparators(filePath()))
                    .arg(parsed->schema)
                    .arg(SchemaVersion);
            return {LoadStatus::NewerSchema, m_readOnlyReason, QString()};
        }
        if (!parsed->rejected.isEmpty()) {
            // Keep the good entries, but keep the whole original too: the next save must not
            // silently drop the entries we could not read.
            LoadReport report = moveAside(parsed->rejected.join(QStringLiteral("; ")));
            if (report.status == LoadStatus::MovedAside)
                m_bookmarks = parsed->bookmarks;
            return report;
        }
        m_bookmarks = parsed->bookmarks;
        return {LoadStatus::Loaded, QString(), QString()};
    }();
    emit bookmarksReset();
    return m_lastLoad;
}

BookmarkStore::LoadReport BookmarkStore::moveAside(const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = filePath() + QStringLiteral(".corrupt-") + stamp;
    QString target = base;
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);

    if (!QFile::rename(filePath(), target)) {
        m_readOnlyReason =
            tr("The bookmarks file %1 cannot be read (%2) and could not be moved aside. It was "
               "left untouched and bookmarks are read-only until it is fixed or removed.")
                .arg(QDir::toNativeSeparators(filePath()), reason);
        return {LoadStatus::Failed, m_readOnlyReason, QString()};
    }
    const QString message =
        tr("The bookmarks file could not be read (%1). It was kept as %2 and Loopview started "
           "with the bookmarks it could read.")
            .arg(reason, QDir::toNativeSeparators(target));
    return {LoadStatus::MovedAside, message, target};
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

std::optional<Error> BookmarkStore::checkWritable() const
{
    if (isReadOnly())
        return Error::io(m_readOnlyReason);
    return std::nullopt;
}

std::optional<Error> BookmarkStore::checkAcceptable(const Bookmark &bookmark,
                                                    const QString &ignoreId) const
{
    if (std::optional<Error> problem = bookmark.validate())
        return problem;
    for (const Bookmark &other : m_bookmarks) {
        if (other.id == ignoreId)
            continue;
        if (other.id == bookmark.id)
            return Error::input(tr("A bookmark with id %1 already exists").arg(bookmark.id));
        // Labels are how people (and `--bookmark LABEL`) pick a bookmark: keep them unique.
        if (other.label.compare(bookmark.label, Qt::CaseInsensitive) == 0)
            return Error::input(tr("A bookmark named '%1' already exists").arg(other.label));
    }
    return std::nullopt;
}

std::optional<Error> BookmarkStore::writeFile(const QList<Bookmark> &bookmarks) const
{
    return writeBytes(filePath(), documentBytes(bookmarks));
}

Result<Bookmark> BookmarkStore::add(Bookmark bookmark)
{
    if (std::optional<Error> error = checkWritable())
        return *error;
    if (bookmark.id.isEmpty())
        bookmark.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!bookmark.createdAt.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bookmark.createdAt = now.addMSecs(-now.time().msec());
    }
    if (bookmark.network != Network::Custom)
        bookmark.baseUrl = defaultBaseUrl(bookmark.network);
    if (std::optional<Error> error = checkAcceptable(bookmark, QString()))
        return *error;
    QList<Bookmark> next = m_bookmarks;
    next.append(bookmark);
    if (std::optional<Error> error = writeFile(next))
        return *error;
    m_bookmarks = next;
    emit bookmarkInserted(int(m_bookmarks.size()) - 1);
    return bookmark;
}

std::optional<Error> BookmarkStore::insertAt(int index, const Bookmark &bookmark)
{
    if (std::optional<Error> error = checkWritable())
        return error;
    if (std::optional<Error> error = checkAcceptable(bookmark, QString()))
        return error;
    index = std::clamp(index, 0, int(m_bookmarks.size()));
    QList<Bookmark> next = m_bookmarks;
    next.insert(index, bookmark);
    if (std::optional<Error> error = writeFile(next))
        return error;
    m_bookmarks = next;
    emit bookmarkInserted(index);
    return std::nullopt;
}

std::optional<Error> BookmarkStore::update(const Bookmark &bookmark)
{
    if (std::optional<Error> error = checkWritable())
        return error;
    const int index = indexOfId(bookmark.id);
    if (index < 0)
        return Error::input(tr("No bookmark with id %1").arg(bookmark.id));
    Bookmark changed = bookmark;
    changed.createdAt = m_bookmarks.at(index).createdAt; // creation time is history, not editable
    if (changed.network != Network::Custom)
        changed.baseUrl = defaultBaseUrl(changed.network);
    if (std::optional<Error> error = checkAcceptable(changed, changed.id))
        return error;
    QList<Bookmark> next = m_bookmarks;
    next[index] = changed;
    if (std::optional<Error> error = writeFile(next))
        return error;
    m_bookmarks = next;
    emit bookmarkUpdated(index);
    return std::nullopt;
}

std::optional<Error> BookmarkStore::remove(const QString &id)
{
    if (std::optional<Error> error = checkWritable())
        return error;
    const int index = indexOfId(id);
    if (index < 0)
        return Error::input(tr("No bookmark with id %1").arg(id));
    QList<Bookmark> next = m_bookmarks;
    next.removeAt(index);
    if (std::optional<Error> error = writeFile(next))
        return error;
    m_bookmarks = next;
    emit bookmarkRemoved(index);
    return std::nullopt;
}

std::optional<Error> BookmarkStore::save()
{
    if (std::optional<Error> error = checkWritable())
        return error;
    return writeFile(m_bookmarks);
}

QByteArray BookmarkStore::exportJson() const
{
    return documentBytes(m_bookmarks);
}

std::optional<Error> BookmarkStore::exportToFile(const QString &path) const
{
    return writeBytes(path, exportJson());
}

Result<QList<Bookmark>> BookmarkStore::parseBookmarksJson(const QByteArray &json)
{
    const Result<ParsedDocument> parsed = parseDocument(json);
    if (!parsed)
        return parsed.error();
    if (parsed->schema > SchemaVersion) {
        return Error::input(tr("These bookmarks were exported by a newer Loopview (format %1); this "
                               "version reads format %2")
                                .arg(parsed->schema)
                                .arg(SchemaVersion));
    }
    if (!parsed->rejected.isEmpty())
        return Error::malformed(KeyBookmarks, parsed->rejected.join(QStringLiteral("; ")));
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
    if (std::optional<Error> error = checkWritable())
        return *error;
    ImportReport report;
    QList<Bookmark> next = m_bookmarks;
    for (Bookmark bookmark : incoming) {
        const bool duplicate =
            std::any_of(next.cbegin(), next.cend(), [&bookmark](const Bookmark &existing) {
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
        bookmark.label = uniqueLabel(bookmark.label, next);
        if (std::optional<Error> problem = bookmark.validate())
            return *problem;
        next.append(bookmark);
        report.addedIds.append(bookmark.id);
        ++report.added;
    }
    if (report.added == 0)
        return report;
    if (std::optional<Error> error = writeFile(next))
        return *error;
    const int firstNew = int(m_bookmarks.size());
    m_bookmarks = next;
    for (int i = firstNew; i < m_bookmarks.size(); ++i)
        emit bookmarkInserted(i);
    return report;
}

} // namespace loopview
