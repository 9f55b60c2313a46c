// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "command.h"

#include <QString>
#include <QStringList>

namespace loopview::cli {

// `loopview-cli bookmarks list|add|remove|import|export …`: reads the bookmarks options, refuses
// the ones the chosen subcommand does not take, and runs that subcommand (bookmarks*command.h).
class BookmarksCommand : public Command
{
public:
    // `arguments` as QCoreApplication::arguments() returns them: the program, "bookmarks", the rest.
    BookmarksCommand(const QStringList &arguments, const CommandContext &context);

    int execute() override;

    // What `bookmarks --help` prints.
    static QString helpText();

private:
    QStringList m_arguments;
    CommandContext m_context;
};

} // namespace loopview::cli
