// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "gui/uilanguage.h"

#include "offscreennoise.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

namespace loopview::testsupport {

// For tests that walk the real widgets once in every shipped language (test_textfit,
// test_accelerators): a home of their own for settings and stores, a data column of the
// languages, and the application's own catalogue of one of them installed.
class LanguageFixture
{
public:
    // From initTestCase(): settings and standard paths kept out of the user's.
    void setUp()
    {
        quietOffscreenPluginNoise();
        QVERIFY(m_home.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, homePath(QStringLiteral("config")));
    }

    // From init(): every test starts from the settings of a first start.
    static void clearSettings() { QSettings(QStringLiteral("Loopview"), QStringLiteral("Loopview")).clear(); }

    // From a _data() function: a "language" column, a row per catalogue compiled in.
    static void addLanguageRows()
    {
        QTest::addColumn<QString>("language");
        for (const uilanguage::Language &language : uilanguage::available())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }

    // The catalogue of `language` (a code of uilanguage::available()), instead of any before it.
    void install(const QString &language)
    {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/loopview_") + language + QStringLiteral(".qm")));
        QCoreApplication::installTranslator(m_translator.get());
    }

    // From cleanup(): the catalogue leaves the application with it.
    void uninstall() { m_translator.reset(); }

    QString homePath(const QString &name) const { return m_home.filePath(name); }

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace loopview::testsupport
