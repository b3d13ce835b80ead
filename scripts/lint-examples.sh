#!/usr/bin/env bash
# Builds http-tidy and lints the example handlers in examples/. They contain
# mistakes on purpose, so findings are the expected result here: the script
# succeeds when http-tidy ran and reported them (its exit status 1).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh
BUILD_DIR=${HTTP_TIDY_BUILD_DIR:-build}
status=0
"$BUILD_DIR/bin/http-tidy" --quiet examples/*.cpp examples/c/*.c || status=$?
case $status in
  1) echo "http-tidy reported findings in examples/, as intended (exit status 1)." ;;
  0) echo "http-tidy found nothing in examples/: that is a regression." >&2; exit 1 ;;
  *) echo "http-tidy failed with exit status $status." >&2; exit "$status" ;;
esac
