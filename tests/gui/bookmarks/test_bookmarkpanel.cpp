// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "core/bookmarkstore.h"
#include "core/printabletext.h"
#include "gui/bookmarks/bookmarkdialog.h"
#include "gui/bookmarks/bookmarklistmodel.h"
#include "gui/bookmarks/bookmarkpanel.h"
#include "gui/messagebar.h"
#include "secrets/memorykeystore.h"
#include "ui_bookmarkdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLockFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace loopview;

namespace {

const QString Key = QStringLiteral("panelkey0000000000000000000000000000000000000000000000000000000");

struct Fixture {
    QTemporaryDir dir;
    BookmarkStore store{dir.path()};
    MemoryKeyStore keys;
    std::unique_ptr<BookmarkPanel> panel;

    Fixture()
    {
        store.load();
        panel = std::make_unique<BookmarkPanel>(&store, &keys);
        panel->resize(400, 300);
        panel->show();
    }

    void addDirect(const QString &label, const QString &account)
    {
        QVERIFY(store.add(Bookmark::create(label, account, Network::Mainnet)).ok());
    }

    bool hasKey(const QString &id)
    {
        std::optional<KeyResult> result;
        keys.readKey(id, nullptr, [&result](const KeyResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
            return false;
        return result->ok() && result->key == Key;
    }
};

// A keyring that holds keys but refuses to delete them (access denied).
class UndeletableKeyStore : public MemoryKeyStore
{
public:
    void deleteKey(const QString &, QObject *context, Callback done) override
    {
        deliver(context, done, KeyResult::failure(KeyResult::Status::Failed, QStringLiteral("Access denied")));
    }
};

} // namespace

class TestBookmarkPanel : public QObject
{
    Q_OBJECT

private slots:
    void accessibleAndModelChecked()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.panel->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.addDirect(QStringLiteral("A"), QStringLiteral("1"));
        QVERIFY(!f.panel->searchField()->accessibleName().isEmpty());
        QVERIFY(!f.panel->view()->accessibleName().isEmpty());
        for (QPushButton *button : f.panel->findChildren<QPushButton *>())
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
        // Keyboard: every control is reachable with Tab.
        QCOMPARE(f.panel->searchField()->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
        QCOMPARE(f.panel->view()->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    }

    void addFromCurrentQueryWithKey()
    {
        Fixture f;
        f.panel->setCurrentQueryProvider([] {
            Bookmark current = Bookmark::create(QString(), QStringLiteral("20533"), Network::Test);
            current.tokens = QStringLiteral("ETH, LRC");
            return current;
        });
        f.panel->setCurrentKeyProvider([] { return Key; });
        bool sawEmptyLabelRefused = false;
        QString prefilledAccount;
        QString prefilledKey;
        f.panel->setDialogRunner([&](BookmarkDialog &dialog) {
            sawEmptyLabelRefused = !dialog.isAcceptable() && !dialog.problemText().isEmpty();
            prefilledAccount = dialog.form()->accountEdit->text();
            prefilledKey = dialog.apiKey();
            dialog.form()->labelEdit->setText(QStringLiteral("Test account"));
            return dialog.isAcceptable();
        });
        QTest::mouseClick(f.panel->findChild<QPushButton *>(QStringLiteral("addBookmarkButton")), Qt::LeftButton);
        QVERIFY(sawEmptyLabelRefused);
        QCOMPARE(prefilledAccount, QStringLiteral("20533"));
        QCOMPARE(prefilledKey, Key);
        QCOMPARE(f.store.count(), 1);
        const Bookmark added = f.store.bookmarks().first();
        QCOMPARE(added.label, QStringLiteral("Test account"));
        QCOMPARE(added.network, Network::Test);
        QCOMPARE(added.tokens, QStringLiteral("ETH, LRC"));
        QCOMPARE(f.panel->currentBookmark()->id, added.id); // selected after adding
        QTRY_VERIFY(f.keys.contains(added.id));
        QVERIFY(f.hasKey(added.id));

        // The store file never sees the key.
        QFile file(f.store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(Key.toLatin1()));
    }

    void dialogRefusesDuplicateLabel()
    {
        Fixture f;
        f.addDirect(QStringLiteral("Main"), QStringLiteral("1"));
        QString problem;
        f.panel->setDialogRunner([&](BookmarkDialog &dialog) {
            dialog.form()->labelEdit->setText(QStringLiteral("main"));
            dialog.form()->accountEdit->setText(QStringLiteral("2"));
            problem = dialog.problemText();
            return dialog.isAcceptable();
        });
        f.panel->addFromCurrent();
        QVERIFY(problem.contains(QLatin1String("Main")));
        QCOMPARE(f.store.count(), 1);
    }

    void dialogRefusesPasswordOrEmptyPortInTheUrl()
    {
        Fixture f;
        QStringList problems;
        f.panel->setDialogRunner([&](BookmarkDialog &dialog) {
            dialog.form()->labelEdit->setText(QStringLiteral("Proxy"));
            dialog.form()->accountEdit->setText(QStringLiteral("2"));
            dialog.form()->networkCombo->setCurrentIndex(dialog.form()->networkCombo->findData(int(Network::Custom)));
            for (const QString &url : {QStringLiteral("https://user:s3cret@example.org"), QStringLiteral("http://127.0.0.1:")}) {
                dialog.form()->baseUrlEdit->setText(url);
                if (!dialog.isAcceptable())
                    problems.append(dialog.problemText());
            }
            return dialog.isAcceptable();
        });
        f.panel->addFromCurrent();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains(QLatin1String("user name or password")) && !problems.at(0).contains(QLatin1String("s3cret")),
                 qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(QLatin1String("empty port")), qPrintable(problems.at(1)));
        QCOMPARE(f.store.count(), 0);
    }

    void editKeepsIdAndUpdates()
    {
        Fixture f;
        f.addDirect(QStringLiteral("Old"), QStringLiteral("1"));
        const QString id = f.store.bookmarks().first().id;
        QVERIFY(f.panel->selectBookmark(id));
        f.panel->setDialogRunner([](BookmarkDialog &dialog) {
            dialog.form()->labelEdit->setText(QStringLiteral("New"));
            dialog.form()->noteEdit->setPlainText(QStringLiteral("renamed"));
            return true;
        });
        QTest::keyClick(f.panel->view(), Qt::Key_F2);
        QCOMPARE(f.store.bookmarks().first().id, id);
        QCOMPARE(f.store.bookmarks().first().label, QStringLiteral("New"));
        QCOMPARE(f.store.bookmarks().first().note, QStringLiteral("renamed"));
    }

    // Issue 9 item 6: a bookmark from someone else's file cannot spoof or steer anything in the
    // panel. Its list cell, tooltip, edit dialog, delete message and undo text show it through
    // printableText(); the file keeps it exact unless the user edits the field.
    void hostileBookmarkIsShownInert()
    {
        Fixture f;
        const QString R(QChar(0xFFFD));
        Bookmark hostile = Bookmark::create(QStringLiteral("\u202eCRL \x1b[31mred"), QStringLiteral("1"), Network::Mainnet);
        hostile.note = QStringLiteral("first \u2066line\nsecond line");
        QVERIFY(f.store.add(hostile).ok());
        const QString shownLabel = R + QStringLiteral("CRL ") + R + QStringLiteral("[31mred");

        const QModelIndex cell = f.panel->view()->model()->index(0, BookmarkListModel::LabelColumn);
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), shownLabel);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(isPrintableText(QString(tip).remove(QLatin1Char('\n'))), qPrintable(tip));
        QVERIFY(tip.contains(shownLabel));
        QVERIFY(tip.contains(QStringLiteral("first ") + R + QStringLiteral("line\nsecond line")));  // the note keeps its lines
        QVERIFY(isPrintableText(cell.data(Qt::AccessibleTextRole).toString()));

        // The edit dialog shows the same; OK without touching the label keeps it exact.
        QVERIFY(f.panel->selectBookmark(hostile.id));
        QString dialogLabel;
        QString dialogNote;
        f.panel->setDialogRunner([&](BookmarkDialog &dialog) {
            dialogLabel = dialog.form()->labelEdit->text();
            dialogNote = dialog.form()->noteEdit->toPlainText();
            dialog.form()->accountEdit->setText(QStringLiteral("2"));
            return true;
        });
        QTest::keyClick(f.panel->view(), Qt::Key_F2);
        QCOMPARE(dialogLabel, shownLabel);
        QCOMPARE(dialogNote, QStringLiteral("first ") + R + QStringLiteral("line\nsecond line"));
        QCOMPARE(f.store.bookmarks().first().account, QStringLiteral("2"));
        QCOMPARE(f.store.bookmarks().first().label, hostile.label);
        QCOMPARE(f.store.bookmarks().first().note, hostile.note);

        // Deleting it: the message and the undo command name it printable too.
        QTest::keyClick(f.panel->view(), Qt::Key_Delete);
        QTRY_COMPARE(f.store.count(), 0);
        QVERIFY2(f.panel->messageBar()->text().contains(shownLabel), qPrintable(f.panel->messageBar()->text()));
        QVERIFY(isPrintableText(f.panel->messageBar()->text()));
        QVERIFY(f.panel->undoStack()->undoText().contains(shownLabel));
        QVERIFY(isPrintableText(f.panel->undoStack()->undoText()));
    }

    // Issue 9 item 12: editing a bookmark that has a key says a key is stored (typing one replaces
    // it), and a typed key gets the same check as every key entering Loopview.
    void editSaysAKeyIsStoredAndChecksTypedKey()
    {
        Fixture f;
        f.addDirect(QStringLiteral("Keyed"), QStringLiteral("1"));
        f.addDirect(QStringLiteral("Plain"), QStringLiteral("2"));
        const Bookmark keyed = f.store.bookmarks().at(0);
        bool written = false;
        f.keys.writeKey(keyed.id, Key, nullptr, [&written](const KeyResult &) { written = true; });
        QTRY_VERIFY(written);

        QString keyedHint;
        QString keyedPlaceholder;
        QString badKeyProblem;
        bool badKeyAcceptable = true;
        f.panel->setDialogRunner([&](BookmarkDialog &dialog) {
            // The store answers from the event loop, as a keyring does while the dialog is open.
            (void)QTest::qWaitFor([&dialog] { return dialog.form()->apiKeyHintLabel->text().contains(QLatin1String("replace")); }, 2000);
            keyedHint = dialog.form()->apiKeyHintLabel->text();
            keyedPlaceholder = dialog.form()->apiKeyEdit->placeholderText();
            dialog.form()->apiKeyEdit->setText(QStringLiteral("abc\r\ndef"));
            badKeyProblem = dialog.problemText();
            badKeyAcceptable = dialog.isAcceptable();
            return false;
        });
        QVERIFY(f.panel->selectBookmark(keyed.id));
        f.panel->editCurrent();
        QVERIFY2(keyedHint.contains(QLatin1String("type a new one to replace it")), qPrintable(keyedHint));
        QCOMPARE(keyedPlaceholder, QStringLiteral("A key is stored"));
        QVERIFY(!badKeyAcceptable);
        QVERIFY2(badKeyProblem.contains(QLatin1String("a line break")), qPrintable(badKeyProblem));

        // A bookmark without a key: the field says where a key would go, nothing about replacing.
        QString plainHint;
        f.panel->setDialogRunner([&](BookmarkDialog &dialog) {
            QTest::qWait(50);
            plainHint = dialog.form()->apiKeyHintLabel->text();
            return false;
        });
        QVERIFY(f.panel->selectBookmark(f.store.bookmarks().at(1).id));
        f.panel->editCurrent();
        QVERIFY2(plainHint.contains(QLatin1String("until Loopview quits")), qPrintable(plainHint)); // memory keys
        QVERIFY(!plainHint.contains(QLatin1String("replace")));
        QCOMPARE(f.hasKey(keyed.id), true); // nothing was written
    }

    void editShowsWhetherAKeyIsStoredAndRemovesIt()
    {
        Fixture f;
        f.addDirect(QStringLiteral("Keyed"), QStringLiteral("1"));
        f.addDirect(QStringLiteral("Plain"), QStringLiteral("2"));
        const Bookmark keyed = f.store.bookmarks().at(0);
        bool written = false;
        f.keys.writeKey(keyed.id, Key, nullptr, [&written](const KeyResult &) { written = true; });
        QTRY_VERIFY(written);

        // Said in words next to the field (not only in an empty field's placeholder), the key
        // itself never shown; removing it is offered.
        QString status;
        QString fieldText;
        bool removeOffered = false;
        f.panel->setDialogRunner([&](BookmarkDialog &dialog) {
            (void)QTest::qWaitFor([&dialog] { return dialog.hasStoredKey(); }, 2000);
            status = dialog.form()->apiKeyHintLabel->text();
            fieldText = dialog.form()->apiKeyEdit->text();
            removeOffered = !dialog.form()->removeKeyCheck->isHidden() && dialog.form()->removeKeyCheck->isEnabled();
            dialog.form()->removeKeyCheck->setChecked(true);
            return dialog.removesStoredKey();  // OK
        });
        QVERIFY(f.panel->selectBookmark(keyed.id));
        f.panel->editCurrent();
        QVERIFY2(status.startsWith(QLatin1String("A key is")), qPrintable(status));  // memory store: "kept"
        QVERIFY(!status.contains(Key));
        QVERIFY(fieldText.isEmpty());
        QVERIFY(removeOffered);
        QTRY_VERIFY(!f.keys.contains(keyed.id));
        QVERIFY(f.store.findById(keyed.id));  // the bookmark stays

        // Without a key: it says so, and there is nothing to remove.
        f.panel->setDialogRunner([&](BookmarkDialog &dialog) {
            QTest::qWait(50);
            status = dialog.form()->apiKeyHintLabel->text();
            removeOffered = !dialog.form()->removeKeyCheck->isHidden();
            return false;
        });
        QVERIFY(f.panel->selectBookmark(keyed.id));
        f.panel->editCurrent();
        QVERIFY2(!status.contains(QLatin1String("A key is")), qPrintable(status));
        QVERIFY(!removeOffered);
    }

    void searchFilters()
    {
        Fixture f;
        f.addDirect(QStringLiteral("Alpha"), QStringLiteral("111"));
        f.addDirect(QStringLiteral("Beta"), QStringLiteral("222"));
        f.addDirect(QStringLiteral("Gamma"), QStringLiteral("333"));
        QCOMPARE(f.panel->proxyModel()->rowCount(), 3);
        QTest::keyClicks(f.panel->searchField(), QStringLiteral("bet"));
        QCOMPARE(f.panel->proxyModel()->rowCount(), 1);
        QCOMPARE(f.panel->proxyModel()->index(0, 0).data().toString(), QStringLiteral("Beta"));
        f.panel->searchField()->clear();
        QTest::keyClicks(f.panel->searchField(), QStringLiteral("333"));  // accounts match too
        QCOMPARE(f.panel->proxyModel()->index(0, 0).data().toString(), QStringLiteral("Gamma"));
        f.panel->searchField()->clear();
        QCOMPARE(f.panel->proxyModel()->rowCount(), 3);
        // Sorted by label whatever the insertion order.
        QCOMPARE(f.panel->proxyModel()->index(2, 0).data().toString(), QStringLiteral("Gamma"));
    }

    void deleteAndUndoRestoresBookmarkAndKey()
    {
        Fixture f;
        f.addDirect(QStringLiteral("Alpha"), QStringLiteral("1"));
        f.addDirect(QStringLiteral("Beta"), QStringLiteral("2"));
        f.addDirect(QStringLiteral("Gamma"), QStringLiteral("3"));
        const Bookmark beta = f.store.bookmarks().at(1);
        bool written = false;
        f.keys.writeKey(beta.id, Key, nullptr, [&written](const KeyResult &) { written = true; });
        QTRY_VERIFY(written);

        QVERIFY(f.panel->selectBookmark(beta.id));
        QTest::keyClick(f.panel->view(), Qt::Key_Delete);
        QTRY_COMPARE(f.store.count(), 2); // once the key store has removed the key
        QVERIFY(!f.store.findById(beta.id));
        QVERIFY(f.panel->messageBar()->isVisible());
        QVERIFY(f.panel->messageBar()->text().contains(QLatin1String("Beta")));
        QCOMPARE(f.panel->messageBar()->actionButtons().size(), 1);
        QTRY_VERIFY(!f.keys.contains(beta.id)); // the key goes with its bookmark

        // Undo from the message bar.
        f.panel->messageBar()->actionButtons().first()->click();
        QCOMPARE(f.store.count(), 3);
        QCOMPARE(f.store.bookmarks().at(1), beta); // same place, same id, same data
        QTRY_VERIFY(f.keys.contains(beta.id));
        QVERIFY(f.hasKey(beta.id));
        QVERIFY(!f.panel->messageBar()->isVisible());

        // Redo and undo through the stack (Ctrl+Z / Ctrl+Shift+Z).
        f.panel->undoStack()->redo();
        QCOMPARE(f.store.count(), 2);
        QTRY_VERIFY(!f.keys.contains(beta.id));
        f.panel->undoStack()->undo();
        QCOMPARE(f.store.count(), 3);
        QTRY_VERIFY(f.keys.contains(beta.id));

        // Deleted again, undone through the stack (what Ctrl+Z does) instead of the notice's
        // button: the notice goes too.
        QVERIFY(f.panel->selectBookmark(beta.id));
        QTest::keyClick(f.panel->view(), Qt::Key_Delete);
        QTRY_COMPARE(f.store.count(), 2);
        QVERIFY(f.panel->messageBar()->isVisible());
        f.panel->undoStack()->undo();
        QCOMPARE(f.store.count(), 3);
        QVERIFY(!f.panel->messageBar()->isVisible());
        QTRY_VERIFY(f.keys.contains(beta.id));

        // The file matches after all that.
        BookmarkStore reloaded(f.dir.path());
        reloaded.load();
        QCOMPARE(reloaded.bookmarks(), f.store.bookmarks());
    }

    // Issue 9 item 10: a key the keyring will not delete keeps its bookmark; the panel says why.
    void deleteKeepsBookmarkWhenTheKeyringRefuses()
    {
        QTemporaryDir dir;
        BookmarkStore store(dir.path());
        store.load();
        UndeletableKeyStore keys;
        BookmarkPanel panel(&store, &keys);
        panel.show();
        QVERIFY(store.add(Bookmark::create(QStringLiteral("Kept"), QStringLiteral("1"), Network::Mainnet)).ok());
        const QString id = store.bookmarks().first().id;
        bool written = false;
        keys.writeKey(id, Key, nullptr, [&written](const KeyResult &) { written = true; });
        QTRY_VERIFY(written);

        QVERIFY(panel.selectBookmark(id));
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QTRY_COMPARE(panel.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(panel.messageBar()->text().contains(QLatin1String("was not deleted")), qPrintable(panel.messageBar()->text()));
        QVERIFY(panel.messageBar()->text().contains(QLatin1String("Access denied")));
        QCOMPARE(store.count(), 1);
        QVERIFY(keys.contains(id));
        QCOMPARE(panel.undoStack()->count(), 0);
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("deleteBookmarkButton"))->isEnabled());
        BookmarkStore reread(dir.path());
        reread.load();
        QCOMPARE(reread.count(), 1);
    }

    // An undo the file refuses (another program holds its lock) says so instead of quietly
    // leaving the bookmark deleted.
    void undoRefusedByTheFileSaysSo()
    {
        Fixture f;
        f.addDirect(QStringLiteral("Gone"), QStringLiteral("1"));
        QVERIFY(f.panel->selectBookmark(f.store.bookmarks().first().id));
        f.panel->deleteCurrent();
        QTRY_COMPARE(f.store.count(), 0);

        QLockFile other(f.store.lockFilePath());
        QVERIFY(other.tryLock(0));
        f.store.setLockTimeout(std::chrono::milliseconds(50));
        f.panel->messageBar()->actionButtons().first()->click();
        QCOMPARE(f.store.count(), 0);
        QVERIFY(f.panel->messageBar()->isVisible());
        QCOMPARE(f.panel->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(f.panel->messageBar()->text().contains(QStringLiteral("“Gone” could not be restored")),
                 qPrintable(f.panel->messageBar()->text()));
        QVERIFY(f.panel->messageBar()->text().contains(QLatin1String("locked")));
    }

    void enterLoadsTheBookmark()
    {
        Fixture f;
        f.addDirect(QStringLiteral("Alpha"), QStringLiteral("1"));
        f.addDirect(QStringLiteral("Beta"), QStringLiteral("2"));
        QSignalSpy activated(f.panel.get(), &BookmarkPanel::bookmarkActivated);

        const Bookmark beta = f.store.bookmarks().at(1);
        QVERIFY(f.panel->selectBookmark(beta.id));
        f.panel->view()->setFocus();
        QTest::keyClick(f.panel->view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<Bookmark>(), beta);

        // From the search field: type, Enter opens the first match.
        f.panel->view()->setCurrentIndex(QModelIndex());
        QTest::keyClicks(f.panel->searchField(), QStringLiteral("alp"));
        QTest::keyClick(f.panel->searchField(), Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().value<Bookmark>().label, QStringLiteral("Alpha"));

        // Down moves from the search field into the list.
        f.panel->view()->setCurrentIndex(QModelIndex());
        QTest::keyClick(f.panel->searchField(), Qt::Key_Down);
        QVERIFY(f.panel->view()->currentIndex().isValid());
        QCOMPARE(activated.size(), 2);
    }

    // Another program changed the file and the store reloaded it: the panel keeps the same
    // bookmark selected (by id), although rows moved and the model was reset.
    void reloadKeepsSelectionById()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.panel->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.addDirect(QStringLiteral("Beta"), QStringLiteral("2"));
        f.addDirect(QStringLiteral("Gamma"), QStringLiteral("3"));
        const Bookmark gamma = f.store.bookmarks().at(1);
        QVERIFY(f.panel->selectBookmark(gamma.id));

        BookmarkStore other(f.dir.path());
        other.load();
        QVERIFY(other.add(Bookmark::create(QStringLiteral("Alpha"), QStringLiteral("1"), Network::Mainnet)).ok());
        QVERIFY(!other.remove(f.store.bookmarks().at(0).id).has_value());
        QSignalSpy reset(f.panel->proxyModel(), &QAbstractItemModel::modelReset);
        f.store.reload();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(f.panel->proxyModel()->rowCount(), 2);
        QVERIFY(f.panel->currentBookmark().has_value());
        QCOMPARE(f.panel->currentBookmark()->id, gamma.id);
        QVERIFY(f.panel->view()->selectionModel()->isRowSelected(f.panel->view()->currentIndex().row(), {}));

        // Nothing new on disk (e.g. the store's own write coming back): no reset at all.
        f.store.reload();
        QCOMPARE(reset.size(), 1);
    }

    void readOnlyStoreDisablesChanges()
    {
        QTemporaryDir dir;
        {
            QFile file(QDir(dir.path()).filePath(QStringLiteral("bookmarks.json")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"schema\":99,\"bookmarks\":[]}");
        }
        BookmarkStore store(dir.path());
        store.load();
        BookmarkPanel panel(&store, nullptr);
        panel.show();
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("addBookmarkButton"))->isEnabled());
        QVERIFY(panel.messageBar()->isVisible());
        QCOMPARE(panel.messageBar()->text(), store.readOnlyReason());
    }

    void corruptFileMessageShown()
    {
        QTemporaryDir dir;
        {
            QFile file(QDir(dir.path()).filePath(QStringLiteral("bookmarks.json")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{not json");
        }
        BookmarkStore store(dir.path());
        store.load();
        BookmarkPanel panel(&store, nullptr);
        panel.show();
        QVERIFY(panel.messageBar()->isVisible());
        QVERIFY(panel.messageBar()->text().contains(QLatin1String("corrupt-")));
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("addBookmarkButton"))->isEnabled());
    }
};

QTEST_MAIN(TestBookmarkPanel)
#include "test_bookmarkpanel.moc"
