// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "cliarguments.h"

#include "commonoptions.h"

#include "core/price.h"
#include "core/printabletext.h"
#include "net/demobackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace loopview::cli {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::cli::CliArguments)
};

// The options every command understands, built once per parse (QCommandLineOption is cheap) so
// the parser and the help text can never disagree.
struct OptionSet {
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            Text::tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               Text::tr("Show the version and exit.")};
    QCommandLineOption baseUrl = commonoptions::baseUrl();
    QCommandLineOption network = commonoptions::network();
    QCommandLineOption accountId = commonoptions::accountId();
    QCommandLineOption address = commonoptions::address();
    QCommandLineOption tokens{QStringLiteral("tokens"),
                              Text::tr("Only these token ids, comma-separated (default: every token held)."),
                              QStringLiteral("ID[,ID…]")};
    QCommandLineOption format{QStringLiteral("format"),
                              Text::tr("Output format: table (default), csv or json."),
                              QStringLiteral("table|csv|json")};
    QCommandLineOption raw{QStringLiteral("raw"),
                           Text::tr("Amounts in base units instead of token units.")};
    QCommandLineOption record{QStringLiteral("record"),
                              Text::tr("Store the fetched balances in the history database.")};
    QCommandLineOption changes{QStringLiteral("changes"),
                               Text::tr("Add each token's change since the last recorded snapshot.")};
    QCommandLineOption output{QStringLiteral("output"),
                              Text::tr("Write to FILE (replaced atomically) instead of standard output."),
                              QStringLiteral("FILE")};
    QCommandLineOption timeout = commonoptions::timeout(
        Text::tr("Give up on a request after SECONDS (default %1).")
            .arg(std::chrono::duration_cast<std::chrono::seconds>(DefaultRequestTimeout).count()));
    QCommandLineOption demo{QStringLiteral("demo"),
                            Text::tr("Show bundled demo data: no network, no API key, account optional.")};
    QCommandLineOption currency{QStringLiteral("currency"),
                                Text::tr("Add each token's price and value in CODE (USD, CNY, …)."),
                                QStringLiteral("CODE")};
    QCommandLineOption apiKeyFile = commonoptions::apiKeyFile(
        Text::tr("Read the API key from FILE instead of LOOPVIEW_API_KEY."));
    // Described in the help text's own "Bookmarks" section rather than in the option list.
    QCommandLineOption bookmark{QStringLiteral("bookmark"), QString(), QStringLiteral("LABEL")};

    QList<const QCommandLineOption *> all() const
    {
        return {&baseUrl, &network, &accountId, &address, &tokens,     &format, &raw,    &currency,
                &record,  &changes, &output,    &timeout, &demo,       &apiKeyFile, &help, &version};
    }
    // Everything the parser reads: the listed options and --bookmark.
    QList<QCommandLineOption> parsed() const
    {
        QList<QCommandLineOption> options;
        for (const QCommandLineOption *option : all())
            options.append(*option);
        options.append(bookmark);
        return options;
    }
    // Options that only make sense for balances; `tokens` refuses them rather than ignoring them.
    QList<const QCommandLineOption *> balancesOnly() const
    {
        return {&accountId, &address, &tokens, &raw, &currency, &record, &changes, &bookmark};
    }
    // What `nfts` does not take: NFTs are not filtered by token, have no decimals, prices or history.
    QList<const QCommandLineOption *> notForNfts() const
    {
        return {&tokens, &raw, &currency, &record, &changes};
    }
    // What `history` does not take: it reads the database, asks no service and needs no key.
    QList<const QCommandLineOption *> notForHistory() const
    {
        return {&tokens, &raw, &currency, &record, &changes, &timeout, &demo, &apiKeyFile};
    }
    // What --bookmark sets itself.
    QList<const QCommandLineOption *> setByBookmark() const
    {
        return {&accountId, &address, &baseUrl, &network};
    }
};

Error usage(const QString &message)
{
    return Error::input(message);
}

Result<OutputFormat> resolveFormat(const QCommandLineParser &parser, const OptionSet &options)
{
    if (!parser.isSet(options.format))
        return OutputFormat::Table;
    const QString name = parser.value(options.format).trimmed().toLower();
    if (name == QLatin1String("table"))
        return OutputFormat::Table;
    if (name == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (name == QLatin1String("json"))
        return OutputFormat::Json;
    return usage(Text::tr("--format must be table, csv or json, not '%1'").arg(printableEcho(parser.value(options.format))));
}

Result<std::chrono::milliseconds> resolveTimeout(const QCommandLineParser &parser,
                                                 const OptionSet &options)
{
    if (!parser.isSet(options.timeout))
        return CliOptions().timeout;
    return parseTimeout(parser.value(options.timeout));
}

// The one positional argument: balances, nfts, tokens or history. The others refuse the options
// they do not take rather than ignoring them.
Result<CommandKind> resolveCommand(const QCommandLineParser &parser, const OptionSet &options)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(Text::tr("missing command: balances, nfts, tokens or history (see --help)"));
    if (positional.size() > 1)
        return usage(Text::tr("unexpected argument '%1' (see --help)").arg(printableEcho(positional.at(1))));
    const QString command = positional.constFirst();
    if (command == QLatin1String("balances"))
        return CommandKind::Balances;
    if (command == QLatin1String("history")) {
        // --bookmark names a balances query.
        if (parser.isSet(options.bookmark))
            return usage(Text::tr("--bookmark applies to the balances command only"));
        for (const QCommandLineOption *option : options.notForHistory()) {
            if (parser.isSet(*option))
                return usage(Text::tr("--%1 does not apply to the history command").arg(option->names().constLast()));
        }
        return CommandKind::History;
    }
    if (command == QLatin1String("nfts")) {
        // --bookmark names a balances query, with its token filter.
        if (parser.isSet(options.bookmark))
            return usage(Text::tr("--bookmark applies to the balances command only"));
        for (const QCommandLineOption *option : options.notForNfts()) {
            if (parser.isSet(*option))
                return usage(Text::tr("--%1 applies to the balances command only").arg(option->names().constLast()));
        }
        return CommandKind::Nfts;
    }
    if (command != QLatin1String("tokens")) {
        return usage(Text::tr("unknown command '%1': use balances, nfts, tokens or history (see --help)")
                               .arg(printableEcho(command)));
    }
    for (const QCommandLineOption *option : options.balancesOnly()) {
        if (parser.isSet(*option))
            return usage(Text::tr("--%1 applies to the balances command only").arg(option->names().constLast()));
    }
    return CommandKind::Tokens;
}

// --bookmark LABEL names the service and the account itself: the options that would say it again
// are refused, not silently overridden.
std::optional<Error> checkBookmarkOption(const QCommandLineParser &parser, const OptionSet &options)
{
    if (!parser.isSet(options.bookmark))
        return std::nullopt;
    if (parser.value(options.bookmark).trimmed().isEmpty())
        return usage(Text::tr("--bookmark needs a LABEL"));
    for (const QCommandLineOption *option : options.setByBookmark()) {
        if (parser.isSet(*option))
            return usage(Text::tr("--bookmark already sets --%1; leave it out").arg(option->names().constLast()));
    }
    return std::nullopt;
}

// --output FILE ("-" is standard output) and --api-key-file FILE.
std::optional<Error> resolvePaths(const QCommandLineParser &parser, const OptionSet &options, CliOptions &result)
{
    if (parser.isSet(options.output)) {
        result.outputPath = parser.value(options.output);
        if (result.outputPath.isEmpty())
            return usage(Text::tr("--output needs a file name"));
        if (result.outputPath == QLatin1String("-"))  // the usual spelling of "standard output"
            result.outputPath.clear();
    }
    if (parser.isSet(options.apiKeyFile)) {
        result.apiKeyFile = parser.value(options.apiKeyFile);
        if (result.apiKeyFile.isEmpty())
            return usage(Text::tr("--api-key-file needs a file name"));
    }
    return std::nullopt;
}

// The account text from --account-id / --address (or the demo account). Checking each option for
// its own kind first means `--account-id 0x…` is reported as a bad id, not silently an address.
Result<QString> resolveAccount(const QCommandLineParser &parser, const OptionSet &options, bool demo)
{
    const bool hasId = parser.isSet(options.accountId);
    const bool hasAddress = parser.isSet(options.address);
    if (hasId && hasAddress)
        return usage(Text::tr("give either --account-id or --address, not both"));

    if (hasId) {
        const QString accountText = parser.value(options.accountId).trimmed();
        Result<qint64> id = parseAccountId(accountText);
        if (!id)
            return usage(Text::tr("--account-id: %1").arg(id.error().message));
        return accountText;
    }
    if (hasAddress) {
        const QString accountText = parser.value(options.address).trimmed();
        QString reason;
        if (!Address::looksLikeAddress(accountText))
            return usage(Text::tr("--address must start with 0x followed by 40 hex digits, not '%1'")
                                   .arg(printableEcho(accountText)));
        if (!Address::parse(accountText, &reason))
            return usage(Text::tr("--address: invalid address: %1").arg(reason));
        return accountText;
    }
    if (demo) // the account of the sample data; demo mode answers with it for any account
        return QString::number(demobackend::accountId());
    return usage(Text::tr("give the account with --account-id N or --address 0x…"));
}

// --tokens ID[,ID…] when given; nullopt when not.
Result<std::optional<QList<int>>> resolveTokenIds(const QCommandLineParser &parser, const OptionSet &options)
{
    if (!parser.isSet(options.tokens))
        return std::optional<QList<int>>();
    const QString text = parser.value(options.tokens);
    if (text.trimmed().isEmpty())
        return usage(Text::tr("--tokens needs at least one token id"));
    Result<QList<int>> tokenIds = parseTokenIds(text);
    if (!tokenIds)
        return usage(Text::tr("--tokens: %1").arg(tokenIds.error().message));
    return std::optional<QList<int>>(*tokenIds);
}

// The balances part of the command line: the bookmark named, or the query typed out.
std::optional<Error> resolveBalancesTarget(const QCommandLineParser &parser, const OptionSet &options,
                                           CliOptions &result)
{
    if (parser.isSet(options.bookmark)) {
        result.bookmark = parser.value(options.bookmark);
        Result<std::optional<QList<int>>> tokenIds = resolveTokenIds(parser, options);
        if (!tokenIds)
            return tokenIds.error();
        result.tokenIds = *tokenIds;
        return std::nullopt;
    }
    Result<QString> account = resolveAccount(parser, options, result.demo);
    if (!account)
        return account.error();
    Result<std::optional<QList<int>>> tokenIds = resolveTokenIds(parser, options);
    if (!tokenIds)
        return tokenIds.error();
    result.tokenIds = *tokenIds;
    Result<BalanceQuery> query = BalanceQuery::fromInput(*account);
    if (!query)
        return query.error();
    query.value().tokenIds = result.tokenIds.value_or(QList<int>());
    result.query = *query;
    return std::nullopt;
}

// balances --currency CODE, --record and --changes.
std::optional<Error> resolvePricesAndHistory(const QCommandLineParser &parser, const OptionSet &options,
                                             CliOptions &result)
{
    if (parser.isSet(options.currency)) {
        Result<QString> currency = parseCurrencyCode(parser.value(options.currency).trimmed());
        if (!currency)
            return usage(Text::tr("--currency: %1").arg(currency.error().message));
        result.currency = currency.value();
    }
    result.record = parser.isSet(options.record);
    result.changes = parser.isSet(options.changes);
    // The history is of what the service said, never of the bundled samples.
    if (result.record && result.demo)
        return usage(Text::tr("--record does not record demo data; leave out --demo or --record"));
    // A snapshot is the whole account: a part of it recorded as the account would show every
    // other token as gone, in the history and in the next change.
    if (result.record && result.tokenIds && !result.tokenIds->isEmpty())
        return usage(Text::tr("--record stores the whole account, not a part of it; leave out --tokens or --record"));
    return std::nullopt;
}

// One help entry: the name in the first column, the description beside it. A description of
// several lines (translations may break them elsewhere) keeps every line in the second column;
// a name too wide for the first column gets the description on the lines below it.
QString helpEntry(const QString &name, const QString &description)
{
    constexpr int NameWidth = 36;
    const QString indent(2 + NameWidth + 1, QLatin1Char(' '));
    QString text;
    if (name.size() > NameWidth)
        text = QLatin1String("  ") + name + QLatin1Char('\n') + indent;
    else
        text = QLatin1String("  ") + name.leftJustified(NameWidth) + QLatin1Char(' ');
    QString body = description;
    body.replace(QLatin1Char('\n'), QLatin1Char('\n') + indent);
    return text + body + QLatin1Char('\n');
}

} // namespace

Result<CliOptions> CliArguments::parse(const QStringList &arguments)
{
    const OptionSet options;
    QCommandLineParser parser;
    parser.addOptions(options.parsed());

    if (!parser.parse(arguments))
        return usage(commandLineError(parser) + QLatin1Char(' ') + Text::tr("(see --help)"));

    CliOptions result;
    if (parser.isSet(options.help)) {
        result.command = CommandKind::Help;
        return result;
    }
    if (parser.isSet(options.version)) {
        result.command = CommandKind::Version;
        return result;
    }
    if (std::optional<Error> repeated = repeatedValueOption(parser, options.parsed()))
        return *repeated;

    Result<CommandKind> command = resolveCommand(parser, options);
    if (!command)
        return command.error();
    result.command = *command;
    if (std::optional<Error> error = checkBookmarkOption(parser, options))
        return *error;

    Result<ServiceChoice> service = resolveService(parser);
    if (!service)
        return service.error();
    result.baseUrl = service->baseUrl;

    Result<OutputFormat> format = resolveFormat(parser, options);
    if (!format)
        return format.error();
    result.format = format.value();

    Result<std::chrono::milliseconds> timeout = resolveTimeout(parser, options);
    if (!timeout)
        return timeout.error();
    result.timeout = timeout.value();

    result.raw = parser.isSet(options.raw);
    result.demo = parser.isSet(options.demo);
    if (std::optional<Error> error = resolvePaths(parser, options, result))
        return *error;

    if (result.command == CommandKind::Balances) {
        if (std::optional<Error> error = resolveBalancesTarget(parser, options, result))
            return *error;
        if (std::optional<Error> error = resolvePricesAndHistory(parser, options, result))
            return *error;
    }
    if (result.command == CommandKind::History || result.command == CommandKind::Nfts) {
        // The history is of real accounts only; nfts --demo needs no account.
        Result<QString> account = resolveAccount(parser, options, result.command == CommandKind::Nfts && result.demo);
        if (!account)
            return account.error();
        Result<BalanceQuery> query = BalanceQuery::fromInput(*account);
        if (!query)
            return query.error();
        result.query = query.value();
    }
    return result;
}

QString CliArguments::helpText()
{
    QString text;
    text += Text::tr("Usage:") + QLatin1Char('\n');
    text += QString::fromUtf8(
        "  loopview-cli balances [--base-url URL | --network mainnet|test] (--account-id N | --address 0x…)\n"
        "                        [--tokens ID[,ID…]] [--format table|csv|json] [--raw] [--currency CODE]\n"
        "                        [--record] [--changes] [--output FILE] [--timeout SECONDS] [--demo]\n"
        "                        [--api-key-file FILE]\n"
        "  loopview-cli balances --bookmark LABEL [--tokens ID[,ID…]] [--format table|csv|json] [--raw]\n"
        "                        [--currency CODE] [--record] [--changes] [--output FILE]\n"
        "                        [--timeout SECONDS] [--demo] [--api-key-file FILE]\n"
        "  loopview-cli nfts     [--base-url URL | --network mainnet|test] (--account-id N | --address 0x…)\n"
        "                        [--format table|csv|json] [--output FILE] [--timeout SECONDS] [--demo]\n"
        "                        [--api-key-file FILE]\n"
        "  loopview-cli history  (--account-id N | --address 0x…) [--base-url URL | --network mainnet|test]\n"
        "                        [--format table|csv|json] [--output FILE]\n"
        "  loopview-cli tokens   [--base-url URL | --network mainnet|test] [--format table|csv|json]\n"
        "                        [--output FILE] [--timeout SECONDS] [--demo]\n"
        "  loopview-cli bookmarks list|add|remove|import|export …   (see: loopview-cli bookmarks --help)\n"
        "  loopview-cli --help | --version\n");
    text += QLatin1Char('\n');
    text += Text::tr("Shows the balances of a Loopring layer-2 account (balances), the NFTs it holds\n"
                     "(nfts) or the tokens the exchange lists (tokens). Amounts are exact: never rounded\n"
                     "through floating point.\n"
                     "Prints the balances recorded with --record, oldest first (history).\n"
                     "Manages the saved accounts shared with the Loopview window (bookmarks).\n");

    text += QLatin1Char('\n') + Text::tr("Options:") + QLatin1Char('\n');
    const OptionSet options;
    for (const QCommandLineOption *option : options.all()) {
        QStringList names;
        for (const QString &name : option->names())
            names << (name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name;
        QString synopsis = names.join(QLatin1String(", "));
        if (!option->valueName().isEmpty())
            synopsis += QLatin1Char(' ') + option->valueName();
        text += QLatin1String("  ") + synopsis.leftJustified(36) + QLatin1Char(' ')
                + option->description() + QLatin1Char('\n');
    }

    // --bookmark replaces several of the options above, so it is described on its own.
    text += QLatin1Char('\n') + Text::tr("Bookmarks:") + QLatin1Char('\n');
    text += helpEntry(QStringLiteral("--bookmark LABEL"),
                      Text::tr("Balances of a saved bookmark (label or id): its network or base URL, its\n"
                               "account and its token ids (--tokens overrides them). Not combined with\n"
                               "--account-id, --address, --base-url or --network."));
    text += helpEntry(QString(),
                      Text::tr("The API key for --bookmark: --api-key-file FILE, else the bookmark's key in the\n"
                               "system keyring, else LOOPVIEW_API_KEY."));
    text += helpEntry(QStringLiteral("bookmarks list|add|remove|import|export"),
                      Text::tr("List, add or remove bookmarks; import a bookmarks file or a Loopring\n"
                               "wallet \"Export Account\" file (its private key is ignored); export the\n"
                               "bookmarks (never with API keys). Details: loopview-cli bookmarks --help"));

    text += QLatin1Char('\n') + Text::tr("Environment:") + QLatin1Char('\n');
    text += QLatin1String("  LOOPVIEW_API_KEY                     ")
            + Text::tr("API key for balances and nfts (X-API-KEY); never printed. Not needed with --demo.")
            + QLatin1Char('\n');
    text += QLatin1String("  XDG_CACHE_HOME                       ")
            + Text::tr("Where the token list is cached, per base URL.") + QLatin1Char('\n');
    text += helpEntry(QStringLiteral("XDG_DATA_HOME"),
                      Text::tr("Where the bookmarks file and the history database are kept\n"
                               "(Loopview/Loopview/bookmarks.json, Loopview/Loopview/history.sqlite)."));

    text += QLatin1Char('\n') + Text::tr("CSV columns (balances):") + QLatin1Char('\n');
    text += QLatin1String("  account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,pending_withdraw\n");
    text += Text::tr("  with --currency USD also: price_usd,value_usd (empty without a price)") + QLatin1Char('\n');
    text += Text::tr("  with --changes also, after those: change_total (empty without a recorded snapshot)")
            + QLatin1Char('\n');
    text += Text::tr("CSV columns (history):") + QLatin1Char('\n');
    text += QLatin1String("  fetched_at,account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,"
                          "pending_withdraw\n");
    text += Text::tr("CSV columns (nfts):") + QLatin1Char('\n');
    text += QLatin1String("  account_id,token_id,nft_id,nft_type,token_address,collection,name,total,locked,available,"
                          "pending_deposit,pending_withdraw\n");
    text += Text::tr("CSV columns (tokens):") + QLatin1Char('\n');
    text += QLatin1String("  token_id,symbol,name,decimals,address\n");

    text += QLatin1Char('\n') + Text::tr("Exit codes:") + QLatin1Char('\n');
    text += QLatin1String("  0    ") + Text::tr("success") + QLatin1Char('\n');
    text += QLatin1String("  2    ")
            + Text::tr("usage or invalid input (bad option, address, checksum or id; missing API key;\n"
                       "       http:// to a remote host)")
            + QLatin1Char('\n');
    text += QLatin1String("  3    ") + Text::tr("the service refused (HTTP error status or resultInfo error code)")
            + QLatin1Char('\n');
    text += QLatin1String("  4    ") + Text::tr("network failure (DNS, connect, TLS, timeout)") + QLatin1Char('\n');
    text += QLatin1String("  5    ") + Text::tr("malformed response (the message names the field)") + QLatin1Char('\n');
    text += QLatin1String("  6    ") + Text::tr("the output file or the history database cannot be written")
            + QLatin1Char('\n');
    text += QLatin1String("  130  ") + Text::tr("interrupted (Ctrl+C)") + QLatin1Char('\n');
    return text;
}

QString CliArguments::versionText()
{
    return QLatin1String("loopview-cli ") + QLatin1String(LOOPVIEW_VERSION);
}

} // namespace loopview::cli
