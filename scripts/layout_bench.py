#!/usr/bin/env python3
"""Measure dqtv on each layout of the same submission, side by side in one run.

Usage:
    swift build -c release --product dqtv
    swift build -c release --product dqtv-bench
    python3 scripts/layouts.py /tmp/layouts --communes 170
    python3 scripts/layout_bench.py /tmp/layouts [--rounds N] [--markdown]

For every file of the folder (scripts/layouts.py's layouts), each round runs,
as whole processes, one after the other:

    floor   libyaml's bare event loop over the file (`dqtv-bench --mode loop`)
    tree    dqtv's YAML loader building its node table (`dqtv-bench --mode tree`)
    check   `dqtv check FILE --format json`, the report written to a file
    peer    PyYAML's C loader and the rules in Python (scripts/peer_bench.py)

and prints the medians: seconds, and the ratios tree/floor, check/floor and
peer/check; the peak resident memory of the tree and of the check over the
file's size; and the findings the check and the peer report. Times are wall times from start
to exit; peaks are the children's maximum resident sets. The machine is
shared and noisy: read the ratios, which are measured in the same rounds.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(command, stdout):
    """Wall seconds, peak resident KiB and exit status of a child process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    err = child.stderr.read().decode("utf-8", "replace")
    child.stderr.close()
    return seconds, usage.ru_maxrss, child.returncode, err


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folder")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--dqtv", default=os.path.join(ROOT, ".build", "release", "dqtv"))
    p.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "dqtv-bench"))
    p.add_argument("--markdown", action="store_true", help="print the table in Markdown")
    args = p.parse_args()
    files = sorted(
        os.path.join(args.folder, f) for f in os.listdir(args.folder) if f.endswith((".yaml", ".json")))
    if not files:
        sys.exit(f"no .yaml or .json file in {args.folder}")
    times = {f: {k: [] for k in ("floor", "tree", "check", "peer")} for f in files}
    peaks = {f: {k: [] for k in ("tree", "check")} for f in files}
    findings = {}
    with tempfile.TemporaryDirectory() as scratch:
        report = os.path.join(scratch, "report.json")
        peer_out = os.path.join(scratch, "peer.txt")
        for _ in range(args.rounds):
            for f in files:
                t, _, rc, err = run([args.bench, "--mode", "loop", f], subprocess.DEVNULL)
                if rc != 0:
                    sys.exit(f"the floor failed on {f}: {err[-2000:]}")
                times[f]["floor"].append(t)
                t, kib, rc, err = run([args.bench, "--mode", "tree", f], subprocess.DEVNULL)
                if rc != 0:
                    sys.exit(f"the tree failed on {f}: {err[-2000:]}")
                times[f]["tree"].append(t)
                peaks[f]["tree"].append(kib)
                with open(report, "wb") as out:
                    t, kib, rc, err = run([args.dqtv, "check", f, "--format", "json"], out)
                if rc not in (0, 1):
                    sys.exit(f"dqtv check failed on {f}: {err[-2000:]}")
                times[f]["check"].append(t)
                peaks[f]["check"].append(kib)
                with open(report, "rb") as r:
                    ours = len(json.load(r)["findings"])
                with open(peer_out, "wb") as out:
                    t, _, rc, err = run(
                        [sys.executable, os.path.join(HERE, "peer_bench.py"), f, "--peer-child"], out)
                if rc != 0:
                    sys.exit(f"the peer failed on {f}: {err[-2000:]}")
                times[f]["peer"].append(t)
                with open(peer_out) as r:
                    findings[f] = (ours, int(r.read().strip()))

    header = ("layout", "MiB", "floor s", "tree s", "check s", "tree/floor", "check/floor",
              "tree peak/file", "check peak/file", "peer s", "peer/check", "findings (dqtv/peer)")
    rows = []
    for f in files:
        m = {k: statistics.median(v) for k, v in times[f].items()}
        size = os.path.getsize(f)
        peak = statistics.median(peaks[f]["check"]) * 1024
        tree_peak = statistics.median(peaks[f]["tree"]) * 1024
        rows.append((
            os.path.basename(f), f"{size / 1048576:.1f}", f"{m['floor']:.3f}", f"{m['tree']:.3f}",
            f"{m['check']:.3f}", f"{m['tree'] / m['floor']:.2f}", f"{m['check'] / m['floor']:.2f}",
            f"{tree_peak / size:.2f}", f"{peak / size:.2f}", f"{m['peer']:.2f}", f"{m['peer'] / m['check']:.1f}",
            f"{findings[f][0]}/{findings[f][1]}"))
    print(f"{args.rounds} rounds, medians; whole processes; peak = check's maximum resident set")
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" for _ in header) + "|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        print("  ".join(h.rjust(w) for h, w in zip(header, widths)))
        for r in rows:
            print("  ".join(c.rjust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    main()
