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
  libcpp-httplib-dev libboost-dev
  "$@"
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
fi
echo "Installing: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
