#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Builds Loopview and starts it: the desktop app when a display is available, otherwise the
# command-line tool showing the demo balances.
#   scripts/run.sh [arguments for loopview]      (BUILD=dir to use another build directory)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/deps.sh
source scripts/lib/deps.sh

BUILD_DIR=${BUILD:-build}

loopview_ensure_packages || exit 1
loopview_build "$BUILD_DIR"

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$BUILD_DIR/bin/loopview" "$@"
fi

echo "No display found; showing the demo balances with loopview-cli --demo instead."
exec "$BUILD_DIR/bin/loopview-cli" balances --demo
