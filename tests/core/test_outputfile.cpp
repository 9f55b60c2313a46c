// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// OutputFile against real file types: regular files, symbolic links, FIFOs (with a reader
// thread), a pseudo-terminal (a character device), folders and sockets. No test writes to
// /dev/null or a block device: if the type check ever broke, running as root would rename a file
// over the machine's device node.

#include "core/outputfile.h"
#include "specialfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using loopview::OutputFile;
using loopview::test::FifoReader;
using loopview::test::fileTypeOf;
using loopview::test::Pty;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void newFileIsWrittenAtomically()
    {
        const QString path = m_dir->filePath(QStringLiteral("new.csv"));
        OutputFile file(path);
        QVERIFY(file.open());
        QCOMPARE(file.mode(), OutputFile::Mode::Atomic);
        QCOMPARE(file.device()->write("a,b\r\n"), qint64(5));
        QVERIFY(!QFile::exists(path));  // nothing visible until commit
        QVERIFY(file.commit());
        QCOMPARE(readFile(path), QByteArray("a,b\r\n"));
    }

    void regularFileIsReplacedOnlyOnCommit()
    {
        const QString path = m_dir->filePath(QStringLiteral("out.csv"));
        writeFile(path, "previous contents, longer than the new ones");
        OutputFile file(path);
        QVERIFY(file.open());
        QCOMPARE(file.mode(), OutputFile::Mode::Atomic);
        file.device()->write("new");
        QCOMPARE(readFile(path), QByteArray("previous contents, longer than the new ones"));
        QVERIFY(file.commit());
        QCOMPARE(readFile(path), QByteArray("new"));
        QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("out.csv")});
    }

    void cancelKeepsThePreviousFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("out.csv"));
        writeFile(path, "previous");
        {
            OutputFile file(path);
            QVERIFY(file.open());
            file.device()->write("half of it");
            file.cancel();
        }
        {
            OutputFile abandoned(path);  // destroyed without commit: the same as cancel
            QVERIFY(abandoned.open());
            abandoned.device()->write("half of it");
        }
        QCOMPARE(readFile(path), QByteArray("previous"));
        QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("out.csv")});
    }

    void permissionsApplyToAtomicWrites()
    {
        const QString path = m_dir->filePath(QStringLiteral("private.json"));
        OutputFile file(path);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!file.writeAll("{}").has_value());
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }

    void fifoIsWrittenThroughAndKept()
    {
        const QString path = m_dir->filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        FifoReader reader(path);
        OutputFile file(path);
        QVERIFY2(file.open(), qPrintable(file.errorString()));
        QCOMPARE(file.mode(), OutputFile::Mode::Stream);
        QCOMPARE(file.device()->write("through the pipe\n"), qint64(17));
        QVERIFY(file.commit());
        QCOMPARE(reader.take(), QByteArray("through the pipe\n"));
        QCOMPARE(fileTypeOf(path), unsigned(S_IFIFO));
        QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("pipe")});
    }

    void fifoWithoutReaderIsRefusedWhenNotWaiting()
    {
        const QString path = m_dir->filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        OutputFile file(path);
        file.setWaitForReader(false);
        const std::optional<QString> error = file.writeAll("nobody listens");
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(QLatin1String("FIFO")), qPrintable(*error));
        QCOMPARE(fileTypeOf(path), unsigned(S_IFIFO));
        QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("pipe")});
    }

    void characterDeviceIsWrittenThroughAndKept()
    {
        const Pty pty;
        if (!pty.isValid())
            QSKIP("no pseudo-terminal available");
        OutputFile file(pty.slavePath());
        QVERIFY2(file.open(), qPrintable(file.errorString()));
        QCOMPARE(file.mode(), OutputFile::Mode::Stream);
        file.device()->write("to the terminal");
        QVERIFY(file.commit());
        QCOMPARE(pty.readAvailable(), QByteArray("to the terminal"));
        QCOMPARE(fileTypeOf(pty.slavePath()), unsigned(S_IFCHR));
    }

    void folderIsRefusedAndLeftAlone()
    {
        const QString path = m_dir->filePath(QStringLiteral("taken"));
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("taken")));
        writeFile(path + QStringLiteral("/keep.txt"), "keep");
        OutputFile file(path);
        const std::optional<QString> error = file.writeAll("bytes");
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(QLatin1String("folder")), qPrintable(*error));
        QCOMPARE(fileTypeOf(path), unsigned(S_IFDIR));
        QCOMPARE(readFile(path + QStringLiteral("/keep.txt")), QByteArray("keep"));
        QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("taken")});
    }

    void socketIsRefusedAndLeftAlone()
    {
        const QString path = m_dir->filePath(QStringLiteral("socket"));
        const int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        QVERIFY(size_t(name.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);

        OutputFile file(path);
        const std::optional<QString> error = file.writeAll("bytes");
        ::close(listener);
        QVERIFY(error.has_value());
        QCOMPARE(fileTypeOf(path), unsigned(S_IFSOCK));
        QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("socket")});
    }

    void symlinkToFileReplacesTheTargetAndKeepsTheLink()
    {
        const QString target = m_dir->filePath(QStringLiteral("real.csv"));
        const QString link = m_dir->filePath(QStringLiteral("link.csv"));
        writeFile(target, "previous");
        QVERIFY(QFile::link(target, link));
        OutputFile file(link);
        QVERIFY(!file.writeAll("new").has_value());
        QCOMPARE(readFile(target), QByteArray("new"));
        QCOMPARE(fileTypeOf(link), unsigned(S_IFLNK));
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QCOMPARE(entries(m_dir->path()), (QStringList{QStringLiteral("link.csv"), QStringLiteral("real.csv")}));
    }

    void symlinkToFifoWritesThroughTheFifo()
    {
        const QString fifo = m_dir->filePath(QStringLiteral("pipe"));
        const QString link = m_dir->filePath(QStringLiteral("link"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(QFile::link(fifo, link));
        FifoReader reader(fifo);
        OutputFile file(link);
        QVERIFY(!file.writeAll("via the link").has_value());
        QCOMPARE(reader.take(), QByteArray("via the link"));
        QCOMPARE(fileTypeOf(link), unsigned(S_IFLNK));
        QCOMPARE(fileTypeOf(fifo), unsigned(S_IFIFO));
    }

    void missingFolderIsReported()
    {
        OutputFile file(m_dir->filePath(QStringLiteral("no/such/folder/out.csv")));
        const std::optional<QString> error = file.writeAll("bytes");
        QVERIFY(error.has_value());
        QVERIFY(!error->isEmpty());
        QVERIFY(entries(m_dir->path()).isEmpty());
    }

    void fileSizeLimitFailsTheWriteAndKeepsThePreviousFile_data()
    {
        QTest::addColumn<int>("size");
        // Smaller than QFileDevice's buffer: the failure shows only when commit() flushes (Qt
        // 6.4's QSaveFile would then rename the truncated file into place).
        QTest::newRow("buffered") << 4 * 1024;
        QTest::newRow("written at once") << 64 * 1024;
    }

    // ulimit -f: without SIGXFSZ ignored (FileSizeLimit does what main() does), the write would
    // kill this test process.
    void fileSizeLimitFailsTheWriteAndKeepsThePreviousFile()
    {
        QFETCH(int, size);
        const QString path = m_dir->filePath(QStringLiteral("out.csv"));
        writeFile(path, "previous");
        std::optional<QString> error;
        {
            const loopview::test::FileSizeLimit limit(1024);
            QVERIFY(limit.isActive());
            OutputFile file(path);
            error = file.writeAll(QByteArray(size, 'x'));
        }
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(*error));
        QCOMPARE(readFile(path), QByteArray("previous"));
        QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("out.csv")});
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "test_outputfile.moc"
