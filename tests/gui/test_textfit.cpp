// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// Nothing is cut off, in any shipped language: the main window (welcome page, demo data with the
// bookmarks and portfolio docks), the export dialog, the bookmark dialogs and the preferences are
// rendered offscreen at their default sizes in English, German and Simplified Chinese, and every
// visible label, button and group box title must fit the space its layout gave it: the text's
// width (QFontMetrics::horizontalAdvance, per line) plus the widget's own margins, against the
// widget's geometry as far as its parents show it.

#include "gui/elidinglabel.h"
#include "gui/mainwindow.h"
#include "gui/preferencesdialog.h"
#include "gui/uilanguage.h"
#include "gui/bookmarks/bookmarkdialog.h"
#include "gui/bookmarks/bookmarksintegration.h"
#include "gui/export/exportactions.h"
#include "gui/export/exportdialog.h"
#include "secrets/memorykeystore.h"

#include "core/bookmarkstore.h"

#include "languagefixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QStyleOptionFrame>
#include <QStyleOptionGroupBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTranslator>

using namespace loopview;

namespace {

// The text as drawn: a mnemonic '&' is not, "&&" is one '&'.
QString shownText(QString text, bool mnemonic)
{
    if (!mnemonic)
        return text;
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

// What of `widget` its parents leave visible, in its own coordinates: a child a layout could not
// fit is cut off by its parent even when it has its full size.
QRect visiblePart(const QWidget *widget)
{
    QRect visible = widget->rect();
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        const QWidget *parent = w->parentWidget();
        const QRect parentRect(widget->mapFrom(parent, QPoint(0, 0)), parent->size());
        visible &= parentRect;
    }
    return visible;
}

struct Problem {
    QString what;
};

QString describe(const QWidget *widget, const QString &text)
{
    const QString name = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                        : widget->objectName();
    return name + QStringLiteral(" \"") + text + QLatin1Char('"');
}

void checkFits(QStringList &problems, const QWidget *widget, const QString &text, QSize needed, QSize available)
{
    if (needed.width() <= available.width() && needed.height() <= available.height())
        return;
    problems << QStringLiteral("%1 needs %2×%3 px, has %4×%5")
                    .arg(describe(widget, text))
                    .arg(needed.width()).arg(needed.height())
                    .arg(available.width()).arg(available.height());
}

void checkLabel(QStringList &problems, const QLabel *label)
{
    const QString raw = label->text();
    if (raw.isEmpty())
        return;
    const QRect visible = visiblePart(label) & label->contentsRect().adjusted(label->margin(), label->margin(),
                                                                                -label->margin(), -label->margin());
    const QFontMetrics metrics = label->fontMetrics();
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(raw));
    if (rich) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(raw);
        if (label->wordWrap())
            document.setTextWidth(visible.width());
        const QSize needed(qCeil(label->wordWrap() ? document.size().width() : document.idealWidth()),
                           qCeil(document.size().height()));
        checkFits(problems, label, document.toPlainText(), needed, visible.size());
        return;
    }
    const QString text = shownText(raw, label->buddy() != nullptr);
    QSize needed;
    if (label->wordWrap()) {
        // Wrapped at the width it has: every word must fit across, every line must fit down.
        needed = metrics.boundingRect(QRect(0, 0, visible.width(), 1 << 20),
                                      int(label->alignment()) | Qt::TextWordWrap, text).size();
    } else {
        needed = QSize(widestLine(metrics, text), metrics.height() * int(text.count(QLatin1Char('\n')) + 1));
    }
    checkFits(problems, label, text, needed, visible.size());
}

void checkButton(QStringList &problems, const QAbstractButton *button)
{
    const QString text = shownText(button->text(), true);
    if (text.isEmpty())
        return;
    const QFontMetrics metrics = button->fontMetrics();
    const QSize textSize(metrics.horizontalAdvance(text), metrics.height());
    const QRect visible = visiblePart(button);
    QStyleOptionButton option;
    option.initFrom(button);
    option.rect = button->rect();
    option.text = button->text();
    const int iconWidth = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
    QRect contents;
    if (qobject_cast<const QCheckBox *>(button))
        contents = button->style()->subElementRect(QStyle::SE_CheckBoxContents, &option, button);
    else if (qobject_cast<const QRadioButton *>(button))
        contents = button->style()->subElementRect(QStyle::SE_RadioButtonContents, &option, button);
    else if (const auto *push = qobject_cast<const QPushButton *>(button)) {
        if (push->isDefault())
            option.features |= QStyleOptionButton::DefaultButton;
        contents = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
    } else if (const auto *tool = qobject_cast<const QToolButton *>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return;
        // A tool button's text area is what its size hint adds to the text.
        checkFits(problems, button, text, tool->sizeHint(), visible.size());
        return;
    } else {
        contents = button->rect();
    }
    checkFits(problems, button, text, QSize(textSize.width() + iconWidth, textSize.height()),
              (contents & visible).size());
}

void checkGroupBox(QStringList &problems, const QGroupBox *box)
{
    const QString title = shownText(box->title(), true);
    if (title.isEmpty())
        return;
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.lineWidth = 1;
    option.midLineWidth = 0;
    option.textAlignment = box->alignment();
    option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
    if (box->isCheckable())
        option.subControls |= QStyle::SC_GroupBoxCheckBox;
    const QRect label = box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
    const QRect visible = visiblePart(box);
    const QFontMetrics metrics = box->fontMetrics();
    // The title starts where the style puts it and needs its text's width from there.
    const QSize needed(label.left() + metrics.horizontalAdvance(title) + label.left(), metrics.height());
    checkFits(problems, box, title, needed, visible.size());
}

// An empty line edit's placeholder tells what to type: it must fit beside the field's buttons.
void checkPlaceholder(QStringList &problems, const QLineEdit *edit)
{
    const QString placeholder = edit->placeholderText();
    if (placeholder.isEmpty() || !edit->text().isEmpty())
        return;
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    option.features = QStyleOptionFrame::None;
    QRect text = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    text = text.marginsRemoved(edit->textMargins());
    // QLineEdit keeps two pixels of its own on either side of the text.
    text.adjust(2, 0, -2, 0);
    // Actions (a clear button, the key field's eye) take their room from the text.
    for (const QWidget *side : edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (side->isVisible() && side->geometry().intersects(text)) {
            if (side->geometry().center().x() > text.center().x())
                text.setRight(qMin(text.right(), side->geometry().left() - 1));
            else
                text.setLeft(qMax(text.left(), side->geometry().right() + 1));
        }
    }
    const QFontMetrics metrics = edit->fontMetrics();
    checkFits(problems, edit, placeholder, QSize(metrics.horizontalAdvance(placeholder), metrics.height()),
              (text & visiblePart(edit)).size());
}

// Every visible label, button and group box title of `top` that does not fit.
QStringList cutOffTexts(QWidget *top)
{
    QStringList problems;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->width() <= 0 || widget->height() <= 0)
            continue;
        // Cells of item views are drawn by delegates; tests of the models check their texts.
        if (qobject_cast<QAbstractItemView *>(widget->parentWidget()))
            continue;
        // A status-bar part may be narrower than its text on purpose: it elides, and its
        // tooltip then gives the whole text (test_elidinglabel).
        if (qobject_cast<ElidingLabel *>(widget))
            continue;
        if (const auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(problems, label);
        else if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            checkButton(problems, button);
        else if (const auto *box = qobject_cast<QGroupBox *>(widget))
            checkGroupBox(problems, box);
        else if (const auto *edit = qobject_cast<QLineEdit *>(widget))
            checkPlaceholder(problems, edit);
    }
    return problems;
}

QString report(const QString &where, const QStringList &problems)
{
    return where + QStringLiteral(": text cut off:\n    ") + problems.join(QStringLiteral("\n    "));
}

} // namespace

class TestTextFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindow_data();
    void mainWindow();
    void exportDialog_data();
    void exportDialog();
    void bookmarkDialogs_data();
    void bookmarkDialogs();
    void preferencesDialog_data();
    void preferencesDialog();

private:
    loopview::testsupport::LanguageFixture m_languages;
};

void TestTextFit::initTestCase()
{
    m_languages.setUp();
}

void TestTextFit::init()
{
    loopview::testsupport::LanguageFixture::clearSettings();
}

void TestTextFit::cleanup()
{
    m_languages.uninstall();
}

void TestTextFit::mainWindow_data()
{
    // The size a first start gives the window on a large screen, and the smallest screen Loopview
    // is made for (issue 11: "fit at 1024x768 and in German at 1280 px with nothing cut").
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const uilanguage::Language &language : uilanguage::available()) {
        for (const QSize size : {QSize(1280, 800), QSize(1024, 768)}) {
            const QString name = QStringLiteral("%1 %2x%3").arg(language.code).arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(name)) << language.code << size;
        }
    }
}

void TestTextFit::mainWindow()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    m_languages.install(language);
    MainWindow window;
    BookmarksSetup setup;
    setup.storeDirectory = m_languages.homePath(QStringLiteral("bookmarks-%1-%2").arg(language).arg(size.width()));
    setup.keys = std::make_unique<MemoryKeyStore>();
    BookmarksIntegration *bookmarks = BookmarksIntegration::install(&window, std::move(setup));
    QVERIFY(bookmarks->store()->add(Bookmark::create(QStringLiteral("Savings"), QStringLiteral("20533"),
                                                     Network::Mainnet)));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    // Nothing in the window asks for more room than the screen has.
    QVERIFY2(window.minimumSizeHint().width() <= size.width(),
             qPrintable(QStringLiteral("minimum width %1").arg(window.minimumSizeHint().width())));
    QStringList problems = cutOffTexts(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("welcome page"), problems)));

    QSignalSpy shown(&window, &MainWindow::balancesShown);
    window.startDemo();
    QVERIFY(shown.wait(10000));
    QCoreApplication::processEvents();
    QVERIFY2(window.minimumSizeHint().width() <= size.width(),
             qPrintable(QStringLiteral("minimum width with data %1").arg(window.minimumSizeHint().width())));
    problems = cutOffTexts(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("demo data"), problems)));
}

void TestTextFit::exportDialog_data()
{
    loopview::testsupport::LanguageFixture::addLanguageRows();
}

void TestTextFit::exportDialog()
{
    QFETCH(QString, language);
    m_languages.install(language);
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::balancesShown);
    window.startDemo();
    QVERIFY(shown.wait(10000));
    QStringList problems;
    bool ran = false;
    window.exportActions()->setDialogRunner([&](ExportDialog &dialog) {
        ran = true;
        dialog.show();
        if (QTest::qWaitForWindowExposed(&dialog)) {
            QCoreApplication::processEvents();
            problems = cutOffTexts(&dialog);
        }
        return false;
    });
    window.exportActions()->exportBalances();
    QVERIFY(ran);
    QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("export dialog"), problems)));
}

void TestTextFit::bookmarkDialogs_data()
{
    loopview::testsupport::LanguageFixture::addLanguageRows();
}

void TestTextFit::bookmarkDialogs()
{
    QFETCH(QString, language);
    m_languages.install(language);
    {
        // Adding one from a wallet export, with no keyring: the longest notes the dialog has.
        BookmarkDialog dialog;
        dialog.setWindowTitle(QCoreApplication::translate("loopview::BookmarkPanel", "Add bookmark"));
        dialog.setKeysPersistent(false);
        dialog.setPrivateKeyIgnoredNoticeVisible(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        const QStringList problems = cutOffTexts(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("add bookmark"), problems)));
    }
    {
        // Editing a custom-service bookmark whose key is in the keyring.
        BookmarkDialog dialog;
        dialog.setWindowTitle(QCoreApplication::translate("loopview::BookmarkPanel", "Edit bookmark"));
        dialog.setBookmark(Bookmark::create(QStringLiteral("Cold wallet"), QStringLiteral("20533"), Network::Custom,
                                            QUrl(QStringLiteral("https://loopring.example.org"))));
        dialog.setStoredKey(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        const QStringList problems = cutOffTexts(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("edit bookmark"), problems)));
    }
}

void TestTextFit::preferencesDialog_data()
{
    loopview::testsupport::LanguageFixture::addLanguageRows();
}

void TestTextFit::preferencesDialog()
{
    QFETCH(QString, language);
    m_languages.install(language);
    Preferences preferences;
    preferences.startNetwork = Network::Custom;  // every row shown, the URL problem too
    PreferencesDialog dialog(preferences);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::processEvents();
    const QStringList problems = cutOffTexts(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("preferences"), problems)));
}

QTEST_MAIN(TestTextFit)
#include "test_textfit.moc"
