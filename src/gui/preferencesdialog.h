// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "preferences.h"

#include <QDialog>

class QFormLayout;
class QLabel;
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace loopview {

// Edit ▸ Preferences: the network the form starts with, the request timeout, the language,
// whether the table starts with zero balances hidden, the currency of prices and values,
// whether fetches are recorded in the history, watching, and NFT thumbnails with their IPFS gateway.
// Shows `current` and returns the edited choices; saving and applying them is the caller's
// (PreferencesAction). OK is disabled while a custom start URL is not a valid base URL or the
// currency not a three-letter code, or while thumbnails are on and the IPFS gateway is not https.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const;

private:
    void display(const Preferences &preferences);
    // OK is disabled while the custom start URL or the currency is not valid; a line under each
    // says why.
    void updateProblems();
    static void showProblem(QFormLayout *layout, QLabel *label, const QString &problem);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace loopview
