// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "filedialog.h"

#include <QFileDialog>
#include <QFileInfo>

namespace loopview {

std::optional<QString> FileDialog::s_nextFileName;
QString FileDialog::s_lastProposedPath;

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &proposedPath,
                                    const QString &filter, const QString &defaultSuffix)
{
    s_lastProposedPath = proposedPath;
    if (s_nextFileName) {
        const QString answer = *s_nextFileName;
        s_nextFileName.reset();
        return answer;
    }

    // An instance rather than the static helper: only it applies a default suffix *before* the
    // overwrite question, so "balances" is checked as "balances.csv".
    QFileDialog dialog(parent, caption);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(filter);
    dialog.setDefaultSuffix(defaultSuffix);
    const QFileInfo proposed(proposedPath);
    dialog.setDirectory(proposed.absolutePath());
    dialog.selectFile(proposed.fileName());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

void FileDialog::clearNextFileName()
{
    s_nextFileName.reset();
}

QString FileDialog::lastProposedPath()
{
    return s_lastProposedPath;
}

} // namespace loopview
