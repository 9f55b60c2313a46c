// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

class QLineEdit;
class QTableView;

namespace loopview::accessibleparts {

// Qt adds a few buttons of its own that screen readers announce as just "button": the clear
// button of a line edit with clearButtonEnabled and the select-all corner button of a table.
// These give them names. Call after the widget is set up (after setupUi for .ui forms).

// Names the line edit's clear button "Clear" (also its tooltip). Does nothing without one.
void nameClearButton(QLineEdit *edit);
// Names the table's top-left corner button, which selects every cell.
void nameCornerButton(QTableView *view);

} // namespace loopview::accessibleparts
