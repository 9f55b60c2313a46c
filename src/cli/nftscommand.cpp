// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "nftscommand.h"

#include "apikeysource.h"
#include "console.h"
#include "listoutput.h"

#include "core/nftexport.h"
#include "net/nftlistfetch.h"

namespace loopview::cli {

NftsCommand::NftsCommand(const CliOptions &options, const CommandContext &context, QObject *parent)
    : ServiceCommand(options, parent)
    , m_context(context)
{
}

int NftsCommand::execute()
{
    if (!options().demo) {
        // The same key as balances: --api-key-file, else LOOPVIEW_API_KEY.
        const Result<QString> key = ApiKeySource::resolve(options().apiKeyFile, m_context.environment);
        if (!key)
            return reportError(key.error());
        Console::setSecret(*key);
        ServiceEndpoint endpoint = this->endpoint();
        endpoint.apiKey = *key;
        setEndpoint(endpoint);
    }
    return ServiceCommand::execute();
}

void NftsCommand::start()
{
    m_fetch = new NftListFetch(client(), options().query->account, endpoint(), this);
    connect(m_fetch, &NftListFetch::finished, this, &NftsCommand::onFetchFinished);
    m_fetch->start();
}

void NftsCommand::cancel()
{
    if (m_fetch)
        m_fetch->cancel();
}

void NftsCommand::onFetchFinished()
{
    NftListFetch *fetch = m_fetch;
    if (!fetch)
        return;
    m_fetch = nullptr;
    fetch->deleteLater();
    if (!fetch->succeeded()) {
        fail(fetch->error());
        return;
    }
    succeed(renderNfts(makeNftRecords(fetch->nfts()), options().format));
}

} // namespace loopview::cli
