#!/usr/bin/env bash
# Builds http-tidy and runs the whole test suite (lit + FileCheck under
# ctest; every check test runs through the plugin and the http-tidy tool).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh
BUILD_DIR=${HTTP_TIDY_BUILD_DIR:-build}
cd "$BUILD_DIR"
ctest -j "$(nproc)" --output-on-failure
