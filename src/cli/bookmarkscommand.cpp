// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "bookmarkscommand.h"

#include "bookmarksaddcommand.h"
#include "bookmarksexportcommand.h"
#include "bookmarksimportcommand.h"
#include "bookmarkslistcommand.h"
#include "bookmarksremovecommand.h"
#include "cliarguments.h"
#include "commonoptions.h"
#include "outputtarget.h"

#include "core/printabletext.h"

#include <QCoreApplication>

#include <functional>

namespace loopview::cli {

namespace {

// The translation context of this file's messages, declared where lupdate sees it (see
// docs/ARCHITECTURE.md, "Translation contexts").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(loopview::cli::BookmarksCommand)
};

// A subcommand: its name, the options it accepts, and how to make it.
struct Subcommand {
    QString name;
    QStringList acceptedOptions;
    std::function<std::unique_ptr<Command>(const BookmarksInvocation &)> make;
};

template<class T>
Subcommand subcommand()
{
    return {T::name(), T::acceptedOptions(),
            [](const BookmarksInvocation &invocation) { return std::make_unique<T>(invocation); }};
}

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> all = {
        subcommand<BookmarksListCommand>(),   subcommand<BookmarksAddCommand>(),
        subcommand<BookmarksRemoveCommand>(), subcommand<BookmarksImportCommand>(),
        subcommand<BookmarksExportCommand>(),
    };
    return all;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &candidate : subcommands()) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

} // namespace

BookmarksCommand::BookmarksCommand(const QStringList &arguments, const CommandContext &context)
    : m_arguments(arguments)
    , m_context(context)
{
}

int BookmarksCommand::execute()
{
    const BookmarksOptions o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(o.all());
    QStringList rest = m_arguments;
    rest.removeAt(1); // "bookmarks"
    if (!parser.parse(rest))
        return reportError(Error::input(commandLineError(parser)));
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(o.help))
        return OutputTarget().writeOrReport(helpText().toUtf8());
    if (std::optional<Error> repeated = repeatedValueOption(parser, o.all()))
        return reportError(*repeated);
    if (positional.isEmpty())
        return reportError(
            Error::input(Text::tr("missing subcommand: list, add, remove, import or export (see bookmarks --help)")));
    const QString name = positional.takeFirst();

    // Options that make no sense for a subcommand are refused rather than silently ignored.
    const Subcommand *chosen = findSubcommand(name);
    if (!chosen) {
        return reportError(Error::input(Text::tr("unknown bookmarks subcommand '%1': use list, add, remove, import or export")
                                                  .arg(printableEcho(name))));
    }
    for (const QString &option : parser.optionNames()) {
        if (!chosen->acceptedOptions.contains(option))
            return reportError(Error::input(Text::tr("--%1 does not apply to bookmarks %2").arg(option, name)));
    }

    std::chrono::milliseconds timeout = CliOptions().timeout;
    if (parser.isSet(o.timeout)) {
        const Result<std::chrono::milliseconds> parsed = parseTimeout(parser.value(o.timeout));
        if (!parsed)
            return reportError(parsed.error());
        timeout = *parsed;
    }
    const BookmarksInvocation invocation{parser, o, positional, timeout, m_context};
    return chosen->make(invocation)->execute();
}

QString BookmarksCommand::helpText()
{
    return Text::tr("Usage:\n"
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

} // namespace loopview::cli
