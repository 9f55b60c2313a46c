// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "keystore.h"

#include <QTimer>

namespace loopview {

void KeyStore::deliver(QObject *context, const Callback &done, const KeyResult &result)
{
    if (!done)
        return;
    // A zero timer with a context object is dropped when that object dies first, so a closed
    // dialog is never called back.
    QTimer::singleShot(0, context ? context : this, [done, result] { done(result); });
}

} // namespace loopview
