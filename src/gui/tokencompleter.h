// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QCompleter>

class QStringListModel;

namespace loopview {

// Completes the token symbol being typed in a comma-separated list ("ETH, L" → "ETH, LRC"):
// only the text after the last comma is matched, and the accepted symbol replaces just that part.
class TokenCompleter : public QCompleter
{
    Q_OBJECT
public:
    explicit TokenCompleter(QObject *parent = nullptr);

    void setSymbols(const QStringList &symbols);
    QStringList symbols() const;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QStringListModel *m_model;
};

} // namespace loopview
