// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "core/error.h"
#include "core/token.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Checks of the input form's free-text fields, kept out of the window so they can be tested
// without widgets and reused by other forms (bookmarks).
namespace loopview::forminput {

struct FieldCheck {
    bool acceptable = true;  // an empty field is acceptable here: "required" is checked on Fetch
    QString message;         // why not, or a short confirmation ("Checksummed address")
};

// Account id ("123456") or L1 address ("0x…", EIP-55 checksum verified when mixed case).
FieldCheck checkAccount(QStringView text);

// As-you-type check of the token filter (TokenFilter::parse, then resolve): unknown symbols are
// reported only when the registry is known (before the first fetch nothing can be said about them).
FieldCheck checkTokenFilter(QStringView text, const TokenRegistry &registry);

QStringList completionSymbols(const TokenRegistry &registry);

} // namespace loopview::forminput
