#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Regenerates one section of benchmarks/RESULTS.md: every figure of issue 12, each with the command
# that produced it, under a header naming the date, the commit and the machine.
#
#   benchmarks/run-all.sh [--section NAME] [--pairs N] [--parts LIST] [BUILD_DIR]
#
# NAME defaults to "Latest"; a section of that name is replaced, any other is kept. LIST (comma-
# separated, default all of them) picks the figures: sdk, core, profile, window, gui; a change
# that moves only some figures gets a section with only those. BUILD_DIR
# (default build/) must be a Release build configured with -DLOOPVIEW_BENCHMARKS=ON:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOOPVIEW_BENCHMARKS=ON
#   cmake --build build
# Needs python3, node and npm (compare-sdk.sh), Xvfb (windowtimes.py; else the offscreen
# platform), and valgrind for the profile (skipped without it). Takes about ten minutes.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
section=Latest
pairs=11
parts=sdk,core,profile,window,gui
while [ $# -gt 0 ]; do
    case $1 in
        --section) section=$2; shift 2 ;;
        --pairs) pairs=$2; shift 2 ;;
        --parts) parts=$2; shift 2 ;;
        *) break ;;
    esac
done
build=$(realpath "${1:-$root/build}")
for binary in loopview loopview-cli bench_core bench_gui bench_window; do
    [ -x "$build/bin/$binary" ] || {
        echo "run-all.sh: no $build/bin/$binary; configure with -DLOOPVIEW_BENCHMARKS=ON and build" >&2
        exit 2
    }
done

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

step() { echo "run-all.sh: $*" >&2; }
wants() { [[ ",$parts," == *",$1,"* ]]; }
# Shows a command the way a reader would type it from the repository root.
shown() { sed "s|$root/||g; s|$work/|\$JOB_TMP/|g" <<<"$*"; }

# The QBENCHMARK executables measure CPU time (the task-clock perf event: the time the thread was
# on a CPU), which a busy machine disturbs far less than wall time; median of 5 runs each.
qtest_options=(-perf -perfcounter task-clock -median 5)

# A QtTest XML report of those options → a Markdown table of CPU ms per iteration.
qtest_table() {
    python3 - "$1" <<'EOF'
import sys, xml.etree.ElementTree as ET
print("| benchmark | CPU ms per iteration |")
print("|---|---|")
for function in ET.parse(sys.argv[1]).getroot().iter("TestFunction"):
    name = function.get("name")
    for result in function.iter("BenchmarkResult"):
        # QtTest files the task-clock counter under this name; its unit is nanoseconds.
        if result.get("metric") != "WalltimeNanoseconds":
            continue
        value = float(result.get("value")) / float(result.get("iterations")) / 1e6
        tag = result.get("tag")
        print("| `%s%s` | %s |" % (name, "(%s)" % tag if tag else "", "%.3g" % value if value < 1 else "%.1f" % value))
    for skipped in function.iter("Incident"):
        if skipped.get("type") == "skip":
            print("| `%s` | skipped |" % name)
EOF
}

qt_version=$(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)
step "section \"$section\": writing to $work/section.md"
{
    echo "## $section"
    echo
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- Commit: $(git -C "$root" rev-parse --short HEAD) \"$(git -C "$root" log -1 --format=%s)\"$(git -C "$root" diff --quiet HEAD -- src benchmarks || echo ' (with uncommitted changes)')"
    echo "- Machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(nproc) cores," \
         "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), Linux $(uname -r)," \
         "Qt $qt_version, $(c++ --version | head -1), Node $(node --version 2>/dev/null || echo none)"
    echo "- Load average when the run started: $(cut -d' ' -f1-3 /proc/loadavg) (see the note at the top)"
    echo "- Regenerate: \`$(shown "$here/run-all.sh --section '$section' --pairs $pairs --parts $parts $build")\`"
    echo
} >"$work/section.md"

if wants sdk; then
step "1/5 loopview-cli vs the SDK"
{
    echo "### loopview-cli vs the official JavaScript SDK, 5,000-row job"
    echo
    echo "Targets (issue 12): wall ≤ 0.15×, CPU ≤ 0.07×, peak ≤ 25 MiB."
    echo
    echo '```'
    echo "\$ $(shown "$here/compare-sdk.sh -n $pairs $build/bin/loopview-cli")"
    "$here/compare-sdk.sh" -n "$pairs" "$build/bin/loopview-cli" 2>/dev/null | sed "s|$root/||g"
    echo '```'
    echo
} >>"$work/section.md"
fi

python3 "$here/fakeloopring.py" generate "$work/job" --rows 5000 --tokens 5000 --account-id 10110
if wants core; then
step "2/5 the CLI's job phase by phase, 100,000 rows (bench_core)"
LOOPVIEW_BENCH_JOB="$work/job" "$build/bin/bench_core" "${qtest_options[@]}" -o "$work/core.xml,xml" >/dev/null
{
    echo "### The CLI's job phase by phase, and 100,000 rows in the core (bench_core)"
    echo
    echo "\`job1\` … \`job9\` are the phases of \`loopview-cli balances --format csv\` on the job's"
    echo "bodies, in the order the CLI runs them. Issue 12's profile: probe on the token body 53 ms,"
    echo "parseTokens 60, cache store 37, probe on the balances 15, parseBalances 28, formatting + CSV 22."
    echo "Targets for 100,000 rows: parse < 40 ms, CSV export < 250 ms."
    echo
    echo "\`$(shown "python3 $here/fakeloopring.py generate $work/job && LOOPVIEW_BENCH_JOB=$work/job $build/bin/bench_core ${qtest_options[*]}")\`"
    echo
    qtest_table "$work/core.xml"
    echo
} >>"$work/section.md"
fi

if wants profile; then
step "3/5 profile of the CLI (callgrind)"
{
    echo "### Where the CLI's time goes now (callgrind, instructions)"
    echo
    if command -v valgrind >/dev/null; then
        python3 "$here/fakeloopring.py" serve "$work/job" --port-file "$work/port" &
        server_pid=$!
        for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
        profile=(valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out"
                 "$build/bin/loopview-cli" balances --base-url "http://127.0.0.1:$(cat "$work/port")"
                 --account-id 10110 --format csv)
        XDG_CACHE_HOME="$work/cache" LOOPVIEW_API_KEY=bench-key-not-a-secret "${profile[@]}" >/dev/null 2>"$work/valgrind.log"
        kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
        echo "\`$(shown "${profile[*]}")\`, then \`callgrind_annotate --inclusive=yes\`;"
        echo "the share of all instructions of the run spent in (and under) each function of the job:"
        echo
        python3 "$here/callgrindphases.py" "$work/callgrind.out"
    else
        echo "valgrind is not installed: skipped."
    fi
    echo
} >>"$work/section.md"
fi

if wants window; then
step "4/5 the window (windowtimes.py)"
{
    echo "### The window, whole processes (windowtimes.py)"
    echo
    echo "\`$(shown "python3 $here/windowtimes.py -n 7 $build")\`"
    echo
    python3 "$here/windowtimes.py" -n 7 "$build"
    echo
} >>"$work/section.md"
fi

if wants gui; then
step "5/5 models, completion, memory (bench_gui)"
QT_QPA_PLATFORM=offscreen "$build/bin/bench_gui" "${qtest_options[@]}" -o "$work/gui.xml,xml" -o "$work/gui.txt,txt" >/dev/null
{
    echo "### The window's models, symbol completion and 100,000 rows (bench_gui)"
    echo
    echo "Targets: model reset of 100,000 rows < 60 ms, exact sort by Total < 150 ms, CSV export"
    echo "(\`exportCsv100k\`, File ▸ Export as the dialog runs it) < 250 ms; \`sortToken\`, the natural"
    echo "sort by symbol, has no target of its own."
    echo "Issue 12 measured \`completionSymbols\` at 177 ms for 5,000 tokens."
    echo
    echo "\`$(shown "QT_QPA_PLATFORM=offscreen $build/bin/bench_gui ${qtest_options[*]}")\`"
    echo
    qtest_table "$work/gui.xml"
    echo
    echo "Memory per row (\`memoryPerRow\`): glibc's count of heap bytes in use (\`mallinfo2()\`: \`uordblks\` + \`hblkhd\`)"
    echo "before and after building each structure, divided by the rows; exact, unlike RSS, which"
    echo "moves by pages and keeps freed memory. \`balances\`: the parsed \`QList<Balance>\`; \`model\`:"
    echo "what \`BalanceTableModel::setBalances\` adds beside that list; \`sorted-proxy\`: the proxy's"
    echo "mapping after one sort by Total; \`model-alone\` (where printed): the model once the caller's"
    echo "list is gone, the balances it shares included."
    echo
    echo '```'
    sed -n 's/^QINFO *: *BenchGui::memoryPerRow() //p' "$work/gui.txt"
    echo '```'
    echo
} >>"$work/section.md"
fi

python3 - "$here/RESULTS.md" "$section" "$work/section.md" <<'EOF'
import re, sys
path, name, new = sys.argv[1], sys.argv[2], open(sys.argv[3]).read()
text = open(path).read()
pattern = re.compile(r"^## %s\n.*?(?=^## |\Z)" % re.escape(name), re.S | re.M)
text = pattern.sub(lambda _: new, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + new
open(path, "w").write(text.rstrip("\n") + "\n")
EOF
step "done: section \"$section\" of benchmarks/RESULTS.md"
