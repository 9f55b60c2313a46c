#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
"""Summarises a callgrind profile of `loopview-cli balances` by phase, for benchmarks/run-all.sh:

    callgrindphases.py callgrind.out

Runs `callgrind_annotate --inclusive=yes` and prints, as a Markdown table, the share of all
instructions spent in (and under) the function that carries each phase of the job. Shares of
nested phases overlap (main contains everything after start-up). Instructions are not time: the
fsync of the cache file, the network wait and the kernel's page faults do not show here.
"""

import re
import subprocess
import sys

# phase, regular expression for the function (first match with the largest inclusive cost wins)
PHASES = [
    ("whole run (dynamic loading and start-up included)", r"^PROGRAM TOTALS$"),
    ("main()", r"(^|:)main$"),
    ("event loop (everything after start-up)", r"QCoreApplication::exec\(\)"),
    ("both replies handled (HttpExchange::onReplyFinished)", r"loopview::HttpExchange::onReplyFinished\("),
    ("  parseServiceError, both bodies (replyerrors::failureInSuccessBody)", r"loopview::json::parseServiceError\("),
    ("  token list: TokenListLoader::onCallFinished", r"loopview::cli::TokenListLoader::onCallFinished\("),
    ("    parseTokens", r"loopview::json::parseTokens\("),
    ("    TokenCache::store", r"loopview::TokenCache::store\("),
    ("    TokenRegistry construction", r"loopview::TokenRegistry::TokenRegistry\("),
    ("  both bodies in: BalancesCommand::finishWhenBothArrived", r"loopview::cli::BalancesCommand::finishWhenBothArrived\("),
    ("    parseBalances", r"loopview::json::parseBalances\("),
    ("    makeBalanceRecords (records, not made for the plain CSV)", r"loopview::makeBalanceRecords\("),
    ("    writeBalancesCsv of the balances (the CSV, streamed to stdout)", r"loopview::writeBalancesCsv\(QIODevice\*, QList<loopview::Balance> const&"),
    ("QJsonDocument::fromJson, all calls (inside the above)", r"QJsonDocument::fromJson\("),
    ("keyring (QtKeychain)", r"QKeychain::"),
]


def main():
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", sys.argv[1]],
                               capture_output=True, text=True, check=True).stdout
    costs = []
    for line in annotated.splitlines():
        match = re.match(r"^\s*([\d,]+)\s+(?:\(\s*[\d.]+%\)\s+)?(.*?)\s*$", line)
        if match:
            name = re.sub(r"^[^:]*:(?=\S)", "", match.group(2), count=1) if ":" in match.group(2) else match.group(2)
            name = re.sub(r" \[[^\]]*\]$", "", name)
            costs.append((int(match.group(1).replace(",", "")), name, match.group(2)))
    total = next(cost for cost, name, _ in costs if name == "PROGRAM TOTALS")
    print("| phase | function | share of instructions |")
    print("|---|---|---|")
    for phase, pattern in PHASES:
        matches = [(cost, name) for cost, name, raw in costs if re.search(pattern, name) or re.search(pattern, raw)]
        if not matches:
            print("| %s | (not seen) | — |" % phase)
            continue
        cost, name = max(matches)
        shown = name if len(name) < 70 else name[:67] + "…"
        print("| %s | `%s` | %.1f %% (%.0f M) |" % (phase, shown, 100.0 * cost / total, cost / 1e6))


if __name__ == "__main__":
    main()
