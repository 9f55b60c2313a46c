// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace loopview {

// The one place the export code opens a file dialog, so tests can answer it instead of a person
// (the seam KeePassXC's FileDialog::setNextFileName provides).
class FileDialog
{
public:
    // Asks where to save. `proposedPath` is the folder and file name offered; `defaultSuffix`
    // ("csv") is appended when the user types a name without one. Returns an empty string when the
    // user cancels.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &proposedPath,
                                   const QString &filter, const QString &defaultSuffix);

    // Tests: the next getSaveFileName() returns `fileName` without showing anything; an empty
    // string answers like Cancel. One answer per call.
    static void setNextFileName(const QString &fileName);
    static void clearNextFileName();
    // Tests: what the last getSaveFileName() proposed, to check the suggested folder and name.
    static QString lastProposedPath();

private:
    static std::optional<QString> s_nextFileName;
    static QString s_lastProposedPath;
};

} // namespace loopview
