#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Keeps the keyring's libraries out of loopview-cli (issue 12): QtKeychain, and with it QtDBus,
# libdbus, libsystemd and libgcrypt, cost about a megabyte of every run's memory. Only the keyring
# plugin links them, and the CLI loads it when a command reads or writes a key. The plugin must
# link QtKeychain itself, so the check cannot pass by reading the wrong file or a changed readelf.
#   tests/cli/check-no-keyring-link.sh CLI PLUGIN        (the cli_keyring_libraries test runs it)
set -uo pipefail
cli=${1:?usage: $0 CLI PLUGIN}
plugin=${2:?usage: $0 CLI PLUGIN}
keyring_libraries='lib(qt6keychain|Qt6DBus|dbus-1|systemd|gcrypt)\.so'

needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p'; }

failed=0
if ! needed "$plugin" | grep -q '^libqt6keychain\.so'; then
    echo "FAIL: $plugin does not name libqt6keychain in its NEEDED entries:" >&2
    needed "$plugin" >&2
    failed=1
fi
if ! needed "$cli" | grep -q '^libQt6Core\.so'; then
    echo "FAIL: no NEEDED entries read from $cli" >&2
    failed=1
fi
if needed "$cli" | grep -E "^$keyring_libraries"; then
    echo "FAIL: $cli links the keyring's libraries (above); reach them through the keyring plugin" >&2
    failed=1
fi
# What the libraries it names pull in, too (ldd: the whole list the dynamic loader maps).
if ldd "$cli" | grep -E "$keyring_libraries"; then
    echo "FAIL: $cli maps the keyring's libraries (above) through another library it links" >&2
    failed=1
fi
if ((failed)); then
    exit 1
fi
echo "loopview-cli links none of the keyring's libraries; the keyring plugin does"
