// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace loopview::uilanguage {

namespace {

const QString CatalogueFolder = QStringLiteral(":/i18n");
const QString CataloguePrefix = QStringLiteral("loopview_");
const QString CatalogueSuffix = QStringLiteral(".qm");

QString nativeName(const QString &code)
{
    // The English catalogue holds only the plural forms of the source texts: it is plain English,
    // not the "American English" QLocale would name.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}

} // namespace

QList<Language> available()
{
    QList<Language> languages;
    const QStringList catalogues = QDir(CatalogueFolder).entryList({CataloguePrefix + QLatin1Char('*') + CatalogueSuffix},
                                                                   QDir::Files, QDir::Name);
    for (const QString &file : catalogues) {
        const QString code = file.mid(CataloguePrefix.size(), file.size() - CataloguePrefix.size() - CatalogueSuffix.size());
        languages.append({code, nativeName(code)});
    }
    return languages;
}

QString codeList()
{
    QStringList codes;
    for (const Language &language : available())
        codes.append(language.code);
    return codes.join(QLatin1String(", "));
}

QString find(const QString &requested)
{
    QString wanted = requested.trimmed();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const Language &language : available()) {
        if (language.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return language.code;
    }
    return {};
}

QLocale localeFor(const QString &code)
{
    const QString shipped = find(code);
    return shipped.isEmpty() ? QLocale() : QLocale(shipped);
}

void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("loopview"), QStringLiteral("_"), CatalogueFolder))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace loopview::uilanguage
