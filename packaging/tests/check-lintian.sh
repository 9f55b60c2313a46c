#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Runs lintian on the .deb in DIR (built by the packaging_build_deb test) and fails on any error
# or warning. Informational tags are printed too, for the record. The one override the package
# ships (packaging/lintian-overrides, the first upload closes no bug) is honoured.
#   packaging/tests/check-lintian.sh DIR
set -uo pipefail
shopt -s nullglob
debs=("${1:?usage: $0 DIR}"/loopview_*.deb)
if [[ ${#debs[@]} -ne 1 ]]; then
    echo "expected one loopview_*.deb in $1, found ${#debs[@]}" >&2
    exit 1
fi
echo "lintian --display-info ${debs[0]}"
output=$(lintian --fail-on error,warning --display-info --tag-display-limit 0 "${debs[0]}" 2>&1)
status=$?
# As root, lintian notes that it should not run as root; that is not about the package.
grep -v 'running with root privileges is not recommended' <<<"$output"
if [[ $status -ne 0 ]]; then
    echo "lintian found errors or warnings (exit $status)" >&2
    exit 1
fi
echo "lintian: no errors, no warnings"
