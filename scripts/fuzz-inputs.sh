#!/usr/bin/env bash
# Builds the fuzz targets of the inputs that are not C or C++ (HTTP_TIDY_FUZZ=ON,
# into build-fuzz/ or $HTTP_TIDY_BUILD_DIR) and runs each for a fixed number
# of executions:
#
#   bash scripts/fuzz-inputs.sh [RUNS] [TARGET...]   # RUNS defaults to 1000000
#
# TARGET is model (a framework model file, through the reader and the
# schema's validation), cache-entry (a result cache entry, through the entry
# parser and validator) or sarif (a log given to --merge-sarif); all three
# when none is named. Seeds, in <build>/fuzz-inputs/seeds/TARGET/: the model
# files of checks/model/ and of docs/frameworks.md, cache entries and a SARIF
# log written by a real run of http-tidy on test inputs, the SARIF log of
# test/tool/Inputs, and the inputs kept in test/fuzz/input-regressions/TARGET/.
# What the fuzzer adds goes to <build>/fuzz-inputs/corpus/TARGET/; a
# crashing, hanging or leaking input to <build>/fuzz-inputs/crashes/TARGET/.
# At the end: executions, seconds, executions per second and crashes for each
# target; the status is non-zero when one crashed.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-1000000}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(model cache-entry sarif)
for target in "${TARGETS[@]}"; do
  case "$target" in
  model | cache-entry | sarif) ;;
  *)
    echo "fuzz-inputs: unknown target '$target' (model, cache-entry, sarif)" >&2
    exit 2
    ;;
  esac
done
# An input takes well under a millisecond: a second is a hang.
TIMEOUT=${HTTP_TIDY_FUZZ_TIMEOUT:-10}

bash scripts/install-deps.sh libclang-rt-19-dev
BUILD_DIR=${HTTP_TIDY_BUILD_DIR:-build-fuzz}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-19 -DHTTP_TIDY_FUZZ=ON >/dev/null
BUILD_TARGETS=(http-tidy)
for target in "${TARGETS[@]}"; do
  BUILD_TARGETS+=("http-tidy-$target-fuzzer")
done
cmake --build "$BUILD_DIR" -j "$(nproc)" --target "${BUILD_TARGETS[@]}"

WORK="$BUILD_DIR/fuzz-inputs"
SEEDS="$WORK/seeds"
rm -rf "$SEEDS" "$WORK/run"
mkdir -p "$SEEDS/model" "$SEEDS/cache-entry" "$SEEDS/sarif" "$WORK/run"
# Model files: the built-in ones and those of the documentation.
cp checks/model/*.yaml "$SEEDS/model/"
python3 test/tool/Inputs/doc-files.py docs/frameworks.md "$WORK/run/docs" >/dev/null
find "$WORK/run/docs" -name '*.yaml' -exec cp {} "$SEEDS/model/" \;
# Cache entries and a SARIF log of a real run: findings with notes and
# fixes, a clean file, a C file, a header analysed through its includer.
SOURCES=(test/tool/Inputs/magic.cpp test/tool/Inputs/finding.cpp
  test/tool/Inputs/clean.cpp test/tool/Inputs/cache/header.cpp)
"$BUILD_DIR/bin/http-tidy" --cache-dir="$WORK/run/cache" "${SOURCES[@]}" \
  -- -std=c++17 >/dev/null 2>&1 || true
"$BUILD_DIR/bin/http-tidy" --cache-dir="$WORK/run/cache" \
  test/checkers/http/no-content-with-body-libmicrohttpd.c -- -std=c11 \
  >/dev/null 2>&1 || true
"$BUILD_DIR/bin/http-tidy" --no-cache --format=sarif \
  --output="$SEEDS/sarif/run.sarif" "${SOURCES[@]}" -- -std=c++17 \
  >/dev/null 2>&1 || true
# An entry lists every file the compilation read (hundreds for Boost.Beast);
# the seeds keep the first few, so that one execution stays short. The
# target puts a first line that checks out over the payload itself.
for entry in "$WORK/run/cache"/v1/*/*.entry; do
  python3 -c 'import json, sys
header, payload = open(sys.argv[1]).read().split("\n", 1)
result = json.loads(payload)
result["inputs"] = result["inputs"][:4]
open(sys.argv[2], "w").write(header + "\n" + json.dumps(result))' \
    "$entry" "$SEEDS/cache-entry/$(basename "$entry")"
done
cp test/tool/Inputs/broken.sarif "$SEEDS/sarif/"
for target in model cache-entry sarif; do
  if [ -d "test/fuzz/input-regressions/$target" ]; then
    cp "test/fuzz/input-regressions/$target"/* "$SEEDS/$target/"
  fi
done

# shellcheck source=scripts/fuzz-resume.sh
. scripts/fuzz-resume.sh
failed=0
for target in "${TARGETS[@]}"; do
  CORPUS="$WORK/corpus/$target"
  CRASHES="$WORK/crashes/$target"
  LOG="$WORK/$target.log"
  mkdir -p "$CORPUS" "$CRASHES"
  start=$(date +%s)
  fuzz_resumed "fuzz-inputs: $target" "$BUILD_DIR/bin/http-tidy-$target-fuzzer" \
    "$RUNS" "$CRASHES" "$LOG" -timeout="$TIMEOUT" -rss_limit_mb=2048 \
    -max_len=16384 "$CORPUS" "$SEEDS/$target"
  seconds=$(($(date +%s) - start))
  echo "$target: $done_runs executions in ${seconds}s," \
    "$((done_runs / (seconds > 0 ? seconds : 1))) exec/s," \
    "$crashes crashes (inputs in $CRASHES/)"
  [ "$crashes" -eq 0 ] || failed=1
done
exit "$failed"
