#pragma once

#include "bookmark.h"
#include "error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace loopview {

// The user's bookmarks file: {"schema":1,"bookmarks":[…]} in the application data directory.
//
// The file belongs to the user, so the store never loses it: every change is written whole with
// QSaveFile (a crash leaves the old file), an unreadable file is renamed aside and reported rather
// than overwritten, and a file from a newer Loopview is left alone (read-only) rather than
// downgraded. Keys are never part of a bookmark; see src/secrets.
class BookmarkStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 1;
    static constexpr const char *FileName = "bookmarks.json";

    // `directory` empty = QStandardPaths::AppDataLocation. Tests pass a temporary directory.
    explicit BookmarkStore(const QString &directory = {}, QObject *parent = nullptr);

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString filePath() const;

    enum class LoadStatus {
        Loaded,       // the file was read (possibly with zero bookmarks)
        Missing,      // no file yet: start empty, nothing to report
        MovedAside,   // unreadable: renamed to movedAsidePath, starting empty
        NewerSchema,  // written by a newer Loopview: shown read-only, never saved over
        Failed,       // could not even read or rename the file: read-only, left untouched
    };
    struct LoadReport {
        LoadStatus status = LoadStatus::Missing;
        QString message;        // for people; empty for Loaded and Missing
        QString movedAsidePath; // MovedAside only
    };

    // Replaces the in-memory list with the file's contents (emits bookmarksReset()).
    LoadReport load();
    const LoadReport &lastLoadReport() const { return m_lastLoad; }

    // True after a newer schema or a failed load: every change is refused with readOnlyReason().
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    const QList<Bookmark> &bookmarks() const { return m_bookmarks; }
    int count() const { return int(m_bookmarks.size()); }
    int indexOfId(const QString &id) const;
    std::optional<Bookmark> findById(const QString &id) const;
    // Exact label first, then case-insensitive; an id also matches. nullopt when nothing or
    // several bookmarks match case-insensitively.
    std::optional<Bookmark> findByLabelOrId(const QString &labelOrId) const;

    // Every change validates, writes the whole file, and only then changes memory and emits.
    // On failure nothing changes and the error says why (Input for invalid/duplicate, Io for disk).
    Result<Bookmark> add(Bookmark bookmark);             // assigns id/createdAt when missing
    std::optional<Error> insertAt(int index, const Bookmark &bookmark); // undo of remove
    std::optional<Error> update(const Bookmark &bookmark);              // matched by id
    std::optional<Error> remove(const QString &id);
    // Writes the current list (e.g. to create the file). Refused when read-only.
    std::optional<Error> save();

    // Bookmark exchange files use the same shape as the store file and never contain keys.
    QByteArray exportJson() const;
    std::optional<Error> exportToFile(const QString &path) const;
    static Result<QList<Bookmark>> parseBookmarksJson(const QByteArray &json);
    // True when the bytes look like a bookmarks file rather than some other JSON (a wallet export).
    static bool looksLikeBookmarksJson(const QByteArray &json);

    struct ImportReport {
        int added = 0;
        int skippedDuplicates = 0;  // same id, or same label and account already present
        QStringList addedIds;
    };
    // Merges into the store: existing bookmarks win, duplicates are skipped, one save at the end.
    Result<ImportReport> importBookmarks(const QList<Bookmark> &incoming);

signals:
    void bookmarkInserted(int index);
    void bookmarkUpdated(int index);
    void bookmarkRemoved(int index);
    void bookmarksReset();

private:
    std::optional<Error> checkWritable() const;
    std::optional<Error> checkAcceptable(const Bookmark &bookmark, const QString &ignoreId) const;
    std::optional<Error> writeFile(const QList<Bookmark> &bookmarks) const;
    LoadReport moveAside(const QString &reason);

    QString m_directory;
    QList<Bookmark> m_bookmarks;
    QString m_readOnlyReason;
    LoadReport m_lastLoad;
};

} // namespace loopview
