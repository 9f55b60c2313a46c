#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
"""A fake Loopring service for the benchmarks: generates the benchmark job and serves it.

    fakeloopring.py generate DIR [--rows N] [--tokens M] [--account-id ID]
        Writes DIR/tokens.json (GET /api/v3/exchange/tokens) and DIR/balances.json
        (GET /api/v3/user/balances) for one account. Deterministic: the same arguments give the
        same bytes on every machine and Python version (own PRNG, no `random`).
    fakeloopring.py serve DIR [--port-file FILE] [--log FILE]
        Serves those two bodies on 127.0.0.1 (a free port, written to FILE) from memory, HTTP/1.1
        with keep-alive, until SIGTERM/SIGINT. With --log, appends one line per response after its
        last byte was handed to the kernel: "<path> <bytes> <CLOCK_MONOTONIC ns>", so a client
        that reports its own CLOCK_MONOTONIC times can say how long it took after the last byte.

The job is the one of issue 12: an account with 5,000 balances and a token list of ~5,000
tokens whose entries look like mainnet's (about 500 bytes each), amounts from 1 to 78 digits
(every one below 2^256), decimals 0 to 30 with mainnet's 18, 6 and 8 most common, and 1% of the
balances for token ids that the list does not have (shown in base units).
"""

import argparse
import http.server
import os
import signal
import socketserver
import sys
import time

MAX_AMOUNT = 2**256 - 1
MASK64 = (1 << 64) - 1


class SplitMix64:
    """A tiny, fully specified PRNG, so the job is the same everywhere."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def digits(self, count):
        """A number of exactly `count` decimal digits (count <= 78), below 2^256."""
        while True:
            text = str(1 + self.below(9)) + "".join(str(self.below(10)) for _ in range(count - 1))
            if int(text) <= MAX_AMOUNT:
                return text


def token_decimals(rng):
    roll = rng.below(100)
    if roll < 55:
        return 18
    if roll < 70:
        return 6
    if roll < 78:
        return 8
    return rng.below(31)


def symbol_for(token_id):
    # Unique, upper case, 3 to 8 characters like mainnet symbols; the SDK keys its map by symbol.
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text, n = "", token_id
    while True:
        text = letters[n % 26] + text
        n //= 26
        if n == 0:
            break
    return "T" + text.rjust(2, "A") + str(token_id % 10)


def tokens_body(count, rng):
    entries = []
    for token_id in range(count):
        decimals = token_decimals(rng)
        symbol = symbol_for(token_id)
        address = "0x" + "".join("0123456789abcdef"[rng.below(16)] for _ in range(40))
        unit = "1" + "0" * decimals
        entries.append(
            '{"type":"ERC20","tokenId":%d,"symbol":"%s","name":"Benchmark Token %d","address":"%s",'
            '"decimals":%d,"precision":%d,"precisionForOrder":3,'
            '"orderAmounts":{"minimum":"%s","maximum":"%s000000","dust":"%s"},'
            '"luckyTokenAmounts":{"minimum":"%s","maximum":"%s0000","dust":"%s"},'
            '"fastWithdrawLimit":"%s00000","gasAmounts":{"distribution":"101827","deposit":"200000"},'
            '"enabled":%s,"isLpToken":false,"tradePairs":["ETH","USDC","LRC"]}'
            % (token_id, symbol, token_id, address, decimals, min(decimals, 2 + rng.below(6)),
               unit, unit, unit, unit, unit, unit, unit, "true" if rng.below(50) else "false"))
    return ("[" + ",".join(entries) + "]").encode()


def balances_body(rows, token_count, account_id, rng):
    known = rows - rows // 100
    ids = list(range(0, token_count, max(1, token_count // known)))[:known]
    ids += [token_count + 1000 + i for i in range(rows - len(ids))]  # not in the token list
    entries = []
    for token_id in ids:
        total = rng.digits(1 + rng.below(78))
        roll = rng.below(10)
        if roll < 5:
            locked = "0"
        elif roll < 9 and len(total) > 1:
            locked = rng.digits(rng.below(len(total) - 1) + 1)  # below the total
        else:
            locked = rng.digits(1 + rng.below(78))  # may exceed it: available is then negative
        withdraw = "0" if rng.below(4) else rng.digits(1 + rng.below(40))
        deposit = "0" if rng.below(4) else rng.digits(1 + rng.below(40))
        entries.append(
            '{"accountId":%d,"tokenId":%d,"total":"%s","locked":"%s","pending":{"withdraw":"%s","deposit":"%s"}}'
            % (account_id, token_id, total, locked, withdraw, deposit))
    return ("[" + ",".join(entries) + "]").encode()


def generate(args):
    os.makedirs(args.dir, exist_ok=True)
    rng = SplitMix64(0x10091A5)
    with open(os.path.join(args.dir, "tokens.json"), "wb") as out:
        out.write(tokens_body(args.tokens, rng))
    with open(os.path.join(args.dir, "balances.json"), "wb") as out:
        out.write(balances_body(args.rows, args.tokens, args.account_id, rng))


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the client reuses one connection
    bodies = {}
    log = None

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        body = self.bodies.get(path)
        status = 200
        if body is None:
            status, body = 404, b'{"resultInfo":{"code":100000,"message":"no route in fake server"}}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        if self.log:
            self.log.write("%s %d %d\n" % (path, len(body), time.monotonic_ns()))
            self.log.flush()

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve(args):
    Handler.bodies = {
        "/api/v3/exchange/tokens": open(os.path.join(args.dir, "tokens.json"), "rb").read(),
        "/api/v3/user/balances": open(os.path.join(args.dir, "balances.json"), "rb").read(),
    }
    if args.log:
        Handler.log = open(args.log, "a")
    server = Server(("127.0.0.1", 0), Handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as out:
            out.write("%d\n" % server.server_address[1])
        os.replace(args.port_file + ".tmp", args.port_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate")
    gen.add_argument("dir")
    gen.add_argument("--rows", type=int, default=5000)
    gen.add_argument("--tokens", type=int, default=5000)
    gen.add_argument("--account-id", type=int, default=10110)
    srv = sub.add_parser("serve")
    srv.add_argument("dir")
    srv.add_argument("--port-file")
    srv.add_argument("--log")
    args = parser.parse_args()
    generate(args) if args.command == "generate" else serve(args)


if __name__ == "__main__":
    main()
