#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a set time.
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#
# TARGET is `yaml` (bytes -> YAMLLoader -> SubmissionDecoder -> Engine, bundled pack) or `cel`
# (text -> CELParser -> CELChecker -> Program). The build is separate from the normal one
# (.build-fuzz, release, -sanitize=fuzzer,address) and only happens here: the fuzz targets
# exist in Package.swift only when DQTV_FUZZ=1.
#
# The corpus grows in .fuzz/TARGET/corpus (gitignored); seeds are regenerated from the samples
# and the bundled pack into .fuzz/TARGET/seeds on every run. Crashes, timeouts (10 s), leaks
# and out-of-memory inputs are written to .fuzz/TARGET/artifacts/. Extra options go to
# libFuzzer, for instance `-fork=1 -ignore_crashes=1` to keep going after a finding, or an
# artifact path alone to replay it.
set -euo pipefail

cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh yaml|cel SECONDS [libFuzzer options...]}"
seconds="${2:?usage: scripts/fuzz.sh yaml|cel SECONDS [libFuzzer options...]}"
shift 2
case "$target" in
  yaml) max_len=16384 ;;
  cel) max_len=4096 ;;
  *) echo "unknown target '$target': yaml or cel" >&2; exit 64 ;;
esac

DQTV_FUZZ=1 swift build -c release --build-path .build-fuzz --product "fuzz-$target" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g

dir=".fuzz/$target"
mkdir -p "$dir/corpus" "$dir/artifacts"
rm -rf "$dir/seeds"
python3 scripts/fuzz_seeds.py "$target" "$dir/seeds"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0}"

# Replaying artifacts: run the given files once, without the corpus.
if [ "$seconds" = "0" ]; then
  exec ".build-fuzz/release/fuzz-$target" -timeout=10 -rss_limit_mb=2048 "$@"
fi

exec ".build-fuzz/release/fuzz-$target" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
  -dict="Fuzz/$target.dict" -artifact_prefix="$dir/artifacts/" -print_final_stats=1 \
  "$@" "$dir/corpus" "$dir/seeds"
