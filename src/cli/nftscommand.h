// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "servicecommand.h"

#include <QPointer>

namespace loopview {
class NftListFetch;
} // namespace loopview

namespace loopview::cli {

// `loopview-cli nfts`: the account (an address is looked up first) and the API key → every page
// of the account's NFT list (NftListFetch: one page after the other, within the rate limit) → one
// record per NFT in the service's order → the chosen format on stdout or --output. A page that
// fails, or pages that do not add up, fail the command: a list with pages missing is never printed.
class NftsCommand : public ServiceCommand
{
    Q_OBJECT
public:
    NftsCommand(const CliOptions &options, const CommandContext &context, QObject *parent = nullptr);

    // Resolves the key first (unless --demo): its errors end the command before any request.
    int execute() override;

protected:
    void start() override;
    void cancel() override;

private:
    void onFetchFinished();

    CommandContext m_context;
    QPointer<NftListFetch> m_fetch;
};

} // namespace loopview::cli
