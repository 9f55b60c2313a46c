// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace loopview::uilanguage {

// A language Loopview ships a catalogue for, named in that language ("Deutsch", "简体中文") so a
// reader of it finds it whatever language the window is in.
struct Language {
    QString code;  // the catalogue's: "de", "en", "zh_CN"
    QString name;
};

// The languages of the catalogues compiled in (:/i18n/loopview_<code>.qm), in code order.
QList<Language> available();

// Their codes for people to type: "de, en, zh_CN".
QString codeList();

// The shipped language `requested` names ("zh_CN", "zh-CN", "DE"), or an empty string when none is
// shipped for it.
QString find(const QString &requested);

// The locale whose translations to load: the shipped language `code` names, else the system's.
QLocale localeFor(const QString &code);

// Installs Qt's own strings (dialog buttons, --help) and Loopview's in the language of `locale`.
// The translators belong to `app` and go with it.
void installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace loopview::uilanguage
