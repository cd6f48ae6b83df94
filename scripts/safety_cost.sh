#!/usr/bin/env bash
# What the safety limits cost a check of a generated province, side by side in one run: the
# working tree built as it is, and built with them compiled out (`-DDQTV_WITHOUT_SAFETY`: the
# budget per rule per check, the charge of functions by the size of their work, the check of
# YAML tags on data values and the refusal of a file the memory limits cannot hold). The
# waiver index, and SCHEMA findings kept under --only and --skip, cost nothing on a check
# without waivers or rule selection: there is nothing to compile out there.
#
#   scripts/safety_cost.sh [COMMUNES] [ERROR-RATE] [ROUNDS]
#
# Both builds check the same submission (`scripts/gen_submission.py --communes COMMUNES
# --error-rate ERROR-RATE`, 20 and 1 by default) against `rules/dqtv`. Prints, for each, the
# instructions of `dqtv-bench --mode check` and of a whole `dqtv check --format json` under
# callgrind (stripped binaries, as in callgrind_compare.sh), their ratios, and the median time
# of ROUNDS (5) whole `dqtv check` runs of each, taken in turn. The JSON reports of the two
# must be byte-identical: no generated file comes near a limit. The build without the limits
# goes to .build-without-safety.
set -euo pipefail

cd "$(dirname "$0")/.."
communes="${1:-20}"
rate="${2:-1}"
rounds="${3:-5}"
work=/tmp/dqtv-safety-cost
mkdir -p "$work"

swift build -c release --product dqtv-bench >/dev/null
swift build -c release --product dqtv >/dev/null
unsafe=(-c release --scratch-path .build-without-safety -Xswiftc -DDQTV_WITHOUT_SAFETY)
swift build "${unsafe[@]}" --product dqtv-bench >/dev/null
swift build "${unsafe[@]}" --product dqtv >/dev/null
for p in dqtv-bench dqtv; do
  cp ".build/release/$p" "$work/$p-with"
  cp ".build-without-safety/release/$p" "$work/$p-without"
  objcopy --strip-debug "$work/$p-with"
  objcopy --strip-debug "$work/$p-without"
done

file="$work/submission-$communes-$rate.yaml"
python3 scripts/gen_submission.py --communes "$communes" --error-rate "$rate" -o "$file" 2>/dev/null

count() { # label, command...
  local label="$1"
  shift
  valgrind --tool=callgrind --callgrind-out-file="$work/$label.out" "$@" 2>&1 >/dev/null \
    | sed -n 's/.*Collected : *//p'
}
for side in with without; do
  count "bench-$side" "$work/dqtv-bench-$side" --mode check "$file" rules/dqtv >"$work/bench-$side.count"
  count "dqtv-$side" "$work/dqtv-$side" check "$file" --format json --output "$work/report-$side.json" \
    >"$work/dqtv-$side.count" || true
done
cmp "$work/report-with.json" "$work/report-without.json"
echo "$file: $(grep -c '"rule":' "$work/report-with.json") findings, the same JSON report from both builds"

python3 - "$work" "$file" "$rounds" <<'PY'
import statistics, subprocess, sys, time

work, file, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
for what in ("bench", "dqtv"):
    w = int(open(f"{work}/{what}-with.count").read())
    wo = int(open(f"{work}/{what}-without.count").read())
    name = "dqtv-bench --mode check" if what == "bench" else "dqtv check --format json"
    print(f"{name}: {w:,} instructions with the limits, {wo:,} without: "
          f"{w / wo:.4f} ({(w - wo) / wo * 100:+.2f}%)")
times = {"with": [], "without": []}
for _ in range(rounds):
    for side in ("with", "without"):
        start = time.monotonic()
        subprocess.run([f"{work}/dqtv-{side}", "check", file, "--format", "json", "--output",
                        f"{work}/timed-{side}.json"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[side].append(time.monotonic() - start)
w, wo = statistics.median(times["with"]), statistics.median(times["without"])
print(f"dqtv check, median of {rounds} rounds in turn: {w:.3f} s with the limits, {wo:.3f} s without: {w / wo:.3f}")
PY
