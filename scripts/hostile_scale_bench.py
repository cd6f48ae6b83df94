#!/usr/bin/env python3
"""Whether the costs of very wide mappings, alias bombs, very large packs, source lines far
into a file or in a huge line, and rules stopped by the cost budget grow as they should.

Usage:
    swift build -c release --product dqtv-bench
    swift build -c release --product dqtv
    python3 scripts/hostile_scale_bench.py [--rounds 3] [--keys 30000,300000]
                                           [--levels 9,12] [--rules 1,1000,10000]
                                           [--lines 20000,200000]
                                           [--line-bytes 81920,8388608] [--dir /tmp]

Wide mappings: a submission whose one mapping has N distinct keys, and a mapping of N
equal keys (the worst case of the duplicate check, refused at the first repeat), at each N
of --keys. Each is loaded in a fresh `dqtv-bench --mode load` process, timed inside it,
alternating with the floor, libyaml's bare event loop over the same file (`--mode loop`).
The table gives the medians, and the growth from the smallest N to the largest beside the
floor's own growth: linear work gives about the ratio of the sizes (10 for 30,000 to
300,000), and about the floor's ratio.

Alias bombs: "billion laughs", L anchors each a list of ten aliases of the one before (as
`HostileInput.aliasBomb` writes them), at each L of --levels, loaded in a fresh `dqtv-bench
--mode load` process, timed inside it. The loader refuses the bomb at the alias that passes
its cap of a million nodes, at the same place whatever L: the load takes about the same time
at 12 levels as at 9 (about 1); expanding the aliases would take about 10^(12 - 9) = 1,000
times as long.

Large packs: a pack extending the bundled one with R rules of the `Commune` scope (as
`Tests/HostileInputTests/HostilePackTests.swift` writes them), linted (`dqtv lint`, which runs
the bundled pack's tests with every rule) and used in a check of
samples/commune-compliant.yaml, each a whole process of the release `dqtv`. A process has a
fixed cost (start, the bundled pack), so the growth is measured on what the rules add: the
time at R minus the time at the smallest R of --rules. From 1,000 to 10,000 rules, linear
work gives about 10 (9,999 / 999 rules added); quadratic work about 100.

Source lines: diagnostics find their lines through a sparse index. `dqtv-bench --mode
lookups` finds the last 10,000 lines of a file of L lines (each --lines) and renders their
snippets: with the index, the time does not grow with L (about 1 from 20,000 to 200,000
lines); a scan from the file's start each time grows with it (about 10). `--mode long-line`
renders snippets in a line of B bytes (each --line-bytes), beside its floor, `--mode
line-scan`, as many bare passes over the line's bytes, and what cutting the line avoids,
`--mode line-decode`, as many decodings of the whole line: a line cut before it is decoded
costs a few passes (it counts the line's scalars, then finds the window), the same number at
each size and fewer than a decoding.

Cost budget: a rule whose `all` walks a list of 10^6 and of 10^7 elements (six and seven
`cel.bind`s, as `HostilePackTests` writes the first), in a check of
samples/commune-compliant.yaml with that rule alone, beside a pack whose one rule is `true`.
The budget stops both: the time the rule adds is about the same at 10^7 as at 10^6 (about 1);
walking the list would take about 10 times as long.

The machine is shared and noisy: compare ratios, not seconds, and only within one run.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SAMPLE = os.path.join(ROOT, "samples", "commune-compliant.yaml")
HEADER = "format: dqtv-submission/1\nas_of: 2026-06-30\n"


def wide_mapping(n):
    """N distinct keys in one mapping, as `HostileInput.wideMapping` writes them."""
    lines = [HEADER, 'communes:\n  - code: "00001"\n    extra:\n']
    lines += [f"      k{i}: {i}\n" for i in range(n)]
    return "".join(lines)


def alias_bomb(levels):
    """`levels` anchors, each a list of ten aliases of the one before."""
    text = HEADER + "lol: &l0 lol\n"
    for level in range(1, levels + 1):
        text += f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]\n"
    return text


def equal_keys(n):
    """N equal keys in one mapping."""
    return "m:\n" + "  k: 1\n" * n


def rule(i):
    return (f"  - id: LOCAL.R{i}\n"
            f"    title: {{vi: Thử LOCAL.R{i}, en: Test LOCAL.R{i}}}\n"
            f"    basis: [{{doc: \"12/2026/QĐ-UBND\"}}]\n"
            f"    severity: info\n"
            f"    effective: {{from: 2026-01-01}}\n"
            f"    scope: Commune\n"
            f"    require: self.population >= {i * 3}\n"
            f"    message: {{vi: \"{{self.name}}\", en: \"{{self.name}}\"}}\n\n")


def write_pack(folder, count):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "pack.yaml"), "w", encoding="utf-8") as f:
        f.write("name: local\nversion: '1'\ntitle: {vi: Thử, en: Local}\nextends: dqtv\n")
    with open(os.path.join(folder, "local.yaml"), "w", encoding="utf-8") as f:
        f.write("rules:\n" + "".join(rule(i) for i in range(count)))
    with open(os.path.join(folder, "instruments.yaml"), "w", encoding="utf-8") as f:
        f.write("instruments:\n  - doc: \"12/2026/QĐ-UBND\"\n    title: {vi: Quyết định, en: Decision}\n")


def bound_list(levels):
    """A rule's `require` whose `all` walks a list of 10^levels elements, built by `levels`
    `cel.bind`s each ten times the one before (as `HostilePackTests` writes it)."""
    names = [chr(ord("a") + i) for i in range(levels)]
    expression = f"{names[-1]}.all(x, x == 1)"
    for i in reversed(range(levels)):
        value = "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]" if i == 0 else " + ".join([names[i - 1]] * 10)
        expression = f"cel.bind({names[i]}, {value}, {expression})"
    return f"'{expression}'"


def write_one_rule_pack(folder, require):
    write_pack(folder, 0)
    with open(os.path.join(folder, "local.yaml"), "w", encoding="utf-8") as f:
        f.write("rules:\n" + rule(0).replace("self.population >= 0", require).replace("severity: info", "severity: error"))


def bench_child(bench, mode, path):
    out = subprocess.run([bench, "--mode", mode, path], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), int(out[2])


def timed(args, statuses):
    start = time.monotonic()
    status = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    seconds = time.monotonic() - start
    if status not in statuses:
        sys.exit(f"{' '.join(args)} exited with {status}")
    return seconds


def mappings(a, work):
    sizes = [int(s) for s in a.keys.split(",")]
    print(f"{'mapping':>9} {'keys':>8} {'loop s':>8} {'load s':>8} {'load/loop':>9} {'nodes or diagnostics':>20}")
    medians = {}
    for kind, make in (("distinct", wide_mapping), ("equal", equal_keys)):
        for n in sizes:
            path = os.path.join(work, f"{kind}-{n}.yaml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(make(n))
            loops, loads, count = [], [], 0
            for _ in range(a.rounds):
                loops.append(bench_child(a.bench, "loop", path)[0])
                seconds, count = bench_child(a.bench, "load", path)
                loads.append(seconds)
            loop, load = statistics.median(loops), statistics.median(loads)
            medians[(kind, n)] = (loop, load)
            print(f"{kind:>9} {n:>8} {loop:>8.3f} {load:>8.3f} {load / loop:>9.2f} {count:>20}", flush=True)
    low, high = sizes[0], sizes[-1]
    for kind in ("distinct", "equal"):
        (loop0, load0), (loop1, load1) = medians[(kind, low)], medians[(kind, high)]
        print(f"{kind} keys, {high} / {low}: loader {load1 / load0:.2f}, libyaml loop {loop1 / loop0:.2f} "
              f"(linear: about {high / low:.0f})")


def aliases(a, work):
    levels = [int(s) for s in a.levels.split(",")]
    print(f"{'levels':>8} {'load s':>8} {'diagnostics':>11}")
    loads = {}
    for n in levels:
        path = os.path.join(work, f"bomb-{n}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(alias_bomb(n))
        runs = [bench_child(a.bench, "load", path) for _ in range(a.rounds)]
        loads[n] = statistics.median(seconds for seconds, _ in runs)
        print(f"{n:>8} {loads[n]:>8.4f} {runs[-1][1]:>11}", flush=True)
    low, high = levels[0], levels[-1]
    print(f"alias bomb, {high} / {low} levels: loader {loads[high] / loads[low]:.2f} "
          f"(stopped at the cap: about 1; expanded: about {10 ** (high - low)})")


def packs(a, work):
    sizes = [int(s) for s in a.rules.split(",")]
    folders = {}
    for r in sizes:
        folders[r] = os.path.join(work, f"pack-{r}")
        write_pack(folders[r], r)
    lints = {r: [] for r in sizes}
    checks = {r: [] for r in sizes}
    for _ in range(a.rounds):
        for r in sizes:
            # Lint warns once for each rule no test makes fire (exit 0); the check fails on
            # nothing (`--fail-on never`).
            lints[r].append(timed([a.dqtv, "lint", folders[r], "--lang", "en"], {0}))
            checks[r].append(timed(
                [a.dqtv, "check", SAMPLE, "--rules", folders[r], "--lang", "en", "--fail-on", "never"], {0}))
    print(f"{'rules':>8} {'lint s':>8} {'check s':>8}")
    lint = {r: statistics.median(lints[r]) for r in sizes}
    check = {r: statistics.median(checks[r]) for r in sizes}
    for r in sizes:
        print(f"{r:>8} {lint[r]:>8.3f} {check[r]:>8.3f}")
    base, mid, high = sizes[0], sizes[-2], sizes[-1]
    linear = (high - base) / (mid - base)
    for name, t in (("lint", lint), ("check", check)):
        added_mid, added_high = t[mid] - t[base], t[high] - t[base]
        ratio = added_high / added_mid if added_mid > 0 else float("inf")
        print(f"{name}: time the rules add at {high} / at {mid}: {ratio:.2f} "
              f"(linear: about {linear:.0f}, quadratic: about {linear * linear:.0f}); "
              f"whole process {t[high] / t[mid]:.2f}")


def source_lines(a, work):
    sizes = [int(s) for s in a.lines.split(",")]
    widths = [int(s) for s in a.line_bytes.split(",")]
    lookups = {}
    print(f"{'lines':>8} {'look-ups s':>10}")
    for n in sizes:
        path = os.path.join(work, f"lines-{n}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("".join(f"  k{i}: v\n" for i in range(n)))
        lookups[n] = statistics.median(bench_child(a.bench, "lookups", path)[0] for _ in range(a.rounds))
        print(f"{n:>8} {lookups[n]:>10.4f}", flush=True)
    low, high = sizes[0], sizes[-1]
    print(f"look-ups, {high} / {low} lines: {lookups[high] / lookups[low]:.2f} "
          f"(indexed: about 1; a scan from the start: about {high / low:.0f})")
    print(f"{'line bytes':>10} {'scan s':>8} {'decode s':>8} {'snippets s':>10} {'snippets/scan':>13} "
          f"{'decode/scan':>11}")
    longs = {}
    for n in widths:
        path = os.path.join(work, f"line-{n}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("note: " + "x" * n + "\n")
        scans, decodes, snippets = [], [], []
        for _ in range(a.rounds):
            scans.append(bench_child(a.bench, "line-scan", path)[0])
            decodes.append(bench_child(a.bench, "line-decode", path)[0])
            snippets.append(bench_child(a.bench, "long-line", path)[0])
        scan, decode, snippet = statistics.median(scans), statistics.median(decodes), statistics.median(snippets)
        longs[n] = (scan, snippet)
        print(f"{n:>10} {scan:>8.4f} {decode:>8.4f} {snippet:>10.4f} {snippet / scan:>13.2f} {decode / scan:>11.2f}",
              flush=True)
    (scan0, snip0), (scan1, snip1) = longs[widths[0]], longs[widths[-1]]
    print(f"long line, {widths[-1]} / {widths[0]} bytes: snippets {snip1 / snip0:.2f}, bare pass {scan1 / scan0:.2f} "
          f"(linear: about {widths[-1] / widths[0]:.0f})")


def budget(a, work):
    packs = {"true": "true", "10^6": bound_list(6), "10^7": bound_list(7)}
    folders = {}
    for name, require in packs.items():
        folders[name] = os.path.join(work, f"budget-{name.replace('^', '')}")
        write_one_rule_pack(folders[name], require)
    times = {name: [] for name in packs}
    for _ in range(a.rounds):
        for name in packs:
            # The bound rules end in an evaluation error (exit 1); `true` passes (exit 0).
            times[name].append(timed(
                [a.dqtv, "check", SAMPLE, "--rules", folders[name], "--only", "LOCAL.*", "--lang", "en"],
                {0} if name == "true" else {1}))
    median = {name: statistics.median(t) for name, t in times.items()}
    print(f"{'rule':>8} {'check s':>8}")
    for name in packs:
        print(f"{name:>8} {median[name]:>8.3f}")
    added6, added7 = median["10^6"] - median["true"], median["10^7"] - median["true"]
    ratio = added7 / added6 if added6 > 0 else float("inf")
    print(f"budget: time the rule adds at 10^7 / at 10^6: {ratio:.2f} (bounded by the budget: about 1; "
          f"walking the list: about 10); whole process 10^7 / true: {median['10^7'] / median['true']:.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keys", default="30000,300000")
    parser.add_argument("--levels", default="9,12")
    parser.add_argument("--rules", default="1,1000,10000")
    parser.add_argument("--lines", default="20000,200000")
    parser.add_argument("--line-bytes", default="81920,8388608")
    parser.add_argument("--dir", default=None, help="where the generated files go (default: a new temporary folder)")
    parser.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "dqtv-bench"))
    parser.add_argument("--dqtv", default=os.path.join(ROOT, ".build", "release", "dqtv"))
    parser.add_argument("--skip-packs", action="store_true")
    parser.add_argument("--skip-mappings", action="store_true")
    parser.add_argument("--skip-aliases", action="store_true")
    parser.add_argument("--skip-lines", action="store_true")
    parser.add_argument("--skip-budget", action="store_true")
    a = parser.parse_args()
    for path, product in ((a.bench, "dqtv-bench"), (a.dqtv, "dqtv")):
        if not os.path.exists(path):
            sys.exit(f"{path} is missing: swift build -c release --product {product}")
    if min(int(s) for s in a.lines.split(",")) < 10000:
        sys.exit("--lines needs files of at least 10,000 lines: each size finds its last 10,000")
    if len(a.rules.split(",")) < 3:
        sys.exit("--rules needs at least three sizes: the smallest is the fixed cost")
    work = a.dir or tempfile.mkdtemp(prefix="dqtv-hostile-scale-")
    try:
        if not a.skip_mappings:
            mappings(a, work)
        if not a.skip_aliases:
            aliases(a, work)
        if not a.skip_packs:
            packs(a, work)
        if not a.skip_lines:
            source_lines(a, work)
        if not a.skip_budget:
            budget(a, work)
    finally:
        if a.dir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
