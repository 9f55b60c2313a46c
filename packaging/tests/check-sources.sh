#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Source rules a compiler does not check:
#  - every source file carries the project's licence header (SPDX-License-Identifier:
#    GPL-3.0-or-later), so a file copied out of the tree still says under which terms;
#  - no Qt::TimeSpec overloads that Qt 6.9 deprecates (QTimeZone::utc() works from 6.4 on).
# Lists each offending file and fails.
#   check-sources.sh SOURCE_DIR
set -euo pipefail
cd "$1"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files)
else
    mapfile -t files < <(find . \( -name 'build*' -o -name .git \) -prune -o -type f -print | sed 's|^\./||')
fi
problems=0
for f in "${files[@]}"; do
    case "$f" in
        fuzz/corpus/*) continue ;;
        *.cpp|*.h|*.cjs|*.sh|*.py|*.cmake|*.cmake.in|CMakeLists.txt|*/CMakeLists.txt) ;;
        *) continue ;;
    esac
    [ -f "$f" ] || continue
    if ! head -c 600 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
        echo "$f: no 'SPDX-License-Identifier: GPL-3.0-or-later' header (copy the two SPDX lines other files start with)"
        problems=$((problems + 1))
    fi
    case "$f" in
        *.cpp|*.h)
            if grep -n -E ', Qt::(UTC|LocalTime|OffsetFromUTC)\)' "$f" | grep -v 'timeSpec()'; then
                echo "$f: a Qt::TimeSpec overload deprecated in Qt 6.9; pass QTimeZone::utc() instead"
                problems=$((problems + 1))
            fi ;;
    esac
done
if [ "$problems" -gt 0 ]; then
    echo "$problems problem(s) in the sources"
    exit 1
fi
echo "${#files[@]} tracked files checked"
