#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# loopview-cli against the official JavaScript SDK on the job of issue 12: an account with 5,000
# balances and a token list of 5,000 tokens, served by benchmarks/fakeloopring.py on 127.0.0.1.
#
#   benchmarks/compare-sdk.sh [-n PAIRS] [CLI]
#
# CLI defaults to build/bin/loopview-cli (build it first: scripts/test.sh or cmake --build build).
# Installs @loopring-web/loopring-sdk (LOOPVIEW_SDK_VERSION, default below) from npm into a
# temporary directory, or uses SDK_DIR when it names a directory that already has it installed
# (SDK_DIR=/tmp/sdk keeps the install between runs; nothing of it goes into the repository).
# Checks once that both produce the same rows and amounts, then runs them in pairs, A B A B …,
# one warm-up pair first (benchmarks/pairedruns.py: the kernel's wait4 accounting, as GNU time
# reads it), and prints the median wall time, CPU time (user + sys) and peak RSS of each, and the
# median of the per-pair ratios loopview-cli / SDK. Needs python3, node (20) and npm.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pairs=11
if [ "${1:-}" = "-n" ]; then
    pairs=$2
    shift 2
fi
cli=$(realpath "${1:-$here/../build/bin/loopview-cli}")
sdk_version=${LOOPVIEW_SDK_VERSION:-3.9.22}
account=10110

for tool in python3 node npm; do
    command -v "$tool" >/dev/null || { echo "compare-sdk.sh: $tool is needed" >&2; exit 2; }
done
[ -x "$cli" ] || { echo "compare-sdk.sh: no loopview-cli at $cli" >&2; exit 2; }

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

python3 "$here/fakeloopring.py" generate "$work/job" --rows 5000 --tokens 5000 --account-id "$account"
python3 "$here/fakeloopring.py" serve "$work/job" --port-file "$work/port" &
server_pid=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
[ -s "$work/port" ] || { echo "compare-sdk.sh: the fake server did not start" >&2; exit 1; }
base_url="http://127.0.0.1:$(cat "$work/port")"

sdk_dir=${SDK_DIR:-$work/sdk}
if [ ! -d "$sdk_dir/node_modules/@loopring-web/loopring-sdk" ]; then
    echo "Installing @loopring-web/loopring-sdk@$sdk_version into $sdk_dir (a minute or two)…" >&2
    mkdir -p "$sdk_dir"
    npm install --prefix "$sdk_dir" --no-audit --no-fund --ignore-scripts --loglevel=error \
        "@loopring-web/loopring-sdk@$sdk_version" >&2
fi
installed=$(node -p "require('$sdk_dir/node_modules/@loopring-web/loopring-sdk/package.json').version")

# Each side's own, empty cache and config: nothing of the user's is read or written.
export XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export LOOPVIEW_API_KEY=bench-key-not-a-secret NODE_PATH="$sdk_dir/node_modules"
run_cli=("$cli" balances --base-url "$base_url" --account-id "$account" --format csv)
run_sdk=(node "$here/sdk-balances.cjs" "$base_url" "$account" "$LOOPVIEW_API_KEY")

"${run_cli[@]}" >"$work/cli.csv"
"${run_sdk[@]}" >"$work/sdk.csv"
python3 - "$work/cli.csv" "$work/sdk.csv" <<'EOF'
import csv, sys
cli, sdk = (list(csv.reader(open(path, newline=""))) for path in sys.argv[1:3])
if len(cli) != len(sdk) or len(cli) < 2:
    sys.exit("compare-sdk.sh: loopview-cli wrote %d rows, the SDK %d" % (len(cli), len(sdk)))
for line, (a, b) in enumerate(zip(cli, sdk), 1):
    if a != b:
        sys.exit("compare-sdk.sh: line %d differs:\n  loopview-cli %s\n  SDK          %s" % (line, a, b))
print("Same output: %d rows, every cell equal (amounts scaled exactly on both sides)." % (len(cli) - 1))
EOF

echo "A: ${run_cli[*]}"
echo "B: ${run_sdk[*]} (@loopring-web/loopring-sdk $installed, node $(node --version))"
python3 "$here/pairedruns.py" -n "$pairs" loopview-cli "${run_cli[*]@Q}" SDK "${run_sdk[*]@Q}"
