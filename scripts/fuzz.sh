#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a set time.
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#
# TARGET is `yaml` (bytes -> YAMLLoader -> SubmissionDecoder -> Engine, bundled pack) or `cel`
# (text -> CELParser -> CELChecker -> Program) or `workbook` (bytes -> WorkbookReader: a whole
# .xlsx, or the XML of its parts zipped by the target). The build is separate from the normal one
# (.build-fuzz, release, -sanitize=fuzzer,address) and only happens here: the fuzz targets
# exist in Package.swift only when DQTV_FUZZ=1.
#
# The corpus grows in .fuzz/TARGET/corpus (gitignored); seeds are regenerated from the samples
# and the bundled pack (workbooks: scripts/xlsx_fuzz_seeds.py) into .fuzz/TARGET/seeds on
# every run. Crashes, timeouts (10 s), leaks
# and out-of-memory inputs are written to .fuzz/TARGET/artifacts/. Extra options go to
# libFuzzer, for instance `-fork=1 -ignore_crashes=1` to keep going after a finding, or an
# artifact path alone to replay it.
set -euo pipefail

cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh yaml|cel|workbook SECONDS [libFuzzer options...]}"
seconds="${2:?usage: scripts/fuzz.sh yaml|cel|workbook SECONDS [libFuzzer options...]}"
shift 2
case "$target" in
  yaml) max_len=16384 ;;
  cel) max_len=4096 ;;
  workbook) max_len=65536 ;;
  *) echo "unknown target '$target': yaml, cel or workbook" >&2; exit 64 ;;
esac

DQTV_FUZZ=1 swift build -c release --build-path .build-fuzz --product "fuzz-$target" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g

dir=".fuzz/$target"
mkdir -p "$dir/corpus" "$dir/artifacts"
rm -rf "$dir/seeds"
if [ "$target" = workbook ]; then
  python3 scripts/xlsx_fuzz_seeds.py "$dir/seeds"
else
  python3 scripts/fuzz_seeds.py "$target" "$dir/seeds"
fi

# libFuzzer prints the stack of a crash; Swift's own backtracer, on top, can hang under it.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
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
