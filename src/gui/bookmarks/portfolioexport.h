// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "gui/export/exportactions.h"

class QWidget;

namespace loopview {

class PortfolioModel;

// Bookmarks ▸ Export portfolio…: one row per account and token with the account's label, through
// the same dialog and writers as the balances export. Returns true when a file was written.
// `runner` may be empty (exec()).
bool exportPortfolio(const PortfolioModel *model, QWidget *parent, const ExportDialogRunner &runner = {});

} // namespace loopview
