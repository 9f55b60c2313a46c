#include "bookmarkscommand.h"

#include "apikeysource.h"
#include "cliarguments.h"
#include "console.h"
#include "exitcode.h"
#include "outputtarget.h"

#include "core/address.h"
#include "core/apikey.h"
#include "core/bookmarkstore.h"
#include "core/printabletext.h"
#include "core/walletexport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loopview::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("loopview::cli::BookmarksCommand", text, nullptr, n);
}

Error usage(const QString &message)
{
    return Error::input(message);
}

// Prints the error line and returns its exit status.
int failWith(const Error &error)
{
    Console::error(describeError(error));
    return exitCodeFor(error.kind);
}

// A line on the way, such as a notice before the result: a failure shows in the final line.
bool printLine(const QString &line)
{
    return Console::writeStdout((line + QLatin1Char('\n')).toUtf8());
}

// The line that ends a command; when stdout cannot take it, the one error line and exit 6.
int printResult(const QString &line)
{
    return OutputTarget().writeOrReport((line + QLatin1Char('\n')).toUtf8());
}

// Waits for one asynchronous keyring answer.
KeyResult waitForKey(const std::function<void(KeyStore::Callback)> &start)
{
    QEventLoop loop;
    std::optional<KeyResult> result;
    start([&](const KeyResult &answer) {
        result = answer;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

// The store, loaded, with its load problems reported on stderr (they do not stop the command).
// A change re-reads the file under its lock and may find it damaged meanwhile: that is reported
// the same way, once.
std::unique_ptr<BookmarkStore> openStore(std::chrono::milliseconds lockTimeout)
{
    auto store = std::make_unique<BookmarkStore>();
    store->setLockTimeout(lockTimeout);
    BookmarkStore *raw = store.get();
    QObject::connect(raw, &BookmarkStore::bookmarksReset, raw, [raw, reported = QString()]() mutable {
        const QString &message = raw->lastLoadReport().message;
        if (!message.isEmpty() && message != reported)
            Console::warning(message);
        reported = message;
    });
    store->load();
    return store;
}

// The whole bookmarks document (list --format json, export), on stdout unless told otherwise.
int writeDocument(const BookmarkStore &store, const OutputTarget &target = OutputTarget())
{
    const Result<QByteArray> document = store.exportJson();
    if (!document)
        return failWith(document.error());
    return target.writeOrReport(*document);
}

struct CommonOptions {
    QCommandLineOption format{QStringLiteral("format"), tr("list: table (default) or json."),
                              QStringLiteral("table|json")};
    QCommandLineOption label{QStringLiteral("label"), tr("The bookmark's name."), QStringLiteral("LABEL")};
    QCommandLineOption accountId{QStringLiteral("account-id"), tr("Loopring L2 account id."),
                                 QStringLiteral("N")};
    QCommandLineOption address{QStringLiteral("address"), tr("L1 owner address."), QStringLiteral("0x…")};
    QCommandLineOption network{QStringLiteral("network"), tr("mainnet (default) or test."),
                               QStringLiteral("mainnet|test")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"), tr("A custom service URL."), QStringLiteral("URL")};
    QCommandLineOption tokens{QStringLiteral("tokens"), tr("Token filter: ids or symbols, comma-separated."),
                              QStringLiteral("LIST")};
    QCommandLineOption note{QStringLiteral("note"), tr("A note for yourself."), QStringLiteral("TEXT")};
    QCommandLineOption storeKey{QStringLiteral("store-key"),
                                tr("Keep the API key in the system keyring for this bookmark.")};
    QCommandLineOption apiKeyFile{QStringLiteral("api-key-file"),
                                  tr("With add --store-key: read the key from FILE instead of LOOPVIEW_API_KEY."),
                                  QStringLiteral("FILE")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               tr("The longest wait, in seconds, for the system keyring or for another "
                                  "program's lock on the bookmarks file (default 15)."),
                               QStringLiteral("SECONDS")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};

    QList<QCommandLineOption> all() const
    {
        return {format, label, accountId, address, network, baseUrl, tokens, note, storeKey, apiKeyFile, timeout,
                help};
    }
};

// What every subcommand works with besides its options: how long it may wait (for the keyring
// and for the bookmarks file's lock) and how it reaches the keyring.
struct Session {
    std::chrono::milliseconds timeout;
    KeyringFactory keyring;

    std::unique_ptr<KeychainKeyStore> openKeyring() const { return keyring(timeout); }
    std::unique_ptr<BookmarkStore> openStore() const { return cli::openStore(timeout); }
};

// A bookmark's label inside a message: the user's text, but it came from a file.
QString labelText(const Bookmark &bookmark)
{
    return printableText(bookmark.label, printable::EchoLength);
}

// --network / --base-url → network and URL (default mainnet).
Result<std::pair<Network, QUrl>> networkFrom(const QCommandLineParser &parser, const CommonOptions &o,
                                             std::optional<Network> fallback = std::nullopt)
{
    if (parser.isSet(o.network) && parser.isSet(o.baseUrl))
        return usage(tr("use either --network or --base-url, not both"));
    if (parser.isSet(o.baseUrl)) {
        const Result<QUrl> valid = parseBaseUrl(parser.value(o.baseUrl));
        if (!valid)
            return usage(tr("--base-url: %1").arg(valid.error().message));
        return std::make_pair(Network::Custom, *valid);
    }
    if (parser.isSet(o.network)) {
        const std::optional<Network> network = publishedNetworkFromKey(parser.value(o.network));
        if (!network)
            return usage(tr("--network must be mainnet or test (or use --base-url)"));
        return std::make_pair(*network, defaultBaseUrl(*network));
    }
    const Network network = fallback.value_or(Network::Mainnet);
    return std::make_pair(network, defaultBaseUrl(network));
}

// Writes the key. A refusal, a keyring that does not answer, or one that keeps keys only in memory
// (gone when this process exits) is an Io error: the caller changes nothing then.
std::optional<Error> storeKey(KeychainKeyStore &keys, const QString &bookmarkId, const QString &key)
{
    const KeyResult written = waitForKey([&](KeyStore::Callback done) {
        keys.writeKey(bookmarkId, key, nullptr, std::move(done));
    });
    if (!written.ok())
        return Error::io(tr("the API key could not be stored in the keyring: %1").arg(written.message));
    if (!written.persistent) {
        // A CLI process ends right away: a memory-only key would be gone before it could be used.
        return Error::io(tr("no system keyring available (%1): the API key cannot be stored; "
                            "use LOOPVIEW_API_KEY instead")
                             .arg(keys.fallbackReason()));
    }
    return std::nullopt;
}

KeyResult deleteKey(KeychainKeyStore &keys, const QString &bookmarkId)
{
    return waitForKey([&](KeyStore::Callback done) { keys.deleteKey(bookmarkId, nullptr, std::move(done)); });
}

KeyResult readKey(KeychainKeyStore &keys, const QString &bookmarkId)
{
    KeyResult read = waitForKey([&](KeyStore::Callback done) { keys.readKey(bookmarkId, nullptr, std::move(done)); });
    if (read.ok())
        Console::setSecret(read.key);
    return read;
}

// Adds `bookmark`, and its key when one is given; either both or neither. The key is written
// first, so a refused key leaves the bookmarks unchanged; a bookmark the file then refuses takes
// its key out of the keyring again.
int addWithKey(const Session &session, BookmarkStore &store, const Bookmark &bookmark, const QString &key)
{
    if (std::optional<Error> invalid = bookmark.validate())
        return failWith(*invalid);
    std::unique_ptr<KeychainKeyStore> keys;
    if (!key.isEmpty()) {
        keys = session.openKeyring();
        if (std::optional<Error> error = storeKey(*keys, bookmark.id, key))
            return failWith(*error);
    }
    const Result<Bookmark> added = store.add(bookmark);
    if (!added) {
        if (keys) {
            const KeyResult removed = deleteKey(*keys, bookmark.id);
            if (!removed.ok()) {
                Console::warning(tr("the API key stored for the bookmark that was not added could not be "
                                    "removed from the keyring again: %1")
                                     .arg(removed.message));
            }
        }
        return failWith(added.error());
    }
    printLine(tr("Added bookmark “%1” (%2).").arg(labelText(*added), added->id));
    if (!key.isEmpty())
        printLine(tr("Stored its API key in the system keyring."));
    return ExitOk;
}

int runList(const Session &session, const QCommandLineParser &parser, const CommonOptions &o,
            const QStringList &positional)
{
    if (!positional.isEmpty())
        return failWith(usage(tr("unexpected argument '%1'").arg(printableEcho(positional.constFirst()))));
    const QString format = parser.isSet(o.format) ? parser.value(o.format) : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return failWith(usage(tr("--format must be table or json")));
    const std::unique_ptr<BookmarkStore> store = session.openStore();
    if (format == QLatin1String("json"))
        return writeDocument(*store);

    if (store->count() == 0)
        return printResult(tr("No bookmarks."));
    QList<QStringList> rows{{tr("LABEL"), tr("ACCOUNT"), tr("NETWORK"), tr("TOKENS")}};
    for (const Bookmark &bookmark : store->bookmarks()) {
        // The file is the user's and may have been edited or sent by someone else: every field is
        // shown through printableText(), never raw.
        const QString network = bookmark.network == Network::Custom ? bookmark.effectiveBaseUrl().toString()
                                                                    : networkKey(bookmark.network);
        rows.append({printableText(bookmark.label, printable::Unlimited),
                     printableText(bookmark.account, printable::Unlimited),
                     printableText(network, printable::Unlimited),
                     bookmark.tokens.isEmpty() ? tr("all") : printableText(bookmark.tokens, printable::Unlimited)});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        text += line.trimmed() + QLatin1Char('\n');
    }
    return OutputTarget().writeOrReport(text.toUtf8());
}

int runAdd(const Session &session, const QCommandLineParser &parser, const CommonOptions &o,
           const QStringList &positional, const QProcessEnvironment &environment)
{
    if (!positional.isEmpty())
        return failWith(usage(tr("unexpected argument '%1'").arg(printableEcho(positional.constFirst()))));
    if (!parser.isSet(o.label) || parser.value(o.label).trimmed().isEmpty())
        return failWith(usage(tr("add needs --label LABEL")));
    if (parser.isSet(o.accountId) == parser.isSet(o.address))
        return failWith(usage(tr("add needs exactly one of --account-id N or --address 0x…")));
    const Result<std::pair<Network, QUrl>> network = networkFrom(parser, o);
    if (!network)
        return failWith(network.error());

    // Resolve the key before touching the store, so a missing key changes nothing.
    QString key;
    if (parser.isSet(o.storeKey)) {
        const Result<QString> resolved = ApiKeySource::resolve(parser.value(o.apiKeyFile), environment);
        if (!resolved)
            return failWith(resolved.error());
        key = *resolved;
        Console::setSecret(key);
    } else if (parser.isSet(o.apiKeyFile)) {
        return failWith(usage(tr("--api-key-file is only used with --store-key")));
    }

    const QString account = parser.isSet(o.accountId) ? parser.value(o.accountId) : parser.value(o.address);
    Bookmark bookmark = Bookmark::create(parser.value(o.label).trimmed(), account.trimmed(), network->first,
                                         network->second);
    bookmark.tokens = parser.value(o.tokens).trimmed();
    bookmark.note = parser.value(o.note).trimmed();

    const std::unique_ptr<BookmarkStore> store = session.openStore();
    return addWithKey(session, *store, bookmark, key);
}

int runRemove(const Session &session, const QStringList &positional)
{
    if (positional.size() != 1)
        return failWith(usage(tr("remove needs one LABEL or ID")));
    const std::unique_ptr<BookmarkStore> store = session.openStore();
    const std::optional<Bookmark> bookmark = store->findByLabelOrId(positional.constFirst());
    if (!bookmark)
        return failWith(usage(tr("no bookmark named '%1' (see: loopview-cli bookmarks list)").arg(printableEcho(positional.constFirst()))));

    // The key goes first. A keyring that refuses, or does not answer in time, leaves both the
    // bookmark and its key where they are: never a "Removed" with the key still in the keyring.
    // (A machine without any keyring has no key to remove; that is not a failure.) The key is
    // read first so that it can be put back if the bookmarks file then refuses the change.
    const std::unique_ptr<KeychainKeyStore> keys = session.openKeyring();
    const KeyResult stored = readKey(*keys, bookmark->id);
    const KeyResult deleted = stored.status == KeyResult::Status::TimedOut
                                  || stored.status == KeyResult::Status::Failed
                              ? stored
                              : deleteKey(*keys, bookmark->id);
    if (!deleted.ok()) {
        return failWith(Error::io(tr("bookmark “%1” was not removed: its API key could not be removed from "
                                     "the keyring (%2)")
                                      .arg(labelText(*bookmark), deleted.message)));
    }
    if (std::optional<Error> error = store->remove(bookmark->id)) {
        if (stored.ok()) {
            if (std::optional<Error> restored = storeKey(*keys, bookmark->id, stored.key))
                Console::warning(tr("its API key was removed from the keyring and could not be put back: %1")
                                     .arg(restored->message));
        }
        return failWith(*error);
    }
    return printResult(tr("Removed bookmark “%1”.").arg(labelText(*bookmark)));
}

// The export's key for an account that is already bookmarked: never replaces a stored key without
// saying so.
int storeKeyOfExisting(const Session &session, const Bookmark &existing, const QString &key)
{
    const std::unique_ptr<KeychainKeyStore> keys = session.openKeyring();
    const KeyResult stored = readKey(*keys, existing.id);
    if (stored.status == KeyResult::Status::TimedOut || stored.status == KeyResult::Status::Failed) {
        return failWith(Error::io(tr("cannot tell whether an API key is stored for “%1” (%2); nothing was "
                                     "changed")
                                      .arg(labelText(existing), stored.message)));
    }
    if (stored.ok() && stored.key == key)
        return printResult(tr("Its API key is already stored in the system keyring."));
    if (std::optional<Error> error = storeKey(*keys, existing.id, key))
        return failWith(*error);
    if (stored.ok()) {
        Console::warning(tr("replaced the API key stored for “%1” with the one from the wallet export")
                             .arg(labelText(existing)));
    }
    return printResult(tr("Stored its API key in the system keyring."));
}

int importWalletExport(const Session &session, const QString &path, const QCommandLineParser &parser,
                       const CommonOptions &o)
{
    Result<WalletExport> parsed = readWalletExportFile(path);
    if (!parsed) {
        Error error = parsed.error();
        if (error.kind == ErrorKind::Io)
            error.kind = ErrorKind::Input; // an unreadable input file is the caller's to fix
        return failWith(error);
    }
    if (parsed->containedPrivateKey)
        printLine(tr("The export's private key was ignored: Loopview never stores or shows it."));

    const Result<std::pair<Network, QUrl>> network = networkFrom(parser, o, parsed->networkHint());
    if (!network)
        return failWith(network.error());
    Bookmark bookmark = parsed->toBookmark(parser.value(o.label), network->first, network->second);
    if (parser.isSet(o.tokens))
        bookmark.tokens = parser.value(o.tokens).trimmed();
    if (parser.isSet(o.note))
        bookmark.note = parser.value(o.note).trimmed();

    const std::unique_ptr<BookmarkStore> store = session.openStore();
    std::optional<Bookmark> existing;
    for (const Bookmark &candidate : store->bookmarks()) {
        if (candidate.sameAccountAs(bookmark))
            existing = candidate;
    }
    QString key;
    if (parsed->hasApiKey()) {
        Console::setSecret(parsed->apiKey);
        if (parser.isSet(o.storeKey)) {
            // The same check as every other key that enters: nothing unusable goes to the keyring.
            const Result<QString> valid = validateApiKey(parsed->apiKey, tr("the wallet export"));
            if (!valid)
                return failWith(valid.error());
            key = *valid;
        } else {
            printLine(tr("The export's API key was not stored; add --store-key to keep it in the system keyring."));
        }
    }
    if (!existing)
        return addWithKey(session, *store, bookmark, key);

    printLine(tr("Already bookmarked as “%1”.").arg(labelText(*existing)));
    if (key.isEmpty())
        return ExitOk;
    return storeKeyOfExisting(session, *existing, key);
}

int runImport(const Session &session, const QCommandLineParser &parser, const CommonOptions &o,
              const QStringList &positional)
{
    if (positional.size() != 1)
        return failWith(usage(tr("import needs one FILE")));
    const QString path = positional.constFirst();
    Result<QByteArray> read = BookmarkStore::readImportFile(path);
    if (!read)
        return failWith(read.error());
    QByteArray &bytes = read.value();

    if (looksLikeWalletExport(bytes)) {
        bytes.fill('\0'); // it holds a private key; the wallet parser reads the file itself
        return importWalletExport(session, path, parser, o);
    }
    if (parser.isSet(o.storeKey))
        return failWith(usage(tr("--store-key applies to wallet exports only: bookmark files carry no keys")));
    // A bookmarks file brings its own labels, services, filters and notes: say so rather than
    // silently dropping options the user expected to apply.
    for (const QCommandLineOption *option : {&o.label, &o.network, &o.baseUrl, &o.tokens, &o.note}) {
        if (parser.isSet(*option))
            return failWith(usage(tr("--%1 applies to wallet exports only: a bookmarks file keeps its own")
                                      .arg(option->names().constFirst())));
    }
    const Result<QList<Bookmark>> incoming = BookmarkStore::parseBookmarksJson(bytes);
    if (!incoming) {
        Error error = incoming.error();
        error.kind = ErrorKind::Input;
        error.message = tr("%1 is neither a Loopview bookmarks file nor a Loopring wallet export: %2")
                            .arg(printableEcho(path), incoming.error().message);
        return failWith(error);
    }
    const std::unique_ptr<BookmarkStore> store = session.openStore();
    const Result<BookmarkStore::ImportReport> report = store->importBookmarks(*incoming);
    if (!report)
        return failWith(report.error());
    QString line = tr("Imported %n bookmark(s)", report->added);
    if (report->skippedDuplicates > 0)
        line += QStringLiteral("; ") + tr("%n already present", report->skippedDuplicates);
    return printResult(line + QLatin1Char('.'));
}

int runExport(const Session &session, const QStringList &positional)
{
    if (positional.size() != 1)
        return failWith(usage(tr("export needs one FILE (or - for standard output)")));
    const std::unique_ptr<BookmarkStore> store = session.openStore();
    const OutputTarget target(positional.constFirst());
    if (const int status = writeDocument(*store, target); status != ExitOk || target.isStdout())
        return status;
    return printResult(tr("Exported %n bookmark(s) to %1 (without API keys).", store->count())
                           .arg(printableText(QDir::toNativeSeparators(target.path()), printable::EchoLength)));
}

} // namespace

QString bookmarksHelpText()
{
    return tr("Usage:\n"
              "  loopview-cli bookmarks list [--format table|json]\n"
              "  loopview-cli bookmarks add --label LABEL (--account-id N | --address 0x…)\n"
              "                             [--network mainnet|test | --base-url URL] [--tokens LIST]\n"
              "                             [--note TEXT] [--store-key [--api-key-file FILE]]\n"
              "  loopview-cli bookmarks remove LABEL|ID\n"
              "  loopview-cli bookmarks import FILE [--store-key] [--label LABEL]\n"
              "                             [--network mainnet|test | --base-url URL]\n"
              "                             [--tokens LIST] [--note TEXT]\n"
              "                             (--store-key, --label, --network, --base-url, --tokens and\n"
              "                             --note apply to wallet exports only)\n"
              "  loopview-cli bookmarks export FILE|-\n"
              "  loopview-cli balances --bookmark LABEL [balances options]\n"
              "\n"
              "Every bookmarks command takes --timeout SECONDS (default 15): the longest wait for the\n"
              "system keyring, or for another program's lock on the bookmarks file.\n"
              "\n"
              "Bookmarks are shared with the Loopview window. API keys live in the system keyring\n"
              "only (--store-key), never in the bookmarks file or an export. import takes a Loopview\n"
              "bookmarks file or a Loopring wallet \"Export Account\" file; the wallet's private key\n"
              "is ignored. balances --bookmark takes the key from --api-key-file if given, else the\n"
              "bookmark's stored key, else LOOPVIEW_API_KEY. remove takes the key out of the keyring\n"
              "first and keeps the bookmark when the keyring refuses or does not answer.\n");
}

KeyringFactory systemKeyring()
{
    return [](std::chrono::milliseconds timeout) {
        return std::make_unique<KeychainKeyStore>(nullptr, timeout);
    };
}

std::optional<int> runBookmarksCommandIfRequested(const QStringList &arguments,
                                                  const QProcessEnvironment &environment,
                                                  const KeyringFactory &keyring)
{
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("bookmarks"))
        return std::nullopt;

    const CommonOptions o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(o.all());
    QStringList rest = arguments;
    rest.removeAt(1); // "bookmarks"
    if (!parser.parse(rest))
        return failWith(usage(commandLineError(parser)));
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(o.help))
        return OutputTarget().writeOrReport(bookmarksHelpText().toUtf8());
    if (std::optional<Error> repeated = repeatedValueOption(parser, o.all()))
        return failWith(*repeated);
    if (positional.isEmpty())
        return failWith(usage(tr("missing subcommand: list, add, remove, import or export (see bookmarks --help)")));
    const QString subcommand = positional.takeFirst();

    // Options that make no sense for a subcommand are refused rather than silently ignored.
    const QString timeout = QStringLiteral("timeout");
    const QHash<QString, QStringList> allowed{
        {QStringLiteral("list"), {QStringLiteral("format"), timeout}},
        {QStringLiteral("add"),
         {QStringLiteral("label"), QStringLiteral("account-id"), QStringLiteral("address"), QStringLiteral("network"),
          QStringLiteral("base-url"), QStringLiteral("tokens"), QStringLiteral("note"), QStringLiteral("store-key"),
          QStringLiteral("api-key-file"), timeout}},
        {QStringLiteral("remove"), {timeout}},
        {QStringLiteral("import"),
         {QStringLiteral("label"), QStringLiteral("network"), QStringLiteral("base-url"), QStringLiteral("tokens"),
          QStringLiteral("note"), QStringLiteral("store-key"), timeout}},
        {QStringLiteral("export"), {timeout}},
    };
    if (!allowed.contains(subcommand))
        return failWith(usage(tr("unknown bookmarks subcommand '%1': use list, add, remove, import or export").arg(printableEcho(subcommand))));
    for (const QString &name : parser.optionNames()) {
        if (!allowed.value(subcommand).contains(name))
            return failWith(usage(tr("--%1 does not apply to bookmarks %2").arg(name, subcommand)));
    }

    Session session{CliOptions().timeout, keyring};
    if (parser.isSet(o.timeout)) {
        const Result<std::chrono::milliseconds> parsed = CliArguments::parseTimeout(parser.value(o.timeout));
        if (!parsed)
            return failWith(parsed.error());
        session.timeout = *parsed;
    }

    if (subcommand == QLatin1String("list"))
        return runList(session, parser, o, positional);
    if (subcommand == QLatin1String("add"))
        return runAdd(session, parser, o, positional, environment);
    if (subcommand == QLatin1String("remove"))
        return runRemove(session, positional);
    if (subcommand == QLatin1String("import"))
        return runImport(session, parser, o, positional);
    return runExport(session, positional);
}

namespace {

bool isOption(const QString &argument, QLatin1String name)
{
    return argument == name || argument.startsWith(name + QLatin1Char('='));
}

} // namespace

Result<BookmarkSelection> applyBookmarkOption(const QStringList &arguments, const KeyringFactory &keyring)
{
    BookmarkSelection selection;
    const QLatin1String bookmarkOption("--bookmark");
    int given = 0;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == bookmarkOption) {
            if (i + 1 >= arguments.size())
                return usage(tr("--bookmark needs a LABEL"));
            selection.label = arguments.at(++i);
            ++given;
        } else if (argument.startsWith(bookmarkOption + QLatin1Char('='))) {
            selection.label = argument.mid(bookmarkOption.size() + 1);
            ++given;
        } else {
            selection.arguments.append(argument);
        }
    }
    // Like every option with one value: a second one would silently win over the first.
    if (given > 1)
        return usage(tr("--bookmark was given more than once; give it once"));
    if (selection.label.isNull())
        return selection; // no --bookmark: nothing to do
    if (selection.label.trimmed().isEmpty())
        return usage(tr("--bookmark needs a LABEL"));
    if (!selection.arguments.contains(QStringLiteral("balances")))
        return usage(tr("--bookmark applies to the balances command only"));

    bool apiKeyFileGiven = false;
    bool demo = false;
    bool tokensGiven = false;
    // The keyring wait is bounded by the command's --timeout (an invalid value is reported by the
    // option parser later; the default applies meanwhile).
    std::chrono::milliseconds timeout = CliOptions().timeout;
    const QLatin1String timeoutOption("--timeout");
    for (qsizetype i = 0; i < selection.arguments.size(); ++i) {
        const QString &argument = selection.arguments.at(i);
        QString value;
        if (argument == timeoutOption && i + 1 < selection.arguments.size())
            value = selection.arguments.at(i + 1);
        else if (argument.startsWith(timeoutOption + QLatin1Char('=')))
            value = argument.mid(timeoutOption.size() + 1);
        if (!value.isNull()) {
            if (const Result<std::chrono::milliseconds> parsed = CliArguments::parseTimeout(value))
                timeout = *parsed;
        }
    }
    for (const QString &argument : std::as_const(selection.arguments)) {
        for (const char *conflicting : {"--account-id", "--address", "--base-url", "--network"}) {
            if (isOption(argument, QLatin1String(conflicting)))
                return usage(tr("--bookmark already sets %1; leave it out").arg(QLatin1String(conflicting)));
        }
        apiKeyFileGiven = apiKeyFileGiven || isOption(argument, QLatin1String("--api-key-file"));
        demo = demo || argument == QLatin1String("--demo");
        tokensGiven = tokensGiven || isOption(argument, QLatin1String("--tokens"));
    }

    const std::unique_ptr<BookmarkStore> store = openStore(timeout);
    const std::optional<Bookmark> bookmark = store->findByLabelOrId(selection.label);
    if (!bookmark)
        return usage(tr("no bookmark named '%1' (see: loopview-cli bookmarks list)").arg(printableEcho(selection.label)));

    if (bookmark->network == Network::Custom)
        selection.arguments << QStringLiteral("--base-url") << bookmark->effectiveBaseUrl().toString();
    else
        selection.arguments << QStringLiteral("--network") << networkKey(bookmark->network);
    selection.arguments << (Address::looksLikeAddress(bookmark->account) ? QStringLiteral("--address")
                                                                         : QStringLiteral("--account-id"))
                        << bookmark->account;
    if (!tokensGiven && !bookmark->tokens.isEmpty()) {
        const Result<Bookmark::TokenFilter> filter = bookmark->tokenFilter();
        if (!filter)
            return filter.error();
        if (!filter->symbols.isEmpty()) {
            return usage(tr("bookmark '%1' filters tokens by symbol (%2); the command line takes token "
                            "ids: pass --tokens ID[,ID…]")
                             .arg(printableEcho(bookmark->label),
                                  printableEcho(filter->symbols.join(QStringLiteral(", ")))));
        }
        QStringList ids;
        for (int id : filter->ids)
            ids.append(QString::number(id));
        selection.arguments << QStringLiteral("--tokens") << ids.join(QLatin1Char(','));
    }

    if (!apiKeyFileGiven && !demo) {
        const std::unique_ptr<KeychainKeyStore> keys = keyring(timeout);
        const KeyResult read = readKey(*keys, bookmark->id);
        if (read.ok()) {
            selection.apiKey = read.key;
        } else if (read.status == KeyResult::Status::TimedOut) {
            // Not "no key stored": the bookmark may well have one. Quietly using LOOPVIEW_API_KEY
            // instead would send another key than the user chose for this bookmark.
            return Error::io(tr("%1 when asked for the API key of bookmark “%2”; try again, or pass "
                                "--api-key-file FILE")
                                 .arg(read.message, labelText(*bookmark)));
        } else if (read.status == KeyResult::Status::Failed) {
            Console::warning(tr("the keyring refused the bookmark's API key (%1); using LOOPVIEW_API_KEY")
                                 .arg(read.message));
        }
    }
    return selection;
}

} // namespace loopview::cli
