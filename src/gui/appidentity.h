// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QLatin1String>
#include <QSettings>

namespace loopview {

// The id of the installed desktop entry (io.loopview.Loopview.desktop) and of the AppStream
// component. On Wayland a window's app_id is this name: it is how GNOME and Plasma find the
// launcher, the icon and the name of a window. tests/gui/test_appidentity compares it with the
// files the package installs.
inline constexpr QLatin1String DesktopFileId{"io.loopview.Loopview"};

// Names the application for Qt: organisation and application name (they give the QSettings path,
// ~/.config/Loopview/Loopview.conf, and the data directory of the bookmarks), version and desktop
// file id. Works before QApplication exists too, for --help and --version.
void setApplicationIdentity();

// The window's settings store (~/.config/Loopview/Loopview.conf), named explicitly so it is the
// same whether or not setApplicationIdentity() ran (widget tests do not run it).
QSettings openAppSettings();

} // namespace loopview
