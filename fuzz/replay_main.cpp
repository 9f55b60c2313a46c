// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Replays fuzz corpora without libFuzzer: feeds the empty input and then every file under the
// paths given on the command line to LLVMFuzzerTestOneInput, once each, in name order. The
// targets abort() when an invariant breaks, so a regression in a corpus case fails the test; under
// the asan preset the sanitizers watch the same runs. Registered with CTest in fuzz/CMakeLists.txt.
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

QStringList inputsUnder(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

void runOne(const QByteArray &bytes)
{
    // A copy of exactly `size` bytes, so an over-read is caught by ASan as libFuzzer would.
    const QByteArray copy(bytes.constData(), bytes.size());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(copy.constData()), size_t(copy.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE…\n", argv[0]);
        return 2;
    }
    runOne(QByteArray());
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QFile::decodeName(argv[i]);
        const QStringList files = inputsUnder(path);
        if (files.isEmpty()) {
            // An empty or missing corpus would make this test pass while testing nothing.
            std::fprintf(stderr, "no corpus files under %s\n", argv[i]);
            return 1;
        }
        for (const QString &file : files) {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            std::fprintf(stderr, "%s\n", qPrintable(file));
            runOne(input.readAll());
            ++replayed;
        }
    }
    std::printf("replayed %d corpus files\n", replayed);
    return 0;
}
