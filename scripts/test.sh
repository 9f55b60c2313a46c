#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Builds Loopview in Release mode and runs the whole test suite.
#   scripts/test.sh            (BUILD=dir to use another build directory)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/deps.sh
source scripts/lib/deps.sh

BUILD_DIR=${BUILD:-build}

loopview_ensure_packages || exit 1
loopview_build "$BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure
