#!/usr/bin/env bash
# ./test.sh: install what is missing, build the test configuration (warnings are errors) and run
# every test with ctest. GUI tests run offscreen. Benchmarks are built but not run here
# (tests/bench, see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")"

bash cmake/install-deps.sh --tests
cmake --preset test >/dev/null
cmake --build --preset test -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset test -j "$(nproc)" --label-exclude bench "$@"
