#!/usr/bin/env bash
# Configures and builds http-tidy and its clang-tidy plugin into build/ (or
# $HTTP_TIDY_BUILD_DIR). Installs the Debian packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
BUILD_DIR=${HTTP_TIDY_BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_COMPILER=clang++-19 >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
