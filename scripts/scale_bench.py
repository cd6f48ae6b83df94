#!/usr/bin/env python3
"""How the cost of a check grows with the size of the submission.

Usage:
    swift build -c release --product dqtv-bench
    python3 scripts/scale_bench.py [--sizes 1,10,100,1000,3321] [--rounds 3]
                                   [--dir /tmp] [--bench .build/release/dqtv-bench]

For each number of communes, a submission is generated with
scripts/gen_submission.py (kept in --dir, reused when present), then measured in
fresh processes, alternating: libyaml's bare event loop over the file (the floor)
and a whole check with the bundled pack (load, decode, every rule in force). The
table gives the medians, the ratio check/loop, the cost per commune and the peak
memory of the check against the file size. Linear growth shows as a flat
"check µs/commune" column and a flat ratio. The machines are shared and noisy:
compare ratios, not seconds.
"""
import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(bench, mode, path):
    args = [bench, "--mode", mode, path]
    if mode == "check":
        args.append(os.path.join(ROOT, "rules", "dqtv"))
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,10,100,1000,3321")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", default="/tmp")
    parser.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "dqtv-bench"))
    a = parser.parse_args()
    if not os.path.exists(a.bench):
        sys.exit(f"{a.bench} is missing: swift build -c release --product dqtv-bench")
    sizes = [int(s) for s in a.sizes.split(",")]
    print(f"{'communes':>8} {'MiB':>8} {'loop s':>8} {'check s':>8} {'check/loop':>10} "
          f"{'check µs/commune':>16} {'peak MiB':>9} {'peak/file':>9} {'findings':>8}")
    for n in sizes:
        path = os.path.join(a.dir, f"dqtv-scale-{n}.yaml")
        if not os.path.exists(path):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_submission.py"), "--communes", str(n),
                            "-o", path], check=True, capture_output=True)
        size = os.path.getsize(path)
        loops, checks, peaks, findings = [], [], [], 0
        for _ in range(a.rounds):
            loops.append(run(a.bench, "loop", path)[0])
            seconds, kib, findings = run(a.bench, "check", path)
            checks.append(seconds)
            peaks.append(kib)
        loop, check, peak = statistics.median(loops), statistics.median(checks), statistics.median(peaks)
        print(f"{n:>8} {size / 2**20:>8.1f} {loop:>8.3f} {check:>8.3f} {check / loop:>10.2f} "
              f"{check / n * 1e6:>16.0f} {peak / 1024:>9.1f} {peak * 1024 / size:>9.2f} {findings:>8}",
              flush=True)


if __name__ == "__main__":
    main()
