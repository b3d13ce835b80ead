#!/usr/bin/env bash
# Builds the libFuzzer target (HTTP_TIDY_FUZZ=ON) into build-fuzz/ (or
# $HTTP_TIDY_BUILD_DIR) and runs it for a fixed number of executions:
#
#   bash scripts/fuzz.sh [RUNS] [all|c|cpp]   # RUNS defaults to 200000
#
# The seeds (test/fuzz/corpus/, and the check tests turned into the fuzz
# target's form by test/fuzz/seeds.py) are read, never written; what the
# fuzzer adds goes to <build>/fuzz/corpus/ and is kept between runs. With
# `c` or `cpp` only the seeds of that language are used (the C ones come
# from the C check tests, test/fuzz/corpus/ is C++), and the fuzzer's own
# corpus is <build>/fuzz/corpus-c/ or corpus-cpp/. libFuzzer stops
# at a crash, so the run is resumed until RUNS executions are done, and every
# crashing, hanging or out-of-memory input is kept in <build>/fuzz/crashes/.
# See docs/robustness.md for what to do with one.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-200000}
LANGUAGE=${2:-all}
case "$LANGUAGE" in
all | c | cpp) ;;
*)
  echo "fuzz: the language is all, c or cpp, not '$LANGUAGE'" >&2
  exit 2
  ;;
esac
# An input that takes longer than this is a hang (one takes milliseconds).
TIMEOUT=${HTTP_TIDY_FUZZ_TIMEOUT:-20}

bash scripts/install-deps.sh libclang-rt-19-dev
BUILD_DIR=${HTTP_TIDY_BUILD_DIR:-build-fuzz}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-19 -DHTTP_TIDY_FUZZ=ON >/dev/null
cmake --build "$BUILD_DIR" --target http-tidy-fuzzer -j "$(nproc)"

WORK="$BUILD_DIR/fuzz"
SUFFIX=$([ "$LANGUAGE" = all ] && echo "" || echo "-$LANGUAGE")
CORPUS="$WORK/corpus$SUFFIX"
SEEDS="$WORK/seeds$SUFFIX"
mkdir -p "$CORPUS" "$WORK/crashes"
rm -rf "$SEEDS"
if [ "$LANGUAGE" = all ]; then
  python3 test/fuzz/seeds.py test/checkers/http "$SEEDS"
else
  python3 test/fuzz/seeds.py --only="$LANGUAGE" test/checkers/http "$SEEDS"
fi
SEED_DIRS=("$SEEDS")
[ "$LANGUAGE" = c ] || SEED_DIRS+=(test/fuzz/corpus)
LOG="$WORK/fuzz$SUFFIX.log"

# shellcheck source=scripts/fuzz-resume.sh
. scripts/fuzz-resume.sh
start=$(date +%s)
# The target prints the compiler's diagnostics for every input: they go to
# the log, not to the terminal.
fuzz_resumed fuzz "$BUILD_DIR/bin/http-tidy-fuzzer" "$RUNS" "$WORK/crashes" \
  "$LOG" -timeout="$TIMEOUT" -rss_limit_mb=4096 -dict=test/fuzz/http.dict \
  "$CORPUS" "${SEED_DIRS[@]}"

seconds=$(($(date +%s) - start))
echo "executions: $done_runs in ${seconds}s"
echo "exec/s: $((done_runs / (seconds > 0 ? seconds : 1)))"
echo "crashes found: $crashes (inputs in $WORK/crashes/)"
[ "$crashes" -eq 0 ]
