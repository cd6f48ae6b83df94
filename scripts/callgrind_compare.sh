#!/usr/bin/env bash
# Compares the instructions `dqtv-bench --mode check` takes on a generated province, between
# a base commit and the working tree, under callgrind (instruction counts do not depend on
# the load of a shared machine, unlike times).
#
#   scripts/callgrind_compare.sh BASE-COMMIT [COMMUNES] [ERROR-RATE]
#
# The base is built (release) in a worktree of its own under /tmp, the working tree in its
# usual release folder; both binaries are stripped of debug information (valgrind reads it
# slowly) and each checks the same submission (`scripts/gen_submission.py --communes COMMUNES
# --error-rate ERROR-RATE`, 20 and 1 by default; 170 and 18 give about 12,000 findings) against
# its own `rules/dqtv`. Prints both counts, their ratio, and the 25
# functions whose own counts differ most. The profiles stay in the work folder, for
# callgrind_annotate. DQTV_BASE_TREE names an existing checkout of the base to build instead;
# DQTV_CALLGRIND_WORK names the work folder, so that two comparisons can run side by side.
set -euo pipefail

cd "$(dirname "$0")/.."
base="${1:?usage: scripts/callgrind_compare.sh BASE-COMMIT [COMMUNES] [ERROR-RATE]}"
communes="${2:-20}"
rate="${3:-1}"
work="${DQTV_CALLGRIND_WORK:-/tmp/dqtv-callgrind-$(git rev-parse --short "$base")}"
mkdir -p "$work"

tree="${DQTV_BASE_TREE:-$work/tree}"
if [ ! -d "$tree" ]; then
  git worktree add --detach "$tree" "$base" >/dev/null
fi
(cd "$tree" && swift build -c release --product dqtv-bench >/dev/null)
swift build -c release --product dqtv-bench >/dev/null

cp "$tree/.build/release/dqtv-bench" "$work/bench-base"
cp .build/release/dqtv-bench "$work/bench-head"
objcopy --strip-debug "$work/bench-base"
objcopy --strip-debug "$work/bench-head"

python3 scripts/gen_submission.py --communes "$communes" --error-rate "$rate" -o "$work/submission.yaml" 2>/dev/null

count() { # binary, pack folder's parent, profile
  (cd "$2" && valgrind --tool=callgrind --callgrind-out-file="$3" "$1" --mode check "$work/submission.yaml" rules/dqtv \
    2>&1 >/dev/null | sed -n 's/.*Collected : *//p')
}
b=$(count "$work/bench-base" "$tree" "$work/base.out")
h=$(count "$work/bench-head" "$PWD" "$work/head.out")
echo "base $(git rev-parse --short "$base"): $b instructions"
echo "head $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'): $h instructions"
python3 -c "import sys; b, h = int(sys.argv[1]), int(sys.argv[2]); print(f'head/base = {h / b:.4f} ({(h - b) / b * 100:+.2f}%)')" "$b" "$h"

for side in base head; do callgrind_annotate --threshold=100 "$work/$side.out" >"$work/$side.txt" 2>/dev/null; done
python3 - "$work/base.txt" "$work/head.txt" <<'PY'
import re, sys

def own(path):
    counts = {}
    for line in open(path):
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+\S+?:(.*?) \[.*\]\s*$", line)
        if m:
            counts[m.group(2)] = counts.get(m.group(2), 0) + int(m.group(1).replace(",", ""))
    return counts

base, head = own(sys.argv[1]), own(sys.argv[2])
print("   head-base          base          head  function (own instructions)")
for name in sorted(set(base) | set(head), key=lambda k: -abs(head.get(k, 0) - base.get(k, 0)))[:25]:
    print(f"{head.get(name, 0) - base.get(name, 0):+12,d} {base.get(name, 0):13,d} {head.get(name, 0):13,d}  {name[:110]}")
PY
