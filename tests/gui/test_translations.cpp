// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The catalogues in translations/ are complete and current: every entry translated, none left
// over from strings the sources no longer have, placeholders and accelerators kept, and nothing
// that lupdate would still add or remove. Each failure says what to do about it.

#include "core/apikey.h"
#include "core/bookmark.h"
#include "core/bookmarkstore.h"
#include "core/service.h"
#include "core/walletexport.h"
#include "gui/errortext.h"
#include "gui/forminput.h"
#include "gui/relativetime.h"
#include "history/historystore.h"
#include "net/requestpolicy.h"
#include "secrets/keychainkeystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

// The refresh helpers are told to run when a catalogue is out of date.
const QString RefreshCommand = QStringLiteral("cmake --build " LOOPVIEW_BUILD_DIR " --target update_translations");
// The language the sources are written in: its catalogue holds only the plural forms.
const QString SourceLanguage = QStringLiteral("en");

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString type;            // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;

    QString describe() const
    {
        QString text = context + QStringLiteral(": \"") + source + QLatin1Char('"');
        if (!comment.isEmpty())
            text += QStringLiteral(" (") + comment + QLatin1Char(')');
        return text;
    }
};

struct TsCatalogue {
    QString language;
    QList<TsMessage> messages;
};

TsCatalogue readCatalogue(const QString &path)
{
    TsCatalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("TS")) {
            catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            catalogue.messages << message;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return catalogue;
}

QStringList catalogueFiles()
{
    return QDir(QStringLiteral(LOOPVIEW_TRANSLATIONS_DIR))
        .entryList({QStringLiteral("loopview_*.ts")}, QDir::Files, QDir::Name);
}

// "%1", "%L2", "%n": what arg() and tr()'s n fill in, as a set.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

// How many mnemonics (&F) a widget text marks; "&&" is a literal ampersand and "& " a plain one.
int mnemonicCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('&'))
            ++i;
        else if (!next.isSpace())
            ++count;
    }
    return count;
}

// A catalogue as lupdate would leave it, without the source locations: line numbers move with
// every edit and do not make a catalogue stale.
QString withoutLocations(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression location(QStringLiteral("^\\s*<location [^\\n]*\\n"),
                                             QRegularExpression::MultilineOption);
    return text.remove(location);
}

QSet<QString> messageKeys(const TsCatalogue &catalogue)
{
    QSet<QString> keys;
    for (const TsMessage &message : catalogue.messages)
        keys.insert(message.describe());
    return keys;
}

QString listed(QStringList lines)
{
    lines.sort();
    constexpr int Shown = 25;
    const qsizetype total = lines.size();
    if (total > Shown) {
        lines = lines.mid(0, Shown);
        lines << QStringLiteral("… and %1 more").arg(total - Shown);
    }
    return QStringLiteral("\n    ") + lines.join(QStringLiteral("\n    "));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyCatalogueIsShipped();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void placeholdersAndAcceleratorsAreKept_data();
    void placeholdersAndAcceleratorsAreKept();
    void catalogueIsCurrent_data();
    void catalogueIsCurrent();
    void freeFunctionMessagesAreTranslated_data();
    void freeFunctionMessagesAreTranslated();
};

void TestTranslations::everyCatalogueIsShipped()
{
    const QStringList catalogues = catalogueFiles();
    QVERIFY2(catalogues.contains(QStringLiteral("loopview_de.ts")), "translations/ not found");
    QVERIFY(catalogues.contains(QStringLiteral("loopview_zh_CN.ts")));
    for (const QString &name : catalogues) {
        const QString compiled = QStringLiteral(":/i18n/") + QFileInfo(name).completeBaseName() + QStringLiteral(".qm");
        QVERIFY2(QFileInfo::exists(compiled),
                 qPrintable(name + QStringLiteral(" is not compiled into the application: add it to the "
                                                  "qt_add_lupdate and qt_add_lrelease calls in src/gui/CMakeLists.txt")));
    }
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : catalogueFiles())
        QTest::newRow(qPrintable(name)) << name;
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, name);
    const TsCatalogue catalogue = readCatalogue(QStringLiteral(LOOPVIEW_TRANSLATIONS_DIR "/") + name);
    QVERIFY2(!catalogue.messages.isEmpty(), qPrintable(name + QStringLiteral(" has no messages")));

    QStringList unfinished;
    QStringList leftOver;
    for (const TsMessage &message : catalogue.messages) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            leftOver << message.describe();
        else if (message.type == QLatin1String("unfinished")
                 || std::any_of(message.translations.cbegin(), message.translations.cend(),
                                [](const QString &text) { return text.isEmpty(); })
                 || message.translations.isEmpty())
            unfinished << message.describe();
    }
    QVERIFY2(leftOver.isEmpty(),
             qPrintable(QStringLiteral("%1 keeps %2 entries the sources no longer have:%3\nRun `%4` "
                                       "(it drops them).")
                            .arg(name).arg(leftOver.size()).arg(listed(leftOver), RefreshCommand)));
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 has %2 unfinished entries:%3\nTranslate them (Qt Linguist: "
                                       "`linguist translations/%1`, or edit the file and remove "
                                       "type=\"unfinished\"); every catalogue ships complete.")
                            .arg(name).arg(unfinished.size()).arg(listed(unfinished))));
}

void TestTranslations::placeholdersAndAcceleratorsAreKept_data()
{
    catalogueIsComplete_data();
}

void TestTranslations::placeholdersAndAcceleratorsAreKept()
{
    QFETCH(QString, name);
    const TsCatalogue catalogue = readCatalogue(QStringLiteral(LOOPVIEW_TRANSLATIONS_DIR "/") + name);
    QStringList problems;
    for (const TsMessage &message : catalogue.messages) {
        for (const QString &translation : message.translations) {
            if (translation.isEmpty())
                continue;  // reported as unfinished
            if (placeholders(translation) != placeholders(message.source))
                problems << message.describe() + QStringLiteral(": placeholders differ in \"") + translation + QLatin1Char('"');
            const int mnemonics = mnemonicCount(translation);
            if (mnemonics > 1 || (mnemonics == 1) != (mnemonicCount(message.source) == 1))
                problems << message.describe() + QStringLiteral(": accelerator (&) not kept in \"") + translation + QLatin1Char('"');
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(":") + listed(problems)));
}

void TestTranslations::catalogueIsCurrent_data()
{
    catalogueIsComplete_data();
}

void TestTranslations::catalogueIsCurrent()
{
    QFETCH(QString, name);
    const QString original = QStringLiteral(LOOPVIEW_TRANSLATIONS_DIR "/") + name;
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(name);
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // What the update_translations target runs (src/gui/CMakeLists.txt), on the copy.
    QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                          QStringLiteral("-I"), QStringLiteral(LOOPVIEW_SOURCE_DIR "/src"),
                          QStringLiteral("@" LOOPVIEW_LUPDATE_SOURCES)};
    if (readCatalogue(original).language == SourceLanguage)
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(LOOPVIEW_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(100 * 1000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(lupdate.readAllStandardError())));

    if (withoutLocations(copy) == withoutLocations(original))
        return;
    const QSet<QString> before = messageKeys(readCatalogue(original));
    const QSet<QString> after = messageKeys(readCatalogue(copy));
    QStringList changes;
    for (const QString &key : after - before)
        changes << QStringLiteral("new in the sources: ") + key;
    for (const QString &key : before - after)
        changes << QStringLiteral("gone from the sources: ") + key;
    if (changes.isEmpty())
        changes << QStringLiteral("(the same strings, but lupdate writes the file differently)");
    QFAIL(qPrintable(QStringLiteral("%1 is out of date with the sources:%2\nRun `%3`, then translate "
                                    "what it marks unfinished in every catalogue.")
                         .arg(name, listed(changes), RefreshCommand)));
}

void TestTranslations::freeFunctionMessagesAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("emptyKey");
    QTest::addColumn<QString>("notBookmarks");
    QTest::addColumn<QString>("notWalletExport");
    QTest::addColumn<QString>("bookmarkField");
    QTest::addColumn<QString>("justNow");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("cancelled");
    QTest::addColumn<QString>("bytes");
    QTest::addColumn<QString>("keyringNotice");
    QTest::addColumn<QString>("historyOpenFailed");
    QTest::addColumn<QString>("notARegularFile");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Testnetz")
                        << QStringLiteral("Der API-Schlüssel ist leer")
                        << QStringLiteral("Keine Lesezeichendatei: Die oberste Ebene ist kein Objekt")
                        << QStringLiteral("Diese Datei ist kein Loopring-Wallet-Export (kein JSON-Objekt)")
                        << QStringLiteral("Lesezeichenfeld „id“ fehlt oder ist kein Text")
                        << QStringLiteral("gerade eben") << QStringLiteral("Loopring-Konto-ID")
                        << QStringLiteral("Abgebrochen.") << QStringLiteral("12 Bytes")
                        << QStringLiteral("Kein System-Schlüsselbund verfügbar: Schlüssel werden nur für diese Sitzung im Speicher gehalten")
                        << QStringLiteral("Die Verlaufsdatenbank ") << QStringLiteral(": sie ist keine reguläre Datei");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("测试网")
                           << QStringLiteral("API 密钥为空")
                           << QStringLiteral("不是书签文件：顶层不是对象")
                           << QStringLiteral("此文件不是 Loopring 钱包导出文件（不是 JSON 对象）")
                           << QStringLiteral("书签字段“id”缺失或不是文本")
                           << QStringLiteral("刚刚") << QStringLiteral("Loopring 账户 ID")
                           << QStringLiteral("已取消。") << QStringLiteral("12 字节")
                           << QStringLiteral("没有可用的系统密钥环：密钥仅在本次会话中保存在内存里")
                           << QStringLiteral("无法打开历史数据库 ") << QStringLiteral("：它不是普通文件");
}

// Messages of free functions (core, gui and net) reach the catalogues under the context they are
// looked up in: each file declares it with Q_DECLARE_TR_FUNCTIONS, the one rule of
// docs/ARCHITECTURE.md (a tr() helper function would file them elsewhere, untranslatable).
void TestTranslations::freeFunctionMessagesAreTranslated()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/loopview_") + language + QStringLiteral(".qm")));
    QCoreApplication::installTranslator(&translator);
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    QTEST(loopview::networkLabel(loopview::Network::Test), "network");
    QTEST(loopview::validateApiKey(u"").error().message, "emptyKey");
    QTEST(loopview::BookmarkStore::parseBookmarksJson("[]").error().message, "notBookmarks");
    QTEST(loopview::parseWalletExport("[]").error().message, "notWalletExport");
    QTEST(loopview::Bookmark::fromJson(QJsonObject()).error().message, "bookmarkField");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTEST(loopview::relativetime::describeAge(now.addSecs(-5), now), "justNow");
    QTEST(loopview::forminput::checkAccount(u"20533").message, "accountId");
    QTEST(loopview::errortext::describe(loopview::Error::cancelled(), QUrl(), 10), "cancelled");
    QTEST(loopview::describeByteSize(12), "bytes");
    // The secrets and history libraries' messages reach the window too (the keyring notice under
    // the bookmarks, a history that cannot be written in the status bar).
    QTEST(loopview::KeychainKeyStore::memoryOnlyNotice(), "keyringNotice");
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    loopview::HistoryStore store(folder.path());  // a folder, not a database file
    const QString openFailed = store.open().error().message;
    QFETCH(QString, historyOpenFailed);
    QFETCH(QString, notARegularFile);
    QVERIFY2(openFailed.startsWith(historyOpenFailed) && openFailed.endsWith(notARegularFile), qPrintable(openFailed));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
