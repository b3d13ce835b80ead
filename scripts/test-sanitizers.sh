#!/usr/bin/env bash
# Builds the checks, the plugin and http-tidy with AddressSanitizer and
# UndefinedBehaviorSanitizer (HTTP_TIDY_SANITIZE=ON) into build-asan/ (or
# $HTTP_TIDY_BUILD_DIR) and runs the whole test suite under them. The tests
# preload the ASan runtime into clang-tidy for the plugin runs; any report
# aborts the process, so the test that ran it fails. See docs/robustness.md.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh libclang-rt-19-dev
BUILD_DIR=${HTTP_TIDY_BUILD_DIR:-build-asan}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-19 -DHTTP_TIDY_SANITIZE=ON >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
cd "$BUILD_DIR"
ctest -j "$(nproc)" --output-on-failure
