// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QString>

namespace loopview {

// The folder where Loopview keeps the user's data (bookmarks.json, history.sqlite):
// $XDG_DATA_HOME/Loopview/Loopview, by default ~/.local/share/Loopview/Loopview.
// QStandardPaths::AppDataLocation depends on the running program's names, but loopview and
// loopview-cli must share these files, so this spells out the desktop application's folder (what
// AppDataLocation gives for organisation and application "Loopview") whichever program runs.
QString sharedDataDirectory();

} // namespace loopview
