// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// uilanguage: the shipped languages, named in themselves, found from what people type, and the
// translators installed for the chosen one.

#include "gui/uilanguage.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace loopview;

class TestUiLanguage : public QObject
{
    Q_OBJECT
private slots:
    void listsTheShippedLanguagesInTheirOwnNames();
    void findsWhatPeopleType_data();
    void findsWhatPeopleType();
    void unshippedLanguageMeansTheSystems();
    void installsTheChosenCatalogue_data();
    void installsTheChosenCatalogue();
};

void TestUiLanguage::listsTheShippedLanguagesInTheirOwnNames()
{
    QStringList codes;
    QStringList names;
    for (const uilanguage::Language &language : uilanguage::available()) {
        codes << language.code;
        names << language.name;
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(names.at(0), QStringLiteral("Deutsch"));
    QCOMPARE(names.at(1), QStringLiteral("English"));
    QCOMPARE(names.at(2), QLocale(QStringLiteral("zh_CN")).nativeLanguageName());
    QVERIFY2(names.at(2).contains(QStringLiteral("中文")), qPrintable(names.at(2)));
    QCOMPARE(uilanguage::codeList(), QStringLiteral("de, en, zh_CN"));
}

void TestUiLanguage::findsWhatPeopleType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("exact") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("dash, lower case") << QStringLiteral("zh-cn") << QStringLiteral("zh_CN");
    QTest::newRow("spaces, upper case") << QStringLiteral(" DE ") << QStringLiteral("de");
    QTest::newRow("not shipped") << QStringLiteral("fr") << QString();
    QTest::newRow("region not shipped") << QStringLiteral("zh_TW") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestUiLanguage::findsWhatPeopleType()
{
    QFETCH(QString, typed);
    QTEST(uilanguage::find(typed), "code");
}

void TestUiLanguage::unshippedLanguageMeansTheSystems()
{
    QCOMPARE(uilanguage::localeFor(QString()), QLocale());
    QCOMPARE(uilanguage::localeFor(QStringLiteral("fr")), QLocale());
    QCOMPARE(uilanguage::localeFor(QStringLiteral("zh-CN")), QLocale(QStringLiteral("zh_CN")));
}

void TestUiLanguage::installsTheChosenCatalogue_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File");
}

void TestUiLanguage::installsTheChosenCatalogue()
{
    QFETCH(QString, code);
    uilanguage::installTranslators(*QCoreApplication::instance(), uilanguage::localeFor(code));
    QTEST(QCoreApplication::translate("MainWindow", "&File"), "fileMenu");
    // English plural forms come from the source language's catalogue.
    if (code == QLatin1String("en"))
        QCOMPARE(QCoreApplication::translate("loopview::BookmarkStore", "%n entries could not be read", nullptr, 1),
                 QStringLiteral("1 entry could not be read"));
    // Uninstalled again (a translator leaves the application when it is destroyed).
    const QList<QTranslator *> installed = QCoreApplication::instance()->findChildren<QTranslator *>();
    qDeleteAll(installed);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "test_uilanguage.moc"
