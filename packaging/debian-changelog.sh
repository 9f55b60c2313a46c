#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Writes the Debian changelog of the package (debian/changelog format) from CHANGELOG.md: each
# released section "## [X.Y.Z] - YYYY-MM-DD" becomes the entry of version X.Y.Z-REVISION, its
# "### Added/Changed/…" headings and "- item" lines the entry's items. "## [Unreleased]" is left
# out: it belongs to no version yet. The output depends only on the arguments and the file, so the
# package stays reproducible.
#   packaging/debian-changelog.sh CHANGELOG.md PACKAGE REVISION "Name <address>" > changelog.Debian
set -eu

if [ $# -ne 4 ]; then
    echo "usage: $0 CHANGELOG.md PACKAGE REVISION 'Name <address>'" >&2
    exit 2
fi
changelog=$1 package=$2 revision=$3 maintainer=$4

LC_ALL=C awk -v package="$package" -v revision="$revision" -v maintainer="$maintainer" '
function fail(message) {
    printf "%s:%d: %s\n", FILENAME, FNR, message > "/dev/stderr"
    failed = 1
    exit 1
}

# Markdown to plain text: links keep their text, emphasis and code marks go.
function plain(text) {
    while (match(text, /\[[^]]*\]\([^)]*\)/)) {
        link = substr(text, RSTART, RLENGTH)
        sub(/\]\(.*$/, "", link)
        text = substr(text, 1, RSTART - 1) substr(link, 2) substr(text, RSTART + RLENGTH)
    }
    gsub(/\*\*|`/, "", text)
    return text
}

# Prints `text` wrapped to 78 columns: the first line after `first`, the others after `rest`.
function wrap(text, first, rest,    n, words, i, line) {
    n = split(text, words, /[ \t]+/)
    line = first
    for (i = 1; i <= n; i++) {
        if (words[i] == "")
            continue
        if (line != first && line != rest && length(line) + 1 + length(words[i]) > 78) {
            print line
            line = rest
        }
        line = (line == first || line == rest) ? line words[i] : line " " words[i]
    }
    if (line != first && line != rest)
        print line
}

function flush_item() {
    if (item != "")
        wrap(plain(item), heading_open ? "    - " : "  * ", heading_open ? "      " : "    ")
    item = ""
}

function close_entry() {
    flush_item()
    if (!in_entry)
        return
    if (!items)
        fail("release " version " has no items")
    print ""
    cmd = "date -u -R -d " date
    if ((cmd | getline stamp) <= 0)
        fail("cannot read the date " date)
    close(cmd)
    printf " -- %s  %s\n", maintainer, stamp
    in_entry = 0
}

/^## \[Unreleased\]/ { close_entry(); skipping = 1; next }

/^## \[/ {
    close_entry()
    skipping = 0
    if (!match($0, /^## \[[0-9]+\.[0-9]+\.[0-9]+\] - [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/))
        fail("expected \"## [X.Y.Z] - YYYY-MM-DD\", not: " $0)
    version = $2; gsub(/[][]/, "", version)
    date = $4
    if (printed++)
        print ""
    printf "%s (%s-%s) unstable; urgency=medium\n\n", package, version, revision
    in_entry = 1; items = 0; heading_open = 0
    next
}

!in_entry || skipping { next }

/^### / {
    flush_item()
    heading = substr($0, 5)
    printf "  * %s:\n", heading
    heading_open = 1
    next
}

/^- / { flush_item(); item = substr($0, 3); items++; next }

/^  +[^ ]/ && item != "" { sub(/^ +/, ""); item = item " " $0; next }

/^$/ { flush_item(); next }

{ fail("unexpected line in a release section: " $0) }

END {
    if (failed)
        exit 1
    close_entry()
    if (!printed) {
        printf "%s: no released section (## [X.Y.Z] - YYYY-MM-DD)\n", FILENAME > "/dev/stderr"
        exit 1
    }
}
' "$changelog"
