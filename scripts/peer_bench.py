#!/usr/bin/env python3
"""Compare dqtv with what an engineer would otherwise write: PyYAML's C loader
(yaml.CSafeLoader over libyaml) plus the same rules in plain Python
(scripts/legal_reference.py).

Usage:
    swift build -c release --product dqtv
    swift build -c release --product dqtv-bench
    python3 scripts/peer_bench.py FILE [--rounds N] [--dqtv .build/release/dqtv]
                                       [--floor .build/release/dqtv-bench]

Each round times, in fresh processes, `dqtv check FILE --format json` with the
bundled pack, the Python peer, and the floor (libyaml's bare event loop over the
file, `dqtv-bench --mode loop`, when built) on the same file, alternately; the
medians and their ratios are printed, with the number of findings each reports
(they should agree). Every time is a whole process's, start to exit. The
machines are shared and noisy: compare the ratios.
"""
import argparse
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def peer(path):
    """Run inside a child: load with the C loader, apply the Python rules."""
    sys.path.insert(0, HERE)
    import yaml
    import legal_reference

    with open(path, "rb") as f:
        sub = yaml.load(f, Loader=yaml.CSafeLoader)
    if isinstance(sub.get("as_of"), str):
        # JSON has no dates: its dates are strings, which the rules compare as dates.
        sub = with_dates(sub)
    findings = legal_reference.check(sub, sub["as_of"])
    print(len(findings))


DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def with_dates(value):
    """`value` with every string that is an ISO date turned into a date."""
    if isinstance(value, dict):
        return {k: with_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [with_dates(v) for v in value]
    if isinstance(value, str) and DATE.fullmatch(value):
        return datetime.date.fromisoformat(value)
    return value


def timed(command):
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    return time.perf_counter() - start, done


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("file")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--dqtv", default=os.path.join(os.path.dirname(HERE), ".build", "release", "dqtv"))
    p.add_argument("--floor", default=os.path.join(os.path.dirname(HERE), ".build", "release", "dqtv-bench"))
    p.add_argument("--peer-child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.peer_child:
        peer(args.file)
        return
    import yaml

    if not getattr(yaml, "__with_libyaml__", False):
        sys.exit("PyYAML here has no C loader (libyaml bindings); the comparison would be unfair")
    ours, theirs, floor = [], [], []
    has_floor = os.path.exists(args.floor)
    ours_count = theirs_count = None
    for _ in range(args.rounds):
        t, done = timed([args.dqtv, "check", args.file, "--format", "json"])
        if done.returncode not in (0, 1):
            sys.exit("dqtv failed: " + done.stderr[-2000:])
        ours.append(t)
        ours_count = len(json.loads(done.stdout)["findings"])
        t, done = timed([sys.executable, os.path.abspath(__file__), args.file, "--peer-child"])
        if done.returncode != 0:
            sys.exit("the peer failed: " + done.stderr[-2000:])
        theirs.append(t)
        theirs_count = int(done.stdout.strip())
        if has_floor:
            t, done = timed([args.floor, "--mode", "loop", args.file])
            if done.returncode != 0:
                sys.exit("the floor failed: " + done.stderr[-2000:])
            floor.append(t)
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"file: {args.file} ({os.path.getsize(args.file) / 1048576:.1f} MiB), {args.rounds} rounds")
    print(f"dqtv check (bundled pack, whole process): {a:.3f} s median, {ours_count} findings")
    print(f"PyYAML CSafeLoader + Python rules:         {b:.3f} s median, {theirs_count} findings")
    print(f"ratio dqtv/peer: {a / b:.2f}")
    if floor:
        c = statistics.median(floor)
        print(f"libyaml bare event loop (the floor):       {c:.3f} s median")
        print(f"ratio dqtv/floor: {a / c:.2f}  (goal <= 1.50)")


if __name__ == "__main__":
    main()
