// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "tokenscommand.h"

#include "console.h"
#include "listoutput.h"
#include "tokenlistloader.h"

namespace loopview::cli {

TokensCommand::TokensCommand(const CliOptions &options, QObject *parent)
    : ServiceCommand(options, parent)
{
}

void TokensCommand::start()
{
    m_tokenLoader = new TokenListLoader(client(), tokenCache(), this);
    connect(m_tokenLoader, &TokenListLoader::finished, this, &TokensCommand::onTokensLoaded);
    m_tokenLoader->start(endpoint());
}

void TokensCommand::cancel()
{
    if (m_tokenLoader)
        m_tokenLoader->cancel();
}

void TokensCommand::onTokensLoaded()
{
    const TokenListLoader *loader = m_tokenLoader;
    m_tokenLoader->deleteLater();
    m_tokenLoader = nullptr;

    if (const std::optional<Error> &error = loader->error()) {
        fail(*error);
        return;
    }
    for (const QString &warning : loader->warnings())
        Console::warning(warning);
    // Ordered by id, whatever order the service used: easier to read and to diff.
    succeed(renderTokens(loader->tokens().tokens(), options().format));
}

} // namespace loopview::cli
