#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
"""Whole-process figures of the window, for benchmarks/run-all.sh:

    windowtimes.py [-n RUNS] BUILD_DIR

Each figure is the median (min-max) of RUNS fresh processes, under Xvfb (a real X server, as on a
desktop; the offscreen platform when Xvfb is missing), with settings, cache and data directories
of their own. Times come from the application itself: with LOOPVIEW_PAINT_PROBE set, `loopview`
(and bench_window, which opens the same window) prints the CLOCK_MONOTONIC time at which the
window, and then its table with rows, was first painted (src/gui/paintprobe.h). The start is taken
right before the process is spawned; "after the last byte" subtracts the time at which the fake
server (benchmarks/fakeloopring.py, same clock) had handed the last byte of the balances to the
kernel.

  cold-demo      `loopview --demo`, first start: start → first paint; start → demo rows painted
  fetch          bench_window fetches the 5,000-row account, nothing cached: rows painted after
                 the last byte of the balances; idle RSS 1 s after the rows were painted
  relaunch       `loopview` again, with that account and its cached token list (left by the
                 fetch): start → first paint
  relaunch-fetch bench_window again in those directories: start → 5,000 rows painted
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ACCOUNT = "10110"


def start_display(env):
    if not shutil.which("Xvfb"):
        env["QT_QPA_PLATFORM"] = "offscreen"
        return None, "offscreen platform (no Xvfb)"
    # A display number of our own, well away from the :0, :99 … that xvfb-run and others take.
    for display in range(140 + os.getpid() % 50, 400):
        if os.path.exists("/tmp/.X%d-lock" % display) or os.path.exists("/tmp/.X11-unix/X%d" % display):
            continue
        xvfb = subprocess.Popen(["Xvfb", ":%d" % display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if os.path.exists("/tmp/.X11-unix/X%d" % display) or xvfb.poll() is not None:
                break
            time.sleep(0.05)
        if xvfb.poll() is None:
            env["DISPLAY"] = ":%d" % display
            env["QT_QPA_PLATFORM"] = "xcb"
            return xvfb, "Xvfb 1920x1080x24 (xcb platform)"
    sys.exit("windowtimes.py: could not start Xvfb")


def start_server(job, log):
    port_file = os.path.join(os.path.dirname(log), "port")
    server = subprocess.Popen([sys.executable, os.path.join(HERE, "fakeloopring.py"), "serve", job,
                               "--port-file", port_file, "--log", log])
    for _ in range(200):
        if os.path.exists(port_file):
            return server, "http://127.0.0.1:" + open(port_file).read().strip()
        time.sleep(0.05)
    sys.exit("windowtimes.py: the fake server did not start")


def run(argv, env, home):
    """Runs one process with its own XDG directories under `home`; returns (start ns, probe lines, stdout)."""
    env = dict(env, XDG_CONFIG_HOME=home + "/config", XDG_CACHE_HOME=home + "/cache",
               XDG_DATA_HOME=home + "/data", XDG_RUNTIME_DIR=home + "/runtime")
    os.makedirs(home + "/runtime", mode=0o700, exist_ok=True)
    start = time.monotonic_ns()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        sys.exit("windowtimes.py: %s failed (%d):\n%s" % (argv[0], done.returncode, done.stderr))
    probe = {}
    for match in re.finditer(r"^loopview-probe: (\S+) (?:(\d+) )?(\d+)$", done.stderr, re.M):
        probe[match.group(1)] = int(match.group(3))
        if match.group(2):
            probe[match.group(1) + "-rows"] = int(match.group(2))
    return start, probe, done.stdout


def last_balances_byte(log):
    lines = [line.split() for line in open(log) if line.startswith("/api/v3/user/balances ")]
    return int(lines[-1][2])


def summary(values, unit="ms"):
    return "%.1f %s (%.1f-%.1f)" % (statistics.median(values), unit, min(values), max(values))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", dest="runs", type=int, default=7)
    parser.add_argument("build")
    args = parser.parse_args()
    loopview = os.path.join(args.build, "bin", "loopview")
    bench_window = os.path.join(args.build, "bin", "bench_window")
    for binary in (loopview, bench_window):
        if not os.access(binary, os.X_OK):
            sys.exit("windowtimes.py: no %s (configure with -DLOOPVIEW_BENCHMARKS=ON and build)" % binary)

    work = tempfile.mkdtemp(prefix="loopview-windowtimes-")
    env = dict(os.environ, LOOPVIEW_PAINT_PROBE="1")
    env.pop("SESSION_MANAGER", None)
    xvfb = server = None
    try:
        xvfb, display = start_display(env)
        subprocess.run([sys.executable, os.path.join(HERE, "fakeloopring.py"), "generate", work + "/job",
                        "--rows", "5000", "--tokens", "5000", "--account-id", ACCOUNT], check=True)
        log = work + "/server.log"
        server, base_url = start_server(work + "/job", log)
        ms = lambda ns: ns / 1e6
        figures = {key: [] for key in ("cold-window", "cold-rows", "fetch-after-byte", "fetch-start", "idle-rss",
                                       "relaunch-window", "relaunch-fetch")}
        for i in range(args.runs + 1):  # the first round warms the disk cache and is not counted
            home = "%s/run%d" % (work, i)
            start, probe, _ = run([loopview, "--demo"], dict(env, LOOPVIEW_PAINT_PROBE="quit-after-rows"), home + "-demo")
            cold = (ms(probe["window-painted"] - start), ms(probe["rows-painted"] - start))
            start, probe, out = run([bench_window, base_url, ACCOUNT, "1000"], env, home)
            fetch = (ms(probe["rows-painted"] - last_balances_byte(log)), ms(probe["rows-painted"] - start),
                     int(re.search(r"idle-rss-kib (\d+)", out).group(1)) / 1024, probe["rows-painted-rows"])
            start, probe, _ = run([loopview], dict(env, LOOPVIEW_PAINT_PROBE="quit-after-window"), home)
            relaunch = ms(probe["window-painted"] - start)
            start, probe, _ = run([bench_window, base_url, ACCOUNT, "0"], env, home)
            relaunch_fetch = ms(probe["rows-painted"] - start)
            if fetch[3] != 5000:
                sys.exit("windowtimes.py: %d rows painted, expected 5000" % fetch[3])
            if i == 0:
                continue
            for key, value in zip(("cold-window", "cold-rows"), cold):
                figures[key].append(value)
            for key, value in zip(("fetch-after-byte", "fetch-start", "idle-rss"), fetch):
                figures[key].append(value)
            figures["relaunch-window"].append(relaunch)
            figures["relaunch-fetch"].append(relaunch_fetch)

        print("Display: %s; %d runs of each after one warm-up round; median (min-max)." % (display, args.runs))
        print("| figure | measured | target |")
        print("|---|---|---|")
        rows = [
            ("cold start `loopview --demo` → first paint of the window", summary(figures["cold-window"]), "< 150 ms"),
            ("cold start `loopview --demo` → demo rows painted", summary(figures["cold-rows"]), "(< 150 ms)"),
            ("fetch of the 5,000-row account: rows painted after the last byte of the balances",
             summary(figures["fetch-after-byte"]), "< 500 ms"),
            ("the same fetch: process start → 5,000 rows painted (token list fetched too)",
             summary(figures["fetch-start"]), ""),
            ("relaunch with that account and its cached token list → first paint",
             summary(figures["relaunch-window"]), "< 300 ms"),
            ("relaunch, then fetch that account (cached token list on disk) → 5,000 rows painted",
             summary(figures["relaunch-fetch"]), "(< 300 ms)"),
            ("idle RSS with 5,000 rows (1 s after they were painted)", summary(figures["idle-rss"], "MiB"),
             "< 60 MiB"),
        ]
        for row in rows:
            print("| %s | %s | %s |" % row)
    finally:
        for process in (server, xvfb):
            if process:
                process.terminate()
                process.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
