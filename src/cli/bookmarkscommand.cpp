#include "bookmarkscommand.h"

#include "apikeysource.h"
#include "console.h"
#include "exitcode.h"

#include "core/address.h"
#include "core/bookmarkstore.h"
#include "core/walletexport.h"
#include "secrets/keychainkeystore.h"

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

bool printLine(const QString &line)
{
    return Console::writeStdout((line + QLatin1Char('\n')).toUtf8());
}

// Labels and notes are the user's text, but a terminal must not be steered by them.
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar(0xFFFD);
    }
    return text;
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
std::unique_ptr<BookmarkStore> openStore()
{
    auto store = std::make_unique<BookmarkStore>();
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

// The whole bookmarks document on stdout (list --format json, export -).
int writeDocument(const BookmarkStore &store)
{
    const Result<QByteArray> document = store.exportJson();
    if (!document)
        return failWith(document.error());
    return Console::writeStdout(*document) ? ExitOk : ExitOutput;
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
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};

    QList<QCommandLineOption> all() const
    {
        return {format, label, accountId, address, network, baseUrl, tokens, note, storeKey, apiKeyFile, help};
    }
};

// --network / --base-url → network and URL (default mainnet).
Result<std::pair<Network, QUrl>> networkFrom(const QCommandLineParser &parser, const CommonOptions &o,
                                             std::optional<Network> fallback = std::nullopt)
{
    if (parser.isSet(o.network) && parser.isSet(o.baseUrl))
        return usage(tr("use either --network or --base-url, not both"));
    if (parser.isSet(o.baseUrl)) {
        const QUrl url(parser.value(o.baseUrl), QUrl::StrictMode);
        const Result<QUrl> valid = validateBaseUrl(url);
        if (!valid)
            return valid.error();
        return std::make_pair(Network::Custom, *valid);
    }
    if (parser.isSet(o.network)) {
        const std::optional<Network> network = networkFromName(parser.value(o.network));
        if (!network)
            return usage(tr("--network must be mainnet or test (or use --base-url)"));
        return std::make_pair(*network, defaultBaseUrl(*network));
    }
    const Network network = fallback.value_or(Network::Mainnet);
    return std::make_pair(network, defaultBaseUrl(network));
}

// Writes the key first, so that a refused key leaves the bookmarks unchanged.
std::optional<Error> storeKey(const QString &bookmarkId, const QString &key)
{
    KeychainKeyStore keys;
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

void forgetKey(const QString &bookmarkId)
{
    KeychainKeyStore keys;
    waitForKey([&](KeyStore::Callback done) { keys.deleteKey(bookmarkId, nullptr, std::move(done)); });
}

// Adds `bookmark`, and its key when one is given; either both or neither.
int addWithKey(BookmarkStore &store, const Bookmark &bookmark, const QString &key)
{
    if (std::optional<Error> invalid = bookmark.validate())
        return failWith(*invalid);
    if (!key.isEmpty()) {
        if (std::optional<Error> error = storeKey(bookmark.id, key))
            return failWith(*error);
    }
    const Result<Bookmark> added = store.add(bookmark);
    if (!added) {
        if (!key.isEmpty())
            forgetKey(bookmark.id);
        return failWith(added.error());
    }
    printLine(tr("Added bookmark “%1” (%2).").arg(printable(added->label), added->id));
    if (!key.isEmpty())
        printLine(tr("Stored its API key in the system keyring."));
    return ExitOk;
}

int runList(const QCommandLineParser &parser, const CommonOptions &o, const QStringList &positional)
{
    if (!positional.isEmpty())
        return failWith(usage(tr("unexpected argument '%1'").arg(positional.constFirst())));
    const QString format = parser.isSet(o.format) ? parser.value(o.format) : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return failWith(usage(tr("--format must be table or json")));
    const std::unique_ptr<BookmarkStore> store = openStore();
    if (format == QLatin1String("json"))
        return writeDocument(*store);

    if (store->count() == 0)
        return printLine(tr("No bookmarks.")) ? ExitOk : ExitOutput;
    QList<QStringList> rows{{tr("LABEL"), tr("ACCOUNT"), tr("NETWORK"), tr("TOKENS")}};
    for (const Bookmark &bookmark : store->bookmarks()) {
        const QString network = bookmark.network == Network::Custom ? bookmark.effectiveBaseUrl().toString()
                                                                    : networkKey(bookmark.network);
        rows.append({printable(bookmark.label), printable(bookmark.account), network,
                     bookmark.tokens.isEmpty() ? tr("all") : printable(bookmark.tokens)});
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
    return Console::writeStdout(text.toUtf8()) ? ExitOk : ExitOutput;
}

int runAdd(const QCommandLineParser &parser, const CommonOptions &o, const QStringList &positional,
           const QProcessEnvironment &environment)
{
    if (!positional.isEmpty())
        return failWith(usage(tr("unexpected argument '%1'").arg(positional.constFirst())));
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

    const std::unique_ptr<BookmarkStore> store = openStore();
    return addWithKey(*store, bookmark, key);
}

int runRemove(const QStringList &positional)
{
    if (positional.size() != 1)
        return failWith(usage(tr("remove needs one LABEL or ID")));
    const std::unique_ptr<BookmarkStore> store = openStore();
    const std::optional<Bookmark> bookmark = store->findByLabelOrId(positional.constFirst());
    if (!bookmark)
        return failWith(usage(tr("no bookmark named '%1' (see: loopview-cli bookmarks list)").arg(positional.constFirst())));
    if (std::optional<Error> error = store->remove(bookmark->id))
        return failWith(*error);
    // Its key goes too; a keyring that is not there has nothing to remove.
    KeychainKeyStore keys;
    const KeyResult deleted = waitForKey([&](KeyStore::Callback done) {
        keys.deleteKey(bookmark->id, nullptr, std::move(done));
    });
    if (!deleted.ok())
        Console::warning(tr("the bookmark's API key could not be removed from the keyring: %1").arg(deleted.message));
    return printLine(tr("Removed bookmark “%1”.").arg(printable(bookmark->label))) ? ExitOk : ExitOutput;
}

int importWalletExport(const QString &path, const QCommandLineParser &parser, const CommonOptions &o)
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

    const std::unique_ptr<BookmarkStore> store = openStore();
    std::optional<Bookmark> existing;
    for (const Bookmark &candidate : store->bookmarks()) {
        if (candidate.sameAccountAs(bookmark))
            existing = candidate;
    }
    QString key;
    if (parsed->hasApiKey()) {
        Console::setSecret(parsed->apiKey);
        if (parser.isSet(o.storeKey))
            key = parsed->apiKey;
        else
            printLine(tr("The export's API key was not stored; add --store-key to keep it in the system keyring."));
    }
    if (!existing)
        return addWithKey(*store, bookmark, key);

    printLine(tr("Already bookmarked as “%1”.").arg(printable(existing->label)));
    if (key.isEmpty())
        return ExitOk;
    if (std::optional<Error> error = storeKey(existing->id, key))
        return failWith(*error);
    printLine(tr("Stored its API key in the system keyring."));
    return ExitOk;
}

int runImport(const QCommandLineParser &parser, const CommonOptions &o, const QStringList &positional)
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
        return importWalletExport(path, parser, o);
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
                            .arg(path, incoming.error().message);
        return failWith(error);
    }
    const std::unique_ptr<BookmarkStore> store = openStore();
    const Result<BookmarkStore::ImportReport> report = store->importBookmarks(*incoming);
    if (!report)
        return failWith(report.error());
    QString line = tr("Imported %n bookmark(s)", report->added);
    if (report->skippedDuplicates > 0)
        line += QStringLiteral("; ") + tr("%n already present", report->skippedDuplicates);
    return printLine(line + QLatin1Char('.')) ? ExitOk : ExitOutput;
}

int runExport(const QStringList &positional)
{
    if (positional.size() != 1)
        return failWith(usage(tr("export needs one FILE (or - for standard output)")));
    const std::unique_ptr<BookmarkStore> store = openStore();
    if (positional.constFirst() == QLatin1String("-"))
        return writeDocument(*store);
    if (std::optional<Error> error = store->exportToFile(positional.constFirst()))
        return failWith(*error);
    return printLine(tr("Exported %n bookmark(s) to %1 (without API keys).", store->count())
                         .arg(QDir::toNativeSeparators(positional.constFirst())))
        ? ExitOk
        : ExitOutput;
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
              "Bookmarks are shared with the Loopview window. API keys live in the system keyring\n"
              "only (--store-key), never in the bookmarks file or an export. import takes a Loopview\n"
              "bookmarks file or a Loopring wallet \"Export Account\" file; the wallet's private key\n"
              "is ignored. balances --bookmark takes the key from --api-key-file if given, else the\n"
              "bookmark's stored key, else LOOPVIEW_API_KEY.\n");
}

std::optional<int> runBookmarksCommandIfRequested(const QStringList &arguments,
                                                  const QProcessEnvironment &environment)
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
        return failWith(usage(parser.errorText()));
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(o.help))
        return Console::writeStdout(bookmarksHelpText().toUtf8()) ? ExitOk : ExitOutput;
    if (positional.isEmpty())
        return failWith(usage(tr("missing subcommand: list, add, remove, import or export (see bookmarks --help)")));
    const QString subcommand = positional.takeFirst();

    // Options that make no sense for a subcommand are refused rather than silently ignored.
    const QHash<QString, QStringList> allowed{
        {QStringLiteral("list"), {QStringLiteral("format")}},
        {QStringLiteral("add"),
         {QStringLiteral("label"), QStringLiteral("account-id"), QStringLiteral("address"), QStringLiteral("network"),
          QStringLiteral("base-url"), QStringLiteral("tokens"), QStringLiteral("note"), QStringLiteral("store-key"),
          QStringLiteral("api-key-file")}},
        {QStringLiteral("remove"), {}},
        {QStringLiteral("import"),
         {QStringLiteral("label"), QStringLiteral("network"), QStringLiteral("base-url"), QStringLiteral("tokens"),
          QStringLiteral("note"), QStringLiteral("store-key")}},
        {QStringLiteral("export"), {}},
    };
    if (!allowed.contains(subcommand))
        return failWith(usage(tr("unknown bookmarks subcommand '%1': use list, add, remove, import or export").arg(subcommand)));
    for (const QString &name : parser.optionNames()) {
        if (!allowed.value(subcommand).contains(name))
            return failWith(usage(tr("--%1 does not apply to bookmarks %2").arg(name, subcommand)));
    }

    if (subcommand == QLatin1String("list"))
        return runList(parser, o, positional);
    if (subcommand == QLatin1String("add"))
        return runAdd(parser, o, positional, environment);
    if (subcommand == QLatin1String("remove"))
        return runRemove(positional);
    if (subcommand == QLatin1String("import"))
        return runImport(parser, o, positional);
    return runExport(positional);
}

namespace {

bool isOption(const QString &argument, QLatin1String name)
{
    return argument == name || argument.startsWith(name + QLatin1Char('='));
}

} // namespace

Result<BookmarkSelection> applyBookmarkOption(const QStringList &arguments)
{
    BookmarkSelection selection;
    const QLatin1String bookmarkOption("--bookmark");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == bookmarkOption) {
            if (i + 1 >= arguments.size())
                return usage(tr("--bookmark needs a LABEL"));
            selection.label = arguments.at(++i);
        } else if (argument.startsWith(bookmarkOption + QLatin1Char('='))) {
            selection.label = argument.mid(bookmarkOption.size() + 1);
        } else {
            selection.arguments.append(argument);
        }
    }
    if (selection.label.isNull())
        return selection; // no --bookmark: nothing to do
    if (selection.label.trimmed().isEmpty())
        return usage(tr("--bookmark needs a LABEL"));
    if (!selection.arguments.contains(QStringLiteral("balances")))
        return usage(tr("--bookmark applies to the balances command only"));

    bool apiKeyFileGiven = false;
    bool demo = false;
    bool tokensGiven = false;
    for (const QString &argument : std::as_const(selection.arguments)) {
        for (const char *conflicting : {"--account-id", "--address", "--base-url", "--network"}) {
            if (isOption(argument, QLatin1String(conflicting)))
                return usage(tr("--bookmark already sets %1; leave it out").arg(QLatin1String(conflicting)));
        }
        apiKeyFileGiven = apiKeyFileGiven || isOption(argument, QLatin1String("--api-key-file"));
        demo = demo || argument == QLatin1String("--demo");
        tokensGiven = tokensGiven || isOption(argument, QLatin1String("--tokens"));
    }

    const std::unique_ptr<BookmarkStore> store = openStore();
    const std::optional<Bookmark> bookmark = store->findByLabelOrId(selection.label);
    if (!bookmark)
        return usage(tr("no bookmark named '%1' (see: loopview-cli bookmarks list)").arg(selection.label));

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
                             .arg(bookmark->label, filter->symbols.join(QStringLiteral(", "))));
        }
        QStringList ids;
        for (int id : filter->ids)
            ids.append(QString::number(id));
        selection.arguments << QStringLiteral("--tokens") << ids.join(QLatin1Char(','));
    }

    if (!apiKeyFileGiven && !demo) {
        KeychainKeyStore keys;
        const KeyResult read = waitForKey([&](KeyStore::Callback done) {
            keys.readKey(bookmark->id, nullptr, std::move(done));
        });
        if (read.ok())
            selection.apiKey = read.key;
        else if (read.status == KeyResult::Status::Failed)
            Console::warning(tr("the keyring refused the bookmark's API key (%1); using LOOPVIEW_API_KEY")
                                 .arg(read.message));
    }
    return selection;
}

} // namespace loopview::cli
