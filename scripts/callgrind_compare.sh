#!/usr/bin/env bash
# Compares the instructions `dqtv-bench --mode check` takes on a generated province, between
# a base commit and the working tree, under callgrind (instruction counts do not depend on
# the load of a shared machine, unlike times).
#
#   scripts/callgrind_compare.sh BASE-COMMIT [COMMUNES]
#
# The base is built (release) in a worktree of its own under /tmp, the working tree in its
# usual release folder; both binaries are stripped of debug information (valgrind reads it
# slowly) and each checks the same submission (`scripts/gen_submission.py --communes COMMUNES`,
# 20 by default) against its own `rules/dqtv`. Prints both counts, their ratio, and the
# functions whose counts differ most (callgrind_annotate --diff needs valgrind 3.22; the two
# top-20 lists are printed instead when it is missing). The profiles stay in the work folder.
set -euo pipefail

cd "$(dirname "$0")/.."
base="${1:?usage: scripts/callgrind_compare.sh BASE-COMMIT [COMMUNES]}"
communes="${2:-20}"
work="/tmp/dqtv-callgrind-$(git rev-parse --short "$base")"
mkdir -p "$work"

if [ ! -d "$work/tree" ]; then
  git worktree add --detach "$work/tree" "$base" >/dev/null
fi
(cd "$work/tree" && swift build -c release --product dqtv-bench >/dev/null)
swift build -c release --product dqtv-bench >/dev/null

cp "$work/tree/.build/release/dqtv-bench" "$work/bench-base"
cp .build/release/dqtv-bench "$work/bench-head"
objcopy --strip-debug "$work/bench-base"
objcopy --strip-debug "$work/bench-head"

python3 scripts/gen_submission.py --communes "$communes" -o "$work/submission.yaml" 2>/dev/null

count() { # binary, pack folder's parent, profile
  (cd "$2" && valgrind --tool=callgrind --callgrind-out-file="$3" "$1" --mode check "$work/submission.yaml" rules/dqtv \
    2>&1 >/dev/null | sed -n 's/.*Collected : *//p')
}
b=$(count "$work/bench-base" "$work/tree" "$work/base.out")
h=$(count "$work/bench-head" "$PWD" "$work/head.out")
echo "base $(git rev-parse --short "$base"): $b instructions"
echo "head $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'): $h instructions"
python3 -c "import sys; b, h = int(sys.argv[1]), int(sys.argv[2]); print(f'head/base = {h / b:.4f} ({(h - b) / b * 100:+.2f}%)')" "$b" "$h"

if callgrind_annotate --help 2>&1 | grep -q -- --diff; then
  callgrind_annotate --diff "$work/base.out" "$work/head.out" 2>/dev/null | head -40
else
  echo "--- base, top functions"
  callgrind_annotate "$work/base.out" 2>/dev/null | sed -n '/Ir/,$p' | head -25
  echo "--- head, top functions"
  callgrind_annotate "$work/head.out" 2>/dev/null | sed -n '/Ir/,$p' | head -25
fi
