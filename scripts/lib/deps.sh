# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# shellcheck shell=bash
# Shared set-up for scripts/run.sh and scripts/test.sh: make sure the Debian packages Loopview
# builds with are present, installing only what is missing. Sourced, not executed.

LOOPVIEW_DEB_PACKAGES=(
    cmake ninja-build g++
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libgl-dev zlib1g-dev libsimdjson-dev
    # The history database: Qt SQL's SQLite driver (Qt6::Sql itself comes with qt6-base-dev).
    libqt6sql6-sqlite
    # The History dock's charts (Qt Charts; its runtime library libqt6charts6 comes with it). Qt6Charts'
    # CMake package needs Qt6OpenGL's, which Debian 12's qt6-charts-dev does not pull in.
    qt6-charts-dev libqt6opengl6-dev
    xvfb xauth
    # The packaging tests: dpkg-shlibdeps and dpkg-parsechangelog, lintian, hardening-check
    # (devscripts), the freedesktop validators, and zsh for the completion's syntax check. About
    # 180 packages, 1.5 minutes to install on a fresh machine; the tests take well under a minute.
    dpkg-dev lintian devscripts desktop-file-utils appstream zsh
)

# Prints the packages from LOOPVIEW_DEB_PACKAGES that dpkg does not report as installed.
loopview_missing_packages() {
    local pkg status
    for pkg in "${LOOPVIEW_DEB_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        if [[ "$status" != "install ok installed" ]]; then
            printf '%s\n' "$pkg"
        fi
    done
}

# Installs the missing packages when running as root; otherwise prints the exact command to run
# and fails, because silently asking for a sudo password from a script surprises people.
loopview_ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "This script expects a Debian-based system (dpkg-query not found)." >&2
        echo "Install CMake >= 3.25, Ninja, a C++17 compiler, Qt >= 6.4 (Core, Network, Widgets, Test, LinguistTools) and QtKeychain for Qt 6, then build with CMake." >&2
        return 1
    fi

    local missing
    mapfile -t missing < <(loopview_missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi

    if [[ $(id -u) -eq 0 ]]; then
        echo "Installing missing packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "Missing Debian packages: ${missing[*]}" >&2
        echo "Install them with:" >&2
        echo "  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing[*]}" >&2
        return 1
    fi
}

# Configures and builds the Release tree in the given directory (re-configuring is cheap and
# picks up new files).
loopview_build() {
    local build_dir=$1
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$build_dir" --parallel
}
