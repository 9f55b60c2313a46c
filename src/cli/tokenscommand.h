// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "servicecommand.h"

namespace loopview::cli {

class TokenListLoader;

// `loopview-cli tokens`: the service's token list (or the cached copy, with a warning, when the
// service cannot be used) in the chosen format. No API key is involved.
class TokensCommand : public ServiceCommand
{
    Q_OBJECT
public:
    explicit TokensCommand(const CliOptions &options, QObject *parent = nullptr);

protected:
    void start() override;
    void cancel() override;

private:
    void onTokensLoaded();

    TokenListLoader *m_tokenLoader = nullptr;
};

} // namespace loopview::cli
