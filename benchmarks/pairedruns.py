#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
"""Whole-process timing of two commands in pairs, A B A B …, for benchmarks/compare-sdk.sh.

    pairedruns.py [-n PAIRS] [--warmup N] NAME_A 'COMMAND A' NAME_B 'COMMAND B'

Each command is split as a shell would split it (no shell runs it), its output is discarded, and
the kernel's own accounting of the finished child is read (wait4: user + system CPU time and peak
resident set, the same figures GNU time prints, at microsecond resolution); wall time is measured
around fork and wait. Prints the median (min-max) of wall, CPU and peak RSS for each command and
of the per-pair ratios A/B: pairing keeps a ratio honest when the machine's speed drifts.
"""

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(argv):
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit("pairedruns.py: %s exited with %d" % (argv[0], child.returncode))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def summary(values):
    return "%9.3f (%.3f-%.3f)" % (statistics.median(values), min(values), max(values))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", dest="pairs", type=int, default=11)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("name_a")
    parser.add_argument("command_a")
    parser.add_argument("name_b")
    parser.add_argument("command_b")
    args = parser.parse_args()
    a, b = shlex.split(args.command_a), shlex.split(args.command_b)

    for _ in range(args.warmup):
        run_once(a)
        run_once(b)
    runs_a, runs_b = [], []
    for _ in range(args.pairs):
        runs_a.append(run_once(a))
        runs_b.append(run_once(b))

    print("%d pairs, A B A B …, after %d warm-up pair(s); median (min-max):" % (args.pairs, args.warmup))
    print("%-16s %23s %23s %23s" % ("", "wall s", "CPU s (user+sys)", "peak RSS MiB"))
    for name, runs in ((args.name_a, runs_a), (args.name_b, runs_b)):
        print("%-16s" % name + "".join(" %22s" % summary([r[i] for r in runs]) for i in range(3)))
    ratios = [[ra[i] / rb[i] for ra, rb in zip(runs_a, runs_b)] for i in range(3)]
    print("%-16s" % ("ratio A/B") + "".join(" %22s" % summary(r) for r in ratios))


if __name__ == "__main__":
    main()
