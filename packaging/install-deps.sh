#!/usr/bin/env bash
# Installs the Debian 12 packages Điều hành needs to build, test and run.
# Idempotent: installs only what is missing, and says nothing when all is present.
#   --fuzz  also what the readers' fuzzers need (tests/fuzz/run-fuzzers.sh): clang and libFuzzer.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools
    libqt6opengl6-dev libxkbcommon-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqcustomplot-dev nlohmann-json3-dev
    libxlsxwriter-dev qt6-svg-dev
    libgl-dev
    libsqlite3-dev sqlite3
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev openssl
    qt6-charts-dev
    fonts-noto-core
    # the package and its test (tests/packaging): dpkg-shlibdeps and file for cpack, the checkers
    dpkg-dev file lintian appstream
    poppler-utils
    # the XLSX tests read the workbooks back (a zip of XML)
    unzip
)
if [ "${1:-}" = "--fuzz" ]; then
    packages+=(clang libfuzzer-14-dev libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: run this script as root (or with sudo) to install them" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
