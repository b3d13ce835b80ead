#!/usr/bin/env bash
# Installs what building and testing http-tidy needs, from Debian packages.
# Idempotent: when everything is already installed it changes nothing.
# Packages named as arguments are installed too (the sanitizer and fuzz
# scripts add the compiler runtimes).
set -euo pipefail

PACKAGES=(
  # Build
  cmake ninja-build python3
  # LLVM/Clang 19: the compiler, clang-tidy (which loads the plugin), the
  # libraries http-tidy links, lit and FileCheck for the tests.
  clang-19 clang-tidy-19 libclang-19-dev libclang-cpp19-dev llvm-19-dev
  llvm-19-tools
  # Real framework headers for the tests and examples.
  libcpp-httplib-dev libboost-dev libmicrohttpd-dev libevent-dev libcivetweb-dev
  libulfius-dev libsoup-3.0-dev libwebsocketpp-dev libpoco-dev libcpprest-dev
  libpistache-dev qt6-httpserver-dev qt6-base-dev librestinio-dev libasio-dev
  libfmt-dev apache2-dev nginx-dev libh2o-dev
  # The integration tests: the pre-commit hook under the real pre-commit,
  # which works on git repositories.
  git pre-commit
  # The CI examples test reads docs/ci/*.yml with Debian's python3 (the
  # interpreter pre-commit runs with).
  python3-yaml
  # clang-apply-replacements, which applies the fixes of --export-fixes.
  clang-tools-19
  "$@"
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$pkg")
done
command -v npm >/dev/null || missing+=(npm)

SUDO=
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Microsoft's SARIF validator, from the npm registry, for the SARIF output
# test. It goes to a cache directory outside the source tree; CMake looks
# for it there.
TOOLS_DIR=${HTTP_TIDY_TOOLS_DIR:-${HOME:-/root}/.cache/http-tidy/tools}
SARIF_MULTITOOL_VERSION=5.7.0
if [ ! -x "$TOOLS_DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ]; then
  echo "Installing @microsoft/sarif-multitool-linux@$SARIF_MULTITOOL_VERSION into $TOOLS_DIR" >&2
  mkdir -p "$TOOLS_DIR"
  npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent \
    "@microsoft/sarif-multitool-linux@$SARIF_MULTITOOL_VERSION"
  chmod u+x "$TOOLS_DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
fi
