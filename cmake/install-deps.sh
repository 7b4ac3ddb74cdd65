#!/usr/bin/env bash
# Installs what Stockshift needs to build and run, when it is missing.
# Debian 12 / Ubuntu 24.04: apt-get (through sudo when not root). macOS: Homebrew.
# Windows: see README.md ("Building on Windows").
set -euo pipefail

# qt6-translations-l10n: Qt's own catalogues (OK, Cancel, the file dialogs) in the planner's
# language.
DEB_PACKAGES=(build-essential cmake ninja-build pkg-config qt6-base-dev libqt6opengl6-dev
  qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libeigen3-dev libboost-serialization-dev coinor-libcbc-dev libsqlite3-dev sqlite3 xvfb xauth
  qt6-translations-l10n)
# Extra packages for the test build (benchmark peers).
# poppler-utils: pdftotext, to read back the PDFs the exports write; glpk-utils: the GLPK peer
# of the plan benchmark and the MPS round-trip test; dpkg-dev (dpkg-shlibdeps) and file: cpack's
# DEB dependencies; desktop-file-utils and appstream: validating the packaged desktop file and
# AppStream metadata (packaging/check-package.sh).
DEB_TEST_PACKAGES=(time poppler-utils glpk-utils dpkg-dev file desktop-file-utils appstream)
# Extra packages for running the benchmarks against R's forecast package (tests/bench --r).
# Only on request: CI (./test.sh, --tests) does not install R.
DEB_BENCH_PACKAGES=(r-base-core r-cran-forecast)

want_tests=0
want_bench=0
for arg in "$@"; do
  case "$arg" in
  --tests) want_tests=1 ;;
  --bench) want_bench=1 ;;
  *) echo "install-deps: unknown option $arg (options: --tests, --bench)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
Linux)
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps: not a Debian/Ubuntu system; install the packages listed in README.md yourself." >&2
    exit 0
  fi
  packages=("${DEB_PACKAGES[@]}")
  ((want_tests)) && packages+=("${DEB_TEST_PACKAGES[@]}")
  ((want_bench)) && packages+=("${DEB_TEST_PACKAGES[@]}" "${DEB_BENCH_PACKAGES[@]}")
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}"
    SUDO=""
    if [[ $(id -u) -ne 0 ]]; then
      command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
      SUDO="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  ;;
Darwin)
  command -v brew >/dev/null 2>&1 || { echo "install-deps: install Homebrew first (https://brew.sh)." >&2; exit 1; }
  for p in cmake ninja pkg-config qt@6 eigen boost cbc sqlite; do
    brew list --formula "$p" >/dev/null 2>&1 || brew install "$p"
  done
  if ((want_bench)); then
    brew list --formula r >/dev/null 2>&1 || brew install r
    Rscript -e 'if (!requireNamespace("forecast", quietly = TRUE)) install.packages("forecast", repos = "https://cloud.r-project.org")'
  fi
  ;;
*)
  echo "install-deps: on Windows follow README.md (Qt online installer, vcpkg for Eigen, Boost, CBC)." >&2
  ;;
esac
