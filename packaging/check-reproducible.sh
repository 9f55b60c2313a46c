#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Proves that the Debian package is reproducible: builds the package of the checked-out sources
# twice, in two fresh build directories, without ccache, under a different umask, time zone and
# locale, and compares the two .deb files byte for byte. On a difference, diffoscope (when
# installed) shows where it is.
#   packaging/check-reproducible.sh [WORKDIR]      (two Release builds: about twice `scripts/test.sh`'s
#                                                   compile time; WORKDIR is kept for inspection)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work=${1:-$(mktemp -d -t loopview-reproducible.XXXXXX)}
mkdir -p "$work"
if [[ -n $(git status --porcelain --untracked-files=no 2>/dev/null) ]]; then
    echo "note: the work tree has uncommitted changes; both builds include them"
fi
# Without SOURCE_DATE_EPOCH in the environment the build takes the commit's time by itself
# (cmake/Reproducible.cmake, packaging/CPackProjectConfig.cmake.in): that default is what this
# checks, unless the caller sets SOURCE_DATE_EPOCH.
export CCACHE_DISABLE=1   # a cache hit would hide a compiler that is not deterministic

build() {  # build N UMASK TZ LOCALE
    local dir=$work/build$1
    rm -rf "$dir"
    (
        umask "$2"
        env TZ="$3" LC_ALL="$4" cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DBUILD_TESTING=OFF >"$work/build$1.log"
        env TZ="$3" LC_ALL="$4" cmake --build "$dir" --target package >>"$work/build$1.log"
    ) || { echo "build $1 failed, see $work/build$1.log" >&2; exit 1; }
}

echo "building twice in $work (SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-unset: the commit time})"
build 1 022 UTC C.UTF-8
build 2 002 Asia/Shanghai de_DE.UTF-8

shopt -s nullglob
first=("$work"/build1/loopview_*.deb)
second=("$work"/build2/loopview_*.deb)
if [[ ${#first[@]} -ne 1 || ${#second[@]} -ne 1 ]]; then
    echo "expected one .deb in each build directory" >&2
    exit 1
fi
sha256sum "${first[0]}" "${second[0]}"
if cmp -s "${first[0]}" "${second[0]}"; then
    echo "reproducible: the two packages are byte-identical"
    exit 0
fi
echo "NOT reproducible: the two packages differ" >&2
if command -v diffoscope >/dev/null 2>&1; then
    diffoscope "${first[0]}" "${second[0]}" >&2 || true
fi
exit 1
