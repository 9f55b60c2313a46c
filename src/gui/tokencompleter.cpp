// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "tokencompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace loopview {

TokenCompleter::TokenCompleter(QObject *parent)
    : QCompleter(parent), m_model(new QStringListModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setModelSorting(QCompleter::UnsortedModel);
}

void TokenCompleter::setSymbols(const QStringList &symbols)
{
    m_model->setStringList(symbols);
}

QStringList TokenCompleter::symbols() const
{
    return m_model->stringList();
}

QStringList TokenCompleter::splitPath(const QString &path) const
{
    const qsizetype comma = path.lastIndexOf(QLatin1Char(','));
    return {path.mid(comma + 1).trimmed()};
}

QString TokenCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString symbol = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    if (!edit)
        return symbol;
    const QString text = edit->text();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    if (comma < 0)
        return symbol;
    return text.left(comma + 1) + QLatin1Char(' ') + symbol;
}

} // namespace loopview
